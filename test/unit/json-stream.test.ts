// The JSON report written file by file: in file order whatever order files finish in, files without a
// report left out, always one valid array.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JsonReportStream, ReportOutput } from '../../server/src/cli/output.js';
import { fileReport, type FileReport } from '../../server/src/cli/report.js';

/** An empty file's report, serialized as --format json makes it, or not. */
const report = (filePath: string, serialized = true): FileReport => fileReport(filePath, '', [], { full: serialized });

/** Adds reports in the given order (index → report, undefined for a file without one) and returns what was written. */
function streamed(adds: Array<[number, FileReport | undefined]>, check?: (written: () => string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'el-stream-'));
  try {
    const file = join(dir, 'out.json');
    const output = new ReportOutput(file);
    const stream = new JsonReportStream(output);
    const written = () => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return '';
      }
    };
    for (const [index, r] of adds) stream.add(index, r);
    check?.(written);
    stream.finish();
    output.close();
    return written();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const paths = (json: string) => (JSON.parse(json) as FileReport[]).map((r) => r.filePath);

test('reports come out in file order when files finish out of order (threads)', () => {
  const out = streamed([
    [2, report('/c')],
    [0, report('/a')],
    [3, report('/d', false)],
    [1, report('/b')],
  ]);
  assert.deepEqual(paths(out), ['/a', '/b', '/c', '/d']);
});

test('a report is written as soon as every file before it is done, not at the end', () => {
  streamed(
    [
      [1, report('/b')],
      [0, report('/a')],
      [3, report('/d')],
    ],
    (written) => {
      assert.equal(written(), `[${JSON.stringify(report('/a', false))},${JSON.stringify(report('/b', false))}`);
    },
  );
});

test('files without a report (unreadable) are left out; no reports at all is an empty array', () => {
  assert.deepEqual(
    paths(
      streamed([
        [1, report('/b')],
        [0, undefined],
        [2, undefined],
      ]),
    ),
    ['/b'],
  );
  assert.equal(streamed([[0, undefined]]), '[]\n');
  assert.equal(streamed([]), '[]\n');
});

test('a written report lets go of its bytes (only the counts are kept)', () => {
  const r = report('/a');
  streamed([[0, r]]);
  assert.equal(r.serialized, undefined);
});

test('--output-file is opened at the first write: nothing written, no file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'el-stream-'));
  try {
    const output = new ReportOutput(join(dir, 'never.json'));
    output.close();
    assert.throws(() => readFileSync(join(dir, 'never.json')), /ENOENT/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

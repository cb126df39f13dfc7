// `--format json` writes each report as bytes without JSON.stringify; they must be exactly the bytes
// JSON.stringify gives for the report object the other formats build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, type EmpathyConfig } from '../../server/src/engine/index.js';
import { fileReport } from '../../server/src/cli/report.js';

const DIRS = ['examples', 'test/eval', 'test/eval-holdout', 'test/eval-blind3', 'test/eval-blind4'];

function scripts(): Array<{ path: string; text: string }> {
  return DIRS.flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(?:scenario|callscript)$/.test(f))
      .map((f) => ({ path: join(process.cwd(), dir, f), text: readFileSync(join(dir, f), 'utf8') })),
  );
}

/** Errors as well as warnings, and a custom phrase whose message needs escaping and is not ASCII. */
const CONFIG: EmpathyConfig = {
  rules: { 'policy-apology': 'error', 'rote-empathy': 'error' },
  phrases: [{ text: 'right away', message: 'Say "when" — «right away» promises nothing.\tBe specific.\\', replacement: 'by 5 pm today 👍' }],
};

function assertSameBytes(path: string, text: string, config: EmpathyConfig): number {
  const { findings, document } = lint(text, { config });
  const written = fileReport(path, text, findings, { full: true }, false, document.lineStarts);
  const built = fileReport(path, text, findings, { full: false }, false, document.lineStarts);
  assert.ok(written.serialized, 'a --format json report is written as bytes');
  assert.equal(Buffer.from(written.serialized).toString('utf8'), JSON.stringify(built), path);
  assert.deepEqual(
    [written.errorCount, written.warningCount, written.fixableErrorCount, written.fixableWarningCount],
    [built.errorCount, built.warningCount, built.fixableErrorCount, built.fixableWarningCount],
  );
  return findings.length;
}

test('written JSON reports are byte for byte what JSON.stringify makes of the report', () => {
  let findings = 0;
  for (const { path, text } of scripts()) {
    findings += assertSameBytes(path, text, {});
    findings += assertSameBytes(path, text, CONFIG);
  }
  assert.ok(findings > 500, `only ${findings} findings compared`);
});

test('written JSON handles a BOM, CRLF, an odd file name, and a file with no findings', () => {
  const text = '\uFEFFAgent: Calm down, it is not a big deal.\r\nCustomer: Fine.\r\nAgent: I am sorry, but our policy says no, right away.\r\n';
  assert.ok(assertSameBytes('/tmp/dir "quoted"/ünïcödé\\call.scenario', text, CONFIG) >= 3);
  assertSameBytes('/tmp/clean.scenario', 'Agent: Thank you for calling. How can I help?\n', {});
  assertSameBytes('/tmp/empty.scenario', '', {});
});

// The baseline, end to end through the CLI: recorded findings are not reported, the match survives
// lines inserted above, the file is stable and sorted, stale entries are counted and pruned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { baselineText, normalizeLine } from '../../server/src/node/baseline.js';
import { runCli, scratch } from '../cli/harness.js';

const LIBRARY = 'Customer: Why is there a fee?\n' + "Agent: I'm sorry, but it's our policy to charge that fee.\n" + "Customer: That's ridiculous.\n" + "Agent: Calm down, it's not a big deal.\n";

type Report = { filePath: string; messages: { ruleId: string; line: number }[] }[];

test('a baseline hides recorded findings and still matches after lines are inserted above them', () => {
  const { dir, cleanup } = scratch({ 'lib/b.scenario': LIBRARY, 'lib/a.scenario': LIBRARY });
  try {
    const write = runCli(['--baseline-write', 'empathy-baseline.json', 'lib'], dir);
    assert.equal(write.code, 0, write.stderr);
    assert.match(write.stderr, /recorded 6 findings/);
    const text = readFileSync(join(dir, 'empathy-baseline.json'), 'utf8');
    const entries = JSON.parse(text).findings as { file: string; rule: string; line: string; count: number }[];
    assert.deepEqual(
      entries.map((e) => [e.file, e.rule, e.count]),
      [
        ['lib/a.scenario', 'dismissive-phrasing', 2],
        ['lib/a.scenario', 'policy-apology', 1],
        ['lib/b.scenario', 'dismissive-phrasing', 2],
        ['lib/b.scenario', 'policy-apology', 1],
      ],
    );
    // Stable: writing again gives the same bytes.
    runCli(['--baseline-write', 'empathy-baseline.json', 'lib'], dir);
    assert.equal(readFileSync(join(dir, 'empathy-baseline.json'), 'utf8'), text);

    const clean = runCli(['--format', 'json', '--baseline', 'empathy-baseline.json', 'lib'], dir);
    assert.equal(clean.code, 0, clean.stderr);
    assert.ok((JSON.parse(clean.stdout) as Report).every((r) => r.messages.length === 0));

    writeFileSync(
      join(dir, 'lib/a.scenario'),
      '# opening\nAgent: Thank you for calling, this is Sam.\n' + LIBRARY + "Customer: And the other charge?\nAgent: I'm sorry you feel that way, you should have read the terms.\n",
    );
    const after = runCli(['--format', 'json', '--baseline', 'empathy-baseline.json', 'lib'], dir);
    const lines = (JSON.parse(after.stdout) as Report).flatMap((r) => r.messages.map((m) => m.line));
    assert.ok(lines.length > 0 && lines.every((n) => n === 8), `only the new line 8 is reported, got ${lines}`);
  } finally {
    cleanup();
  }
});

test('entries that no longer occur are counted, and --baseline-prune removes them', () => {
  const { dir, cleanup } = scratch({ 'a.scenario': LIBRARY, 'gone.scenario': LIBRARY });
  try {
    runCli(['--baseline-write', 'base.json', '.'], dir);
    writeFileSync(join(dir, 'a.scenario'), 'Customer: Why is there a fee?\nAgent: It covers the card processing, and I can waive it once.\n');
    const run = runCli(['--baseline', 'base.json', 'a.scenario'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /3 baseline entries no longer occur \(--baseline-prune removes them\)/);
    const pruned = runCli(['--baseline', 'base.json', '--baseline-prune', 'a.scenario'], dir);
    assert.match(pruned.stderr, /removed 3 baseline entries/);
    // Entries of a file this run did not lint are kept.
    const files = (JSON.parse(readFileSync(join(dir, 'base.json'), 'utf8')).findings as { file: string }[]).map((e) => e.file);
    assert.deepEqual([...new Set(files)], ['gone.scenario']);
  } finally {
    cleanup();
  }
});

test('the config key "baseline" applies it, relative to the config file; a missing baseline is one line, exit 2', () => {
  const { dir, cleanup } = scratch({ 'scripts/a.scenario': LIBRARY, '.empathylintrc.json': JSON.stringify({ baseline: 'qa/base.json' }) });
  try {
    const missing = runCli(['scripts'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /base\.json: cannot read baseline/);
    assert.equal(missing.stderr.trim().split('\n').length, 1);
    runCli(['--baseline-write', 'qa/base.json', 'scripts'], dir);
    const run = runCli(['a.scenario'], join(dir, 'scripts'));
    assert.equal(run.code, 0, run.stdout + run.stderr);
  } finally {
    cleanup();
  }
});

test('the baseline file is sorted with one entry a line, and lines are normalized', () => {
  assert.equal(normalizeLine('\uFEFF  Agent:   Calm\tdown. \r'), 'Agent: Calm down.');
  const text = baselineText([
    { file: 'b', rule: 'x', line: 'L', count: 1 },
    { file: 'a', rule: 'y', line: 'L', count: 2 },
  ]);
  assert.equal(text, '{\n  "version": 1,\n  "findings": [\n    {"file":"a","rule":"y","line":"L","count":2},\n    {"file":"b","rule":"x","line":"L","count":1}\n  ]\n}\n');
});

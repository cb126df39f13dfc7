// The CLI's messages as a user meets them (issue 16, item 5): a mistyped rule lists every rule ID
// and closes its bracket, an unknown flag is one line of ours, --print-rules and --help name the
// rules from the registry, and -o into a missing folder works for reports as it does for preview.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { RULE_METAS } from '../../server/src/engine/index.js';
import { FLAWED, runCli, scratch } from '../cli/harness.js';

const { dir, cleanup } = scratch({ 'flawed.scenario': FLAWED });
after(cleanup);

/** Exit 2, one line on stderr ending with the --help pointer, nothing on stdout. */
function oneUsageLine(args: string[]): string {
  const run = runCli(args, dir);
  assert.equal(run.code, 2, `${args.join(' ')}: exit ${run.code}`);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /^empathy-lint: [^\n]+ \(see empathy-lint --help\)\n$/, `${args.join(' ')}: ${run.stderr}`);
  return run.stderr;
}

test('--rule with an unknown ID lists every rule ID, and the line closes its bracket', () => {
  const line = oneUsageLine(['--rule', 'nope:off', 'flawed.scenario']);
  assert.match(line, /unknown rule "nope"/);
  for (const meta of RULE_METAS) assert.ok(line.includes(meta.id), `${meta.id} is listed`);
  assert.doesNotMatch(line, /…/, 'not cut short');
  assert.equal((line.match(/\(/g) ?? []).length, (line.match(/\)/g) ?? []).length, 'brackets balance');
});

test('an unknown option, or a value missing or extra, is one line of our own words (not parseArgs text)', () => {
  assert.equal(oneUsageLine(['--bogus']), 'empathy-lint: unknown option "--bogus" (see empathy-lint --help)\n');
  assert.equal(oneUsageLine(['-Z']), 'empathy-lint: unknown option "-Z" (see empathy-lint --help)\n');
  assert.equal(oneUsageLine(['flawed.scenario', '--format']), 'empathy-lint: --format needs a value (see empathy-lint --help)\n');
  assert.equal(oneUsageLine(['--fix=yes', 'flawed.scenario']), 'empathy-lint: --fix takes no value (see empathy-lint --help)\n');
  const long = oneUsageLine([`--${'x'.repeat(5000)}`]);
  assert.ok(long.length < 200, 'a long option is quoted short');
  for (const line of [long, oneUsageLine(['--format', 'xml'])]) assert.equal((line.match(/"/g) ?? []).length % 2, 0, `quotes balance: ${line}`);
});

test('--print-rules lists every rule a line, with its default severity; --help names every rule ID', () => {
  const run = runCli(['--print-rules'], dir);
  assert.equal(run.code, 0);
  const lines = run.stdout.trimEnd().split('\n');
  assert.deepEqual(
    lines.map((l) => l.split(/\s+/)[0]),
    RULE_METAS.map((m) => m.id),
  );
  for (const [i, meta] of RULE_METAS.entries()) assert.match(lines[i], new RegExp(`^${meta.id}\\s+${meta.defaultSeverity}\\b`));
  const help = runCli(['--help'], dir).stdout;
  assert.match(help, /--print-rules/);
  for (const meta of RULE_METAS) assert.match(help, new RegExp(`\\b${meta.id}\\b`), `--help names ${meta.id}`);
});

test('-o into a missing folder: the lint report is written there (folders created), as preview -o does', () => {
  const report = join(dir, 'reports', 'nested', 'lint.json');
  const run = runCli(['--format', 'json', '-o', report, 'flawed.scenario'], dir);
  assert.equal(run.code, 1, run.stderr);
  assert.equal(JSON.parse(readFileSync(report, 'utf8'))[0].filePath, join(dir, 'flawed.scenario'));
  const page = join(dir, 'pages', 'nested', 'flawed.html');
  assert.equal(runCli(['preview', 'flawed.scenario', '-o', page], dir).code, 0);
  assert.ok(existsSync(page));
});

test('-o naming a folder that cannot be made is still one line naming the file', () => {
  const blocked = join(dir, 'flawed.scenario', 'under-a-file.json');
  const run = runCli(['--format', 'json', '-o', blocked, 'flawed.scenario'], dir);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /^empathy-lint: .*under-a-file\.json: cannot write report: [^\n]+\n$/);
});

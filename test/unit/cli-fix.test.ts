// --fix and --fix-dry-run write safely (only the flagged span, CRLF and BOM kept, mode kept, atomic), and --changed-since.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileReport } from '../../server/src/cli/report.js';
import { CLEAN, FLAWED, PHRASE_CONFIG, runCli, scratch } from '../cli/harness.js';

const BOM_CRLF = '\uFEFFCustomer: Hi, I need help with my order.\r\nAgent: Sure, what is your order thingy?\r\nCustomer: It is 12345.\r\n';
const json = (stdout: string) => JSON.parse(stdout) as FileReport[];

const { dir, cleanup } = scratch({ '.empathylintrc.json': PHRASE_CONFIG });
after(cleanup);

test('--fix on a CRLF file with a BOM rewrites only the flagged span, keeps mode and leaves no temp file', () => {
  const file = join(dir, 'crlf.scenario');
  writeFileSync(file, BOM_CRLF);
  chmodSync(file, 0o640);
  const run = runCli(['--fix', '--format', 'json', 'crlf.scenario'], dir);
  const after = readFileSync(file, 'utf8');
  assert.equal(after, BOM_CRLF.replace('order thingy', 'order number'));
  assert.equal(statSync(file).mode & 0o777, 0o640);
  assert.deepEqual(
    readdirSync(dir).filter((n) => n.includes('.tmp')),
    [],
  );
  const report = json(run.stdout)[0];
  assert.ok(!report.messages.some((m) => m.ruleId === 'custom-phrase'), 'fixed finding no longer reported');
  assert.equal(report.output, after.slice(1), 'output is reported without the BOM, as ESLint does');
  const again = runCli(['--fix', 'crlf.scenario'], dir);
  assert.ok([0, 1].includes(again.code));
  assert.equal(readFileSync(file, 'utf8'), after, 'fixing twice equals fixing once');
});

test('positions on a BOM file do not count the BOM as a column', () => {
  writeFileSync(join(dir, 'bom1.scenario'), '\uFEFFAgent: your order thingy\n');
  const message = json(runCli(['--format', 'json', 'bom1.scenario'], dir).stdout)[0].messages.find((m) => m.ruleId === 'custom-phrase')!;
  assert.deepEqual([message.line, message.column, message.fix!.range[0]], [1, 13, 12]);
});

test('--fix-dry-run writes nothing and reports the output', () => {
  const file = join(dir, 'dry.scenario');
  writeFileSync(file, FLAWED);
  const before = statSync(file).mtimeMs;
  const run = runCli(['--fix-dry-run', '--format', 'json', 'dry.scenario'], dir);
  assert.equal(readFileSync(file, 'utf8'), FLAWED);
  assert.equal(statSync(file).mtimeMs, before);
  assert.equal(json(run.stdout)[0].output, FLAWED.replace('order thingy', 'order number'));
});

test('--fix leaves a file without fixes untouched and never writes a binary or non-UTF-8 file', () => {
  const clean = join(dir, 'clean.scenario');
  writeFileSync(clean, CLEAN);
  const latin1 = join(dir, 'latin1.scenario');
  const bytes = Buffer.from('Agent: Voil\xe0, your order thingy\n', 'latin1');
  writeFileSync(latin1, bytes);
  const cleanMtime = statSync(clean).mtimeMs;
  const run = runCli(['--fix', '--format', 'json', 'clean.scenario', 'latin1.scenario'], dir);
  assert.equal(statSync(clean).mtimeMs, cleanMtime);
  assert.deepEqual(readFileSync(latin1), bytes);
  assert.match(run.stderr, /latin1\.scenario: not fixed: is not valid UTF-8/);
  assert.ok(
    json(run.stdout)[1].messages.some((m) => m.ruleId === 'custom-phrase'),
    'still linted',
  );
});

test('--changed-since reports only changed lines; untracked files count as all changed; a bad ref is exit 2', () => {
  const { dir: repo, cleanup: done } = scratch({
    '.empathylintrc.json': PHRASE_CONFIG,
    't.scenario': 'Customer: a\nAgent: your order thingy one.\nCustomer: b\nAgent: fine.\n',
  });
  try {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: repo, stdio: 'pipe', timeout: 30_000 });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'base');
    writeFileSync(join(repo, 't.scenario'), 'Customer: a\nAgent: your order thingy one.\nCustomer: b\nAgent: your order thingy two.\n');
    writeFileSync(join(repo, 'new.scenario'), 'Customer: a\nAgent: your order thingy three.\n');
    const reports = json(runCli(['--format', 'json', '--changed-since', 'HEAD', '.'], repo).stdout);
    const lines = (name: string) =>
      reports
        .find((r) => r.filePath === join(repo, name))!
        .messages.filter((m) => m.ruleId === 'custom-phrase')
        .map((m) => m.line);
    assert.deepEqual(lines('t.scenario'), [4]);
    assert.deepEqual(lines('new.scenario'), [2]);
    const bad = runCli(['--changed-since', 'no-such-ref', '.'], repo);
    assert.equal(bad.code, 2);
    assert.equal(bad.stderr.trim().split('\n').length, 1);
    assert.match(bad.stderr, /no-such-ref/);
    runCli(['--fix', '--changed-since', 'HEAD', 't.scenario'], repo);
    assert.equal(readFileSync(join(repo, 't.scenario'), 'utf8'), 'Customer: a\nAgent: your order thingy one.\nCustomer: b\nAgent: your order number two.\n', 'only changed lines are fixed');
  } finally {
    done();
  }
});

// Paths never let the CLI read or write outside what it was given: a symlink inside a linted
// directory (or glob) that points outside it is skipped, --fix writes only the given scripts, and
// a config file cannot name anything to write.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import type { FileReport } from '../../server/src/cli/report.js';
import { ensureBuiltCli, runBuiltCli } from './built-cli.js';

const FIXABLE = 'Customer: Why?\nAgent: Calm down. What is your order thingy?\n';
const SECRET = 'TOKEN=do-not-print-me\nAgent: Calm down, it is not a big deal.\n';

const sandbox = mkdtempSync(join(tmpdir(), 'empathy-paths-'));
const repo = join(sandbox, 'repo');
const outside = join(sandbox, 'outside');
before(() => {
  ensureBuiltCli();
  mkdirSync(join(repo, 'scripts'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.txt'), SECRET);
  writeFileSync(join(repo, 'scripts', 'call.scenario'), FIXABLE);
  writeFileSync(join(repo, 'scripts', 'notes.txt'), FIXABLE);
  symlinkSync(join(outside, 'secret.txt'), join(repo, 'scripts', 'leak.scenario'));
  symlinkSync(join(repo, 'scripts', 'call.scenario'), join(repo, 'scripts', 'alias.scenario'));
  writeFileSync(join(repo, '.empathylintrc.json'), JSON.stringify({ phrases: [{ text: 'order thingy', replacement: '../../outside/evil' }] }));
});
after(() => rmSync(sandbox, { recursive: true, force: true }));

/** Every regular file under `root` with its content, to prove what a run changed. */
function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile()) files.set(relative(root, path), readFileSync(path, 'utf8'));
    }
  };
  visit(root);
  return files;
}

test('a directory walk skips a symlink that leads outside the directory (not linted, not printed, not fixed)', async () => {
  const result = await runBuiltCli(['--format', 'json', 'scripts'], repo);
  const reports = JSON.parse(result.stdout) as FileReport[];
  const linted = reports.map((r) => relative(repo, r.filePath)).sort();
  assert.ok(!linted.includes(join('scripts', 'leak.scenario')), 'the outside file was linted');
  assert.ok(linted.includes(join('scripts', 'alias.scenario')), 'a symlink within the directory is still linted');
  assert.doesNotMatch(result.stdout, /do-not-print-me/);
  await runBuiltCli(['--fix', 'scripts'], repo);
  assert.equal(readFileSync(join(outside, 'secret.txt'), 'utf8'), SECRET, 'the outside file was rewritten');
});

test('a glob skips a symlink that leads outside the directory it searches', async () => {
  const result = await runBuiltCli(['--format', 'json', 'scripts/**/*.scenario'], repo);
  assert.doesNotMatch(result.stdout, /do-not-print-me/);
  await runBuiltCli(['--fix', 'scripts/*.scenario'], repo);
  assert.equal(readFileSync(join(outside, 'secret.txt'), 'utf8'), SECRET, 'the outside file was rewritten');
});

test('--fix writes only the scripts it was given: not siblings, not the config, nothing outside; the replacement is text, not a path', async () => {
  writeFileSync(join(repo, 'scripts', 'call.scenario'), FIXABLE);
  const before = snapshot(sandbox);
  const result = await runBuiltCli(['--fix', join('scripts', 'call.scenario')], repo);
  assert.ok(result.code === 0 || result.code === 1, result.stderr);
  const afterRun = snapshot(sandbox);
  const changed = [...afterRun].filter(([path, text]) => before.get(path) !== text).map(([path]) => path);
  assert.deepEqual(changed, [join('repo', 'scripts', 'call.scenario')]);
  assert.deepEqual([...afterRun.keys()].sort(), [...before.keys()].sort(), 'a file was created or removed');
  assert.match(afterRun.get(join('repo', 'scripts', 'call.scenario'))!, /\.\.\/\.\.\/outside\/evil/);
  assert.ok(statSync(join(outside, 'secret.txt')).isFile());
});

test('a named file is linted even through a symlink (the user chose it), and a missing --config is exit 2 naming it', async () => {
  const named = await runBuiltCli(['--format', 'json', join('scripts', 'alias.scenario')], repo);
  assert.equal((JSON.parse(named.stdout) as FileReport[]).length, 1);
  const missing = await runBuiltCli(['--config', join(outside, 'nope.json'), 'scripts/call.scenario'], repo);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nope\.json/);
  assert.equal(missing.stderr.trim().split('\n').length, 1);
});

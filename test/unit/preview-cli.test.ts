// `empathy-lint preview` as a user runs it: where the page goes, stdout, --all with its index,
// and one-line errors with exit code 2. Runs the CLI's source through tsx (no build needed).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI_DEADLINE_MS, cliFailure } from '../cli/harness.js';

const ROOT = resolve(__dirname, '..', '..');
const MAIN = join(ROOT, 'server', 'src', 'cli', 'main.ts');
/** tsx by absolute URL: the CLI runs in temporary folders where `--import tsx` would not resolve. */
const TSX = pathToFileURL(require.resolve('tsx')).href;
const FIXTURE = join(ROOT, 'test', 'preview', 'fixtures', 'wrong-oven.callscript');

function cli(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', TSX, MAIN, 'preview', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: CLI_DEADLINE_MS,
    killSignal: 'SIGKILL',
  });
  if (r.error || r.signal) throw new Error(cliFailure(['preview', ...args], r));
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const workspaces: string[] = [];
after(() => {
  for (const dir of workspaces) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder with two scripts (one with a space in its name, one in a subfolder). */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ep-preview-cli-'));
  workspaces.push(dir);
  mkdirSync(join(dir, 'calls', 'billing'), { recursive: true });
  copyFileSync(FIXTURE, join(dir, 'calls', 'wrong oven.callscript'));
  writeFileSync(join(dir, 'calls', 'billing', 'refund.scenario'), 'Customer: I was charged twice!\nAgent: I can see the double charge, and I am refunding it today.\n');
  return dir;
}

test('preview FILE writes FILE.html next to it and prints the path', () => {
  const dir = workspace();
  const r = cli(['calls/wrong oven.callscript'], dir);
  assert.equal(r.status, 0, r.stderr);
  const out = join(dir, 'calls', 'wrong oven.callscript.html');
  assert.equal(r.stdout, `${out}\n`);
  assert.match(readFileSync(out, 'utf8'), /^<!DOCTYPE html>[\s\S]*Wrong oven delivered[\s\S]*<\/html>\n$/);
});

test('-o chooses the file, and -o - writes the page to stdout', () => {
  const dir = workspace();
  const r = cli(['calls/wrong oven.callscript', '-o', 'out/page.html'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(existsSync(join(dir, 'out', 'page.html')), 'missing folders are created');
  const piped = cli(['calls/wrong oven.callscript', '-o', '-'], dir);
  assert.equal(piped.status, 0);
  assert.match(piped.stdout, /^<!DOCTYPE html>/);
  assert.equal(piped.stderr, '');
});

test('--all DIR writes a page per script and an index linking them with their counts', () => {
  const dir = workspace();
  const r = cli(['--all', 'calls', '-o', 'site'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, `${join(dir, 'site', 'index.html')}\n`);
  const index = readFileSync(join(dir, 'site', 'index.html'), 'utf8');
  assert.match(index, /href="billing\/refund\.scenario\.html"/);
  assert.match(index, /href="wrong%20oven\.callscript\.html"/);
  assert.match(index, /\d+ warnings?/);
  assert.ok(existsSync(join(dir, 'site', 'billing', 'refund.scenario.html')));
  assert.ok(existsSync(join(dir, 'site', 'wrong oven.callscript.html')));
});

test('errors are one line on stderr with exit code 2', () => {
  const dir = workspace();
  const cases: Array<[string[], RegExp]> = [
    [['calls/missing.callscript'], /^empathy-lint: calls\/missing\.callscript: no such file or directory\n$/],
    [[], /^empathy-lint: preview: no script given \(see empathy-lint preview --help\)\n$/],
    [['calls/wrong oven.callscript', '--all', 'calls'], /^empathy-lint: preview: give either FILE or --all DIR, not both/],
    [['--all', 'nowhere'], /^empathy-lint: nowhere: /],
    [['calls/wrong oven.callscript', '--frobnicate'], /^empathy-lint: preview: unknown option "--frobnicate" \(see empathy-lint preview --help\)\n$/],
  ];
  for (const [args, expected] of cases) {
    const r = cli(args, dir);
    assert.equal(r.status, 2, `exit 2 for ${args.join(' ')}`);
    assert.match(r.stderr, expected);
    assert.equal(r.stderr.trim().split('\n').length, 1, 'one line');
    assert.equal(r.stdout, '');
  }
  writeFileSync(join(dir, '.empathylintrc.json'), '{"rules": {');
  const badConfig = cli(['calls/wrong oven.callscript'], dir);
  assert.equal(badConfig.status, 2);
  assert.match(badConfig.stderr, /^empathy-lint: .*\.empathylintrc\.json: invalid JSON/);
});

test('the nearest config applies: a rule turned off is not shown', () => {
  const dir = workspace();
  writeFileSync(join(dir, '.empathylintrc.json'), JSON.stringify({ rules: { 'policy-apology': 'off' } }));
  const r = cli(['calls/wrong oven.callscript', '-o', '-'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stdout, /class="ep-rule"[^>]*>policy-apology</);
  assert.match(r.stdout, /class="ep-rule"[^>]*>dismissive-phrasing</);
});

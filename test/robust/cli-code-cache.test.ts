// The command runs its bundle with the code cache the build made. The cache must be one this Node
// accepts (or it saves nothing), and a missing, stale or damaged cache must change nothing but speed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { wrap } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { ensureBuiltCli, hasStackTrace, ROOT, runBuiltCli } from './built-cli.js';

const DIST = join(ROOT, 'dist');

test('the build leaves a code cache this Node accepts for the CLI bundle', () => {
  ensureBuiltCli();
  const main = join(DIST, 'cli-main.js');
  const script = new Script(wrap(readFileSync(main, 'utf8')), { filename: main, cachedData: readFileSync(join(DIST, 'cli-main.cache')) });
  assert.equal(script.cachedDataRejected, false);
});

test('without a cache, or with a damaged one, the command reports exactly the same', async () => {
  ensureBuiltCli();
  const expected = await runBuiltCli(['--format', 'json', 'examples']);
  assert.equal(expected.code, 1, expected.stderr);
  const dir = mkdtempSync(join(tmpdir(), 'el-cache-'));
  try {
    for (const file of ['cli.js', 'cli-main.js']) copyFileSync(join(DIST, file), join(dir, file));
    const cli = join(dir, 'cli.js');
    const cases: Array<[string, () => void]> = [
      ['no cache', () => rmSync(join(dir, 'cli-main.cache'), { force: true })],
      ['damaged cache', () => writeFileSync(join(dir, 'cli-main.cache'), Buffer.from('not a V8 code cache at all'))],
      ['truncated cache', () => writeFileSync(join(dir, 'cli-main.cache'), readFileSync(join(DIST, 'cli-main.cache')).subarray(0, 4096))],
    ];
    for (const [name, arrange] of cases) {
      arrange();
      const run = await runBuiltCli(['--format', 'json', 'examples'], ROOT, cli);
      assert.equal(run.code, 1, `${name}: ${run.stderr}`);
      assert.ok(!hasStackTrace(run.stderr), name);
      assert.equal(run.stdout, expected.stdout, name);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('without its bundle the command says what is missing in one line, exit 2', async () => {
  ensureBuiltCli();
  const dir = mkdtempSync(join(tmpdir(), 'el-nobundle-'));
  try {
    copyFileSync(join(DIST, 'cli.js'), join(dir, 'cli.js'));
    const run = await runBuiltCli(['examples'], ROOT, join(dir, 'cli.js'));
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^empathy-lint: cannot read .*cli-main\.js \(ENOENT\)/);
    assert.equal(run.stderr.trim().split('\n').length, 1);
    assert.ok(!hasStackTrace(run.stderr));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

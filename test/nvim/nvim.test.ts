// A second real client: Neovim's built-in LSP client, headless, opens a scenario; Lua writes what it
// received to JSON and this test checks it. Skips (with a message) only when `nvim` is not installed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { reportSkip } from '../support/skips.js';

const ROOT = join(__dirname, '..', '..');
const SCENARIO = [
  "Customer: Why can't I get a refund? It's been five weeks.",
  "Agent: I'm sorry, but our policy doesn't allow refunds after thirty days.",
  "Customer: My mother passed away, that's why I'm late.",
  'Agent: Oh, I remember when my mom died, I was a wreck for months.',
  '-> nowhere',
  '',
].join('\n');

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const skip = nvim.error ? 'nvim is not installed (apt-get install neovim); skipping the Neovim client test' : false;
if (skip) reportSkip('test:nvim', skip);

test('Neovim receives empathy-lint diagnostics, a hover and quick fixes', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'empathy-nvim-'));
  const file = join(dir, 'call.scenario');
  const out = join(dir, 'result.json');
  writeFileSync(file, SCENARIO);
  const run = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${join(__dirname, 'collect.lua')}`], {
    env: { ...process.env, EMPATHY_SERVER: join(ROOT, 'dist', 'server.js'), EMPATHY_FILE: file, EMPATHY_OUT: out },
    encoding: 'utf8',
    timeout: 120_000, // a safety net against a hung editor, not a timing assertion
  });
  const result = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(result.error, undefined, `${result.error}\n${run.stderr}`);
  assert.equal(result.attached, true, 'diagnostics arrived');
  assert.deepEqual(result.capabilities, { codeActionProvider: true, hoverProvider: true, completionProvider: true });
  const codes = result.diagnostics.map((d: { code: string }) => d.code);
  for (const want of ['policy-apology', 'early-personalization', 'script-structure']) assert.ok(codes.includes(want), `no ${want} in ${codes}`);
  const apology = result.diagnostics.find((d: { code: string }) => d.code === 'policy-apology');
  assert.equal(apology.source, 'empathy-lint');
  assert.equal(apology.lnum, 1);
  assert.match(apology.href, /docs\/rules\/policy-apology\.md$/);
  assert.match(result.hover, /empathy-lint/);
  assert.ok(
    result.actions.some((a: { title: string }) => a.title === 'Disable policy-apology for this line'),
    JSON.stringify(result.actions),
  );
  assert.ok(result.actions.some((a: { isPreferred: boolean }) => a.isPreferred));
});

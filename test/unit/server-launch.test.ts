// The server's Node options are declared once (shared/server-launch.ts) and used by the VS Code
// client and the benchmark; the docs give other editors the same command, so the memory the bench
// reports is the memory a user of any editor sees.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { SERVER_NODE_OPTIONS } from '../../shared/server-launch.js';

const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const COMMAND = `node ${SERVER_NODE_OPTIONS.join(' ')} dist/server.js --stdio`;

test('the README and the troubleshooting page start the server with the options VS Code passes', () => {
  for (const page of ['README.md', 'docs/troubleshooting.md']) assert.ok(read(page).includes(COMMAND), `${page} should show \`${COMMAND}\``);
});

test("the README's Neovim command passes the same options, before the script", () => {
  const options = SERVER_NODE_OPTIONS.map((option) => `'${option}'`).join(', ');
  assert.ok(read('README.md').includes(`cmd = { 'node', ${options}, '/path/to/dist/server.js', '--stdio' }`));
});

test('the VS Code client and the benchmark start the server with them', () => {
  for (const file of ['client/src/language-client.ts', 'test/bench/lsp-bench.ts']) assert.match(read(file), /\.\.\.SERVER_NODE_OPTIONS/, file);
});

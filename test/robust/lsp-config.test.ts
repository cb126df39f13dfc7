// A hostile or broken .empathylintrc.json in a trusted workspace never takes the language server
// down: regex-looking phrases are literals, a huge phrase or a file that is not JSON still leaves the
// server answering, and a good config afterwards lints normally again.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TWO_EXCHANGES, type TestClient } from '../lsp/lsp-client.js';
import { startBuiltServer } from './built-cli.js';

let client: TestClient;
before(async () => {
  client = await startBuiltServer();
});
after(() => client.stop());

const has = (id: string) => (d: Diagnostic[]) => d.some((x) => x.code === id);

/** Writes the config file (raw text) and tells the server it changed. */
async function setConfig(text: string): Promise<void> {
  writeFileSync(join(client.root, '.empathylintrc.json'), text);
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('.empathylintrc.json'), type: 2 }] });
}

test('hostile configs: catastrophic pattern, 20,000-character phrase, not JSON, wrong shapes — the server answers each, then lints with a good one', async () => {
  const uri = await client.open('config.scenario', TWO_EXCHANGES + 'Agent: ' + 'a'.repeat(100_000) + '! (a+)+$\n');
  await client.diagnostics(uri, 1, has('policy-apology'));
  await setConfig(JSON.stringify({ phrases: [{ text: '(a+)+$', message: '<script>alert(1)</script>' }] }));
  const literal = await client.diagnostics(uri, 1, has('custom-phrase'));
  assert.equal(literal.filter((d) => d.code === 'custom-phrase').length, 1, 'the phrase matched as a regex');
  const hostile = [
    JSON.stringify({ phrases: [{ text: 'x'.repeat(20_000) }] }),
    '{"rules": {"policy-apology": "off",}',
    JSON.stringify({ rules: { __proto__: 'off', constructor: ['warn', { maxRepeats: 'many' }] }, speakers: { agent: 42 }, phrases: 'calm down' }),
    '\u0000\ufeff{',
  ];
  for (const text of hostile) {
    await setConfig(text);
    await client.diagnostics(uri, 1, (d) => !has('custom-phrase')(d));
    assert.ok((await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 10 } })) !== undefined);
  }
  await setConfig(JSON.stringify({ rules: { 'policy-apology': 'error' } }));
  const good = await client.diagnostics(uri, 1, (d) => d.some((x) => x.code === 'policy-apology' && x.severity === 1));
  assert.ok(good.length > 0);
  assert.equal(client.exited, false);
});

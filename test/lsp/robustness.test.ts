// The server must never die: garbage text, out-of-order messages and huge edits, then lint correctly again.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient, TWO_EXCHANGES } from './lsp-client.js';

let client: TestClient;
before(async () => {
  client = new TestClient();
  await client.initialize();
});
after(() => client.stop());

const hasApology = (d: Diagnostic[]) => d.some((x) => x.code === 'policy-apology');

test('survives NUL bytes, broken front matter and 5,000 speaker labels on one line', async () => {
  const uri = await client.open('junk.scenario', TWO_EXCHANGES);
  await client.diagnostics(uri, 1, hasApology);
  const junk = '\x00\ufffd---\nsituation: [\n' + 'Agent:'.repeat(5000) + '\n\u202e\ud7ff'.repeat(10);
  await client.replace(uri, 2, junk);
  await client.diagnostics(uri, 2);
  await client.replace(uri, 3, '---\nsituation: [oops\n' + 'Customer:'.repeat(5000));
  await client.diagnostics(uri, 3);
  await client.replace(uri, 4, TWO_EXCHANGES);
  assert.ok(hasApology(await client.diagnostics(uri, 4)));
  assert.equal(client.exited, false);
});

test('answers requests for unknown documents and ignores changes to them', async () => {
  const ghost = client.uri('never-opened.scenario');
  await client.replace(ghost, 7, 'Agent: hello');
  assert.equal(await client.request('textDocument/hover', { textDocument: { uri: ghost }, position: { line: 0, character: 0 } }), null);
  assert.deepEqual(
    await client.request('textDocument/codeAction', { textDocument: { uri: ghost }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }),
    [],
  );
  assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: ghost } }), []);
  const uri = await client.open('after-ghost.scenario', TWO_EXCHANGES);
  assert.ok(hasApology(await client.diagnostics(uri, 1)));
});

test('positions past the end of the document are clamped, not fatal', async () => {
  const uri = await client.open('positions.scenario', TWO_EXCHANGES);
  await client.diagnostics(uri, 1);
  const far = { line: 9999, character: 9999 };
  await client.request('textDocument/hover', { textDocument: { uri }, position: far });
  await client.request('textDocument/completion', { textDocument: { uri }, position: far });
  await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: far, end: far }, context: { diagnostics: [] } });
  assert.equal(client.exited, false);
});

test('a huge edit is linted, capped at 1000 diagnostics, and rapid edits end on the last version', async () => {
  const uri = await client.open('huge.scenario', 'Agent: Hi.\n');
  await client.diagnostics(uri, 1);
  const line = "Customer: Why can't I get a refund?\nAgent: I'm sorry, but our policy doesn't allow refunds.\n";
  await client.replace(uri, 2, line.repeat(3000));
  for (let v = 3; v <= 12; v++) await client.replace(uri, v, `Agent: edit ${v}.\n` + line.repeat(2));
  const last = await client.diagnostics(uri, 12);
  assert.equal(last.filter((d) => d.code === 'policy-apology').length, 2);
  // the engine caps each rule at 500 findings, so three rules are needed to pass the server's cap
  const three = line + 'Customer: Why not?\nAgent: Calm down, it is not a big deal.\nCustomer: Really?\nAgent: As I already explained, the price is the price.\n';
  await client.replace(uri, 13, three.repeat(700));
  const capped = await client.diagnostics(uri, 13);
  assert.equal(capped.length, 1000);
});

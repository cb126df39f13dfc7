// The server keeps answering while it lints something big (the engine runs in a worker thread), and a
// lint that an edit overtakes is cancelled: it never publishes, nor reports its counts. These tests
// wait on the order of real messages, never on a clock.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { StatusNotification, type StatusParams } from '../../shared/protocol.js';
import { TestClient, TWO_EXCHANGES } from './lsp-client.js';

/** About 5 MB of agent and customer lines that do not repeat (a cache keyed on line text cannot shortcut it). */
function bigScript(): string {
  const lines: string[] = [];
  let size = 0;
  for (let n = 0; size < 5_000_000; n++) {
    const line = n % 2 === 0 ? `Customer: My order ${n} is late again and my mother passed away (${n}).` : `Agent: Calm down, it's not a big deal, I'm sorry but that's our policy on order ${n}.`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n') + '\n';
}

let client: TestClient;
const statuses: StatusParams[] = [];
before(async () => {
  client = new TestClient();
  await client.initialize();
  client.connection.onNotification(StatusNotification.method, (p: StatusParams) => void statuses.push(p));
});
after(() => client.stop());

test('a hover on a small script is answered while a 5 MB script is being linted', async () => {
  const small = await client.open('small.scenario', TWO_EXCHANGES);
  await client.diagnostics(small, 1);
  const big = await client.open('big.scenario', bigScript());
  const hover = await client.request<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri: small }, position: { line: 1, character: 12 } });
  // the big lint was still running when the hover came back: nothing of it has been published yet
  const bigPublishedBeforeHover = client.published.some((p) => p.uri === big);
  assert.ok(hover, 'a hover on the flagged line');
  assert.equal(bigPublishedBeforeHover, false, 'the 5 MB lint finished before the hover was answered: the hover waited for it');
  const completion = await client.request<unknown[] | { items: unknown[] }>('textDocument/completion', { textDocument: { uri: small }, position: { line: 4, character: 0 } });
  assert.ok(completion);
  const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: small } });
  assert.ok(Array.isArray(symbols));
  assert.equal(
    client.published.some((p) => p.uri === big),
    false,
    'completion and symbols were answered while the lint ran',
  );
  const diagnostics = await client.diagnostics(big, 1, undefined, 120_000);
  assert.equal(diagnostics.length, 1000, 'the big script is still linted to the end');
});

test('a lint overtaken by an edit is cancelled: it never publishes or reports its counts', async () => {
  const uri = await client.open('edited.scenario', bigScript());
  // the lint of version 1 is in progress; the edit replaces the script with a small one
  await client.replace(uri, 2, TWO_EXCHANGES);
  const diagnostics = await client.diagnostics(uri, 2, undefined, 120_000);
  assert.ok(diagnostics.some((d) => d.code === 'policy-apology'));
  assert.deepEqual(
    client.published.filter((p) => p.uri === uri).map((p) => p.version),
    [2],
    'only the edited version was published',
  );
  assert.deepEqual(
    statuses.filter((s) => s.uri === uri).map((s) => s.version),
    [2],
    'only the edited version was linted to the end (a status is sent per finished lint)',
  );
});

// The language server never dies (issue 8, item 2), driven over stdio: garbage framing and bodies,
// out-of-order and malformed messages, huge and rapid edits; it keeps answering and lints the last
// version correctly afterwards. Waits are on real answers, never on a clock, each with a deadline.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type Diagnostic, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { exited as exitOf, tail, withDeadline } from '../lsp/deadline.js';
import { DEFAULT_CAPABILITIES, SERVER, TestClient, TWO_EXCHANGES } from '../lsp/lsp-client.js';
import { ensureBuiltCli } from './built-cli.js';

const hasApology = (d: Diagnostic[]) => d.some((x) => x.code === 'policy-apology');
const frame = (body: string | Buffer) => {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]);
};
/** A notification every JSON-RPC peer may ignore ($/ prefix); sent after garbage so the reader moves on to the next frame. */
const PING_METHOD = '$/empathy-lint-test-ping';
const PING = frame(JSON.stringify({ jsonrpc: '2.0', method: PING_METHOD }));

/**
 * Resolves with `answer`, sending a ping on every turn of the event loop until then: after a framing
 * error vscode-jsonrpc leaves frames already buffered unread until more bytes arrive, so a client
 * that sends nothing more would wait forever (a real editor always sends more).
 */
async function pumpUntil<T>(answer: Promise<T>, ping: () => Promise<void>): Promise<T> {
  let done = false;
  const settled = answer.finally(() => (done = true));
  for (let i = 0; !done && i < 10_000; i++) {
    await ping();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return settled;
}

/** Bytes the transport cannot read as a message; after each the server must still work. */
const GARBAGE: Record<string, Buffer> = {
  'a header block without a colon': Buffer.from('\u0000\u00ff garbage without any header\r\n\r\n', 'latin1'),
  'a non-numeric Content-Length': Buffer.from('Content-Length: many\r\n\r\n'),
  'no Content-Length at all': Buffer.from('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n'),
  'a body that is not JSON': frame('{this is not json'),
  'a body of invalid UTF-8': frame(Buffer.from([0x7b, 0xff, 0xfe, 0xc3, 0x28, 0x7d])),
  'JSON that is not a message': Buffer.concat([frame('42'), frame('null'), frame('[]'), frame('{"jsonrpc":"2.0"}')]),
  'a request for a method nobody knows': frame(JSON.stringify({ jsonrpc: '2.0', id: 'x', method: 'empathy/nope', params: [1, 2] })),
};

before(() => ensureBuiltCli()); // builds dist/ (server included) when missing

for (const [name, bytes] of Object.entries(GARBAGE)) {
  test(`garbage on stdin (${name}) is survived: the server then initializes and lints`, async () => {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
    let exited = false;
    child.on('exit', () => (exited = true));
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const published: PublishDiagnosticsParams[] = [];
    child.stdin.write(Buffer.concat([bytes, PING]));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const firstFindings = new Promise<PublishDiagnosticsParams>((resolve) =>
      connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
        published.push(p);
        if (p.diagnostics.length > 0) resolve(p);
      }),
    );
    const lastSeen = () => `${published.length} publish(es), the last with ${published.at(-1)?.diagnostics.length ?? 0} diagnostic(s); exited: ${exited}; stderr: ${tail(stderr)}`;
    connection.onNotification('window/logMessage', () => undefined);
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    try {
      const initializing = connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', { processId: process.pid, rootUri: null, capabilities: DEFAULT_CAPABILITIES });
      const init = await withDeadline(
        pumpUntil(initializing, () => connection.sendNotification(PING_METHOD)),
        'the answer to initialize after garbage',
        lastSeen,
      );
      assert.ok(init.capabilities.hoverProvider);
      await connection.sendNotification('initialized', {});
      const uri = pathToFileURL('/tmp/empathy-garbage.scenario').href;
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'scenario', version: 1, text: TWO_EXCHANGES } });
      assert.ok(hasApology((await withDeadline(firstFindings, 'diagnostics with findings after garbage', lastSeen)).diagnostics));
      assert.equal(exited, false);
    } finally {
      await connection.sendRequest('shutdown').catch(() => undefined);
      await connection.sendNotification('exit').catch(() => undefined);
      try {
        await exitOf(child, 'the server after shutdown and exit');
      } finally {
        connection.dispose();
      }
    }
  });
}

let client: TestClient;
before(async () => {
  client = new TestClient();
  await client.initialize();
});
after(() => client.stop());

test('out-of-order notifications: change and close before open, double open, versions going back, ranges past the end', async () => {
  const uri = client.uri('out-of-order.scenario');
  await client.replace(uri, 5, 'Agent: ghost edit\n');
  await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: 'untitled:never-seen' } });
  await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  await client.open('out-of-order.scenario', 'Agent: first open\n');
  await client.open('out-of-order.scenario', TWO_EXCHANGES); // opened again without a close
  const far = { line: 10_000, character: 10_000 };
  const edits = [
    { range: { start: far, end: far }, text: '\nCustomer: appended past the end\n' },
    { range: { start: { line: 3, character: 500 }, end: { line: 1, character: 0 } }, text: '' }, // start after end
    { range: { start: { line: -5, character: -1 }, end: { line: -1, character: -1 } }, text: '' }, // negative
  ];
  for (const change of edits) await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [change] });
  await client.replace(uri, 1, 'Agent: a version from the past\n'); // version goes back
  await client.replace(uri, 9, TWO_EXCHANGES);
  assert.ok(hasApology(await client.diagnostics(uri, 9)));
  assert.equal(client.exited, false);
});

test('malformed params: missing fields, wrong types and null are answered with fallbacks or errors, never a crash', async () => {
  const uri = await client.open('params.scenario', TWO_EXCHANGES);
  await client.diagnostics(uri, 1);
  const bad: Array<[string, unknown]> = [
    ['textDocument/hover', {}],
    ['textDocument/hover', { textDocument: { uri }, position: null }],
    ['textDocument/hover', { textDocument: { uri }, position: { line: 'one', character: {} } }],
    ['textDocument/codeAction', { textDocument: { uri } }],
    ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [{}, null, 42] } }],
    ['textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 3 }, context: { triggerKind: 99, triggerCharacter: '\u0000' } }],
    ['textDocument/documentSymbol', null],
    ['textDocument/foldingRange', { textDocument: null }],
    ['textDocument/definition', { textDocument: { uri: 42 }, position: { line: 0, character: 0 } }],
    ['textDocument/references', { textDocument: { uri }, position: { line: 0, character: 0 } }],
    ['textDocument/prepareRename', { textDocument: { uri }, position: { line: 0, character: 0 } }],
    ['textDocument/rename', { textDocument: { uri }, position: { line: 0, character: 0 }, newName: '\u0000\n# evil' }],
    ['textDocument/diagnostic', { textDocument: { uri } }],
    ['empathyLint/catalogue', 'not an object'],
  ];
  for (const [method, params] of bad) {
    await client.request(method, params).catch((error: { code?: number }) => assert.equal(typeof error.code, 'number', `${method}: not a JSON-RPC error`));
  }
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: client.uri('null-text.scenario'), languageId: 'scenario', version: 1, text: null } });
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 42 }] });
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: null });
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { empathyLint: { rules: 'everything', speakers: [1, 2] } } });
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: 'file:///nope/.empathylintrc.json', type: 1 }] });
  await client.replace(uri, 4, TWO_EXCHANGES);
  assert.ok(hasApology(await client.diagnostics(uri, 4)));
  assert.equal(client.exited, false);
});

test('200 rapid edits (full and incremental) end in diagnostics for the last version', async () => {
  const uri = await client.open('rapid.scenario', 'Agent: Hi.\n');
  await client.diagnostics(uri, 1);
  let version = 1;
  for (let i = 0; i < 100; i++) await client.replace(uri, ++version, `Agent: draft ${i} \u0000 ${'calm down '.repeat(i % 7)}\n`);
  for (let i = 0; i < 100; i++) {
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: i % 2 ? 'x' : '\r\n' }],
    });
  }
  await client.replace(uri, ++version, TWO_EXCHANGES);
  const last = await client.diagnostics(uri, version);
  assert.equal(last.filter((d) => d.code === 'policy-apology').length, 1);
  assert.equal(last.filter((d) => d.code === 'dismissive-phrasing').length, 0, 'diagnostics of an older draft');
});

test('a 5 MB one-line edit is linted, and the next edit is linted correctly', async () => {
  const uri = await client.open('five-mb.scenario', TWO_EXCHANGES);
  await client.diagnostics(uri, 1);
  await client.replace(uri, 2, 'Agent: ' + 'sorry our policy '.repeat(300_000));
  await client.diagnostics(uri, 2);
  await client.replace(uri, 3, TWO_EXCHANGES);
  assert.ok(hasApology(await client.diagnostics(uri, 3)));
});

test('stays responsive: while a long lint (3,000 cyclic sections) runs, hover on another script is answered and both lint', async () => {
  let heavy = '';
  for (let i = 0; i < 3000; i++) heavy += `# s${i}\nCustomer: Why?\nAgent: I understand. Calm down.\n* a -> s${(i + 1) % 3000}\n* b -> s${(i * 7) % 3000}\n`;
  const small = await client.open('small.scenario', TWO_EXCHANGES);
  await client.diagnostics(small, 1);
  const big = await client.open('heavy.scenario', heavy);
  const hover = client.request<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri: small }, position: { line: 1, character: 10 } });
  const symbols = client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: big } });
  assert.ok(await hover, 'no hover on the small script');
  assert.ok((await symbols).length >= 3000);
  assert.ok((await client.diagnostics(big, 1)).length > 0);
  assert.equal(client.exited, false);
});

test('a cancelled request is answered (result or cancellation), and the server goes on', async () => {
  const uri = await client.open('cancel.scenario', TWO_EXCHANGES.repeat(200));
  const source = new (await import('vscode-languageserver-protocol/node')).CancellationTokenSource();
  const pending = client.connection.sendRequest(
    'textDocument/codeAction',
    { textDocument: { uri }, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } }, context: { diagnostics: [] } },
    source.token,
  );
  source.cancel();
  await pending.catch((error: { code?: number }) => assert.equal(error.code, -32800));
  assert.ok(hasApology(await client.diagnostics(uri, 1)));
});

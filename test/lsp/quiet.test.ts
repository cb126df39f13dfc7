// Issue 19 (quiet by default, hover and completion) and issue 17 item 5 (code lenses), over LSP:
// a turn being typed is held back and then delivered, the path is in the message, lenses per
// section, a hover without the repeated message or jargon, completion that never admits fault
// outside a company-at-fault call, and `lintScope` for workspace diagnostics.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { CodeLens, CompletionItem, Diagnostic, Hover, MarkupContent, WorkspaceDiagnosticReport } from 'vscode-languageserver-protocol';
import { DEFAULT_CAPABILITIES, TestClient } from './lsp-client.js';
import { isTurnBeingTyped, TYPING_GRACE_MS } from '../../server/src/lsp/typing.js';

const LOSS = 'Customer: My father passed away last week and I need to close his account.\n';
const BRANCHING = [
  '# opening',
  'Agent: Thank you for calling, how can I help?',
  'Customer: My card was charged twice and I am really upset.',
  '* Customer stays calm -> calm',
  '* Customer is angry -> angry',
  '# calm',
  'Agent: What is your account number?',
  '# angry',
  'Agent: Calm down, it is not a big deal.',
  '',
].join('\n');

let client: TestClient;
let vscodeLike: TestClient;
let settings: Record<string, unknown> = {};

before(async () => {
  client = new TestClient({ settings: () => settings });
  await client.initialize();
  vscodeLike = new TestClient({ initializationOptions: { diagnosticsInHover: true, commandLinks: true } });
  await vscodeLike.initialize();
});

after(async () => {
  await client.stop();
  await vscodeLike.stop();
});

/** Types `text` at the end of a line as an editor sends it (an incremental change). */
async function typeAt(c: TestClient, uri: string, version: number, line: number, character: number, text: string): Promise<void> {
  await c.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text }],
  });
}

test('a turn being typed is recognised: a label and at most one word', () => {
  for (const line of ['Agent: ', 'Agent:', 'Agent: Thanks', '  Rep: Hello ', 'Agen', '']) assert.ok(isTurnBeingTyped(line), line);
  for (const line of ['Agent: Thanks for that', 'Agent: I see.', 'Customer: my father died']) assert.ok(!isTurnBeingTyped(line), line);
});

test('an empty agent turn typed after a loss is not flagged at once; it is after the pause', async () => {
  const uri = await client.open('typing.scenario', LOSS);
  await client.diagnostics(uri, 1);
  const started = Date.now();
  await typeAt(client, uri, 2, 1, 0, 'Agent: ');
  const first = await client.diagnostics(uri, 2);
  assert.deepEqual(
    first.filter((d) => d.range.start.line === 1),
    [],
    'flagged while typed',
  );
  const later = await client.diagnostics(uri, 2, (d) => d.some((x) => x.range.start.line === 1), TYPING_GRACE_MS + 10_000);
  assert.ok(Date.now() - started >= TYPING_GRACE_MS - 100, 'released before the pause');
  assert.ok(
    later.some((d) => d.code === 'unacknowledged-emotion'),
    JSON.stringify(later.map((d) => d.code)),
  );
});

test('leaving the line (Enter) delivers the finding of the turn just typed', async () => {
  const uri = await client.open('enter.scenario', LOSS);
  await client.diagnostics(uri, 1);
  await typeAt(client, uri, 2, 1, 0, 'Agent: Account');
  assert.deepEqual(
    (await client.diagnostics(uri, 2)).filter((d) => d.range.start.line === 1),
    [],
  );
  await typeAt(client, uri, 3, 1, 14, '\n');
  const after = await client.diagnostics(uri, 3, (d) => d.some((x) => x.range.start.line === 1), 1000);
  assert.ok(after.some((d) => d.code === 'unacknowledged-emotion'));
});

test('the path is in the message, and no related row points at a section header', async () => {
  const uri = await client.open('path.callscript', BRANCHING, 'callscript');
  const diags = await client.diagnostics(uri, 1, (d) => d.some((x) => x.code === 'dismissive-phrasing'));
  const dismissive = diags.find((d) => d.code === 'dismissive-phrasing')!;
  assert.match(String(dismissive.message), /\(path: opening -> angry\)/);
  const headers = new Set([0, 5, 7]);
  for (const d of diags) for (const r of d.relatedInformation ?? []) assert.ok(!headers.has(r.location.range.start.line) || !/Reached by/.test(r.message), r.message);
});

test('code lenses: a summary and "Play from here" per section; the setting turns them off', async () => {
  const uri = await client.open('lens.callscript', BRANCHING, 'callscript');
  const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  assert.equal(lenses.length, 6);
  const angry = lenses.filter((l) => l.range.start.line === 7).map((l) => l.command!);
  assert.match(angry[0].title, /^\d+ findings?/);
  assert.equal(angry[1].title, '▶ Play from here');
  assert.deepEqual(angry[1].arguments, [uri, 7]);
  const opening = lenses.find((l) => l.range.start.line === 0)!.command!;
  assert.ok(/finding|No findings/.test(opening.title));
  settings = { codeLens: false };
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  try {
    assert.deepEqual(await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } }), []);
  } finally {
    settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  }
});

test('code lens summary counts unacknowledged cues', async () => {
  const { summary } = await import('../../server/src/lsp/code-lens.js');
  assert.equal(summary(2, 1), '2 findings · 1 unacknowledged cue');
  assert.equal(summary(1, 0), '1 finding');
  assert.equal(summary(0, 0), 'No findings');
});

test('in VS Code the hover adds what the diagnostic lacks: why, the full better lines, an offline docs link', async () => {
  const text = "Customer: Why is my bill higher?\nAgent: I'm sorry, but our policy is to charge a fee for paper bills.\n";
  const uri = await vscodeLike.open('hover.scenario', text);
  const diags = await vscodeLike.diagnostics(uri, 1, (d) => d.some((x) => x.code === 'policy-apology'));
  const apology = diags.find((d) => d.code === 'policy-apology')!;
  const hover = await vscodeLike.request<Hover>('textDocument/hover', { textDocument: { uri }, position: apology.range.start });
  const value = (hover.contents as MarkupContent).value;
  assert.ok(!value.includes(String(apology.message)), 'the hover repeats the message');
  assert.doesNotMatch(value, /\((warn|error)\)|\(\d+, \d+\)/);
  assert.match(value, /Why it matters/);
  assert.match(value, /command:empathyLint\.showRuleDocs\?/);
  assert.match(value, /Show documentation for `policy-apology`/);
});

test('completion: ranked by the cue, tagged with the situation; no admission of fault in a no-fault call', async () => {
  const complete = async (name: string, text: string, line: number, character: number) => {
    const uri = await client.open(name, text);
    const result = await client.request<CompletionItem[] | { items: CompletionItem[] }>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
    return (Array.isArray(result) ? result : result.items).sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
  };
  const noFault = await complete('nofault.scenario', '---\nsituation: no-fault\n---\nCustomer: This is so frustrating, I have waited a week.\nAgent: \n', 4, 7);
  assert.ok(noFault.length > 0);
  assert.ok(
    noFault.every((i) => i.labelDetails?.description),
    'a row without its situation',
  );
  assert.match(noFault[0].detail ?? '', /frustration · fits what the customer said/);
  for (const item of noFault) assert.doesNotMatch(item.label, /shouldn't have happened|our mistake|our fault/i, item.label);
  const companyFault = await complete('fault.scenario', '---\nsituation: company-at-fault\n---\nCustomer: You sent me the wrong oven.\nAgent: \n', 4, 7);
  assert.ok(
    companyFault.some((i) => /our mistake/i.test(i.label)),
    'company-at-fault offers an admission',
  );
});

test('lintScope: openFiles clears and lists no closed script; workspace lists them', async () => {
  const pull = new TestClient({
    capabilities: { ...DEFAULT_CAPABILITIES, textDocument: { ...DEFAULT_CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false } } },
    settings: () => scope,
  });
  let scope: Record<string, unknown> = {};
  try {
    await pull.initialize();
    writeFileSync(join(pull.root, 'closed.scenario'), 'Customer: Hi.\nAgent: Calm down, it is not a big deal.\n');
    const closedUri = pull.uri('closed.scenario');
    // openFiles: what an earlier scope showed is cleared, and nothing is listed
    const quiet = await pull.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [{ uri: closedUri, value: 'earlier' }] });
    assert.deepEqual(quiet.items, [{ kind: 'full', uri: closedUri, version: null, items: [] }]);
    scope = { lintScope: 'workspace' };
    await pull.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const full = await pull.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    const closed = full.items.find((i) => i.uri.endsWith('closed.scenario'));
    assert.ok(closed && closed.kind === 'full' && (closed.items as Diagnostic[]).some((d) => d.code === 'dismissive-phrasing'), JSON.stringify(full.items));
  } finally {
    await pull.stop();
  }
});

test('Lint Workspace does not count an empty file as a script', async () => {
  const c = new TestClient();
  try {
    await c.initialize();
    writeFileSync(join(c.root, 'empty.scenario'), '');
    writeFileSync(join(c.root, 'real.scenario'), 'Customer: Hi.\nAgent: Calm down.\n');
    const result = await c.request<{ files: number; warnings: number }>('empathyLint/lintWorkspace', null);
    assert.equal(result.files, 1);
    assert.ok(result.warnings >= 1);
  } finally {
    await c.stop();
  }
});

test('lintScope openFiles: a script closed in a pull client is cleared by the next workspace report', async () => {
  const pull = new TestClient({ capabilities: { ...DEFAULT_CAPABILITIES, textDocument: { ...DEFAULT_CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false } } } });
  try {
    await pull.initialize();
    const uri = await pull.open('closing.scenario', 'Customer: Hi.\nAgent: Calm down.\n');
    const report = await pull.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.ok(report.items.length > 0);
    const waiting = pull.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    await pull.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual((await waiting).items, [{ kind: 'full', uri, version: null, items: [] }]);
  } finally {
    await pull.stop();
  }
});

// Diagnostics over the protocol: rule codes, docs links, severities, related lines, structure problems, pull mode.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEFAULT_CAPABILITIES, TestClient, TWO_EXCHANGES, BRANCHING } from './lsp-client.js';

let client: TestClient;
before(async () => {
  client = new TestClient();
  await client.initialize();
});
after(() => client.stop());

test('advertises the features editors look for', async () => {
  const other = new TestClient();
  const caps = await other.initialize();
  await other.stop();
  for (const cap of ['codeActionProvider', 'hoverProvider', 'completionProvider', 'documentSymbolProvider', 'foldingRangeProvider', 'definitionProvider', 'referencesProvider', 'renameProvider']) {
    assert.ok(caps[cap], `missing ${cap}`);
  }
  assert.equal(caps.diagnosticProvider, undefined, 'no pull diagnostics for a client without them');
});

test('publishes policy-apology and early-personalization with docs links', async () => {
  const uri = await client.open('call.scenario', TWO_EXCHANGES);
  const diags = await client.diagnostics(uri, 1);
  const codes = diags.map((d) => d.code);
  assert.ok(codes.includes('policy-apology'), `got ${codes.join(', ')}`);
  assert.ok(codes.includes('early-personalization'), `got ${codes.join(', ')}`);
  for (const d of diags) {
    assert.equal(d.source, 'empathy-lint');
    assert.match(d.codeDescription?.href ?? '', new RegExp(`/docs/rules/${String(d.code)}\\.md$`));
    assert.ok(d.severity === 1 || d.severity === 2);
  }
  const apology = diags.find((d) => d.code === 'policy-apology')!;
  assert.equal(apology.range.start.line, 1);
  assert.equal(apology.range.end.line, 1);
});

test('reports a jump to a missing section as script-structure', async () => {
  const uri = await client.open('branch.callscript', BRANCHING, 'callscript');
  const diags = await client.diagnostics(uri, 1);
  const missing = diags.find((d) => d.code === 'script-structure' && /nowhere/.test(String(d.message)));
  assert.ok(missing, JSON.stringify(diags.map((d) => d.message)));
  assert.deepEqual(missing.range, { start: { line: 8, character: 3 }, end: { line: 8, character: 10 } });
});

test('carries related information from the finding (the customer line that set the context)', async () => {
  const uri = await client.open('related.scenario', TWO_EXCHANGES);
  const diags = await client.diagnostics(uri, 1);
  const withRelated = diags.filter((d) => d.relatedInformation?.length);
  for (const d of withRelated) for (const r of d.relatedInformation!) assert.equal(r.location.uri, uri);
  const personal = diags.find((d) => d.code === 'early-personalization');
  assert.ok(
    personal?.relatedInformation?.some((r) => r.location.range.start.line === 2),
    'points at the disclosure line',
  );
});

test('re-lints on change: a clean edit clears the findings', async () => {
  const uri = await client.open('edit.scenario', TWO_EXCHANGES);
  await client.diagnostics(uri, 1, (d) => d.length > 0);
  await client.replace(uri, 2, 'Customer: Hi.\nAgent: Hello, how can I help you today?\n');
  assert.deepEqual(await client.diagnostics(uri, 2), []);
});

test('answers pull diagnostics when the client supports them', async () => {
  const pull = new TestClient({ capabilities: { ...DEFAULT_CAPABILITIES, textDocument: { ...DEFAULT_CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false } } } });
  const caps = await pull.initialize();
  assert.ok(caps.diagnosticProvider, 'pull diagnostics advertised');
  const uri = await pull.open('pull.scenario', TWO_EXCHANGES);
  const report = await pull.request<{ kind: string; resultId: string; items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri } });
  const again = await pull.request<{ kind: string }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
  await pull.replace(uri, 2, 'Agent: Hello, how can I help?\n');
  const changed = await pull.request<{ kind: string; items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
  await pull.stop();
  assert.equal(report.kind, 'full');
  assert.ok(report.items.some((d) => d.code === 'policy-apology'));
  assert.equal(again.kind, 'unchanged', 'same version, same config: unchanged');
  assert.equal(changed.kind, 'full');
  assert.deepEqual(changed.items, []);
});

test('a section no path reaches is tagged unnecessary, so the editor fades it', async () => {
  const uri = await client.open('unreachable.callscript', '# start\nAgent: Hello, how can I help?\n\n# orphan\nAgent: Goodbye.\n', 'callscript');
  const diags = await client.diagnostics(uri, 1, (d) => d.length > 0);
  const orphan = diags.find((d) => d.code === 'script-structure' && d.range.start.line === 3);
  assert.ok(orphan, JSON.stringify(diags));
  assert.deepEqual(orphan.tags, [1]);
});

test('pull: an edit that leaves every diagnostic as it was is answered "unchanged" with the previous result ID', async () => {
  const pull = new TestClient({ capabilities: { ...DEFAULT_CAPABILITIES, textDocument: { ...DEFAULT_CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false } } } });
  await pull.initialize();
  const uri = await pull.open('typing.scenario', TWO_EXCHANGES);
  type Report = { kind: string; resultId?: string; items?: { code: string }[] };
  const first = await pull.request<Report>('textDocument/diagnostic', { textDocument: { uri } });
  await pull.replace(uri, 2, `${TWO_EXCHANGES}// a note for the writer\n`);
  const same = await pull.request<Report>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
  await pull.replace(uri, 3, `${TWO_EXCHANGES}Agent: Calm down, it's not a big deal.\n`);
  const changed = await pull.request<Report>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
  await pull.stop();
  assert.equal(first.kind, 'full');
  assert.deepEqual(same, { kind: 'unchanged', resultId: first.resultId });
  assert.equal(changed.kind, 'full');
  assert.ok(
    changed.items?.some((d) => d.code === 'dismissive-phrasing'),
    JSON.stringify(changed.items),
  );
});

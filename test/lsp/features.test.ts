// Hover, completion, outline and section navigation over the protocol.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { CompletionItem, DocumentSymbol, FoldingRange, Hover, Location, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { BRANCHING, TestClient, TWO_EXCHANGES } from './lsp-client.js';

let client: TestClient;
let branching: string;
before(async () => {
  client = new TestClient();
  await client.initialize();
  branching = await client.open('branch.callscript', BRANCHING, 'callscript');
  await client.diagnostics(branching, 1);
});
after(() => client.stop());

const at = (uri: string, line: number, character: number) => ({ textDocument: { uri }, position: { line, character } });
const markdown = (h: Hover | null) => (h?.contents as MarkupContent | undefined)?.value ?? '';

async function complete(name: string, text: string, line: number, character: number): Promise<CompletionItem[]> {
  const uri = await client.open(name, text);
  const result = await client.request<CompletionItem[] | { items: CompletionItem[] } | null>('textDocument/completion', at(uri, line, character));
  return Array.isArray(result) ? result : (result?.items ?? []);
}

test('hover on a flagged span names the rule, why, the docs link and better phrasings', async () => {
  const uri = await client.open('hover.scenario', TWO_EXCHANGES);
  const diags = await client.diagnostics(uri, 1, (d) => d.length > 0);
  const apology = diags.find((d) => d.code === 'policy-apology')!;
  const text = markdown(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: apology.range.start }));
  assert.match(text, /`policy-apology`/);
  assert.match(text, /Why it matters/);
  assert.doesNotMatch(text, /\(warn\)|\(error\)/);
  assert.match(text, /docs\/rules\/policy-apology\.md/);
  assert.match(text, /Better phrasings/);
});

test('hover on a jump target shows the first lines of that section', async () => {
  const text = markdown(await client.request<Hover>('textDocument/hover', at(branching, 7, 24)));
  assert.match(text, /# resolution/);
  assert.match(text, /correct oven by Friday/);
  assert.equal(await client.request('textDocument/hover', at(branching, 5, 2)), null, 'nothing on a clean line');
});

test('completion after "Agent: " puts statements for the customer\'s loss first', async () => {
  const items = await complete('loss.scenario', 'Customer: My father passed away last week.\nAgent: \n', 1, 7);
  assert.ok(items.length > 0);
  const first = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))[0];
  assert.match(first.detail ?? '', /loss/);
  assert.match(first.detail ?? '', /fits/);
});

test('completion offers section names after ->, speaker labels at line start, front matter keys and situations', async () => {
  const sections = await complete('jump.callscript', '# a\nAgent: Hi.\n-> \n# b\nAgent: Bye.\n', 2, 3);
  assert.deepEqual(sections.map((i) => i.label).sort(), ['a', 'b']);
  const labels = await complete('labels.scenario', 'Cu\n', 0, 2);
  assert.ok(labels.some((i) => (i.textEdit as TextEdit).newText === 'Customer: '));
  assert.ok(labels.some((i) => (i.textEdit as TextEdit).newText === 'Agent: '));
  const keys = await complete('keys.scenario', '---\nsi\n---\nAgent: Hi.\n', 1, 2);
  assert.ok(keys.some((i) => i.label === 'situation'));
  const values = await complete('values.scenario', '---\nsituation: \n---\nAgent: Hi.\n', 1, 11);
  assert.deepEqual(values.map((i) => i.label).sort(), ['company-at-fault', 'customer-at-fault', 'no-fault']);
});

test('document symbols list sections with their turns; folding covers front matter and sections', async () => {
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: branching } });
  const sections = symbols.filter((s) => s.kind === 3);
  assert.deepEqual(
    sections.map((s) => s.name),
    ['opening', 'resolution'],
  );
  assert.equal(sections[0].children?.length, 2);
  assert.match(sections[0].children![0].name, /^Agent: Thank you/);
  const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: branching } });
  assert.ok(
    folds.some((f) => f.startLine === 0 && f.endLine === 3),
    'front matter folds',
  );
  assert.ok(
    folds.some((f) => f.startLine === 4 && f.endLine >= 8),
    'opening section folds',
  );
});

test('definition and references of a section', async () => {
  const def = await client.request<Location>('textDocument/definition', at(branching, 7, 24));
  assert.deepEqual(def.range.start, { line: 10, character: 2 });
  const refs = await client.request<Location[]>('textDocument/references', { ...at(branching, 10, 4), context: { includeDeclaration: true } });
  assert.deepEqual(
    refs.map((r) => r.range.start.line).sort((a, b) => a - b),
    [7, 10],
  );
});

test('rename a section edits its header and every target; a bad name is refused', async () => {
  const prepared = await client.request<{ placeholder: string }>('textDocument/prepareRename', at(branching, 10, 4));
  assert.equal(prepared.placeholder, 'resolution');
  const edit = await client.request<{ changes: Record<string, TextEdit[]> }>('textDocument/rename', { ...at(branching, 7, 24), newName: 'make-it-right' });
  const edits = edit.changes[branching];
  assert.deepEqual(
    edits.map((e) => e.range.start.line).sort((a, b) => a - b),
    [7, 10],
  );
  assert.ok(edits.every((e) => e.newText === 'make-it-right'));
  await assert.rejects(client.request('textDocument/rename', { ...at(branching, 10, 4), newName: 'a -> b' }), /section name/);
});

test('custom requests: catalogue and rules for the VS Code commands', async () => {
  const catalogue = await client.request<{ situation: string; text: string }[]>('empathyLint/catalogue', undefined);
  assert.ok(catalogue.length >= 6);
  const rules = await client.request<{ id: string; docsUrl: string }[]>('empathyLint/rules', undefined);
  assert.ok(rules.some((r) => r.id === 'policy-apology' && r.docsUrl.endsWith('policy-apology.md')));
});

test('typing a space mid-sentence opens no completion; right after "Agent:" it does', async () => {
  const uri = await client.open('typing.scenario', 'Customer: I got the wrong item.\nAgent: I can see \nAgent: \n');
  const request = (line: number, character: number) => client.request<CompletionItem[]>('textDocument/completion', { ...at(uri, line, character), context: { triggerKind: 2, triggerCharacter: ' ' } });
  assert.deepEqual(await request(1, 17), []);
  assert.ok((await request(2, 7)).length > 0);
});

test('a document whose lint was dropped from the server cache (many scripts open) still answers hover from a fresh lint', async () => {
  const first = await client.open('evicted-first.scenario', TWO_EXCHANGES);
  const diags = await client.diagnostics(first, 1, (d) => d.length > 0);
  // More documents than the server keeps lints for (12): the first one's lint is dropped.
  for (let i = 0; i < 16; i++) await client.diagnostics(await client.open(`evicted-${i}.scenario`, TWO_EXCHANGES), 1, (d) => d.length > 0);
  const apology = diags.find((d) => d.code === 'policy-apology')!;
  const text = markdown(await client.request<Hover>('textDocument/hover', { textDocument: { uri: first }, position: apology.range.start }));
  assert.match(text, /`policy-apology`/);
});

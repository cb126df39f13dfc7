// Code actions over the protocol: rewrites (preferred fix), disable for the line and the file, fix-all;
// each edit is applied and the document linted again to prove it holds.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { DEFAULT_CAPABILITIES, TestClient, TWO_EXCHANGES } from './lsp-client.js';

let client: TestClient;
before(async () => {
  client = new TestClient();
  await client.initialize();
});
after(() => client.stop());

/** The text edits of a workspace edit for one document, whichever shape the server chose. */
function editsOf(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  const changes = edit.changes?.[uri] ?? [];
  const documentChanges = (edit.documentChanges ?? []).flatMap((c) => ('edits' in c && c.textDocument.uri === uri ? (c.edits as TextEdit[]) : []));
  return [...changes, ...documentChanges];
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'scenario', 0, text), edits);
}

async function actionsFor(uri: string, diagnostic: Diagnostic, only?: string[]): Promise<CodeAction[]> {
  return client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], ...(only ? { only } : {}) } });
}

/** Opens the scenario, finds its policy-apology diagnostic, and lists the quick fixes for it. */
async function openWithApology(name: string, text = TWO_EXCHANGES) {
  const uri = await client.open(name, text);
  const diags = await client.diagnostics(uri, 1, (d) => d.some((x) => x.code === 'policy-apology'));
  const apology = diags.find((d) => d.code === 'policy-apology')!;
  return { uri, apology, actions: await actionsFor(uri, apology, ['quickfix']) };
}

test('rewrites are quick fixes that edit only the flagged line; the safe fix is preferred', async () => {
  const { uri, apology, actions } = await openWithApology('rewrite.scenario');
  const rewrites = actions.filter((a) => !a.title.startsWith('Disable') && !a.title.startsWith('Fix all'));
  assert.ok(rewrites.length >= 1, 'at least one rewrite');
  assert.equal(actions.filter((a) => a.isPreferred).length, 1, 'exactly one preferred fix');
  for (const a of rewrites) {
    assert.equal(a.kind, 'quickfix');
    for (const e of editsOf(a.edit, uri)) {
      assert.equal(e.range.start.line, apology.range.start.line);
      assert.equal(e.range.end.line, apology.range.start.line);
    }
  }
  const preferred = actions.find((a) => a.isPreferred)!;
  const fixed = apply(TWO_EXCHANGES, editsOf(preferred.edit, uri));
  await client.replace(uri, 2, fixed);
  const after = await client.diagnostics(uri, 2);
  assert.ok(!after.some((d) => d.code === 'policy-apology'), `still flagged after the fix: ${fixed.split('\n')[1]}`);
});

test('"Disable for this line" inserts a directive above the line, keeping CRLF line ends', async () => {
  const crlf = TWO_EXCHANGES.replace(/\n/g, '\r\n');
  const { uri, actions } = await openWithApology('disable-line.scenario', crlf);
  const disable = actions.find((a) => a.title === 'Disable policy-apology for this line');
  assert.ok(disable, actions.map((a) => a.title).join(' | '));
  const text = apply(crlf, editsOf(disable.edit, uri));
  assert.equal(text.split('\r\n')[1], '// empathy-lint-disable-next-line policy-apology -- ');
  await client.replace(uri, 2, text);
  const after = await client.diagnostics(uri, 2);
  assert.ok(!after.some((d) => d.code === 'policy-apology'));
  assert.ok(
    after.some((d) => d.code === 'early-personalization'),
    'other rules still apply',
  );
});

test('"Disable in this file" inserts a directive after the front matter', async () => {
  const withFrontMatter = `---\ntitle: Refund\n---\n${TWO_EXCHANGES}`;
  const { uri, actions } = await openWithApology('disable-file.scenario', withFrontMatter);
  const disable = actions.find((a) => a.title === 'Disable policy-apology in this file')!;
  const text = apply(withFrontMatter, editsOf(disable.edit, uri));
  assert.equal(text.split('\n')[3], '// empathy-lint-disable policy-apology');
  await client.replace(uri, 2, text);
  assert.ok(!(await client.diagnostics(uri, 2)).some((d) => d.code === 'policy-apology'));
});

test('source.fixAll.empathy-lint fixes every fixable finding with a versioned edit', async () => {
  const { uri, apology } = await openWithApology('fix-all.scenario');
  const actions = await actionsFor(uri, apology, ['source.fixAll.empathy-lint']);
  assert.equal(actions.length, 1);
  assert.equal(actions[0].kind, 'source.fixAll.empathy-lint');
  const change = actions[0].edit?.documentChanges?.[0];
  assert.ok(change && 'textDocument' in change && change.textDocument.version === 1, 'documentChanges carries the version');
  const fixed = apply(TWO_EXCHANGES, editsOf(actions[0].edit, uri));
  assert.notEqual(fixed, TWO_EXCHANGES);
  await client.replace(uri, 2, fixed);
  const remaining = await client.diagnostics(uri, 2);
  assert.ok(!remaining.some((d) => d.code === 'policy-apology'));
});

test('without documentChanges support, edits come as plain changes', async () => {
  const plain = new TestClient({ capabilities: { ...DEFAULT_CAPABILITIES, workspace: { configuration: true } } });
  await plain.initialize();
  const uri = await plain.open('plain.scenario', TWO_EXCHANGES);
  const diags = await plain.diagnostics(uri, 1, (d) => d.length > 0);
  const apology = diags.find((d) => d.code === 'policy-apology')!;
  const actions = await plain.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: apology.range, context: { diagnostics: [apology] } });
  await plain.stop();
  assert.ok(actions.length > 0);
  for (const a of actions) {
    assert.equal(a.edit?.documentChanges, undefined);
    assert.ok(a.edit?.changes?.[uri]?.length);
  }
});

test('no disable comments are offered inside the front matter, where they would break the YAML', async () => {
  const text = '---\nsituation: nobody-knows\n---\nAgent: Hello, how can I help?\n';
  const uri = await client.open('front-matter.scenario', text);
  const diags = await client.diagnostics(uri, 1, (d) => d.some((x) => x.code === 'front-matter'));
  const problem = diags.find((d) => d.code === 'front-matter')!;
  const actions = await actionsFor(uri, problem, ['quickfix']);
  assert.ok(!actions.some((a) => a.title.startsWith('Disable')), actions.map((a) => a.title).join(' | '));
});

// The QA reviewer's workflow in the editor, over the protocol: the config's baseline hides what CI
// hides, an unused directive is faded with a quick fix removing it, and "disable for this line" leaves
// the cursor after ` -- ` (a snippet edit) for the reason when the client applies snippet edits.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { DEFAULT_CAPABILITIES, TestClient, TWO_EXCHANGES } from './lsp-client.js';

const FEE = "Customer: Why is there a fee?\nAgent: I'm sorry, but it's our policy to charge that fee.\n";

async function actionsFor(client: TestClient, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } });
}

test("the config's baseline hides recorded findings in the editor too, matched by line text", async () => {
  const client = new TestClient();
  writeFileSync(join(client.root, '.empathylintrc.json'), JSON.stringify({ baseline: 'empathy-baseline.json' }));
  const line = "Agent: I'm sorry, but it's our policy to charge that fee.";
  writeFileSync(join(client.root, 'empathy-baseline.json'), JSON.stringify({ version: 1, findings: [{ file: 'call.scenario', rule: 'policy-apology', line, count: 1 }] }));
  await client.initialize();
  try {
    // Lines inserted above: still matched.
    const uri = await client.open('call.scenario', `Agent: Hello.\n${FEE}Customer: This is ridiculous.\nAgent: Calm down.\n`);
    const diags = await client.diagnostics(uri, 1, (d) => d.some((x) => x.code === 'dismissive-phrasing'));
    assert.ok(!diags.some((d) => d.code === 'policy-apology'), diags.map((d) => d.code).join(', '));
    const other = await client.open('other.scenario', FEE);
    await client.diagnostics(other, 1, (d) => d.some((x) => x.code === 'policy-apology'));
  } finally {
    await client.stop();
  }
});

test('an unused directive is faded, offers its removal, and offers no directive of its own', async () => {
  const client = new TestClient();
  writeFileSync(join(client.root, '.empathylintrc.json'), JSON.stringify({ reportUnusedDisableDirectives: true }));
  await client.initialize();
  try {
    const text = '// empathy-lint-disable-next-line rote-empathy -- left over\nAgent: Thanks, the new address is saved.\n';
    const uri = await client.open('unused.scenario', text);
    const diags = await client.diagnostics(uri, 1, (d) => d.some((x) => x.code === 'unused-directive'));
    const unused = diags.find((d) => d.code === 'unused-directive')!;
    assert.deepEqual(unused.tags, [1], 'DiagnosticTag.Unnecessary');
    const actions = await actionsFor(client, uri, unused);
    assert.ok(
      actions.some((a) => a.title === 'Remove the unused directive' && a.isPreferred),
      actions.map((a) => a.title).join(' | '),
    );
    assert.ok(!actions.some((a) => a.title.startsWith('Disable unused-directive')));
  } finally {
    await client.stop();
  }
});

test('"disable for this line" is a snippet edit with the cursor after " -- " when the client supports them', async () => {
  const capabilities = { ...DEFAULT_CAPABILITIES, workspace: { ...DEFAULT_CAPABILITIES.workspace, workspaceEdit: { documentChanges: true, snippetEditSupport: true } } };
  const client = new TestClient({ capabilities });
  await client.initialize();
  try {
    const uri = await client.open('call.scenario', TWO_EXCHANGES);
    const diags = await client.diagnostics(uri, 1, (d) => d.some((x) => x.code === 'policy-apology'));
    const actions = await actionsFor(
      client,
      uri,
      diags.find((d) => d.code === 'policy-apology')!,
    );
    const disable = actions.find((a) => a.title === 'Disable policy-apology for this line')!;
    const change = disable.edit!.documentChanges![0] as { edits: { snippet?: { kind: string; value: string } }[] };
    assert.deepEqual(change.edits[0].snippet, { kind: 'snippet', value: '// empathy-lint-disable-next-line policy-apology -- $0\n' });
  } finally {
    await client.stop();
  }
});

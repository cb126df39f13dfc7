// Configuration over the protocol: .empathylintrc.json (watched), editor settings, workspace trust,
// and linting the files of the workspace that are not open.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { DEFAULT_CAPABILITIES, TestClient, TWO_EXCHANGES } from './lsp-client.js';

const has = (id: string) => (d: Diagnostic[]) => d.some((x) => x.code === id);
const lacks = (id: string) => (d: Diagnostic[]) => d.length > 0 && !d.some((x) => x.code === id);

function writeConfig(client: TestClient, config: unknown): void {
  writeFileSync(join(client.root, '.empathylintrc.json'), JSON.stringify(config));
}

test('.empathylintrc.json applies, and editing it re-lints open files', async () => {
  const client = new TestClient();
  writeConfig(client, { rules: { 'policy-apology': 'off' } });
  await client.initialize();
  try {
    const uri = await client.open('call.scenario', TWO_EXCHANGES);
    await client.diagnostics(uri, 1, lacks('policy-apology'));
    writeConfig(client, { rules: { 'policy-apology': 'error' } });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('.empathylintrc.json'), type: 2 }] });
    const diags = await client.diagnostics(uri, 1, has('policy-apology'));
    assert.equal(diags.find((d) => d.code === 'policy-apology')!.severity, 1, 'error severity from the config');
  } finally {
    await client.stop();
  }
});

test('editor settings override the config file and can disable linting', async () => {
  let settings: unknown = { rules: { 'early-personalization': 'off' } };
  const client = new TestClient({ settings: () => settings });
  await client.initialize();
  try {
    const uri = await client.open('call.scenario', TWO_EXCHANGES);
    await client.diagnostics(uri, 1, (d) => has('policy-apology')(d) && !has('early-personalization')(d));
    settings = { rules: {}, enable: true };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.diagnostics(uri, 1, has('early-personalization'));
    settings = { enable: false };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(await client.diagnostics(uri, 1, (d) => d.length === 0), []);
  } finally {
    await client.stop();
  }
});

test('an untrusted workspace lints with defaults until it is trusted', async () => {
  const client = new TestClient({ initializationOptions: { workspaceTrusted: false } });
  writeConfig(client, { rules: { 'policy-apology': 'off' } });
  await client.initialize();
  try {
    const uri = await client.open('call.scenario', TWO_EXCHANGES);
    await client.diagnostics(uri, 1, has('policy-apology'));
    await client.connection.sendNotification('empathyLint/workspaceTrusted', {});
    await client.diagnostics(uri, 1, lacks('policy-apology'));
  } finally {
    await client.stop();
  }
});

test('"lint workspace" reports scripts that are not open', async () => {
  const client = new TestClient();
  writeFileSync(join(client.root, 'closed.scenario'), TWO_EXCHANGES);
  writeFileSync(join(client.root, 'clean.callscript'), 'Agent: Thank you for calling, how can I help?\n');
  await client.initialize();
  try {
    const result = await client.request<{ files: number; errors: number; warnings: number }>('empathyLint/lintWorkspace', undefined);
    assert.equal(result.files, 2);
    assert.ok(result.warnings + result.errors >= 2);
    const diags = await client.diagnostics(client.uri('closed.scenario'), 0, has('policy-apology'));
    assert.ok(diags.length >= 2);
  } finally {
    await client.stop();
  }
});

test('a broken .empathylintrc.json is reported once, and linting goes on with the defaults', async () => {
  const client = new TestClient();
  writeFileSync(join(client.root, '.empathylintrc.json'), '{ "rules": { "policy-apology": "off" }, }');
  await client.initialize();
  try {
    const first = await client.open('one.scenario', TWO_EXCHANGES);
    await client.diagnostics(first, 1, has('policy-apology'));
    const second = await client.open('two.scenario', TWO_EXCHANGES);
    await client.diagnostics(second, 1, has('policy-apology'));
    const warnings = client.shownMessages.filter((m) => m.includes('.empathylintrc.json'));
    assert.equal(warnings.length, 1, JSON.stringify(client.shownMessages));
    assert.match(warnings[0], /invalid JSON/);
  } finally {
    await client.stop();
  }
});

test('with lintScope workspace, workspace diagnostics cover closed scripts, and a repeated pull waits for a change on disk', async () => {
  const client = new TestClient({ capabilities: { ...DEFAULT_CAPABILITIES, textDocument: { ...DEFAULT_CAPABILITIES.textDocument, diagnostic: {} } }, settings: () => ({ lintScope: 'workspace' }) });
  writeFileSync(join(client.root, 'closed.scenario'), TWO_EXCHANGES);
  await client.initialize();
  type Report = { items: { uri: string; kind: string; resultId?: string; items?: { code: string }[] }[] };
  try {
    const first = await client.request<Report>('workspace/diagnostic', { previousResultIds: [] });
    const closed = first.items.find((i) => i.uri === client.uri('closed.scenario'))!;
    assert.equal(closed.kind, 'full');
    assert.ok(closed.items!.some((d) => d.code === 'policy-apology'));
    const waiting = client.request<Report>('workspace/diagnostic', { previousResultIds: [{ uri: closed.uri, value: closed.resultId }] });
    writeFileSync(join(client.root, 'closed.scenario'), 'Agent: Thank you for calling, how can I help?\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: closed.uri, type: 2 }] });
    const second = await waiting;
    const after = second.items.find((i) => i.uri === closed.uri)!;
    assert.equal(after.kind, 'full');
    assert.deepEqual(after.items, []);
  } finally {
    await client.stop();
  }
});

// The preview comes from the server (`empathyLint/preview`): with the editor settings and the config
// file merged once there, the preview's findings are the Problems panel's, setting by setting.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { PreviewRequest, type PreviewFinding, type PreviewResult } from '../../shared/protocol.js';
import { TestClient, TWO_EXCHANGES } from './lsp-client.js';

/** A finding as both sides can show it: rule, severity and starting line. */
const key = (ruleId: unknown, severity: string, line: number) => `${String(ruleId)}:${severity}:${line}`;
const fromDiagnostics = (d: Diagnostic[]) => d.map((x) => key(x.code, x.severity === 1 ? 'error' : 'warn', x.range.start.line)).sort();
const fromPreview = (f: PreviewFinding[]) => f.map((x) => key(x.ruleId, x.severity, x.line)).sort();

function preview(client: TestClient, uri: string, extra: Record<string, unknown> = {}): Promise<PreviewResult | null> {
  return client.request<PreviewResult | null>(PreviewRequest.method, { uri, ...extra });
}

test('an editor setting turning a rule off: the Problems panel and the preview agree', async () => {
  let settings: unknown = { rules: { 'policy-apology': 'off' } };
  const client = new TestClient({ settings: () => settings });
  await client.initialize();
  try {
    const uri = await client.open('call.scenario', TWO_EXCHANGES);
    const off = await client.diagnostics(uri, 1, (d) => d.length > 0);
    const shown = (await preview(client, uri))!;
    assert.deepEqual(fromPreview(shown.findings), fromDiagnostics(off));
    assert.ok(!shown.findings.some((f) => f.ruleId === 'policy-apology'), 'the rule the setting turns off is not in the preview');
    assert.ok(
      shown.findings.some((f) => f.ruleId === 'early-personalization'),
      'the other rules still are',
    );
    assert.doesNotMatch(shown.body, /policy-apology/);
    assert.equal(shown.version, 1);

    settings = { rules: { 'policy-apology': 'error' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const on = await client.diagnostics(uri, 1, (d) => d.some((x) => x.code === 'policy-apology'));
    const again = (await preview(client, uri))!;
    assert.deepEqual(fromPreview(again.findings), fromDiagnostics(on));
    assert.ok(
      again.findings.some((f) => f.ruleId === 'policy-apology' && f.severity === 'error'),
      'the setting’s severity reaches the preview',
    );
  } finally {
    await client.stop();
  }
});

test('speaker labels from the settings and a config file: both sides read the same turns', async () => {
  const client = new TestClient({ settings: () => ({ speakers: { agent: ['Rep'], customer: ['Caller'] } }) });
  writeFileSync(join(client.root, '.empathylintrc.json'), JSON.stringify({ rules: { 'early-personalization': 'error' } }));
  await client.initialize();
  try {
    const text = TWO_EXCHANGES.replace(/^Agent:/gm, 'Rep:').replace(/^Customer:/gm, 'Caller:');
    const uri = await client.open('aliases.scenario', text);
    const diagnostics = await client.diagnostics(uri, 1, (d) => d.length > 0);
    const shown = (await preview(client, uri))!;
    assert.deepEqual(fromPreview(shown.findings), fromDiagnostics(diagnostics));
    assert.ok(shown.findings.some((f) => f.ruleId === 'early-personalization' && f.severity === 'error'));
  } finally {
    await client.stop();
  }
});

test('linting switched off: the preview shows the call without findings, as the Problems panel shows none', async () => {
  const client = new TestClient({ settings: () => ({ enable: false }) });
  await client.initialize();
  try {
    const uri = await client.open('call.scenario', TWO_EXCHANGES);
    assert.deepEqual(await client.diagnostics(uri, 1), []);
    const shown = (await preview(client, uri))!;
    assert.deepEqual(shown.findings, []);
    assert.match(shown.body, /my mom died/, 'the call itself is still there');
  } finally {
    await client.stop();
  }
});

test('the first render carries the whole webview document; a script the server does not hold is rendered from its text', async () => {
  const client = new TestClient();
  await client.initialize();
  try {
    const uri = await client.open('call.scenario', TWO_EXCHANGES);
    await client.diagnostics(uri, 1);
    const first = (await preview(client, uri, { cspSource: 'https://example.vscode-cdn.net' }))!;
    assert.match(first.html ?? '', /^<!DOCTYPE html>/);
    assert.match(first.html ?? '', /Content-Security-Policy[^>]*example\.vscode-cdn\.net/);
    assert.equal((await preview(client, uri))!.html, undefined, 'updates carry the body only');

    const elsewhere = 'vscode-vfs://github/acme/scripts/call.scenario';
    assert.equal(await preview(client, elsewhere), null, 'no copy and no text: the client is asked for the text');
    const fromText = (await preview(client, elsewhere, { text: TWO_EXCHANGES }))!;
    assert.equal(fromText.version, null);
    assert.ok(fromText.findings.some((f) => f.ruleId === 'policy-apology'));
  } finally {
    await client.stop();
  }
});

// Where the preview's markup comes from: the language server (`empathyLint/preview`), which renders
// it from the same lint and merged config as the Problems panel. The client bundles no engine.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PreviewRequest, type PreviewParams, type PreviewResult, type StatusParams } from '../../../shared/protocol.js';
import { SYNCED_SCHEMES } from '../language-client.js';

/** What the preview needs from the running extension. */
export interface PreviewServer {
  /** The running language client, started on demand. */
  client(): Promise<LanguageClient>;
  /** Fires after every lint of an open script (its diagnostics are fresh): the preview follows it. */
  onStatus: vscode.Event<StatusParams>;
}

/** The server's preview of a script; with `cspSource`, the whole webview document for a first render. */
export async function requestPreview(server: PreviewServer, document: vscode.TextDocument, cspSource?: string): Promise<PreviewResult> {
  const client = await server.client();
  const params: PreviewParams = { uri: document.uri.toString(), ...(cspSource === undefined ? {} : { cspSource }) };
  // a synced script is read from the server's copy (no text sent); the server answers null when it has no copy
  const synced = SYNCED_SCHEMES.includes(document.uri.scheme);
  const answer = (synced ? await client.sendRequest(PreviewRequest, params) : null) ?? (await client.sendRequest(PreviewRequest, { ...params, text: document.getText() }));
  if (!answer) throw new Error('the language server did not render this script');
  return answer;
}

/** A page of its own saying why there is no preview (the server is not running, say); no script, nothing remote. */
export function errorDocumentHtml(message: string): string {
  const text = message.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><title>Preview</title></head><body><p>empathy-lint: no preview. ${text}</p></body></html>`;
}

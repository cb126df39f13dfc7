// Turning a text document into preview markup in the extension host, with the script's own
// `.empathylintrc.json`. The rendering itself is the pure engine-side preview module.
import * as vscode from 'vscode';
import { loadConfigFor } from '../../../server/src/node/config.js';
import { renderNoticeBody, renderPreviewBody, renderWebviewDocument, webviewDocumentOf, type PreviewOptions } from '../../../server/src/preview/index.js';

/** Past this size a live preview would block the extension host on every edit; the CLI still renders it. */
const MAX_LIVE_PREVIEW_CHARS = 500_000;

/** A notice body for a script over the live-preview size, else undefined. */
function tooLarge(document: vscode.TextDocument): string | undefined {
  const size = document.getText().length;
  if (size <= MAX_LIVE_PREVIEW_CHARS) return undefined;
  const name = document.uri.path.split('/').pop() ?? 'script';
  return renderNoticeBody(name, `This script has ${size.toLocaleString('en')} characters, too many to preview live. Run "empathy-lint preview ${name}" to get its page.`);
}

/** The config and file name for a document (no config for unsaved, non-file documents, or in an untrusted workspace, as the server does). */
function optionsFor(document: vscode.TextDocument): PreviewOptions {
  const fileName = document.uri.path.split('/').pop();
  if (document.uri.scheme !== 'file' || !vscode.workspace.isTrusted) return { fileName };
  return { config: loadConfigFor(document.uri.fsPath).config, fileName };
}

/** The full webview document for the first render (CSP with a fresh nonce). */
export function previewDocumentHtml(document: vscode.TextDocument, webview: vscode.Webview): string {
  const notice = tooLarge(document);
  if (notice) return webviewDocumentOf(notice, 'Preview', { cspSource: webview.cspSource, uri: document.uri.toString() });
  return renderWebviewDocument(document.getText(), { ...optionsFor(document), cspSource: webview.cspSource, uri: document.uri.toString() });
}

/** The body markup sent with each live update. */
export function previewBodyHtml(document: vscode.TextDocument): string {
  return tooLarge(document) ?? renderPreviewBody(document.getText(), optionsFor(document));
}

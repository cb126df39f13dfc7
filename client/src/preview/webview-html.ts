// Turning a text document into preview markup in the extension host, with the script's own
// `.empathylintrc.json`. The rendering itself is the pure engine-side preview module.
import * as vscode from 'vscode';
import { loadConfigFor } from '../../../server/src/node/config.js';
import { renderPreviewBody, renderWebviewDocument, type PreviewOptions } from '../../../server/src/preview/index.js';

/** The config and file name for a document (no config for unsaved, non-file documents). */
function optionsFor(document: vscode.TextDocument): PreviewOptions {
  const fileName = document.uri.path.split('/').pop();
  if (document.uri.scheme !== 'file') return { fileName };
  return { config: loadConfigFor(document.uri.fsPath).config, fileName };
}

/** The full webview document for the first render (CSP with a fresh nonce). */
export function previewDocumentHtml(document: vscode.TextDocument, webview: vscode.Webview): string {
  return renderWebviewDocument(document.getText(), { ...optionsFor(document), cspSource: webview.cspSource, uri: document.uri.toString() });
}

/** The body markup sent with each live update. */
export function previewBodyHtml(document: vscode.TextDocument): string {
  return renderPreviewBody(document.getText(), optionsFor(document));
}

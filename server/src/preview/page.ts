// Page shells around the call view: the self-contained standalone page (inline CSS and JS, a CSP
// meta tag, nothing remote) and the VS Code webview document. Both share body, styles and runtime.
import { escapeHtml, html } from './escape.js';
import type { CallView, PreviewOptions } from './call-view.js';
import { buildCallView } from './model.js';
import type { RuntimeConfig } from '../../../shared/preview-protocol.js';
import { renderCallBody } from './render.js';
import { runtimeScript } from './runtime/index.js';
import { previewStyles } from './styles.js';

/** A fresh random nonce for a page's inline style and script. */
export function createNonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes)).replace(/[+/=]/g, '');
}

export interface HtmlShell {
  csp: string;
  title: string;
  nonce: string;
  /** Inline CSS, added under the nonce. */
  styles: string;
  bodyClass: string;
  body: string;
  /** Inline script, run under the nonce; none for pages without behaviour. */
  script?: string;
  /** Marks pages written for sharing (not the webview). */
  generator?: boolean;
}

/** The one HTML shell every preview page uses: CSP meta, nonce'd inline style and script, nothing remote. */
export function htmlDocument(shell: HtmlShell): string {
  const { csp, title, nonce, styles, bodyClass, body, script, generator } = shell;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
${generator ? '<meta name="generator" content="empathy-lint">\n' : ''}<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${styles}</style>
</head>
<body class="${bodyClass}">
${body}
${script === undefined ? '' : `<script nonce="${nonce}">${script}</script>\n`}</body>
</html>
`;
}

export interface StandalonePageOptions extends PreviewOptions {
  nonce?: string;
}

/** One self-contained HTML file: works offline, loads nothing, runs only its own nonce'd script. */
export function renderStandalonePage(text: string, options: StandalonePageOptions = {}): string {
  return standalonePageOf(buildCallView(text, options), options.nonce);
}

/** The standalone page of an already built call view. */
export function standalonePageOf(view: CallView, nonce = createNonce()): string {
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const config: RuntimeConfig = { host: 'standalone', uri: '' };
  return htmlDocument({
    csp,
    title: `${view.title} · mock call`,
    nonce,
    styles: previewStyles('standalone'),
    bodyClass: 'ep-standalone',
    body: `<div id="ep-root">${renderCallBody(view)}</div>`,
    script: runtimeScript(config),
    generator: true,
  });
}

/** A body with one notice instead of the call (e.g. a script too large to preview live). */
export function renderNoticeBody(title: string, message: string): string {
  return html`<div class="ep-app" id="ep-app" data-has-sections="false"><header class="ep-header"><h1 class="ep-title">${title}</h1></header><div class="ep-all" id="ep-all"><p class="ep-empty">${message}</p></div><div class="ep-walk" id="ep-walk" hidden></div></div>`
    .value;
}

/** The markup the webview swaps in on each update. */
export function renderPreviewBody(text: string, options: PreviewOptions = {}): string {
  return renderCallBody(buildCallView(text, options)).value;
}

export interface WebviewDocumentOptions extends PreviewOptions {
  /** `webview.cspSource`, allowed for styles and images from the extension's media folder. */
  cspSource: string;
  /** The document's URI string, kept in the webview state for the serializer. */
  uri: string;
  nonce?: string;
}

/** The whole webview document: strict CSP with a nonce, VS Code theme variables, the same runtime. */
export function renderWebviewDocument(text: string, options: WebviewDocumentOptions): string {
  const view = buildCallView(text, options);
  return webviewDocumentOf(renderCallBody(view).value, view.title, options);
}

/** The webview document around a body (the call, or a notice). */
export function webviewDocumentOf(body: string, title: string, options: Omit<WebviewDocumentOptions, 'config' | 'fileName'>): string {
  const nonce = options.nonce ?? createNonce();
  const csp = `default-src 'none'; style-src ${options.cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${options.cspSource} data:; font-src ${options.cspSource}`;
  const config: RuntimeConfig = { host: 'webview', uri: options.uri };
  return htmlDocument({
    csp,
    title,
    nonce,
    styles: previewStyles('webview'),
    bodyClass: 'ep-webview',
    body: `<div id="ep-root">${body}</div>`,
    script: runtimeScript(config),
  });
}

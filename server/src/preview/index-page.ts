// The `preview --all` index: one page linking every script's preview with its finding counts.
import { escapeHtml, html } from './escape.js';
import { SITUATION_LABELS } from './labels.js';
import type { CallView } from './call-view.js';
import { createNonce, htmlDocument } from './page.js';
import { previewStyles } from './styles.js';

export interface IndexEntry {
  /** Relative link to the script's page. */
  href: string;
  /** The script's path as shown (relative to the folder). */
  path: string;
  view: CallView;
}

const INDEX_CSS = `
.ep-index { list-style: none; margin: 18px 0 0; padding: 0; display: grid; gap: 10px; }
.ep-index a { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 4px 16px; align-items: center; padding: 14px 18px; border-radius: 12px; background: var(--ep-surface); border: 1px solid var(--ep-border); box-shadow: var(--ep-shadow); color: var(--ep-fg); text-decoration: none; }
.ep-index a:hover { border-color: var(--ep-accent); }
.ep-index-title { font-weight: 700; font-size: 16px; }
.ep-index-path { font: 12px var(--ep-mono); color: var(--ep-muted); }
.ep-index-counts { grid-row: 1 / span 2; grid-column: 2; display: flex; gap: 6px; flex-wrap: wrap; justify-content: flex-end; }
.ep-index-meta { font-size: 13px; color: var(--ep-muted); }
`;

/** A self-contained index page; links are relative, so the folder can be zipped and shared. */
export function renderIndexPage(entries: readonly IndexEntry[], options: { title?: string; nonce?: string } = {}): string {
  const nonce = options.nonce ?? createNonce();
  const title = options.title ?? 'Mock-call previews';
  const totals = entries.reduce((t, e) => ({ warn: t.warn + e.view.counts.warn, error: t.error + e.view.counts.error }), { warn: 0, error: 0 });
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const items = entries.map((e) => {
    const { warn, error } = e.view.counts;
    const situation = e.view.situation ? SITUATION_LABELS[e.view.situation].label : null;
    return html`<li><a href="${e.href}">
<span class="ep-index-title">${e.view.title}</span>
<span class="ep-index-counts">${warn + error === 0 ? html`<span class="ep-count ep-count-ok">No issues</span>` : null}${error ? html`<span class="ep-count ep-count-error">${error} error${error === 1 ? '' : 's'}</span>` : null}${warn ? html`<span class="ep-count ep-count-warn">${warn} warning${warn === 1 ? '' : 's'}</span>` : null}</span>
<span class="ep-index-meta"><span class="ep-index-path">${e.path}</span>${situation ? ` · ${situation}` : null} · ${e.view.turnCount} turns</span>
</a></li>`;
  });
  return htmlDocument({
    csp,
    title,
    nonce,
    styles: `${previewStyles('standalone')}${INDEX_CSS}`,
    bodyClass: 'ep-standalone',
    body: `<div class="ep-app">
<header class="ep-header">
<div class="ep-eyebrow">Mock calls</div>
<h1 class="ep-title">${escapeHtml(title)}</h1>
<div class="ep-meta"><span class="ep-meta-item">${entries.length} script${entries.length === 1 ? '' : 's'}</span>${totals.error ? `<span class="ep-count ep-count-error">${totals.error} errors</span>` : ''}${totals.warn ? `<span class="ep-count ep-count-warn">${totals.warn} warnings</span>` : ''}</div>
</header>
<ul class="ep-index">
${items.map((i) => i.value).join('\n')}
</ul>
<footer class="ep-footer">Mock-call previews by empathy-lint</footer>
</div>`,
    generator: true,
  });
}

// The mock-call preview never lets a script (or a config, or a file name) run code or restyle the
// page: generated hostile scripts put attack strings in every place text reaches HTML, and the
// rendered pages must keep exactly their own nonce'd script and style, no handler attributes, no
// unsafe links, and a strict CSP.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { EmpathyConfig } from '../../server/src/engine/index.js';
import { buildCallView, renderIndexPage, renderPreviewBody, renderStandalonePage, renderWebviewDocument } from '../../server/src/preview/index.js';

const ATTACKS = [
  '<script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '"><svg onload=alert(3)>',
  "' onmouseover='alert(4)",
  '<a href="javascript:alert(5)">click</a>',
  'javascript:alert(6)',
  '</style><style>body{display:none}</style>',
  '<style>*{background:url(https://evil.example/x)}</style>',
  '<!--',
  '<![CDATA[',
  '<iframe srcdoc="<script>alert(7)</script>">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<base href="https://evil.example/">',
  '<link rel=stylesheet href=https://evil.example/x.css>',
  '&lt;script&gt;',
  '\u2028\u2029',
  '{{constructor.constructor("alert(8)")()}}',
  '${alert(9)}',
];

const attack = fc.constantFrom(...ATTACKS);
const words = fc.constantFrom('calm down', "I'm sorry, but that's our policy", 'I know exactly how you feel', 'hello', '');

/** A script with attack strings in the front matter, section names, choices, turns, stage directions and notes. */
const hostileScript = fc
  .record({
    title: attack,
    customer: attack,
    section: attack,
    label: attack,
    line: attack,
    stage: attack,
    note: attack,
    spoken: words,
    placeholder: fc.constantFrom('{customer_name}', '{x}', '{<b>}'),
  })
  .map(
    (a) =>
      `---\ntitle: ${JSON.stringify(a.title)}\nsituation: company-at-fault\ncustomer: ${JSON.stringify(a.customer)}\n---\n` +
      `# ${a.section}\nCustomer: ${a.line} my mother passed away\nAgent: ${a.spoken} ${a.line} ${a.placeholder}\n[${a.stage}]\n// ${a.note}\n` +
      `* ${a.label} -> ${a.section}\n* other -> two\n-> ${a.label}\n# two\nAgent: ${a.spoken}, ${a.placeholder} ${a.line}\n`,
  );

/** A config whose custom-phrase message and replacement are attacks too (they reach the page as finding text and rewrites). */
const hostileConfig = fc.tuple(attack, attack).map(([message, replacement]): EmpathyConfig => ({ phrases: [{ text: 'hello', message, replacement }], speakers: { agent: ['<b>Agent</b>'] } }));

/** The markup outside the page's own <script> and <style> elements. */
function markupOnly(page: string): string {
  return page
    .replace(/^<!DOCTYPE html>/, '')
    .replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, '$1$2')
    .replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/gi, '$1$2');
}

const TAG = /<\/?([a-z][\w:-]*)((?:\s+[^\s=>"'/]+(?:="[^"]*")?)*)\s*\/?>/gi;
const ATTRIBUTE = /([^\s=>"'/]+)(?:="([^"]*)")?/g;
/** Tags the renderer itself writes; anything else came from script text. */
const ALLOWED_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'div',
  'script',
  'header',
  'h1',
  'h2',
  'p',
  'span',
  'strong',
  'em',
  'button',
  'label',
  'input',
  'section',
  'nav',
  'ol',
  'ul',
  'li',
  'a',
  'mark',
  'small',
  'footer',
  'details',
  'summary',
  'kbd',
  'br',
  'code',
  'time',
  'aside',
  'main',
  'b',
  'i',
]);

/** Attribute text as the browser reads it. */
function decodeEntities(value: string): string {
  return value.replace(/&(#\d+|#x[0-9a-f]+|lt|gt|quot|amp);/gi, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : ({ lt: '<', gt: '>', quot: '"', amp: '&' } as Record<string, string>)[e.toLowerCase()],
  );
}

/** Checks tags and attributes of the markup: no handlers, no unknown tags, links only to fragments or https docs. */
function assertInertMarkup(page: string, what: string): void {
  const markup = markupOnly(page);
  assert.doesNotMatch(markup.replace(TAG, ''), /<[a-z/!?]/i, `${what}: a raw "<" starts markup outside the renderer's tags`);
  for (const [, name, attrs] of markup.matchAll(TAG)) {
    assert.ok(ALLOWED_TAGS.has(name.toLowerCase()), `${what}: unexpected <${name}>`);
    for (const [, attr, value = ''] of attrs.matchAll(ATTRIBUTE)) {
      assert.doesNotMatch(attr, /^on/i, `${what}: event handler attribute ${attr} on <${name}>`);
      assert.notEqual(attr.toLowerCase(), 'style', `${what}: inline style attribute on <${name}>`);
      assert.notEqual(attr.toLowerCase(), 'srcdoc', `${what}: srcdoc on <${name}>`);
      // fragment, https docs link, or a relative page link (index); never a scheme such as javascript: or data:
      if (/^(?:href|src|action|formaction|xlink:href)$/i.test(attr)) {
        const url = decodeEntities(value).trim();
        assert.ok(/^(?:#|https:\/\/)/.test(url) || !/^[a-z][a-z0-9+.-]*:/i.test(url), `${what}: ${attr}="${value}" on <${name}>`);
      }
    }
  }
}

/** Exactly one nonce'd <style> and <script> (none with `scripts: 0`), closed once each, and a CSP allowing only that nonce. */
function assertStrictPage(page: string, nonce: string, what: string, scripts: 0 | 1 = 1): void {
  assert.equal(page.match(/<script\b/gi)?.length ?? 0, scripts, `${what}: script elements`);
  assert.equal(page.match(/<\/script/gi)?.length ?? 0, scripts, `${what}: script closers`);
  assert.equal(page.match(/<style\b/gi)?.length, 1, `${what}: style elements`);
  assert.equal(page.match(/<\/style/gi)?.length, 1, `${what}: style closers`);
  if (scripts) assert.match(page, new RegExp(`<script nonce="${nonce}">`));
  assert.match(page, new RegExp(`<style nonce="${nonce}">`));
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1].replace(/&#39;/g, "'");
  assert.ok(csp, `${what}: no CSP meta`);
  assert.match(csp, /default-src 'none'/);
  if (scripts) assert.match(csp, new RegExp(`script-src 'nonce-${nonce}'(;|$)`), `${what}: script-src is not the nonce alone: ${csp}`);
  else assert.doesNotMatch(csp, /script-src/, `${what}: a page without scripts allows some: ${csp}`);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/, `${what}: loose CSP ${csp}`);
  const cspAt = page.indexOf('<meta http-equiv="Content-Security-Policy"');
  assert.ok(cspAt < page.indexOf('<title') && cspAt < page.indexOf('<style'), `${what}: the CSP comes after content`);
}

test('hostile scripts and configs render inert in the standalone page, the webview document and the update body', () => {
  fc.assert(
    fc.property(hostileScript, hostileConfig, fc.constantFrom(...ATTACKS), (script, config, fileName) => {
      const standalone = renderStandalonePage(script, { config, fileName: `${fileName}.callscript`, nonce: 'n1' });
      assertStrictPage(standalone, 'n1', 'standalone');
      assertInertMarkup(standalone, 'standalone');
      const webview = renderWebviewDocument(script, { config, cspSource: 'vscode-webview://x', uri: `file:///${fileName}`, nonce: 'n2', fileName });
      assertStrictPage(webview, 'n2', 'webview');
      assertInertMarkup(webview, 'webview');
      assertInertMarkup(renderPreviewBody(script, { config, fileName }), 'update body');
    }),
    { numRuns: 120, seed: 8 },
  );
});

test('the pages get a fresh, unguessable nonce each time', () => {
  const nonces = new Set<string>();
  for (let i = 0; i < 20; i++) {
    const page = renderStandalonePage('Agent: hi\n');
    const nonce = /<script nonce="([^"]+)">/.exec(page)?.[1];
    assert.ok(nonce && nonce.length >= 16 && /^[A-Z0-9]+$/i.test(nonce), `weak nonce ${nonce}`);
    nonces.add(nonce);
  }
  assert.equal(nonces.size, 20);
});

test('the index page (links encoded as the preview command does) escapes hostile paths and titles, and never links to a scheme', () => {
  for (const name of ATTACKS) {
    const view = buildCallView(`---\ntitle: ${JSON.stringify(name)}\n---\nAgent: hi\n`, { fileName: name });
    const page = renderIndexPage([{ href: `${encodeURIComponent(name)}.html`, path: name, view }], { title: name, nonce: 'n3' });
    assertStrictPage(page, 'n3', `index ${name}`, 0);
    assertInertMarkup(page, `index ${name}`);
  }
});

// The webview document outside VS Code: the same HTML the extension host sets, opened in headless
// Chromium with a stand-in `acquireVsCodeApi` and VS Code's theme variables. Checks the messages
// both ways (reveal, scroll sync, live update keeping its place), the saved state the serializer
// needs, and leaves screenshots in Dark+, Light+ and high contrast.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { openOfflineSession, waitForState, type Session } from './offline-chromium.js';
import { renderPreviewBody, renderWebviewDocument } from '../../server/src/preview/index.js';

const ROOT = resolve(__dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts', 'preview');
const SCRIPT = readFileSync(join(__dirname, 'fixtures', 'wrong-oven.callscript'), 'utf8');
const URI = 'file:///work/scripts/wrong-oven.callscript';

/** A few of VS Code's theme variables, with the values of its built-in themes. */
const THEMES = {
  'vscode-dark': {
    '--vscode-font-family': 'system-ui, sans-serif',
    '--vscode-editor-background': '#1e1e1e',
    '--vscode-editor-foreground': '#d4d4d4',
    '--vscode-editorWidget-background': '#252526',
    '--vscode-widget-border': '#454545',
    '--vscode-descriptionForeground': '#ccccccb3',
    '--vscode-textLink-foreground': '#3794ff',
    '--vscode-button-background': '#0e639c',
    '--vscode-button-foreground': '#ffffff',
    '--vscode-editorWarning-foreground': '#cca700',
    '--vscode-editorError-foreground': '#f14c4c',
    '--vscode-testing-iconPassed': '#73c991',
    '--vscode-textCodeBlock-background': '#0a0a0a66',
    '--vscode-charts-red': '#f14c4c',
    '--vscode-charts-blue': '#3794ff',
    '--vscode-charts-yellow': '#cca700',
    '--vscode-charts-orange': '#d18616',
    '--vscode-charts-green': '#89d185',
    '--vscode-charts-purple': '#b180d7',
  },
  'vscode-light': {
    '--vscode-font-family': 'system-ui, sans-serif',
    '--vscode-editor-background': '#ffffff',
    '--vscode-editor-foreground': '#3b3b3b',
    '--vscode-editorWidget-background': '#f8f8f8',
    '--vscode-widget-border': '#e5e5e5',
    '--vscode-descriptionForeground': '#717171',
    '--vscode-textLink-foreground': '#005fb8',
    '--vscode-button-background': '#005fb8',
    '--vscode-button-foreground': '#ffffff',
    '--vscode-editorWarning-foreground': '#bf8803',
    '--vscode-editorError-foreground': '#e51400',
    '--vscode-testing-iconPassed': '#388a34',
    '--vscode-textCodeBlock-background': '#dcdcdc66',
    '--vscode-charts-red': '#e51400',
    '--vscode-charts-blue': '#1a85ff',
    '--vscode-charts-yellow': '#bf8803',
    '--vscode-charts-orange': '#d18616',
    '--vscode-charts-green': '#388a34',
    '--vscode-charts-purple': '#652d90',
  },
  'vscode-high-contrast': {
    '--vscode-font-family': 'system-ui, sans-serif',
    '--vscode-editor-background': '#000000',
    '--vscode-editor-foreground': '#ffffff',
    '--vscode-editorWidget-background': '#0c141f',
    '--vscode-contrastBorder': '#6fc3df',
    '--vscode-descriptionForeground': '#ffffff',
    '--vscode-textLink-foreground': '#21a6ff',
    '--vscode-button-background': '#000000',
    '--vscode-button-foreground': '#ffffff',
    '--vscode-editorWarning-foreground': '#ffd370',
    '--vscode-editorError-foreground': '#ff3232',
    '--vscode-testing-iconPassed': '#73c991',
    '--vscode-charts-red': '#f14c4c',
    '--vscode-charts-blue': '#3794ff',
    '--vscode-charts-yellow': '#ffd370',
    '--vscode-charts-orange': '#d18616',
    '--vscode-charts-green': '#89d185',
    '--vscode-charts-purple': '#b180d7',
  },
} as const;

/** Stands in for VS Code's webview API: records posted messages; the saved state outlives a reload, as VS Code keeps it. */
const FAKE_VSCODE_API = `
  window.__posted = [];
  window.__state = JSON.parse(sessionStorage.getItem('ep-state') || 'null') || undefined;
  window.acquireVsCodeApi = () => ({
    postMessage: (m) => window.__posted.push(m),
    getState: () => window.__state,
    setState: (s) => { window.__state = s; sessionStorage.setItem('ep-state', JSON.stringify(s)); },
  });`;

let work: string;
let documentPath: string;

before(() => {
  work = mkdtempSync(join(tmpdir(), 'ep-webview-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  documentPath = join(work, 'webview.html');
  writeFileSync(documentPath, renderWebviewDocument(SCRIPT, { cspSource: 'https://*.vscode-cdn.net', uri: URI, fileName: 'wrong-oven.callscript' }));
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

async function openWebview(theme: keyof typeof THEMES, width = 760): Promise<Session> {
  const session = await openOfflineSession({ width, height: 700, initScript: FAKE_VSCODE_API });
  const { page } = session;
  await page.goto(pathToFileURL(documentPath).href);
  await page.locator('html.ep-js').waitFor({ state: 'attached' });
  // VS Code puts its theme on <body> as a class and on <html> as variables (CSSOM, which a CSP allows)
  await page.evaluate(
    ({ name, vars }) => {
      document.body.classList.add(name.startsWith('vscode-high-contrast') ? 'vscode-high-contrast' : name);
      for (const [key, value] of Object.entries(vars)) document.documentElement.style.setProperty(key, value);
    },
    { name: theme, vars: THEMES[theme] as Record<string, string> },
  );
  return session;
}

type Posted = { type: string; line?: number };
const posted = (page: Page) => page.evaluate(() => (window as unknown as { __posted: Posted[] }).__posted);

test('webview: shows the whole script, saves its state, and clicking a bubble reveals its line', async () => {
  const s = await openWebview('vscode-dark');
  try {
    const { page } = s;
    assert.deepEqual(await page.$$eval('#ep-walk > .ep-section', (els) => els.length), 1, 'the preview walks the call from its start');
    const state = await page.evaluate(() => (window as unknown as { __state: { uri: string; mode: string } }).__state);
    assert.equal(state.uri, URI, 'the serializer will know which script to reopen');
    await page.locator('#ep-walk .ep-choice', { hasText: 'Customer gets angry' }).click();
    await page.locator('#ep-walk .ep-turn', { hasText: 'This is ridiculous!' }).locator('.ep-bubble').click();
    await page.waitForFunction(() => (window as unknown as { __posted: Posted[] }).__posted.some((m) => m.type === 'reveal'));
    assert.deepEqual(
      (await posted(page)).find((m) => m.type === 'reveal'),
      { type: 'reveal', line: 16 },
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(ARTIFACTS, 'webview-dark.png') });
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});

test('webview: after a reload (or being hidden and shown) the walk and the scroll place come back', async () => {
  const s = await openWebview('vscode-light');
  try {
    const { page } = s;
    assert.deepEqual(await posted(page), [{ type: 'ready' }], 'the page says it is ready, so the host can send a fresher render');
    await page.locator('#ep-walk .ep-choice', { hasText: 'Customer gets angry' }).click();
    await page.locator('#ep-walk .ep-section[data-step="2"]').waitFor();
    await page.evaluate(() => window.scrollTo(0, 500));
    await page.waitForFunction(() => (window as unknown as { __state: { scrollY: number } }).__state.scrollY === 500);
    await page.reload();
    // the runtime marks the page (html.ep-js) before it restores the walk and the scroll place, so wait on those
    const restored = () => ({ walked: document.querySelectorAll('#ep-walk > .ep-section').length, scrollY: window.scrollY });
    await waitForState(page, restored, { walked: 3, scrollY: 500 }, 'after a reload, the walked path and the scroll place are back');
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});

test('webview: scrolling the preview tells the editor, and the editor scrolls the preview (wide panel, sticky toolbar)', async () => {
  const s = await openWebview('vscode-light', 1000);
  try {
    const { page } = s;
    await page.getByRole('button', { name: 'All branches' }).click();
    await page.locator('#ep-all').waitFor({ state: 'visible' });
    await page.evaluate(() => {
      const turn = document.querySelector('#ep-all .ep-turn[data-line="16"]')!;
      const toolbar = document.querySelector<HTMLElement>('.ep-toolbar')!;
      const covered = getComputedStyle(toolbar).position === 'sticky' ? toolbar.offsetHeight : 0;
      window.scrollTo(0, window.scrollY + turn.getBoundingClientRect().top - covered - 4);
    });
    await page.waitForFunction(() => (window as unknown as { __posted: Posted[] }).__posted.some((m) => m.type === 'scrolled'));
    const reported = (await posted(page)).filter((m) => m.type === 'scrolled').pop()!;
    assert.equal(reported.line, 16, 'the preview reports the line at its top');

    await page.evaluate(() => window.postMessage({ type: 'scrollToLine', line: 10 }, '*'));
    await page.waitForFunction(() => {
      const turn = document.querySelector('#ep-all .ep-turn[data-line="10"]')!.getBoundingClientRect();
      const toolbar = document.querySelector<HTMLElement>('.ep-toolbar')!;
      const covered = getComputedStyle(toolbar).position === 'sticky' ? toolbar.getBoundingClientRect().bottom : 0;
      return Math.abs(turn.top - covered) < 24;
    });
    await page.screenshot({ path: join(ARTIFACTS, 'webview-light.png') });
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});

test('webview: when the editor scrolls into a branch not walked yet, the walk takes that branch (narrow panel)', async () => {
  const s = await openWebview('vscode-dark');
  try {
    const { page } = s;
    assert.equal(await page.locator('#ep-walk .ep-turn', { hasText: 'This is ridiculous!' }).count(), 0);
    await page.evaluate(() => window.postMessage({ type: 'scrollToLine', line: 17 }, '*'));
    await page.locator('#ep-walk .ep-turn', { hasText: 'This is ridiculous!' }).waitFor();
    assert.match((await page.locator('#ep-walk .ep-choice.ep-chosen').textContent()) ?? '', /Customer gets angry/, 'the path to the branch is chosen for the reader');
    await page.waitForFunction(() => {
      const turn = document.querySelector('#ep-walk .ep-turn[data-line="17"]')!.getBoundingClientRect();
      const toolbar = document.querySelector<HTMLElement>('.ep-toolbar')!;
      const covered = getComputedStyle(toolbar).position === 'sticky' ? toolbar.getBoundingClientRect().bottom : 0;
      return Math.abs(turn.top - covered) < 24;
    });
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});

test('webview: a live update re-renders in place and keeps the walk and the scroll position', async () => {
  const s = await openWebview('vscode-high-contrast');
  try {
    const { page } = s;
    await page.locator('#ep-walk .ep-choice', { hasText: 'Customer gets angry' }).click();
    await page.locator('#ep-walk .ep-section[data-step="2"]').waitFor();
    await page.evaluate(() => window.scrollTo(0, 600));
    await page.waitForFunction(() => window.scrollY === 600);
    const edited = SCRIPT.replace('Agent: Calm down,', 'Agent: I understand. Calm down,');
    const body = renderPreviewBody(edited, { fileName: 'wrong-oven.callscript' });
    await page.evaluate(({ uri, body }) => window.postMessage({ type: 'update', uri, body }, '*'), { uri: URI, body });
    await page.locator('#ep-walk .ep-turn', { hasText: 'I understand. Calm down' }).waitFor();
    assert.equal(await page.evaluate(() => document.querySelectorAll('#ep-walk > .ep-section').length), 3, 'the walked path survives the edit');
    assert.equal(await page.evaluate(() => window.scrollY), 600, 'the preview keeps its place');

    await page.evaluate(({ body }) => window.postMessage({ type: 'update', uri: 'file:///work/scripts/other.callscript', body }, '*'), { body });
    await page.waitForFunction(() => document.querySelectorAll('#ep-walk > .ep-section').length === 1 && window.scrollY === 0);
    const state = await page.evaluate(() => (window as unknown as { __state: { uri: string } }).__state);
    assert.equal(state.uri, 'file:///work/scripts/other.callscript', 'following another editor resets the walk and remembers the new script');
    await page.screenshot({ path: join(ARTIFACTS, 'webview-high-contrast.png') });
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});

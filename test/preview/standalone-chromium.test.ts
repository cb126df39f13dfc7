// The standalone preview page as a trainer opens it: written by the built CLI, opened from disk in
// headless Chromium with the network cut off. Walks a branch, plays the call, and leaves screenshots
// in light and dark under test-artifacts/preview/. Every wait is on page state, never a fixed sleep.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { CHROMIUM, openOfflineSession, type Session } from './offline-chromium.js';

const ROOT = resolve(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
/** Deadline of one `preview` run: far beyond a real one, so a hang fails instead of stopping the suite. */
const CLI_MS = 60_000;
const FIXTURES = join(__dirname, 'fixtures');
const ARTIFACTS = join(ROOT, 'test-artifacts', 'preview');

let work: string;
let pagePath: string;
let indexPath: string;
let secondPagePath: string;

before(() => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run npm run build first (npm run test:preview does)`);
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`);
  work = mkdtempSync(join(tmpdir(), 'ep-preview-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  pagePath = join(work, 'wrong-oven.html');
  const printed = execFileSync('node', [CLI, 'preview', join(FIXTURES, 'wrong-oven.callscript'), '-o', pagePath], { encoding: 'utf8', timeout: CLI_MS });
  assert.equal(printed.trim(), pagePath, 'the CLI prints the path it wrote');
  secondPagePath = join(work, 'missed-payment.html');
  execFileSync('node', [CLI, 'preview', join(FIXTURES, 'missed-payment.callscript'), '-o', secondPagePath], { timeout: CLI_MS });
  indexPath = execFileSync('node', [CLI, 'preview', '--all', FIXTURES, '-o', join(work, 'all')], { encoding: 'utf8', timeout: CLI_MS }).trim();
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Page options beyond the offline session's defaults. */
interface PageOptions {
  width?: number;
  /** Runs before the page's own script (e.g. to record speech). */
  initScript?: string;
  /** false: read the page as a static document, the way a mail preview or a locked-down browser shows it. */
  javaScript?: boolean;
}

async function openPage(url: string, colorScheme: 'light' | 'dark', { width = 1100, initScript, javaScript = true }: PageOptions = {}): Promise<Session> {
  const session = await openOfflineSession({ width, height: 900, colorScheme, javaScript, initScript });
  await session.page.goto(url);
  // preview pages mark <html> once their script has run; the index page has no script
  if (javaScript && !url.endsWith('index.html')) await session.page.locator('html.ep-js').waitFor({ state: 'attached' });
  return session;
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(ARTIFACTS, name), fullPage: true });
}

const walkSections = (page: Page) => page.$$eval('#ep-walk > .ep-section', (els) => els.map((el) => el.querySelector('.ep-section-name')?.textContent ?? ''));

test('walking a branch: choose, back, choose again; all branches on demand (light)', async () => {
  const s = await openPage(pathToFileURL(pagePath).href, 'light');
  try {
    const { page } = s;
    assert.deepEqual(await walkSections(page), ['opening'], 'the walk starts at the start section');
    assert.equal(await page.locator('#ep-all').isHidden(), true, 'the other branches wait behind the choices');
    await page.locator('#ep-walk .ep-choice', { hasText: 'Customer gets angry' }).click();
    await page.locator('#ep-walk .ep-section[data-step="2"]').waitFor();
    assert.deepEqual(await walkSections(page), ['opening', 'deescalate', 'resolution'], 'the choice and the jump after it are followed');
    assert.ok(await page.locator('#ep-walk .ep-turn', { hasText: 'This is ridiculous!' }).isVisible());
    assert.match((await page.locator('#ep-walk .ep-choice.ep-chosen').textContent()) ?? '', /Customer gets angry/);

    await page.getByRole('button', { name: '← Back' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#ep-walk > .ep-section').length === 1);
    await page.locator('#ep-walk .ep-choice', { hasText: 'Customer stays calm' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#ep-walk > .ep-section').length === 2);
    assert.deepEqual(await walkSections(page), ['opening', 'resolution']);
    await page.locator('#ep-walk .ep-choice', { hasText: 'Customer gets angry' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#ep-walk > .ep-section').length === 3);
    const flagged = page.locator('#ep-walk .ep-turn', { hasText: 'our policy is to check' });
    assert.match((await flagged.locator('.ep-rule').allTextContents()).join(' '), /policy-apology/, 'the flagged line shows its rule');
    await screenshot(page, 'walk-light.png');

    await page.getByRole('button', { name: 'All branches' }).click();
    await page.locator('#ep-all').waitFor({ state: 'visible' });
    const visibleTurns = await page.locator('#ep-all .ep-turn:visible').count();
    assert.equal(visibleTurns, await page.locator('#ep-all .ep-turn').count());
    assert.equal(visibleTurns, 9);
    await screenshot(page, 'all-branches-light.png');
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});

/** Records what the page asks the speech synthesizer to say (headless Chromium has no voices to hear). */
const RECORD_SPEECH = `
  window.__spoken = [];
  if (typeof SpeechSynthesisUtterance === 'undefined') window.SpeechSynthesisUtterance = function (text) { this.text = text; };
  const synth = window.speechSynthesis || (window.speechSynthesis = {});
  synth.speak = (u) => window.__spoken.push(u.text);
  synth.cancel = () => {};
  synth.getVoices = () => [];`;
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);

test('play mode steps one turn at a time with the keyboard, waits for a choice, and reads aloud', async () => {
  const s = await openPage(pathToFileURL(pagePath).href, 'light', { initScript: RECORD_SPEECH });
  try {
    const { page } = s;
    const status = page.locator('.ep-play-status');
    await page.getByLabel('Read aloud').check();
    await page.getByRole('button', { name: '▶ Play' }).click();
    await page.locator('.ep-playbar').waitFor({ state: 'visible' });
    await page.waitForFunction(() => /^1 \/ \d+/.test(document.querySelector('.ep-play-status')?.textContent ?? ''));
    assert.equal(await page.locator('#ep-walk .ep-turn:visible').count(), 1, 'only the first turn is shown');
    assert.deepEqual(await spoken(page), ['Thank you for calling Acme Kitchens, this is Sam. How can I help you today?'], 'the first turn is read aloud, placeholders filled');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('.ep-play-status')?.textContent?.startsWith('2 /'));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.querySelector('.ep-play-status')?.textContent?.startsWith('3 /'));
    assert.match((await page.locator('#ep-walk .ep-current').textContent()) ?? '', /Customer sighs/, 'the stage direction is a step too');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /choose what happens next/.test(document.querySelector('.ep-play-status')?.textContent ?? ''));
    assert.equal(await page.locator('#ep-walk .ep-choices.ep-current').isVisible(), true);
    await page.keyboard.press('Space');
    assert.match((await status.textContent()) ?? '', /^5 \//, 'Space does not pass a choice');
    await page.keyboard.press('2');
    await page.waitForFunction(() => document.querySelector('.ep-play-status')?.textContent?.startsWith('6 /'));
    assert.match((await page.locator('#ep-walk .ep-current').textContent()) ?? '', /This is ridiculous!/, 'choice 2 leads into the de-escalation branch');
    assert.equal((await spoken(page)).at(-1), "This is ridiculous! It's the third time I'm calling about this.");
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('.ep-play-status')?.textContent?.startsWith('7 /'));
    await screenshot(page, 'play-light.png');
    await page.keyboard.press('Escape');
    await page.locator('.ep-playbar').waitFor({ state: 'hidden' });
    assert.equal(await page.locator('#ep-walk .ep-future').count(), 0, 'stopping shows the whole walk again');
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});

test('dark scheme: the page follows prefers-color-scheme', async () => {
  const s = await openPage(pathToFileURL(pagePath).href, 'dark');
  try {
    const { page } = s;
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    assert.ok(r + g + b < 150, `a dark background (saw ${background})`);
    await page.locator('#ep-walk .ep-choice', { hasText: 'Customer gets angry' }).click();
    await page.locator('#ep-walk .ep-section[data-step="2"]').waitFor();
    await screenshot(page, 'walk-dark.png');
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});

test('a narrow window still reads as a chat (phone-sized, dark)', async () => {
  const s = await openPage(pathToFileURL(pagePath).href, 'dark', { width: 420 });
  try {
    await s.page.locator('#ep-walk .ep-choice', { hasText: 'Customer stays calm' }).click();
    await s.page.locator('#ep-walk .ep-section[data-step="1"]').waitFor();
    await screenshot(s.page, 'narrow-dark.png');
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});

test('a ~420 px side pane: compact header, the timeline on one line that scrolls, the first turn without scrolling', async () => {
  const s = await openOfflineSession({ width: 420, height: 640, colorScheme: 'light' });
  try {
    const { page } = s;
    await page.goto(pathToFileURL(secondPagePath).href);
    await page.locator('html.ep-js').waitFor({ state: 'attached' });
    const layout = await page.evaluate(() => {
      const turn = document.querySelector<HTMLElement>('#ep-walk .ep-turn, .ep-all .ep-turn');
      const box = turn?.getBoundingClientRect();
      const timeline = document.querySelector<HTMLElement>('.ep-timeline-wrap')?.getBoundingClientRect();
      const track = document.querySelector<HTMLElement>('.ep-tl-track');
      return {
        turnBottom: box ? box.top + Math.min(box.height, 40) : Infinity,
        viewport: window.innerHeight,
        timelineHeight: timeline?.height ?? 0,
        trackScrolls: track ? getComputedStyle(track).overflowX === 'auto' : false,
        pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        titleHeight: document.querySelector<HTMLElement>('.ep-title')?.getBoundingClientRect().height ?? 0,
      };
    });
    assert.ok(layout.turnBottom < layout.viewport, `the first turn is below the fold: ${JSON.stringify(layout)}`);
    assert.ok(layout.timelineHeight > 0 && layout.timelineHeight <= 32, `the timeline takes more than one line: ${JSON.stringify(layout)}`);
    assert.ok(layout.trackScrolls, 'the timeline track does not scroll');
    assert.ok(layout.pageOverflow <= 0, `the page is wider than the pane: ${JSON.stringify(layout)}`);
    await screenshot(page, 'side-pane-420-light.png');
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});

test('a choice that ends the call ends the walk; the section map walks to any section', async () => {
  const s = await openPage(pathToFileURL(secondPagePath).href, 'light');
  try {
    const { page } = s;
    await page.locator('#ep-walk .ep-choice', { hasText: 'Customer hangs up' }).click();
    await page.locator('#ep-walk .ep-end', { hasText: 'End of call' }).waitFor();
    assert.deepEqual(await walkSections(page), ['greeting']);
    await page.locator('.ep-map-link', { hasText: 'wrap-up' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#ep-walk > .ep-section').length === 3);
    assert.deepEqual(await walkSections(page), ['greeting', 'own-goal', 'wrap-up'], 'the shortest path from the start');
    assert.deepEqual(await page.$$eval('.ep-map-link.ep-on-path .ep-map-name', (els) => els.map((e) => e.textContent)), ['greeting', 'own-goal', 'wrap-up']);
    await page.locator('#ep-walk .ep-choice', { hasText: 'Customer blames the company' }).click();
    await page.waitForFunction(() => document.querySelector('#ep-walk > .ep-section[data-step="1"] .ep-section-name')?.textContent === 'pushback');
    assert.match((await page.locator('#ep-walk .ep-turn', { hasText: 'You should have checked' }).locator('.ep-rule').allTextContents()).join(' '), /customer-blame/);
    const counts = await page.$$eval('.ep-tl-summary [data-count]', (els) => els.map((e) => `${(e as HTMLElement).dataset.count}=${e.textContent}`));
    assert.deepEqual(counts, ['cues=2', 'answered=0', 'mistakes=2'], 'the timeline summary is recounted for the walked path');
    await screenshot(page, 'second-script-light.png');
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});

test('without JavaScript the page is a static document: every branch shown, no dead controls', async () => {
  const s = await openPage(pathToFileURL(pagePath).href, 'light', { javaScript: false });
  try {
    const { page } = s;
    assert.equal(await page.locator('.ep-toolbar').isVisible(), false, 'no buttons that would do nothing');
    assert.equal(await page.locator('#ep-all .ep-turn:visible').count(), 9, 'every turn of every branch');
    assert.equal(await page.locator('.ep-choice:visible', { hasText: 'Customer gets angry' }).count(), 1);
    await page.locator('.ep-choice', { hasText: 'Customer gets angry' }).click();
    await page.waitForFunction(() => location.hash === '#ep-s-1', undefined, { polling: 50 });
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});

test('the --all index links each script page', async () => {
  const s = await openPage(pathToFileURL(indexPath).href, 'light');
  try {
    const { page } = s;
    const links = page.locator('.ep-index a');
    assert.ok((await links.count()) >= 1);
    await screenshot(page, 'index-light.png');
    await links.first().click();
    await page.locator('#ep-app').waitFor();
    assert.match(await page.title(), /mock call/);
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});

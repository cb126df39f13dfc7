// Headless Chromium with the network cut off, for the preview's page tests: a fresh profile, only
// file: URLs load, and remote requests, page errors and console errors are collected as problems.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Flags that keep Chromium quiet on a machine without a network (see DESIGN.md). */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave the file system, and page errors (CSP violations show up as console errors). */
  problems: string[];
  close(): Promise<void>;
}

export interface SessionOptions {
  width: number;
  height: number;
  colorScheme?: 'light' | 'dark';
  /** false: read pages as static documents. */
  javaScript?: boolean;
  /** Runs before a page's own script (a stand-in API, a speech recorder). */
  initScript?: string;
}

/** Opens one offline page context; the caller navigates and closes it. */
export async function openOfflineSession({ width, height, colorScheme, javaScript = true, initScript }: SessionOptions): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'ep-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width, height },
    colorScheme,
    reducedMotion: 'reduce',
    javaScriptEnabled: javaScript,
  });
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const target = route.request().url();
    if (target.startsWith('file:')) return route.continue();
    problems.push(`remote request: ${target}`);
    return route.abort();
  });
  if (initScript) await context.addInitScript({ content: initScript });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  return {
    context,
    page,
    problems,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** How long a page gets to reach a state; far beyond a real page, which takes milliseconds. */
export const STATE_DEADLINE_MS = 15_000;
const POLL_MS = 50;

/**
 * Waits until `probe`, run in the page, returns `expected` (deep equality); past the deadline it
 * fails with what the probe last returned, which Playwright's own timeouts do not say.
 */
export async function waitForState<T>(page: Page, probe: () => T, expected: T, what: string, ms = STATE_DEADLINE_MS): Promise<void> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    last = await page.evaluate(probe).catch((error: unknown) => `(page not readable: ${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    if (isDeepStrictEqual(last, expected)) return;
    if (Date.now() >= deadline) throw new Error(`${what}: not reached after ${ms} ms; expected ${JSON.stringify(expected)}, last saw ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

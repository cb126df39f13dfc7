// Debian's chromium, started by the suite in its own process group (so it can always be
// killed by pid) and driven by playwright-core over CDP, its console captured so a failing
// run can show what the workbench logged.
import { appendFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PAGE_HELPERS_SCRIPT } from './workbench.js';
import { freePort, makeTempDir, removeTempDir, startProcess, stopProcess, waitForHttpOk, type StartedProcess } from './processes.js';

/** Flags for a headless chromium on a closed network with no GPU and no sandbox. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--hide-scrollbars',
];

/** Screenshot-friendly window: wide enough for an editor beside the preview. */
const VIEWPORT = { width: 1440, height: 900 };

/** Time chromium gets to open its DevTools endpoint. */
const STARTUP_TIMEOUT_MS = 30_000;

/** A running chromium, the playwright connection to it, and the one page the suite drives. */
export interface LaunchedBrowser {
  process: StartedProcess;
  profileDir: string;
  browser: Browser;
  page: Page;
}

/** Starts chromium with a fresh profile and a DevTools port, connects, and opens one page. */
export async function launchBrowser(executablePath: string, logFile: string, consoleLogFile: string): Promise<LaunchedBrowser> {
  const port = await freePort();
  const profileDir = makeTempDir('empathy-lint-e2e-chromium-');
  const args = [...CHROMIUM_ARGS, `--user-data-dir=${profileDir}`, '--remote-debugging-address=127.0.0.1', `--remote-debugging-port=${port}`, 'about:blank'];
  const started = startProcess(executablePath, args, { logFile });
  try {
    await waitForHttpOk(`http://127.0.0.1:${port}/json/version`, started, STARTUP_TIMEOUT_MS);
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    await context.addInitScript({ content: PAGE_HELPERS_SCRIPT });
    const page = await context.newPage();
    const record = (line: string) => appendFileSync(consoleLogFile, `${new Date().toISOString()} ${line}\n`);
    page.on('console', (message) => record(`[${message.type()}] ${message.text()}`));
    page.on('pageerror', (error) => record(`[pageerror] ${error.stack ?? error.message}`));
    return { process: started, profileDir, browser, page };
  } catch (error) {
    await stopProcess(started);
    removeTempDir(profileDir);
    throw error;
  }
}

/** Drops the CDP connection and stops chromium's whole process group. */
export async function closeBrowser(launched: LaunchedBrowser): Promise<void> {
  await launched.browser.close().catch(() => undefined);
  await stopProcess(launched.process);
  removeTempDir(launched.profileDir);
}

// Where a run leaves what a person looks at afterwards: one screenshot per scenario, and on
// failure the moment's screenshot, the code-server and extension-host logs and the browser console.
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Artifact paths of one run, under test-artifacts/e2e/ (git-ignored). */
export class Artifacts {
  readonly browserConsoleLog: string;
  readonly chromiumLog: string;
  readonly packageLog: string;

  constructor(readonly dir: string) {
    this.browserConsoleLog = join(dir, 'browser-console.log');
    this.chromiumLog = join(dir, 'chromium.log');
    this.packageLog = join(dir, 'npm-run-package.log');
  }

  /** Starts a run with an empty folder, so every file in it belongs to this run. */
  reset(): void {
    rmSync(this.dir, { recursive: true, force: true });
    mkdirSync(this.dir, { recursive: true });
  }

  /** Saves the scenario's screenshot as `<name>.png`. */
  async screenshot(page: Page, name: string): Promise<string> {
    const file = join(this.dir, `${name}.png`);
    await page.screenshot({ path: file });
    return file;
  }

  /** Keeps what explains a failure: the screen at that moment and the server-side logs. */
  async keepFailure(page: Page | undefined, name: string, logs: { codeServerLog?: string; userDataDir?: string }): Promise<void> {
    const failures = join(this.dir, 'failures');
    mkdirSync(failures, { recursive: true });
    if (page && !page.isClosed()) await page.screenshot({ path: join(failures, `${name}.png`) }).catch(() => undefined);
    this.keepLogs(logs);
  }

  /** Copies code-server's log and VS Code's own logs (extension host, language server output). */
  keepLogs(logs: { codeServerLog?: string; userDataDir?: string }): void {
    if (logs.codeServerLog && existsSync(logs.codeServerLog)) cpSync(logs.codeServerLog, join(this.dir, 'code-server.log'));
    const vscodeLogs = logs.userDataDir && join(logs.userDataDir, 'logs');
    if (vscodeLogs && existsSync(vscodeLogs)) cpSync(vscodeLogs, join(this.dir, 'vscode-logs'), { recursive: true });
  }
}

// One end-to-end session: provision the tools, package the extension, install it into a
// sandboxed code-server, open the workbench in chromium, run scenarios, and always clean up.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Artifacts } from './artifacts.js';
import { closeBrowser, launchBrowser, type LaunchedBrowser } from './browser.js';
import { createSandbox, installExtension, removeSandbox, startCodeServer, type RunningCodeServer, type Sandbox, type WorkspaceCopy } from './codeServer.js';
import { ExtensionManifest, packageExtension } from './extension.js';
import { stopProcess } from './processes.js';
import { Workbench } from './workbench.js';
import { toolPaths, TOOLS_DIR } from '../setup.js';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
/** Our own fixtures, copied to `e2e/` in the workspace so their findings are known. */
export const FIXTURES_DIR = resolve(__dirname, '..', 'fixtures');
/** The folder of the workspace that holds the fixtures. */
export const FIXTURES_IN_WORKSPACE = 'e2e';

/** Prints a timed progress line, so a slow phase shows in the CI log. */
function progress(message: string, since?: number): void {
  const took = since === undefined ? '' : ` (${((Date.now() - since) / 1000).toFixed(1)} s)`;
  console.log(`# [e2e] ${message}${took}`);
}

/** Deadline of provisioning (installing code-server takes ~3 minutes here; every step inside has its own). */
const SETUP_TIMEOUT_MS = 30 * 60_000;

/** Provisions the tools in a child process under `flock`, so concurrent suites never install twice at once. */
function provisionTools(): void {
  mkdirSync(TOOLS_DIR, { recursive: true });
  execFileSync('flock', [join(TOOLS_DIR, '.setup.lock'), process.execPath, '--import', 'tsx', join(__dirname, '..', 'setup.ts')], { cwd: REPO_ROOT, stdio: 'inherit', timeout: SETUP_TIMEOUT_MS });
}

/** The workspace: the examples (when there are any) and the suite's fixtures. */
function workspaceCopies(): WorkspaceCopy[] {
  const examples = join(REPO_ROOT, 'examples');
  const copies: WorkspaceCopy[] = [];
  if (existsSync(examples) && readdirSync(examples).length > 0) copies.push({ from: examples, to: '.' });
  copies.push({ from: FIXTURES_DIR, to: FIXTURES_IN_WORKSPACE });
  return copies;
}

/** A running session; `run` each scenario, then `stop`. */
export class E2eSession {
  private scenarioCount = 0;
  private failed = false;

  private constructor(
    readonly artifacts: Artifacts,
    readonly sandbox: Sandbox,
    readonly manifest: ExtensionManifest,
    private readonly codeServer: RunningCodeServer,
    private readonly browser: LaunchedBrowser,
    readonly workbench: Workbench,
  ) {}

  /** Provisions, packages, installs, starts code-server and chromium, and opens the workbench. */
  static async start(artifacts: Artifacts): Promise<E2eSession> {
    artifacts.reset();
    let since = Date.now();
    provisionTools();
    progress('tools ready', since);
    const tools = toolPaths();
    since = Date.now();
    // EMPATHY_E2E_VSIX reuses a .vsix an earlier CI step already built; normally the suite packages its own.
    const vsix = process.env.EMPATHY_E2E_VSIX || packageExtension(REPO_ROOT, artifacts.packageLog, join(TOOLS_DIR, '.package.lock'));
    progress(`packaged ${vsix}`, since);
    const sandbox = createSandbox(workspaceCopies());
    let codeServer: RunningCodeServer | undefined;
    let browser: LaunchedBrowser | undefined;
    try {
      since = Date.now();
      installExtension(tools, sandbox, vsix);
      progress('installed the .vsix into code-server', since);
      since = Date.now();
      codeServer = await startCodeServer(tools, sandbox);
      progress(`code-server up on port ${codeServer.port} (pid ${codeServer.process.pid})`, since);
      browser = await launchBrowser(tools.chromiumBinary, artifacts.chromiumLog, artifacts.browserConsoleLog);
      const workbench = new Workbench(browser.page);
      since = Date.now();
      await workbench.open(codeServer.workbenchUrl);
      progress('workbench open', since);
      return new E2eSession(artifacts, sandbox, new ExtensionManifest(REPO_ROOT), codeServer, browser, workbench);
    } catch (error) {
      await artifacts.keepFailure(browser?.page, 'startup', { codeServerLog: sandbox.logFile, userDataDir: sandbox.userDataDir });
      if (browser) await closeBrowser(browser);
      if (codeServer) await stopProcess(codeServer.process);
      removeSandbox(sandbox);
      throw error;
    }
  }

  /** Absolute path of a workspace file. */
  workspacePath(relativePath: string): string {
    return join(this.sandbox.workspaceDir, relativePath);
  }

  /** Runs one scenario; saves its screenshot, or on failure the moment's screenshot and the logs. */
  async run(name: string, body: (workbench: Workbench) => Promise<void>): Promise<void> {
    this.scenarioCount += 1;
    const fileName = `${String(this.scenarioCount).padStart(2, '0')}-${name}`;
    const since = Date.now();
    try {
      await body(this.workbench);
      await this.artifacts.screenshot(this.workbench.page, fileName);
      progress(`${fileName} passed`, since);
    } catch (error) {
      this.failed = true;
      await this.artifacts.keepFailure(this.workbench.page, fileName, { codeServerLog: this.sandbox.logFile, userDataDir: this.sandbox.userDataDir });
      await this.workbench.dismissWidgets().catch(() => undefined);
      progress(`${fileName} FAILED; artifacts in ${this.artifacts.dir}`, since);
      throw error;
    }
  }

  /** Stops chromium and code-server by their process groups, keeps logs if anything failed, removes the sandbox. */
  async stop(): Promise<void> {
    await closeBrowser(this.browser);
    await stopProcess(this.codeServer.process);
    if (this.failed) this.artifacts.keepLogs({ codeServerLog: this.sandbox.logFile, userDataDir: this.sandbox.userDataDir });
    removeSandbox(this.sandbox);
    progress(`stopped code-server (pid ${this.codeServer.process.pid}) and chromium (pid ${this.browser.process.pid}); port ${this.codeServer.port} freed`);
  }
}

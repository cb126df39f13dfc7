// code-server (VS Code's own workbench served to a browser) in a throwaway sandbox: its own
// user-data, extensions and config, so a run never reads or leaves state in the user's home.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeServerEnv, type E2eTools } from '../setup.js';
import { freePort, makeTempDir, removeTempDir, startProcess, stopProcess, waitForHttpOk, type StartedProcess } from './processes.js';

/** Time code-server gets to answer its health check (it is up in ~9 s on these machines). */
const STARTUP_TIMEOUT_MS = 60_000;

/** Workbench settings: no trust prompt, no chat side bar, nothing that pops up over the editor. */
const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'editor.fontSize': 15,
  'editor.quickSuggestionsDelay': 0,
  'files.autoSave': 'off',
  'window.commandCenter': false,
  'workbench.editor.enablePreview': false,
  'workbench.colorTheme': 'Default Light Modern',
};

/** The throwaway folders one run uses. */
export interface Sandbox {
  root: string;
  userDataDir: string;
  extensionsDir: string;
  workspaceDir: string;
  configFile: string;
  logFile: string;
}

/** A folder copied into the workspace: `from` (absolute) to `to` (relative to the workspace root). */
export interface WorkspaceCopy {
  from: string;
  to: string;
}

/** Creates the sandbox and a workspace holding the given folder copies. */
export function createSandbox(workspaceCopies: WorkspaceCopy[]): Sandbox {
  const root = makeTempDir('empathy-lint-e2e-');
  const sandbox: Sandbox = {
    root,
    userDataDir: join(root, 'user-data'),
    extensionsDir: join(root, 'extensions'),
    workspaceDir: join(root, 'workspace'),
    configFile: join(root, 'config.yaml'),
    logFile: join(root, 'code-server.log'),
  };
  mkdirSync(join(sandbox.userDataDir, 'User'), { recursive: true });
  mkdirSync(sandbox.extensionsDir, { recursive: true });
  mkdirSync(sandbox.workspaceDir, { recursive: true });
  writeFileSync(join(sandbox.userDataDir, 'User', 'settings.json'), `${JSON.stringify(USER_SETTINGS, null, 2)}\n`);
  writeFileSync(sandbox.configFile, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  for (const copy of workspaceCopies) cpSync(copy.from, join(sandbox.workspaceDir, copy.to), { recursive: true });
  return sandbox;
}

/** The arguments that keep code-server inside the sandbox. */
function sandboxArgs(sandbox: Sandbox): string[] {
  return ['--config', sandbox.configFile, '--user-data-dir', sandbox.userDataDir, '--extensions-dir', sandbox.extensionsDir];
}

/** Installs a .vsix into the sandbox's extensions folder with code-server's own CLI. */
export function installExtension(tools: E2eTools, sandbox: Sandbox, vsixPath: string): string {
  return execFileSync(tools.nodeBinary, [tools.codeServerEntry, ...sandboxArgs(sandbox), '--install-extension', vsixPath], {
    env: codeServerEnv(tools),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000, // installing a .vsix takes seconds; a hang fails the run
  });
}

/** A running code-server and the URL that opens the sandbox workspace in it. */
export interface RunningCodeServer {
  process: StartedProcess;
  port: number;
  workbenchUrl: string;
}

/** Starts code-server on a free 127.0.0.1 port and waits until it answers its health check. */
export async function startCodeServer(tools: E2eTools, sandbox: Sandbox): Promise<RunningCodeServer> {
  const port = await freePort();
  const args = [
    tools.codeServerEntry,
    ...sandboxArgs(sandbox),
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    sandbox.workspaceDir,
  ];
  const started = startProcess(tools.nodeBinary, args, { env: codeServerEnv(tools), cwd: sandbox.root, logFile: sandbox.logFile });
  try {
    await waitForHttpOk(`http://127.0.0.1:${port}/healthz`, started, STARTUP_TIMEOUT_MS);
  } catch (error) {
    await stopProcess(started);
    throw error;
  }
  const workbenchUrl = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(sandbox.workspaceDir)}`;
  return { process: started, port, workbenchUrl };
}

/** Deletes the sandbox's temporary folders (after its logs were kept). */
export function removeSandbox(sandbox: Sandbox): void {
  removeTempDir(sandbox.root);
}

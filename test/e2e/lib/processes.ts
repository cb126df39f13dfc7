// What the suite starts or makes and must always clean up: child processes, each in its own
// process group so stopping it also stops everything it spawned (code-server's extension host,
// chromium's renderers), and temporary folders. All are tracked, so a crash or Ctrl+C still
// kills the groups and removes the folders.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How long a process group gets to exit after SIGTERM before it is killed. */
const GRACEFUL_STOP_MS = 5_000;

/** Process groups started by this suite and not yet stopped. */
const liveGroups = new Set<number>();
/** Temporary folders made by this suite and not yet removed. */
const liveTempDirs = new Set<string>();

/** Makes a temporary folder that is removed on exit even if the run is interrupted. */
export function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  liveTempDirs.add(dir);
  return dir;
}

/** Removes a folder made by makeTempDir. */
export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  liveTempDirs.delete(dir);
}

/** A started process and where its output goes. */
export interface StartedProcess {
  child: ChildProcess;
  pid: number;
  logFile: string;
}

/** Starts a command in a new process group, its stdout and stderr appended to `logFile`. */
export function startProcess(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; logFile: string }): StartedProcess {
  const log = createWriteStream(options.logFile, { flags: 'a' });
  const child = spawn(command, args, { env: options.env, cwd: options.cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  liveGroups.add(child.pid);
  child.once('exit', () => liveGroups.delete(child.pid ?? -1));
  return { child, pid: child.pid, logFile: options.logFile };
}

/** Sends a signal to a whole process group, ignoring groups that are already gone. */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group has already exited.
  }
}

/** True while any process of the group is alive. */
function isGroupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops a started process group: SIGTERM, then SIGKILL if the leader has not exited in time. */
export async function stopProcess(started: StartedProcess): Promise<void> {
  const { child, pid } = started;
  if (child.exitCode === null && child.signalCode === null) {
    signalGroup(pid, 'SIGTERM');
    const exited = once(child, 'exit');
    const timer = new Promise((resolve) => setTimeout(resolve, GRACEFUL_STOP_MS).unref());
    await Promise.race([exited, timer]);
  }
  // Children of the leader (extension host, file watcher) may outlive it: kill what remains.
  if (isGroupAlive(pid)) signalGroup(pid, 'SIGKILL');
  liveGroups.delete(pid);
}

/** Kills every still-running group and removes temporary folders, synchronously: the last resort on exit or a signal. */
function cleanUpEverything(): void {
  for (const pid of liveGroups) signalGroup(pid, 'SIGKILL');
  liveGroups.clear();
  for (const dir of liveTempDirs) rmSync(dir, { recursive: true, force: true });
  liveTempDirs.clear();
}

process.once('exit', cleanUpEverything);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    cleanUpEverything();
    process.exit(130);
  });
}

/** Asks the kernel for a free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new Error('no TCP port available');
  return address.port;
}

/** Resolves once `url` answers 200, rejecting if `started` exits first or the deadline passes. */
export async function waitForHttpOk(url: string, started: StartedProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`process exited with ${started.child.exitCode} before ${url} answered; see ${started.logFile}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms; see ${started.logFile}`);
}

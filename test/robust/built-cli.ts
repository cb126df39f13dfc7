// Running the built CLI (dist/cli.js, as users and the outside checks do) without blocking the test
// runner; a generous kill guard turns a hang into a failure instead of a stuck suite.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TestClient } from '../lsp/lsp-client.js';

export const ROOT = resolve(__dirname, '../..');
export const CLI = join(ROOT, 'dist', 'cli.js');

/** Far beyond any real run on a busy two-core machine: only a hang reaches it. */
export const HANG_GUARD_MS = 120_000;

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Builds dist/ once when the CLI bundle is missing (test:robust builds first anyway). */
export function ensureBuiltCli(): void {
  if (existsSync(CLI)) return;
  const build = spawnSync(process.execPath, ['build.mjs'], { cwd: ROOT, stdio: 'inherit', timeout: HANG_GUARD_MS });
  if (build.status !== 0) throw new Error(`node build.mjs failed (${build.signal ? `killed by ${build.signal} after ${HANG_GUARD_MS} ms` : `exit ${build.status}`})`);
}

/** Runs `node dist/cli.js …args` (or another copy of the command) in `cwd` and resolves when it exits (killed after HANG_GUARD_MS). */
export function runBuiltCli(args: readonly string[], cwd: string = ROOT, cli: string = CLI): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    const guard = setTimeout(() => child.kill('SIGKILL'), HANG_GUARD_MS);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      done({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/** A Node stack frame in output ("    at fn (file:1:2)"): the CLI must never print one. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+[:(]/m.test(text);
}

/** A language server client over the built bundle, initialized (dist/ built first when missing). */
export async function startBuiltServer(): Promise<TestClient> {
  ensureBuiltCli();
  const client = new TestClient();
  await client.initialize();
  return client;
}

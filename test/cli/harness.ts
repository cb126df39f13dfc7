// Running the CLI from source (tsx, no build needed) in a scratch directory, for the CLI tests.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = resolve(__dirname, '../..');
const MAIN = join(ROOT, 'server/src/cli/main.ts');
const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Far beyond any CLI run in these tests: a hang fails the test with the output so far instead of stopping the suite. */
export const CLI_DEADLINE_MS = 120_000;

/** Runs `empathy-lint …args` in `cwd` (stdin from `input`); NO_COLOR and a pipe make output plain. */
export function runCli(args: readonly string[], cwd: string, input?: string): CliRun {
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, ['--import', TSX_LOADER, MAIN, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: CLI_DEADLINE_MS,
    killSignal: 'SIGKILL',
  });
  if (result.error || result.signal) throw new Error(cliFailure(args, result));
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Why a CLI run did not finish normally, with what it had printed by then. */
export function cliFailure(args: readonly string[], result: SpawnSyncReturns<string>): string {
  const last = (text: string | null) => (text ? text.slice(-300) : '(nothing)');
  const why = result.signal ? `killed by ${result.signal} (deadline ${CLI_DEADLINE_MS} ms)` : String(result.error);
  return `empathy-lint ${args.join(' ')}: ${why}; stdout so far: ${last(result.stdout)}; stderr: ${last(result.stderr)}`;
}

/** A fresh scratch directory with the given files (path → text or bytes); removed by the returned cleanup. */
export function scratch(files: Record<string, string | Buffer> = {}): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'empathy-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A config whose custom phrase (neutral wording no empathy rule cares about) gives a fixable finding. */
export const PHRASE_CONFIG = JSON.stringify({ phrases: [{ text: 'order thingy', replacement: 'order number' }] });

/** The custom phrase on line 2, columns 27–39, and a jump to nowhere on line 3 (script-structure). */
export const FLAWED = 'Customer: Hi, I need help with my order.\nAgent: Sure, what is your order thingy?\n-> nowhere\n';
export const CLEAN = "Customer: Hi, I'd like to update my address.\nAgent: Of course, I can help with that.\n";

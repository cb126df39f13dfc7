// The `empathy-lint` command: runs the CLI bundle (dist/cli-main.js) with the V8 code cache the build
// made for it (dist/cli-main.cache). Compiling the 650 KB bundle, then each function as a run first
// calls it, is ~50 ms of a 0.7 s run over 200 files; the cache holds that work. Node rejects a cache
// made by another V8 (or for another bundle), and then simply compiles, as without one.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';

const MAIN = join(__dirname, 'cli-main.js');
const CACHE = join(__dirname, 'cli-main.cache');
/** Set by the build only: after this run, write the cache of everything the run compiled. */
const WRITE_CACHE = 'EMPATHY_LINT_WRITE_CODE_CACHE';

function readCache(): Buffer | undefined {
  try {
    return readFileSync(CACHE);
  } catch {
    return undefined;
  }
}

/** The bundle's source; a broken install says what is missing in one line instead of a stack trace. */
function readMain(): string {
  try {
    return readFileSync(MAIN, 'utf8');
  } catch (error) {
    process.stderr.write(`empathy-lint: cannot read ${MAIN} (${(error as NodeJS.ErrnoException).code ?? String(error)}): reinstall, or run \`npm run build\` in a checkout\n`);
    process.exit(2);
  }
}

/** Runs the bundle as Node runs a CommonJS main module; it starts the CLI itself. */
function runMain(): void {
  const writingCache = Boolean(process.env[WRITE_CACHE]);
  const script = new Script(wrap(readMain()), { filename: MAIN, cachedData: writingCache ? undefined : readCache() });
  if (writingCache) process.once('exit', () => writeFileSync(CACHE, script.createCachedData()));
  const main = { exports: {}, filename: MAIN, id: '.', loaded: false };
  const requireFromMain = createRequire(MAIN);
  requireFromMain.main = main as NodeJS.Module;
  const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  run(main.exports, requireFromMain, main, MAIN, __dirname);
  main.loaded = true;
}

runMain();

// One awaited esbuild script for every bundle: the VS Code client, the language server and the CLI.
// Type-checking is separate (`npm run typecheck`): esbuild does not type-check.
import * as esbuild from 'esbuild';
import { chmod } from 'node:fs/promises';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const IMPORT_META_URL_SHIM = "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;";

/** Entry points, each bundled to one CommonJS file under dist/. */
const BUNDLES = [
  { in: 'client/src/extension.ts', out: 'extension', external: ['vscode'] },
  { in: 'server/src/lsp/server.ts', out: 'server', external: [] },
  // The thread that owns the engine for the server (server/src/lsp/lint-thread.ts starts it).
  { in: 'server/src/lsp/lint-worker.ts', out: 'lint-worker', external: [], plugins: [largeJsonAsParse()] },
  // The command is a small loader that runs cli-main with the code cache made below.
  { in: 'server/src/cli/bin.ts', out: 'cli', external: [], banner: '#!/usr/bin/env node' },
  { in: 'server/src/cli/main.ts', out: 'cli-main', external: [] },
];

async function main() {
  const contexts = await Promise.all(
    BUNDLES.filter((b) => existsSync(b.in)).map((b) =>
      esbuild.context({
        entryPoints: { [b.out]: b.in },
        bundle: true,
        format: 'cjs',
        platform: 'node',
        target: 'node20',
        outdir: 'dist',
        external: b.external,
        minify: production,
        sourcemap: !production,
        sourcesContent: false,
        // ESM-only dependencies (tinyglobby's fdir) read import.meta.url, which CommonJS lacks
        banner: { js: [b.banner, IMPORT_META_URL_SHIM].filter(Boolean).join('\n') },
        define: { 'import.meta.url': '__importMetaUrl' },
        logLevel: 'warning',
        plugins: b.plugins ?? [],
      }),
    ),
  );
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  if (existsSync('dist/cli.js')) await chmod('dist/cli.js', 0o755);
  if (existsSync('dist/cli-main.js')) writeCodeCache();
}

/**
 * V8's code cache for the CLI bundle, from one run over the bundled examples (JSON report, as CI
 * asks): the functions a run needs, compiled. Without it (or when Node rejects it) the CLI still
 * runs, compiling as it goes, so a failure here only warns.
 */
function writeCodeCache() {
  rmSync('dist/cli-main.cache', { force: true });
  const run = spawnSync(process.execPath, ['dist/cli.js', '--format', 'json', '--output-file', devNull, 'examples'], {
    env: { ...process.env, EMPATHY_LINT_WRITE_CODE_CACHE: '1' },
    encoding: 'utf8',
  });
  if (run.status !== 0 && run.status !== 1) console.warn(`build: no code cache for the CLI (exit ${run.status}): ${run.stderr}`);
}

/**
 * Large JSON data (the intent model's weights) bundled as JSON.parse of one string instead of an
 * object literal: V8 reads it faster and the thread that loads it stays ~6 MB smaller in resident
 * memory (measured on the engine bundle). Small JSON keeps esbuild's own loader (named imports).
 */
function largeJsonAsParse() {
  return {
    name: 'large-json-as-parse',
    setup(build) {
      build.onLoad({ filter: /\.json$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        if (text.length < LARGE_JSON_CHARS) return undefined;
        return { contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`, loader: 'js' };
      });
    },
  };
}
const LARGE_JSON_CHARS = 100_000;

function existsSync(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
import { rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { devNull } from 'node:os';

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});

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
  { in: 'server/src/cli/main.ts', out: 'cli', external: [], banner: '#!/usr/bin/env node' },
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
}

function existsSync(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
import { statSync } from 'node:fs';

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});

// Bundles the engine (server/src/engine/index.ts) with esbuild into one ES module, the same way the
// CLI and the server ship it, so in-process numbers are for the code users run, not for a loader.
import { build } from 'esbuild';
import { join } from 'node:path';
import type * as Engine from '../../server/src/engine/index.js';

export type EngineModule = typeof Engine;

export const ENGINE_ENTRY = 'server/src/engine/index.ts';

/** Writes `<dir>/engine.mjs` (and its `.map`) and returns its path. */
export async function bundleEngine(root: string, dir: string): Promise<string> {
  const outfile = join(dir, 'engine.mjs');
  await build({
    entryPoints: [join(root, ENGINE_ENTRY)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    // An external map lets the profile name source files and lines; it does not change the code.
    sourcemap: 'external',
    // Bundled CommonJS dependencies (yaml) call require(); give the ES module one.
    banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  return outfile;
}

// The language server's main thread loads no rules, no intent model and no preview renderer: those
// live in the lint worker, which answers the features that read findings (issue 18, item 2: a second
// copy of the engine cost ~25-30 MB of resident memory). Checked on what esbuild actually bundles.
import assert from 'node:assert/strict';
import { join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import * as esbuild from 'esbuild';

const ROOT = resolve(__dirname, '..', '..');

/** The repository's own modules in a bundle of `entry`, relative to the root. */
async function bundledModules(entry: string): Promise<string[]> {
  const result = await esbuild.build({ entryPoints: [join(ROOT, entry)], bundle: true, write: false, metafile: true, platform: 'node', format: 'cjs', logLevel: 'silent' });
  return Object.keys(result.metafile.inputs)
    .filter((input) => !input.includes('node_modules'))
    .map((input) => relative(ROOT, resolve(process.cwd(), input)));
}

/** Modules that belong in the engine's thread only. */
const ENGINE_ONLY = /^server\/src\/(?:engine\/(?:rules|rule-kit|intent)\/|engine\/(?:linter|walker|rewrites|fixes)\.ts$|preview\/)/;
/** The config check reads the custom-phrase rule's length cap (a constant; the module imports only types). */
const ALLOWED: ReadonlySet<string> = new Set(['server/src/engine/rules/custom-phrase.ts']);

test('the server bundle (main thread) holds no rule, intent model, linter or preview module', async () => {
  const modules = await bundledModules('server/src/lsp/server.ts');
  assert.ok(modules.includes('server/src/lsp/server.ts'), `the bundle's inputs were read: ${modules.join(', ')}`);
  assert.deepEqual(
    modules.filter((m) => ENGINE_ONLY.test(m) && !ALLOWED.has(m)),
    [],
  );
});

test('the lint worker bundle holds the engine and the features answered from findings', async () => {
  const modules = await bundledModules('server/src/lsp/lint-worker.ts');
  for (const expected of ['server/src/engine/linter.ts', 'server/src/lsp/code-actions.ts', 'server/src/lsp/hover.ts', 'server/src/lsp/preview.ts']) {
    assert.ok(modules.includes(expected), `${expected} in the worker bundle`);
  }
});

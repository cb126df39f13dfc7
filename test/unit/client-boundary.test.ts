// The client is thin: it reaches the engine only through the language server. These tests fail when
// client/src (or the shared protocol folder it uses) imports server code, directly or through another
// module, so the extension bundle cannot grow an engine of its own again (issue 16, item 2).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import * as esbuild from 'esbuild';

const ROOT = resolve(__dirname, '..', '..');
/** import/export … from '…', import('…'), require('…'): the specifiers a module can load. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/** Relative imports of a folder's modules that land outside the allowed folders, as "file: specifier". */
function importsOutside(folder: string, allowed: readonly string[]): string[] {
  const bad: string[] = [];
  for (const file of tsFiles(join(ROOT, folder))) {
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      if (!specifier.startsWith('.')) continue;
      const target = relative(ROOT, resolve(dirname(file), specifier));
      if (!allowed.some((a) => target === a || target.startsWith(`${a}/`))) bad.push(`${relative(ROOT, file)}: ${specifier}`);
    }
  }
  return bad;
}

test('client/src imports only itself and shared/, never server/ (engine, node, lsp, preview)', () => {
  assert.deepEqual(importsOutside('client/src', ['client/src', 'shared']), []);
});

test('shared/ is neutral: it imports neither the server nor the client', () => {
  assert.deepEqual(importsOutside('shared', ['shared']), []);
});

test('the extension bundle holds no module from server/ (checked on what esbuild actually bundles)', async () => {
  const result = await esbuild.build({
    entryPoints: [join(ROOT, 'client/src/extension.ts')],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    logLevel: 'silent',
  });
  const own = Object.keys(result.metafile.inputs).filter((input) => !input.includes('node_modules'));
  assert.deepEqual(
    own.filter((input) => !/^(?:client\/src|shared)\//.test(relative(ROOT, resolve(process.cwd(), input)))),
    [],
  );
  assert.ok(
    own.some((input) => input.endsWith('client/src/extension.ts')),
    `the bundle's inputs were read: ${own.join(', ')}`,
  );
});

// Turning command-line targets (files, directories, globs) into the list of files to lint.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { describeIoError } from '../node/io-error.js';
import { CliError } from './errors.js';

/** Extensions linted when a directory is given (a file named explicitly is linted whatever its name). */
export const SCRIPT_EXTENSIONS = ['.scenario', '.callscript'] as const;
const SKIPPED_DIRS = new Set(['node_modules', '.git']);
const GLOB_CHARS = /[*?[\]{}!]/;

/** Absolute paths of the files to lint, in argument order, each once. Throws CliError for a target that matches nothing. */
export async function expandTargets(targets: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };
  for (const target of targets) {
    const absolute = resolve(cwd, target);
    const kind = statKind(absolute);
    if (kind === 'file') add(absolute);
    else if (kind === 'dir') {
      const found = walkDirectory(absolute);
      if (found.length === 0) throw new CliError(`${target}: no ${SCRIPT_EXTENSIONS.join(' or ')} files in this directory`);
      found.forEach(add);
    } else if (GLOB_CHARS.test(target)) {
      const found = await expandGlob(target, cwd);
      if (found.length === 0) throw new CliError(`${target}: no files match this pattern`);
      found.forEach(add);
    } else {
      throw new CliError(`${target}: ${kind === 'missing' ? 'no such file or directory' : kind}`);
    }
  }
  return files;
}

/** 'file', 'dir', 'missing' or the reason it cannot be read. */
function statKind(path: string): string {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : 'not a regular file';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : describeIoError(error);
  }
}

/** Script files under a directory, sorted, skipping node_modules and .git (symlinked directories are not followed,
 *  symlinked files only when they stay inside the directory: a repository must not make --fix write elsewhere). */
function walkDirectory(root: string): string[] {
  const out: string[] = [];
  const inside = insideOf(root);
  const visit = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      throw new CliError(`${dir}: ${describeIoError(error)}`);
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) visit(path);
      } else if (isScriptName(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && statKind(path) === 'file' && inside(path)))) {
        out.push(path);
      }
    }
  };
  visit(root);
  return out;
}

function isScriptName(name: string): boolean {
  return SCRIPT_EXTENSIONS.some((ext) => name.endsWith(ext));
}

/** Files matching a glob (tinyglobby, loaded only when a glob is given), sorted. */
async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  // require, not import(): the bundle is CommonJS, and the ESM build of tinyglobby's fdir needs import.meta.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  const { glob } = require('tinyglobby') as typeof import('tinyglobby');
  const found = await glob(pattern, { cwd, absolute: true, onlyFiles: true, dot: false, ignore: ['**/node_modules/**', '**/.git/**'] });
  const inside = insideOf(resolve(cwd, globBase(pattern)));
  return found
    .map((p) => resolve(p))
    .filter(inside)
    .sort();
}

/** The directory a glob searches: its leading segments without glob characters. */
function globBase(pattern: string): string {
  const segments = pattern.split(/[\\/]/);
  const firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s));
  return segments.slice(0, firstGlob < 0 ? segments.length - 1 : firstGlob).join('/') || '.';
}

/** A test that a found file's real path (symlinks resolved) lies inside `root`'s real path. */
function insideOf(root: string): (path: string) => boolean {
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = root;
  }
  return (path) => {
    try {
      const rel = relative(realRoot, realpathSync(path));
      return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
    } catch {
      return false;
    }
  };
}

// `--changed-since <ref>`: which lines of each file were added or changed since a git ref (one git diff per repository).
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError } from './errors.js';

/** Per absolute file path: the 1-based changed lines, or 'all' for a file git does not track. */
export type ChangedLines = Map<string, Set<number> | 'all'>;

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
/** Enough for a diff of many large files. */
const MAX_GIT_OUTPUT = 512 * 1024 * 1024;

/** Changed lines of every file since `ref`; throws CliError for a bad ref or a file outside a git work tree. */
export function changedLinesSince(ref: string, files: readonly string[]): ChangedLines {
  // git prints real paths, so work with those and map back to the paths as given at the end.
  const realOf = new Map(files.map((f) => [f, realPath(f)] as const));
  const byRoot = new Map<string, string[]>();
  const rootOfDir = new Map<string, string>();
  for (const file of realOf.values()) {
    const dir = dirname(file);
    let root = rootOfDir.get(dir);
    if (root === undefined) {
      root = workTreeRoot(dir, file);
      rootOfDir.set(dir, root);
    }
    const group = byRoot.get(root) ?? [];
    group.push(file);
    byRoot.set(root, group);
  }
  const changed: ChangedLines = new Map();
  for (const [root, group] of byRoot) {
    verifyRef(root, ref);
    const tracked = new Set(lines(git(root, ['ls-files', '-z', '--full-name', '--', ...group]), '\0').map((p) => resolve(root, p)));
    for (const file of group) changed.set(file, tracked.has(file) ? new Set() : 'all');
    const diff = git(root, ['-c', 'core.quotePath=false', 'diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-renames', '--src-prefix=a/', '--dst-prefix=b/', ref, '--', ...group]);
    parseDiff(diff, root, changed);
  }
  return new Map(files.map((f) => [f, changed.get(realOf.get(f)!) ?? 'all'] as const));
}

function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/** Whether a finding on lines [startLine, endLine] touches a changed line. */
export function touchesChangedLines(changed: Set<number> | 'all' | undefined, startLine: number, endLine: number): boolean {
  if (changed === 'all') return true;
  if (!changed || changed.size === 0) return false;
  for (let line = startLine; line <= endLine; line++) if (changed.has(line)) return true;
  return false;
}

/** Reads `+++ b/<path>` and `@@ … +start,count @@` lines into the map. */
function parseDiff(diff: string, root: string, changed: ChangedLines): void {
  let current: Set<number> | undefined;
  for (const line of lines(diff, '\n')) {
    if (line.startsWith('+++ ')) {
      const path = unquote(line.slice(4));
      const entry = path.startsWith('b/') ? changed.get(resolve(root, path.slice(2))) : undefined;
      current = entry instanceof Set ? entry : undefined;
      continue;
    }
    const hunk = current && HUNK.exec(line);
    if (!hunk || !current) continue;
    const start = Number(hunk[1]);
    const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
    for (let i = 0; i < count; i++) current.add(start + i);
  }
}

/** Undoes git's C-style quoting of unusual paths ("b/caf\303\251.scenario"). */
function unquote(path: string): string {
  if (!path.startsWith('"') || !path.endsWith('"')) return path;
  const bytes: number[] = [];
  const body = path.slice(1, -1);
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = body[++i];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(simple[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

function workTreeRoot(dir: string, file: string): string {
  try {
    return git(dir, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    throw new CliError(`${file}: --changed-since needs the file to be inside a git work tree`);
  }
}

function verifyRef(root: string, ref: string): void {
  try {
    git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  } catch {
    throw new CliError(`--changed-since: unknown git ref "${ref}" in ${root}`);
  }
}

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: MAX_GIT_OUTPUT });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new CliError('--changed-since needs git on the PATH');
    throw error;
  }
}

function lines(text: string, separator: string): string[] {
  return text.split(separator).filter((l) => l.length > 0);
}

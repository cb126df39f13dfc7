// Showing file paths relative to the working directory, with forward slashes, as CI tools expect.
import { isAbsolute, relative, sep } from 'node:path';

/** `filePath` relative to `cwd` with `/` separators, or the absolute path when it lies outside `cwd`. */
export function displayPath(filePath: string, cwd: string): string {
  const rel = relative(cwd, filePath);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return filePath;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

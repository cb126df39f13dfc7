// Writing a fixed file safely: temp file beside it, same mode, rename over it, and never over a file changed meanwhile.
import { chmodSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { SourceFile } from './read.js';

export type WriteOutcome = 'written' | 'unchanged' | 'changed-on-disk';

/** Replaces the file's content with `output` (UTF-8) unless it is identical or the file changed since it was read. */
export function writeFixedFile(source: SourceFile, output: string): WriteOutcome {
  if (output === source.text) return 'unchanged';
  const bytes = Buffer.from(output, 'utf8');
  if (bytes.equals(source.bytes)) return 'unchanged';
  const target = realpathSync(source.path); // write through a symlink, not over it
  const mode = statSync(target).mode & 0o7777;
  const temp = join(dirname(target), `.${basename(target)}.empathy-lint-${process.pid}.tmp`);
  try {
    writeFileSync(temp, bytes, { mode, flag: 'wx' });
    chmodSync(temp, mode); // writeFileSync's mode is filtered by the umask
    if (!readFileSync(target).equals(source.bytes)) {
      unlinkSync(temp);
      return 'changed-on-disk';
    }
    renameSync(temp, target);
    return 'written';
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // the temp file was never created or is already gone
    }
    throw error;
  }
}

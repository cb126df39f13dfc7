// Turning Node's fs errors into the short words a one-line CLI message needs.

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EMFILE: 'too many open files',
  ELOOP: 'too many symbolic links',
};

/** A short human reason for an fs error, e.g. "permission denied". */
export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && REASONS[code]) return REASONS[code];
  if (code) return code;
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

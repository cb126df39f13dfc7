// Placeholder for `empathy-lint preview`; the preview engineer replaces this file with the real command.

/** Runs `empathy-lint preview …` and resolves to the exit code; this build has no preview yet. */
export async function runPreviewCommand(argv: string[]): Promise<number> {
  void argv;
  process.stderr.write('empathy-lint: preview is not available in this build\n');
  return 2;
}

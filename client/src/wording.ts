// Counts written as people write them ("no errors, 3 warnings", not "0 error(s), 3 warning(s)");
// free of `vscode` so tests can import it.

/** "no errors", "1 warning", "3 warnings". */
export function count(n: number, noun: string): string {
  return n === 0 ? `no ${noun}s` : `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** "no problems", "1 error", "2 errors and 3 warnings". */
export function findingsSummary(errors: number, warnings: number): string {
  if (errors === 0 && warnings === 0) return 'no problems';
  if (errors === 0) return count(warnings, 'warning');
  if (warnings === 0) return count(errors, 'error');
  return `${count(errors, 'error')} and ${count(warnings, 'warning')}`;
}

/** "12 scripts linted: 2 errors and 3 warnings." */
export function workspaceSummary(files: number, errors: number, warnings: number): string {
  return `${files === 0 ? 'No scripts' : count(files, 'script')} linted: ${findingsSummary(errors, warnings)}.`;
}

// Picks the output format; each formatter is loaded only when asked for, to keep start-up small.
import type { FormatName } from '../args.js';
import type { FileReport } from '../report.js';

export interface FormatContext {
  /** Paths are shown relative to this directory where that is shorter. */
  cwd: string;
  /** Whether ANSI colors may be used (stylish only). */
  color: boolean;
  /** The CLI's version, for SARIF's tool.driver. */
  version: string;
}

/** Renders all reports in one format, as chunks written one after another (no 40 MB join on big JSON runs). */
export async function formatReports(format: FormatName, reports: readonly FileReport[], context: FormatContext): Promise<Array<string | Uint8Array>> {
  switch (format) {
    case 'json':
      return jsonChunks(reports);
    case 'stylish':
      return [(await import('./stylish.js')).formatStylish(reports, context)];
    case 'sarif':
      return [(await import('./sarif.js')).formatSarif(reports, context)];
    case 'github':
      return [(await import('./github.js')).formatGithub(reports, context)];
  }
}

/** ESLint's JSON array, one chunk per file (already serialized while linting) plus brackets and commas. */
function jsonChunks(reports: readonly FileReport[]): Array<string | Uint8Array> {
  const chunks: Array<string | Uint8Array> = ['['];
  reports.forEach((r, i) => {
    if (i > 0) chunks.push(',');
    chunks.push(r.serialized ?? JSON.stringify(r));
  });
  chunks.push(']\n');
  return chunks;
}

// Picks the output format; each formatter is loaded only when asked for, to keep start-up small.
import type { FormatName } from '../args.js';
import type { FileReport } from '../report.js';
import type { FormatContext } from './context.js';

/** Renders all reports in one of the formats written at the end (JSON is written file by file: see JsonReportStream). */
export async function formatReports(format: Exclude<FormatName, 'json'>, reports: readonly FileReport[], context: FormatContext): Promise<string[]> {
  switch (format) {
    case 'stylish':
      return [(await import('./stylish.js')).formatStylish(reports, context)];
    case 'sarif':
      return [(await import('./sarif.js')).formatSarif(reports, context)];
    case 'github':
      return [(await import('./github.js')).formatGithub(reports, context)];
  }
}

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

/** Renders all reports in one format; the result goes to stdout as is. */
export async function formatReports(format: FormatName, reports: readonly FileReport[], context: FormatContext): Promise<string> {
  switch (format) {
    case 'json':
      return `[${reports.map((r) => r.serialized ?? JSON.stringify(r)).join(',')}]\n`;
    case 'stylish':
      return (await import('./stylish.js')).formatStylish(reports, context);
    case 'sarif':
      return (await import('./sarif.js')).formatSarif(reports, context);
    case 'github':
      return (await import('./github.js')).formatGithub(reports, context);
  }
}

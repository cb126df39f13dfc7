// What every text format needs to know about the run, apart from the reports.
export interface FormatContext {
  /** Paths are shown relative to this directory where that is shorter. */
  cwd: string;
  /** Whether ANSI colors may be used (stylish only). */
  color: boolean;
  /** The CLI's version, for SARIF's tool.driver. */
  version: string;
}

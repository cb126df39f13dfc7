// Linting (and fixing) the expanded file list: config per file, --rule overrides, --changed-since and --quiet filters.
import { computeLineStarts, fixText, lint, lineOfOffset, type EmpathyConfig, type Finding, type Severity } from '../engine/index.js';
import { loadConfigFor, type ConfigLoad } from '../node/config.js';
import { describeIoError } from '../node/io-error.js';
import { touchesChangedLines, type ChangedLines } from './changed-lines.js';
import { CliError } from './errors.js';
import { decodeSource, readSourceFile, type SourceFile } from './read.js';
import { fileReport, type FileReport, type ReportDetail } from './report.js';
import { writeFixedFile } from './write-fixed.js';

/** Plain data (it crosses to worker threads): how to lint every file. */
export interface LintRunOptions {
  fix: boolean;
  fixDryRun: boolean;
  config?: string;
  ruleOverrides: Record<string, Severity>;
  quiet: boolean;
  changed?: ChangedLines;
  detail: ReportDetail;
}

export interface LintRun {
  /** In file order; a file that could not be read has none. */
  reports: FileReport[];
  /** One line each (file named); any makes the exit code 2. */
  ioErrors: string[];
  /** One line each, informational (e.g. a file --fix would not write). */
  notes: string[];
}

/** What linting one file gave. */
export interface FileOutcome {
  report?: FileReport;
  ioError?: string;
  notes: string[];
}

/** Loads every file's config up front, so a broken one stops the run (CliError) before anything is written. */
export function checkConfigs(files: readonly string[], options: LintRunOptions): void {
  for (const file of files) configFor(file, options);
}

/** Told of each file as it is finished (out of order on several threads): its index, its outcome, and how many are done. */
export type FileDoneListener = (index: number, outcome: FileOutcome, done: number) => void;

/** Lints every file in this thread; `onFileDone` drives the progress counter and streamed output. */
export function lintFiles(files: readonly string[], options: LintRunOptions, onFileDone?: FileDoneListener): LintRun {
  checkConfigs(files, options);
  return mergeOutcomes(
    files.map((file, i) => {
      const outcome = lintFile(file, options);
      onFileDone?.(i, outcome, i + 1);
      return outcome;
    }),
  );
}

/** Reports, errors and notes of all files, in file order. */
export function mergeOutcomes(outcomes: readonly FileOutcome[]): LintRun {
  const run: LintRun = { reports: [], ioErrors: [], notes: [] };
  for (const o of outcomes) {
    if (o.report) run.reports.push(o.report);
    if (o.ioError) run.ioErrors.push(o.ioError);
    run.notes.push(...o.notes);
  }
  return run;
}

/** Reads, lints and (with --fix) writes one file; never throws for the file's own I/O problems. */
export function lintFile(file: string, options: LintRunOptions): FileOutcome {
  const notes: string[] = [];
  let source: SourceFile;
  try {
    source = readSourceFile(file);
  } catch (error) {
    return { ioError: `${file}: cannot read file: ${describeIoError(error)}`, notes };
  }
  const outcome: FileOutcome = { notes };
  outcome.report = lintOne(source, configFor(file, options), options, outcome);
  return outcome;
}

/** Lints text given on stdin as if it were the file `path` (its config applies); never writes. */
export function lintText(path: string, bytes: Buffer, options: LintRunOptions): LintRun {
  checkConfigs([path], options);
  const outcome: FileOutcome = { notes: [] };
  outcome.report = lintOne(decodeSource(path, bytes), configFor(path, options), { ...options, fix: false }, outcome);
  return mergeOutcomes([outcome]);
}

function configFor(file: string, options: LintRunOptions): EmpathyConfig {
  return effectiveConfig(loadConfigFor(file, options.config), options.ruleOverrides);
}

function lintOne(source: SourceFile, config: EmpathyConfig, options: LintRunOptions, outcome: FileOutcome): FileReport {
  const wanted = findingFilter(source.path, options);
  const reportUnfixed = () => {
    const { document, findings } = lint(source.text, { config });
    return fileReport(source.path, source.text, keep(findings, document.lineStarts, wanted), options.detail, false, document.lineStarts);
  };
  const fixing = options.fix || options.fixDryRun;
  if (fixing && source.unfixableReason) outcome.notes.push(`${source.path}: not fixed: ${source.unfixableReason}`);
  if (!fixing || source.unfixableReason) return reportUnfixed();
  const { output, remaining } = fixText(source.text, { config }, options.changed ? wanted : undefined);
  if (options.fix && output !== source.text) {
    try {
      if (writeFixedFile(source, output) === 'changed-on-disk') {
        outcome.notes.push(`${source.path}: not fixed: the file changed on disk while it was being linted`);
        return reportUnfixed();
      }
    } catch (error) {
      outcome.ioError = `${source.path}: cannot write fixed file: ${describeIoError(error)}`;
      return reportUnfixed();
    }
  }
  const lineStarts = computeLineStarts(output);
  return fileReport(source.path, output, keep(remaining, lineStarts, wanted), options.detail, output !== source.text, lineStarts);
}

/** Which findings to report (--quiet, --changed-since); undefined keeps all. */
type FindingFilter = (f: Finding, lineStarts: number[]) => boolean;

function findingFilter(path: string, options: LintRunOptions): FindingFilter | undefined {
  const { quiet, changed } = options;
  if (!quiet && !changed) return undefined;
  const changedHere = changed?.get(path);
  return (f, lineStarts) => {
    if (quiet && f.severity !== 'error') return false;
    if (!changed) return true;
    return touchesChangedLines(changedHere, lineOfOffset(lineStarts, f.span.start) + 1, lineOfOffset(lineStarts, f.span.end) + 1);
  };
}

function keep(findings: Finding[], lineStarts: number[], wanted: FindingFilter | undefined): Finding[] {
  if (!wanted || findings.length === 0) return findings;
  return findings.filter((f) => wanted(f, lineStarts));
}

const mergedConfigs = new WeakMap<ConfigLoad, EmpathyConfig>();

/** The config to lint a file with: the loaded one (broken → CliError) with --rule severities on top, cached per config. */
function effectiveConfig(load: ConfigLoad, overrides: Record<string, Severity>): EmpathyConfig {
  if (load.errors.length > 0) throw new CliError(oneLine(load));
  const cached = mergedConfigs.get(load);
  if (cached) return cached;
  let config = load.config;
  if (Object.keys(overrides).length > 0) {
    const rules = { ...config.rules };
    for (const [id, severity] of Object.entries(overrides)) {
      const current = rules[id];
      rules[id] = Array.isArray(current) && current[1] ? [severity, current[1]] : severity;
    }
    config = { ...config, rules };
  }
  mergedConfigs.set(load, config);
  return config;
}

/** Several config problems in one line: the first with its path, the rest after it. */
function oneLine({ errors, configPath }: ConfigLoad): string {
  if (errors.length === 1) return errors[0];
  const prefix = `${configPath}: `;
  const rest = errors.slice(1).map((e) => (e.startsWith(prefix) ? e.slice(prefix.length) : e));
  return `${errors[0]} (and ${rest.length} more: ${rest.join('; ')})`;
}

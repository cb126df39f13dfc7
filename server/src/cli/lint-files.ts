// Linting (and fixing) the expanded file list: config per file, --rule overrides, --changed-since and --quiet filters.
import { dirname, resolve } from 'node:path';
import { computeLineStarts, fixText, lint, lineOfOffset, type EmpathyConfig, type Finding, type Severity, type SuppressedFinding } from '../engine/index.js';
import { baselineFileKey, BaselineError, filterByBaseline, findingLine, loadBaseline, type Baseline, type BaselineEntry } from '../node/baseline.js';
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
  /** Absolute path of the --baseline file; without it, each file's config may name one. */
  baseline?: string;
  /** Absolute path of the --baseline-write file: every finding is recorded (and so not reported). */
  baselineWrite?: string;
}

/** How a file met its baseline (plain data: it crosses from worker threads). */
export interface BaselineUse {
  /** Absolute path of the baseline file. */
  path: string;
  /** The file's key in it. */
  file: string;
  /** How many findings each entry key matched. */
  matched: [string, number][];
}

export interface LintRun {
  /** In file order; a file that could not be read has none. */
  reports: FileReport[];
  /** One line each (file named); any makes the exit code 2. */
  ioErrors: string[];
  /** One line each, informational (e.g. a file --fix would not write). */
  notes: string[];
  /** How each linted file met its baseline (with --baseline or a config's `baseline`). */
  baselineUses: BaselineUse[];
  /** With --baseline-write: each linted file's findings as entries. */
  recorded: { file: string; entries: BaselineEntry[] }[];
}

/** What linting one file gave. */
export interface FileOutcome {
  report?: FileReport;
  ioError?: string;
  notes: string[];
  /** With a baseline: which of its entries this file matched. */
  baseline?: BaselineUse;
  /** With --baseline-write: this file's key and its findings as baseline entries (one per finding). */
  recorded?: { file: string; entries: BaselineEntry[] };
}

/** Loads every file's config up front, so a broken one stops the run (CliError) before anything is written. */
export function checkConfigs(files: readonly string[], options: LintRunOptions): void {
  for (const file of files) {
    configFor(file, options);
    baselineFor(file, options);
  }
}

/** The baseline a file is checked against: --baseline, else its config's `baseline` (relative to the config file). */
function baselineFor(file: string, options: LintRunOptions): Baseline | undefined {
  if (options.baselineWrite) return undefined;
  let path = options.baseline;
  if (!path) {
    const load = loadConfigFor(file, options.config);
    if (load.config.baseline && load.configPath) path = resolve(dirname(load.configPath), load.config.baseline);
  }
  if (!path) return undefined;
  try {
    return loadBaseline(path);
  } catch (error) {
    throw error instanceof BaselineError ? new CliError(error.message) : error;
  }
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
  const run: LintRun = { reports: [], ioErrors: [], notes: [], baselineUses: [], recorded: [] };
  for (const o of outcomes) {
    if (o.report) run.reports.push(o.report);
    if (o.ioError) run.ioErrors.push(o.ioError);
    run.notes.push(...o.notes);
    if (o.baseline) run.baselineUses.push(o.baseline);
    if (o.recorded) run.recorded.push(o.recorded);
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
  const baseline = baselineFor(source.path, options);
  /** The report of `text`'s findings: the baseline takes its share first, then --quiet and --changed-since. */
  const report = (text: string, findings: Finding[], suppressed: SuppressedFinding[], lineStarts: number[], fixed: boolean) => {
    let shown = findings;
    if (options.baselineWrite) {
      const file = baselineFileKey(options.baselineWrite, source.path);
      outcome.recorded = { file, entries: findings.map((f) => ({ file, rule: f.ruleId, line: findingLine(text, lineStarts, f), count: 1 })) };
      shown = [];
    } else if (baseline) {
      const file = baselineFileKey(baseline.path, source.path);
      const { kept, matched } = filterByBaseline(findings, baseline.byFile.get(file), text, lineStarts);
      outcome.baseline = { path: baseline.path, file, matched: [...matched] };
      shown = kept;
    }
    return fileReport(source.path, text, keep(shown, lineStarts, wanted), options.detail, fixed, lineStarts, keep(suppressed, lineStarts, wanted));
  };
  const reportUnfixed = () => {
    const { document, findings, suppressed } = lint(source.text, { config });
    return report(source.text, findings, suppressed, document.lineStarts, false);
  };
  const fixing = options.fix || options.fixDryRun;
  if (fixing && source.unfixableReason) outcome.notes.push(`${source.path}: not fixed: ${source.unfixableReason}`);
  if (!fixing || source.unfixableReason) return reportUnfixed();
  const { output, remaining, suppressed } = fixText(source.text, { config }, options.changed ? wanted : undefined);
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
  return report(output, remaining, suppressed, computeLineStarts(output), output !== source.text);
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

function keep<F extends Finding>(findings: F[], lineStarts: number[], wanted: FindingFilter | undefined): F[] {
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

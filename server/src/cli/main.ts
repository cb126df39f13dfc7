// `empathy-lint`: the command line over the engine. Exit 0 clean, 1 findings, 2 usage or I/O error (one line, no stack).
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { version } from '../../../package.json';
import { describeIoError } from '../node/io-error.js';
import { parseCliArgs, type CliOptions } from './args.js';
import { changedLinesSince } from './changed-lines.js';
import { CliError, UsageError } from './errors.js';
import { expandTargets } from './files.js';
import { formatReports } from './formatters/index.js';
import { HELP, rulesTable } from './help.js';
import { lintFiles, lintText, type FileDoneListener, type LintRun, type LintRunOptions } from './lint-files.js';
import { JsonReportStream, ReportOutput } from './output.js';
import { isLintWorker, lintFilesInParallel, runLintWorker, threadCount } from './parallel.js';
import { createProgress } from './progress.js';
import { totals } from './report.js';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILURE = 2;

/** Runs the CLI with argv (without node and the script) and resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'preview') return (await import('./preview-command.js')).runPreviewCommand(argv.slice(1));
  if (argv[0] === 'paths') return (await import('./paths-command.js')).runPathsCommand(argv.slice(1));
  const options = parseCliArgs(argv);
  if (options.help) return print(HELP);
  if (options.printRules) return print(rulesTable());
  if (options.version) return print(`${version}\n`);
  const cwd = process.cwd();
  const runOptions: LintRunOptions = {
    fix: options.fix,
    fixDryRun: options.fixDryRun,
    config: options.config,
    ruleOverrides: options.ruleOverrides,
    quiet: options.quiet,
    detail: { full: options.format === 'json', suggestions: options.format === 'json' && options.suggestions },
    baseline: options.baseline && resolve(cwd, options.baseline),
    baselineWrite: options.baselineWrite && resolve(cwd, options.baselineWrite),
  };
  const output = new ReportOutput(options.outputFile);
  let run: LintRun;
  try {
    run = await lintAndWrite(options, runOptions, cwd, output);
  } finally {
    output.close();
  }
  if (run.ioErrors.length === 0) run.notes.push(...(await baselineNotes(options, runOptions, run)));
  for (const line of [...run.notes, ...run.ioErrors]) process.stderr.write(`empathy-lint: ${line}\n`);
  if (run.ioErrors.length > 0) return EXIT_FAILURE;
  const sum = totals(run.reports);
  if (sum.errorCount > 0) return EXIT_FINDINGS;
  if (options.maxWarnings >= 0 && sum.warningCount > options.maxWarnings) {
    if (options.maxWarningsGiven) process.stderr.write(`empathy-lint: too many warnings (${sum.warningCount}, maximum: ${options.maxWarnings})\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_CLEAN;
}

/** Writes a --baseline-write file, or counts (and with --baseline-prune drops) the baseline entries that no longer occur. */
async function baselineNotes(options: CliOptions, runOptions: LintRunOptions, run: LintRun): Promise<string[]> {
  if (!runOptions.baselineWrite && run.baselineUses.length === 0 && !options.baselinePrune) return [];
  const { settleBaselines, writeRunBaseline } = await import('./baseline-run.js');
  if (runOptions.baselineWrite) return [writeRunBaseline(runOptions.baselineWrite, run)];
  if (run.baselineUses.length === 0) return ['--baseline-prune: no baseline applies (give --baseline FILE or set "baseline" in .empathylintrc.json)'];
  return settleBaselines(run, options.baselinePrune);
}

/** Lints and writes the report: JSON file by file while linting, the other formats once every file is linted. */
async function lintAndWrite(options: CliOptions, runOptions: LintRunOptions, cwd: string, output: ReportOutput): Promise<LintRun> {
  const format = options.format;
  const stream = format === 'json' ? new JsonReportStream(output) : undefined;
  let run: LintRun;
  if (options.stdin) {
    run = lintStdin(options, runOptions, cwd);
    run.reports.forEach((report, i) => stream?.add(i, report));
  } else {
    run = await lintTargets(options, runOptions, cwd, stream);
  }
  if (format === 'json') stream?.finish();
  else for (const chunk of await formatReports(format, run.reports, { cwd, color: useColor(options), version })) output.write(chunk);
  return run;
}

/** Expands the targets and lints them, on worker threads when the run is large enough. */
async function lintTargets(options: CliOptions, runOptions: LintRunOptions, cwd: string, stream: JsonReportStream | undefined): Promise<LintRun> {
  const files = await expandTargets(options.targets, cwd);
  if (options.changedSince) runOptions = { ...runOptions, changed: changedLinesSince(options.changedSince, files) };
  // JSON streamed to a terminal shows the progress itself; a counter on the same screen would cut into it.
  const progress = stream && !options.outputFile && process.stdout.isTTY ? undefined : createProgress(files.length);
  const onFileDone: FileDoneListener | undefined =
    progress || stream
      ? (index, outcome, done) => {
          stream?.add(index, outcome.report);
          progress?.update(done, files.length);
        }
      : undefined;
  const sizes = files.map(sizeOf);
  const threads = threadCount(sizes, options.concurrency);
  const run = threads > 1 ? await lintFilesInParallel(files, sizes, threads, runOptions, onFileDone) : lintFiles(files, runOptions, onFileDone);
  progress?.clear();
  return run;
}

/** Lints standard input as the file named by --stdin-filename (default `<text>` in the working directory). */
function lintStdin(options: CliOptions, runOptions: LintRunOptions, cwd: string): LintRun {
  let bytes: Buffer;
  try {
    bytes = readFileSync(0);
  } catch (error) {
    throw new CliError(`standard input: ${describeIoError(error)}`);
  }
  return lintText(resolve(cwd, options.stdinFilename ?? '<text>'), bytes, runOptions);
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // reported when the file is read
  }
}

function print(text: string): number {
  process.stdout.write(text);
  return EXIT_CLEAN;
}

/** Colors for stylish on a terminal unless NO_COLOR is set; --color/--no-color decide when given. */
function useColor(options: CliOptions): boolean {
  if (options.color !== undefined) return options.color;
  if (options.outputFile) return false;
  return process.stdout.isTTY === true && !process.env.NO_COLOR;
}

/** Longest error line printed. */
const MAX_ERROR_LENGTH = 300;
/** Longest usage line: ours, quoting at most a short piece of input, but it may list every rule ID and must not be cut mid-list. */
const MAX_USAGE_LENGTH = 1000;

/** One line on stderr for any failure: the message for expected ones, a short "internal error" otherwise. */
function reportFailure(error: unknown): number {
  // The first line, cut short: an internal error can quote a whole pattern or file.
  const first = (text: string, max = MAX_ERROR_LENGTH) => {
    const line = text.split('\n')[0];
    return line.length > max ? `${line.slice(0, max)}…` : line;
  };
  if (error instanceof UsageError) process.stderr.write(`empathy-lint: ${first(error.message, MAX_USAGE_LENGTH)} (see empathy-lint --help)\n`);
  else if (error instanceof CliError) process.stderr.write(`empathy-lint: ${first(error.message)}\n`);
  else process.stderr.write(`empathy-lint: internal error: ${first(error instanceof Error ? error.message : String(error))}\n`);
  return EXIT_FAILURE;
}

/**
 * Exits as soon as everything written has gone out. Left to end by itself, Node first hands the whole
 * heap back page by page (~50 ms between the last byte and the exit after a 5.9 MB run, traced), which
 * the system does at once when the process exits. A write's callback runs after every earlier write's.
 */
function exitWhenFlushed(code: number): void {
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

/** Entry point when run as a program: never prints a stack trace; ignores a closed stdout (e.g. `| head`). */
function runAsProgram(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  process.on('uncaughtException', (error) => process.exit(reportFailure(error)));
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
      exitWhenFlushed(code);
    },
    (error: unknown) => {
      process.exitCode = reportFailure(error);
    },
  );
}

if (isLintWorker()) runLintWorker();
else if (require.main === module) runAsProgram();

// Command-line options: parsed with node's util.parseArgs and checked once, so the rest of the CLI gets clean values.
import { parseArgs } from 'node:util';
import { RULE_METAS, type Severity } from '../engine/index.js';
import { quoted, UsageError, usageErrorFrom } from './errors.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface CliOptions {
  /** Files, directories and globs as given; defaults to the current directory. */
  targets: string[];
  format: FormatName;
  fix: boolean;
  fixDryRun: boolean;
  /** Warnings allowed before exit code 1; -1 means no limit. Default 0: a script with warnings is not clean. */
  maxWarnings: number;
  /** Whether --max-warnings was given (only then is "too many warnings" worth a line of its own). */
  maxWarningsGiven: boolean;
  config?: string;
  /** `--rule id:severity` overrides, applied over every config. */
  ruleOverrides: Record<string, Severity>;
  changedSince?: string;
  /** Report only findings not recorded in this baseline file (else the config's `baseline`). */
  baseline?: string;
  /** Record every finding of this run in this baseline file (entries of files not linted are kept). */
  baselineWrite?: string;
  /** With a baseline: rewrite it without the entries that no longer occur. */
  baselinePrune: boolean;
  quiet: boolean;
  /** --suggestions: JSON messages carry every ranked rewrite, not only the safe fix. */
  suggestions: boolean;
  /** Lint stdin instead of files, as the file named by stdinFilename (for editors and pipes). */
  stdin: boolean;
  stdinFilename?: string;
  /** Threads to lint on: a number, or 'auto' (by cores and amount of text). */
  concurrency: number | 'auto';
  outputFile?: string;
  /** undefined: decide from the terminal and NO_COLOR. */
  color?: boolean;
  help: boolean;
  /** --print-rules: list every rule ID with its default severity and what it flags, then exit. */
  printRules: boolean;
  version: boolean;
}

const SEVERITY_WORDS: Record<string, Severity> = { off: 'off', warn: 'warn', error: 'error', '0': 'off', '1': 'warn', '2': 'error' };

/** Parses argv (without node and the script path) into options; throws UsageError on bad input. */
export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeNumbers(argv),
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        'max-warnings': { type: 'string' },
        config: { type: 'string', short: 'c' },
        rule: { type: 'string', multiple: true },
        'changed-since': { type: 'string' },
        'report-unused-disable-directives': { type: 'boolean' },
        baseline: { type: 'string' },
        'baseline-write': { type: 'string' },
        'baseline-prune': { type: 'boolean' },
        quiet: { type: 'boolean' },
        suggestions: { type: 'boolean' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        concurrency: { type: 'string' },
        'output-file': { type: 'string', short: 'o' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        'print-rules': { type: 'boolean' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw usageErrorFrom(error);
  }
  const v = parsed.values;
  if (v.stdin && parsed.positionals.length > 0) throw new UsageError('--stdin lints standard input; give no files with it');
  if (v.stdin && v.fix) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run with --stdin');
  if (v.stdin && v['changed-since']) throw new UsageError('--changed-since needs files, not --stdin');
  if (v.fix && v['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (v.stdin && (v.baseline || v['baseline-write'] || v['baseline-prune'])) throw new UsageError('a baseline is kept by file: give files, not --stdin');
  if (v['baseline-write'] && v['baseline-prune']) throw new UsageError('--baseline-write records every finding anew; --baseline-prune is not needed with it');
  const ruleOverrides = parseRuleOverrides(v.rule ?? []);
  // As in ESLint, the flag reports unused directives as errors; an explicit --rule still decides.
  if (v['report-unused-disable-directives']) ruleOverrides['unused-directive'] ??= 'error';
  return {
    targets: parsed.positionals.length > 0 ? parsed.positionals : ['.'],
    format: parseFormat(v.format),
    fix: v.fix === true,
    fixDryRun: v['fix-dry-run'] === true,
    maxWarnings: parseMaxWarnings(v['max-warnings']),
    maxWarningsGiven: v['max-warnings'] !== undefined,
    config: nonEmpty('--config', v.config),
    ruleOverrides,
    changedSince: nonEmpty('--changed-since', v['changed-since']),
    baseline: nonEmpty('--baseline', v.baseline),
    baselineWrite: nonEmpty('--baseline-write', v['baseline-write']),
    baselinePrune: v['baseline-prune'] === true,
    quiet: v.quiet === true,
    suggestions: v.suggestions === true,
    stdin: v.stdin === true,
    stdinFilename: nonEmpty('--stdin-filename', v['stdin-filename']),
    concurrency: parseConcurrency(v.concurrency),
    outputFile: nonEmpty('--output-file', v['output-file']),
    color: v['no-color'] ? false : v.color ? true : undefined,
    help: v.help === true,
    printRules: v['print-rules'] === true,
    version: v.version === true,
  };
}

/** `--max-warnings -1` as `--max-warnings=-1`, which parseArgs would otherwise take for an option. */
function joinNegativeNumbers(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') return [...out, ...argv.slice(i)];
    if (argv[i] === '--max-warnings' && /^-\d+$/.test(argv[i + 1] ?? '')) out.push(`${argv[i]}=${argv[++i]}`);
    else out.push(argv[i]);
  }
  return out;
}

/**
 * `--concurrency auto|off|N`, as in ESLint. The default is auto: threads are used only for tens of
 * megabytes of scripts and only on cores that are idle (see `threadCount`). On 2 busy shared cores two threads
 * took 1.4x the CPU and 1.5x the wall time of one, since each worker warms its own JIT and caches.
 */
function parseConcurrency(value: string | undefined): number | 'auto' {
  if (value === undefined || value === 'auto') return 'auto';
  if (value === 'off') return 1;
  if (/^[1-9]\d*$/.test(value)) return Number(value);
  throw new UsageError(`--concurrency must be auto, off or a positive number (got ${quoted(value)})`);
}

function parseFormat(value: string | undefined): FormatName {
  if (value === undefined) return 'stylish';
  if ((FORMATS as readonly string[]).includes(value)) return value as FormatName;
  throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got ${quoted(value)})`);
}

/** Default when --max-warnings is not given: any warning fails the run, as "0 clean" in the CLI contract says. */
export const DEFAULT_MAX_WARNINGS = 0;

function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_WARNINGS;
  if (!/^(?:-1|\d+)$/.test(value.trim())) throw new UsageError(`--max-warnings needs a whole number (got ${quoted(value)})`);
  return Number(value);
}

/** `--rule id:severity`, repeatable; an unknown rule or severity is a usage error. */
function parseRuleOverrides(values: string[]): Record<string, Severity> {
  const known = new Set(RULE_METAS.map((m) => m.id));
  const overrides: Record<string, Severity> = {};
  for (const value of values) {
    const colon = value.lastIndexOf(':');
    const id = value.slice(0, colon).trim();
    const severity = SEVERITY_WORDS[value.slice(colon + 1).trim()];
    if (colon < 0 || !severity) throw new UsageError(`--rule needs id:off|warn|error (got ${quoted(value)})`);
    // every ID, so the line answers the mistake on its own (--print-rules says what each flags)
    if (!known.has(id)) throw new UsageError(`--rule: unknown rule ${quoted(id)}; the rules are ${[...known].join(', ')}`);
    overrides[id] = severity;
  }
  return overrides;
}

function nonEmpty(flag: string, value: string | undefined): string | undefined {
  if (value !== undefined && value.trim() === '') throw new UsageError(`${flag} needs a value`);
  return value;
}

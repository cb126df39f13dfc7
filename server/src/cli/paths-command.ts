// `empathy-lint paths FILE`: every path through a branching script with its sections, the customer cues
// on it, whether each was acknowledged, and its findings; then the paths where a cue never is. The
// engine walks the paths (listPaths); this is the command line and the two ways of printing it.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { computeLineStarts, listPaths, MAX_PATHS, type PathsReport } from '../engine/index.js';
import { loadConfigFor } from '../node/config.js';
import { describeIoError } from '../node/io-error.js';
import { CliError, UsageError } from './errors.js';
import { displayPath } from './formatters/paths.js';
import { readSourceFile, type SourceFile } from './read.js';
import { fileReport, type EslintMessage } from './report.js';

export const PATHS_HELP = `Usage: empathy-lint paths FILE [--format text|json] [-c config]

Lists every path from the start section of a branching script (at most ${MAX_PATHS}; a section
is not entered twice on one path): its sections, the customer cues on it (loss, frustration,
good news, ...), whether the agent's next turn acknowledged each, and the findings on it.
Then it names the paths where a cue is never acknowledged.

Options:
  -f, --format <text|json>   text (default) or JSON for tools
  -c, --config <file>        use this config instead of the nearest .empathylintrc.json
  -h, --help                 show this help

Exit codes: 0 listed, 2 usage or I/O error.
`;

/** One path as `--format json` prints it: lines 1-based, findings as ESLint messages. */
interface JsonPath {
  index: number;
  sections: string[];
  cues: { line: number; section: string; text: string; cues: string[]; acknowledged: boolean | null; replyLine?: number }[];
  findings: EslintMessage[];
  unacknowledged: boolean;
}

/** Runs `empathy-lint paths …` and resolves to the exit code; failures are one line on stderr. */
export async function runPathsCommand(argv: string[]): Promise<number> {
  try {
    const args = parsePathsArgs(argv);
    if (args.help) {
      process.stdout.write(PATHS_HELP);
      return 0;
    }
    const path = resolve(args.file);
    let source: SourceFile;
    try {
      source = readSourceFile(path);
    } catch (error) {
      throw new CliError(`${args.file}: cannot read file: ${describeIoError(error)}`);
    }
    const load = loadConfigFor(path, args.config);
    if (load.errors.length > 0) throw new CliError(load.errors[0]);
    const report = listPaths(source.text, { config: load.config });
    const json = jsonPaths(path, source.text, report);
    process.stdout.write(args.format === 'json' ? `${JSON.stringify(json, null, 2)}\n` : textPaths(displayPath(path, process.cwd()), json));
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const hint = error instanceof UsageError ? ' (see empathy-lint paths --help)' : '';
    process.stderr.write(`empathy-lint: ${error instanceof CliError ? '' : 'internal error: '}${message}${hint}\n`);
    return 2;
  }
}

function parsePathsArgs(argv: string[]): { file: string; format: 'text' | 'json'; config?: string; help: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`paths: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { file: '', format: 'text', help: true };
  if (positionals.length !== 1) throw new UsageError('paths: give one script FILE');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`paths: --format must be text or json (got "${format}")`);
  return { file: positionals[0], format, config: values.config, help: false };
}

/** The report as JSON: the file, each path, and the indices of the paths with an unacknowledged cue. */
function jsonPaths(filePath: string, text: string, report: PathsReport) {
  const lineStarts = computeLineStarts(text);
  const paths: JsonPath[] = report.paths.map((p, i) => ({
    index: i + 1,
    sections: p.sections,
    cues: p.cues.map((c) => ({
      line: c.line + 1,
      section: c.section,
      text: c.text,
      cues: c.cues,
      acknowledged: c.acknowledged,
      ...(c.replyLine !== undefined ? { replyLine: c.replyLine + 1 } : {}),
    })),
    findings: fileReport(filePath, text, p.findings, { full: false }, false, lineStarts).messages,
    unacknowledged: p.unacknowledged,
  }));
  return { filePath, truncated: report.truncated, paths, unacknowledgedPaths: paths.filter((p) => p.unacknowledged).map((p) => p.index) };
}

/** The report for a person: one block per path, then the paths to look at first. */
function textPaths(shown: string, report: ReturnType<typeof jsonPaths>): string {
  const name = (p: JsonPath) => p.sections.map((s) => s || '(start)').join(' -> ') || '(whole file)';
  const count = report.paths.length;
  let out = `${shown}: ${count} ${count === 1 ? 'path' : 'paths'}${report.truncated ? ` (only the first ${count} are listed)` : ''}\n`;
  for (const p of report.paths) {
    out += `\npath ${p.index}: ${name(p)}${p.unacknowledged ? '   [a cue is never acknowledged]' : ''}\n`;
    if (p.cues.length === 0) out += '  cues: none\n';
    for (const c of p.cues) {
      const status = c.acknowledged === null ? 'the path ends before the agent answers' : `${c.acknowledged ? 'acknowledged' : 'NOT acknowledged'} (line ${c.replyLine})`;
      out += `  cue  line ${c.line}  ${c.cues.join(', ')}: "${c.text.length > 70 ? `${c.text.slice(0, 69)}…` : c.text}"  ${status}\n`;
    }
    if (p.findings.length === 0) out += '  findings: none\n';
    for (const m of p.findings) out += `  ${m.line}:${m.column}  ${m.severity === 2 ? 'error' : 'warning'}  ${m.message}  ${m.ruleId}\n`;
  }
  const open = report.paths.filter((p) => p.unacknowledged);
  out += open.length === 0 ? '\nEvery cue is acknowledged on every path.\n' : `\nPaths where a cue is never acknowledged:\n${open.map((p) => `  path ${p.index}: ${name(p)}\n`).join('')}`;
  return out;
}

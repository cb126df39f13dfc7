// The CLI's result model, in ESLint's JSON shape, so tools that read ESLint output read ours.
// Positions follow ESLint and editors: a leading BOM is not counted (not in columns or ranges, nor in `output`).
import { computeLineStarts, offsetToPosition, type Finding, type Fix } from '../engine/index.js';

export interface EslintFix {
  /** [start, end) UTF-16 offsets into the text without its BOM. */
  range: [number, number];
  text: string;
}

export interface EslintMessage {
  ruleId: string;
  /** 1 warning, 2 error. */
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: EslintFix;
  suggestions?: { desc: string; fix: EslintFix }[];
}

export interface FileReport {
  filePath: string;
  messages: EslintMessage[];
  suppressedMessages: EslintMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The fixed text, with --fix or --fix-dry-run, when fixes changed it. */
  output?: string;
  usedDeprecatedRules: never[];
  /**
   * For --format json: this report as UTF-8 JSON, made as soon as the file is linted; messages and
   * output are then dropped. Short-lived objects cost the garbage collector far less on big runs
   * (~12% CPU), and bytes live outside the JavaScript heap, where the collector never copies them.
   */
  serialized?: Uint8Array;
}

const BOM = '\uFEFF';

/** What only the JSON format shows; other formats skip building it (it is most of the report on a big run). */
export interface ReportDetail {
  /** `output` (with --fix/--fix-dry-run), serialized at once (see FileReport.serialized). */
  full: boolean;
  /**
   * Every ranked rewrite per message (`--suggestions`). Off by default: on a big run they are most of
   * the JSON and of its cost, and CI needs the findings and the safe `fix`; editors ask the server.
   */
  suggestions?: boolean;
}

/** Builds one file's report; `text` is what the findings' spans point into (the fixed text when `fixed`), whose line starts the caller may know. */
export function fileReport(filePath: string, text: string, findings: readonly Finding[], detail: ReportDetail, fixed = false, knownLineStarts?: number[]): FileReport {
  const bom = text.startsWith(BOM) ? 1 : 0;
  const lineStarts = findings.length === 0 ? [0] : (knownLineStarts ?? computeLineStarts(text));
  const messages = findings.map((f) => toMessage(f, lineStarts, bom, detail.suggestions === true));
  const report: FileReport = {
    filePath,
    messages,
    suppressedMessages: [],
    errorCount: 0,
    fatalErrorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  };
  for (const m of messages) {
    if (m.severity === 2) {
      report.errorCount++;
      if (m.fix) report.fixableErrorCount++;
    } else {
      report.warningCount++;
      if (m.fix) report.fixableWarningCount++;
    }
  }
  if (!detail.full) return report;
  // Unlike ESLint, the text is not echoed as `source`: the file is on disk, and the echo made a
  // report ~40% larger (and a CI run that much slower to write and to read back).
  if (fixed) report.output = stripBom(text);
  return { ...report, messages: [], output: undefined, serialized: Buffer.from(JSON.stringify(report), 'utf8') };
}

function toMessage(f: Finding, lineStarts: number[], bom: number, withSuggestions: boolean): EslintMessage {
  const start = offsetToPosition(lineStarts, f.span.start);
  const end = offsetToPosition(lineStarts, f.span.end);
  const message: EslintMessage = {
    ruleId: f.ruleId,
    severity: f.severity === 'error' ? 2 : 1,
    message: f.message,
    line: start.line + 1,
    column: columnOf(start, bom),
    endLine: end.line + 1,
    endColumn: columnOf(end, bom),
  };
  if (f.fix) message.fix = toFix(f.fix, bom);
  if (withSuggestions && f.suggestions.length > 0) message.suggestions = f.suggestions.map((s) => ({ desc: s.title, fix: toFix(s.fix, bom) }));
  return message;
}

/** 1-based column; on the first line a BOM is not a column. */
function columnOf(pos: { line: number; character: number }, bom: number): number {
  return (pos.line === 0 ? Math.max(0, pos.character - bom) : pos.character) + 1;
}

function toFix(fix: Fix, bom: number): EslintFix {
  return { range: [Math.max(0, fix.span.start - bom), Math.max(0, fix.span.end - bom)], text: fix.text };
}

function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** Totals over every file, for summaries, exit codes and --max-warnings. */
export function totals(reports: readonly FileReport[]) {
  const sum = { errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  for (const r of reports) {
    sum.errorCount += r.errorCount;
    sum.warningCount += r.warningCount;
    sum.fixableErrorCount += r.fixableErrorCount;
    sum.fixableWarningCount += r.fixableWarningCount;
  }
  return sum;
}

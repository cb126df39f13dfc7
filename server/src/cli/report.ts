// The CLI's result model, in ESLint's JSON shape, so tools that read ESLint output read ours.
// Positions follow ESLint and editors: a leading BOM is not counted (not in columns or ranges, nor in `output`).
import { computeLineStarts, lineOfOffsetFrom, offsetToPosition, type Finding, type Fix, type SuppressedFinding, type Suppression } from '../engine/index.js';
import { JsonBytes, PieceCache, utf8 } from './json-bytes.js';

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
  /** In `suppressedMessages` only: the directive that silenced it and its reason (ESLint's shape). */
  suppressions?: Suppression[];
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
   * For --format json: this report as UTF-8 JSON, made as soon as the file is linted (written as bytes
   * directly for a plain run, see writtenReport); messages and output are then dropped. Short-lived
   * objects cost the garbage collector far less on big runs (~12% CPU), and bytes live outside the
   * JavaScript heap, where the collector never copies them.
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
export function fileReport(
  filePath: string,
  text: string,
  findings: readonly Finding[],
  detail: ReportDetail,
  fixed = false,
  knownLineStarts?: number[],
  suppressed: readonly SuppressedFinding[] = [],
): FileReport {
  const bom = text.startsWith(BOM) ? 1 : 0;
  const lineStarts = findings.length === 0 && suppressed.length === 0 ? [0] : (knownLineStarts ?? computeLineStarts(text));
  // Silenced findings are rare: the byte writer covers only reports without them.
  if (detail.full && !detail.suggestions && !fixed && suppressed.length === 0) return writtenReport(filePath, findings, lineStarts, bom);
  const report = emptyReport(filePath);
  report.messages = findings.map((f) => toMessage(f, lineStarts, bom, detail.suggestions === true));
  report.suppressedMessages = suppressed.map((f) => ({ ...toMessage(f, lineStarts, bom, false), suppressions: f.suppressions }));
  for (const m of report.messages) count(report, m.severity === 2, m.fix !== undefined);
  if (!detail.full) return report;
  // Unlike ESLint, the text is not echoed as `source`: the file is on disk, and the echo made a
  // report ~40% larger (and a CI run that much slower to write and to read back).
  if (fixed) report.output = stripBom(text);
  return { ...report, messages: [], output: undefined, serialized: Buffer.from(JSON.stringify(report), 'utf8') };
}

/** A report with no messages and every count at zero, its keys in ESLint's order (the JSON writer follows it). */
function emptyReport(filePath: string): FileReport {
  return {
    filePath,
    messages: [],
    suppressedMessages: [],
    errorCount: 0,
    fatalErrorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  };
}

type Counts = Pick<FileReport, 'errorCount' | 'warningCount' | 'fixableErrorCount' | 'fixableWarningCount'>;

function count(counts: Counts, error: boolean, fixable: boolean): void {
  if (error) {
    counts.errorCount++;
    if (fixable) counts.fixableErrorCount++;
  } else {
    counts.warningCount++;
    if (fixable) counts.fixableWarningCount++;
  }
}

const WRITER = new JsonBytes();

/** A message's opening up to its line number, per rule and severity: `{"ruleId":…,"severity":…,"message":…,"line":`. */
const HEADS = new Map<string, [PieceCache, PieceCache]>();

function headOf(f: Finding): Uint8Array {
  let caches = HEADS.get(f.ruleId);
  if (!caches) {
    const ruleId = JSON.stringify(f.ruleId);
    const opening = (severity: 1 | 2) => (message: string) => `{"ruleId":${ruleId},"severity":${severity},"message":${JSON.stringify(message)},"line":`;
    caches = [new PieceCache(opening(1)), new PieceCache(opening(2))];
    HEADS.set(f.ruleId, caches);
  }
  return caches[f.severity === 'error' ? 1 : 0].get(f.message);
}

/** A fix's text with what closes the message: `],"text":…}}`. */
const FIX_TEXTS = new PieceCache((text) => `],"text":${JSON.stringify(text)}}}`);

const K = {
  comma: utf8(','),
  column: utf8(',"column":'),
  endLine: utf8(',"endLine":'),
  endColumn: utf8(',"endColumn":'),
  fix: utf8(',"fix":{"range":['),
  close: utf8('}'),
  errorCount: utf8('],"suppressedMessages":[],"errorCount":'),
  warningCount: utf8(',"fatalErrorCount":0,"warningCount":'),
  fixableErrors: utf8(',"fixableErrorCount":'),
  fixableWarnings: utf8(',"fixableWarningCount":'),
  end: utf8(',"usedDeprecatedRules":[]}'),
};

/**
 * The report of a plain `--format json` run, written as bytes the way JSON.stringify writes the
 * report object (a test holds the two equal): no object per message, no string per report. Each
 * rule's message openings and fix texts are encoded once; a 5.9 MB run repeats them ~50,000 times.
 */
function writtenReport(filePath: string, findings: readonly Finding[], lineStarts: number[], bom: number): FileReport {
  const w = WRITER;
  w.reset();
  w.piece(utf8(`{"filePath":${JSON.stringify(filePath)},"messages":[`));
  const report = emptyReport(filePath);
  // Findings come sorted by position: each one's lines are found from the one before.
  let line = 0;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    count(report, f.severity === 'error', f.fix !== undefined);
    line = lineOfOffsetFrom(lineStarts, f.span.start, line);
    const endLine = lineOfOffsetFrom(lineStarts, f.span.end, line);
    if (i > 0) w.short(K.comma);
    w.piece(headOf(f))
      .int(line + 1)
      .short(K.column)
      .int(column(line, f.span.start - lineStarts[line], bom));
    w.short(K.endLine)
      .int(endLine + 1)
      .short(K.endColumn)
      .int(column(endLine, f.span.end - lineStarts[endLine], bom));
    if (f.fix) {
      w.short(K.fix).int(withoutBom(f.fix.span.start, bom)).short(K.comma).int(withoutBom(f.fix.span.end, bom));
      w.piece(FIX_TEXTS.get(f.fix.text));
    } else {
      w.short(K.close);
    }
  }
  w.short(K.errorCount).int(report.errorCount).short(K.warningCount).int(report.warningCount);
  w.short(K.fixableErrors).int(report.fixableErrorCount).short(K.fixableWarnings).int(report.fixableWarningCount).short(K.end);
  report.serialized = w.take();
  return report;
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
  return column(pos.line, pos.character, bom);
}

function column(line: number, character: number, bom: number): number {
  return (line === 0 ? Math.max(0, character - bom) : character) + 1;
}

function toFix(fix: Fix, bom: number): EslintFix {
  return { range: [withoutBom(fix.span.start, bom), withoutBom(fix.span.end, bom)], text: fix.text };
}

/** An offset into the text as ESLint counts it, without a leading BOM. */
function withoutBom(offset: number, bom: number): number {
  return Math.max(0, offset - bom);
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

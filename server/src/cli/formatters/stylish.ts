// ESLint's "stylish" output: findings grouped under each file, aligned columns, a summary line; colors on request.
import type { FormatContext } from './context.js';
import { displayPath } from './paths.js';
import { totals, type FileReport } from '../report.js';

type Paint = (text: string) => string;
interface Palette {
  underline: Paint;
  red: Paint;
  yellow: Paint;
  dim: Paint;
  bold: Paint;
}

const ansi =
  (open: number, close: number): Paint =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`;
const COLORS: Palette = { underline: ansi(4, 24), red: ansi(31, 39), yellow: ansi(33, 39), dim: ansi(2, 22), bold: ansi(1, 22) };
const plain: Paint = (text) => text;
const NO_COLORS: Palette = { underline: plain, red: plain, yellow: plain, dim: plain, bold: plain };

/** The stylish report; empty when there is nothing to report, as in ESLint. */
export function formatStylish(reports: readonly FileReport[], context: FormatContext): string {
  const c = context.color ? COLORS : NO_COLORS;
  const sum = totals(reports);
  const problems = sum.errorCount + sum.warningCount;
  if (problems === 0) return '';
  let out = '\n';
  for (const report of reports) {
    if (report.messages.length === 0) continue;
    out += c.underline(displayPath(report.filePath, context.cwd)) + '\n';
    const rows = report.messages.map((m) => ({
      line: String(m.line),
      column: String(m.column),
      type: m.severity === 2 ? 'error' : 'warning',
      message: m.message.replace(/([^ ])\.$/u, '$1'),
      ruleId: m.ruleId,
    }));
    const width = (key: keyof (typeof rows)[number]) => Math.max(...rows.map((r) => r[key].length));
    const [wLine, wColumn, wType, wMessage] = [width('line'), width('column'), width('type'), width('message')];
    for (const r of rows) {
      const position = c.dim(`${r.line.padStart(wLine)}:${r.column}`) + ' '.repeat(wColumn - r.column.length);
      const type = (r.type === 'error' ? c.red : c.yellow)(r.type) + ' '.repeat(wType - r.type.length);
      out += `  ${position}  ${type}  ${r.message.padEnd(wMessage)}  ${c.dim(r.ruleId)}\n`;
    }
    out += '\n';
  }
  const summaryColor = sum.errorCount > 0 ? c.red : c.yellow;
  const summary = (text: string) => summaryColor(c.bold(text)) + '\n';
  out += summary(`\u2716 ${problems} ${plural('problem', problems)} (${sum.errorCount} ${plural('error', sum.errorCount)}, ${sum.warningCount} ${plural('warning', sum.warningCount)})`);
  if (sum.fixableErrorCount + sum.fixableWarningCount > 0) {
    out += summary(
      `  ${sum.fixableErrorCount} ${plural('error', sum.fixableErrorCount)} and ${sum.fixableWarningCount} ${plural('warning', sum.fixableWarningCount)} potentially fixable with the \`--fix\` option.`,
    );
  }
  return out;
}

function plural(word: string, count: number): string {
  return count === 1 ? word : `${word}s`;
}

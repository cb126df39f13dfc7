// GitHub Actions workflow commands: one `::warning`/`::error` annotation per finding.
import type { FormatContext } from './context.js';
import { displayPath } from './paths.js';
import type { FileReport } from '../report.js';

/** One annotation line per message, e.g. `::warning file=a.scenario,line=2,col=8,…,title=policy-apology::…`. */
export function formatGithub(reports: readonly FileReport[], context: FormatContext): string {
  const lines: string[] = [];
  for (const report of reports) {
    const file = escapeProperty(displayPath(report.filePath, context.cwd));
    for (const m of report.messages) {
      const command = m.severity === 2 ? 'error' : 'warning';
      const props = `file=${file},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn},title=${escapeProperty(m.ruleId)}`;
      lines.push(`::${command} ${props}::${escapeData(m.message)}`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

/** Escaping of a command's message, as @actions/core does it. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a property value: also `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

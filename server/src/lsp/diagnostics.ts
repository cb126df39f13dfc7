// Findings → LSP diagnostics: code = rule ID, a docs link, related lines and the path through the script.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { spanToRange, type Finding, type LintResult, type ScriptDocument } from '../engine/index.js';
import { DIAGNOSTIC_SOURCE } from './protocol.js';

/** At most this many diagnostics per file: beyond it an editor slows down and nobody reads them. */
export const MAX_DIAGNOSTICS_PER_FILE = 1000;

const INTERNAL_ERROR_DOCS = 'https://github.com/empathy-lint/empathy-lint/issues';

/** The diagnostics of one lint, capped. */
export function toDiagnostics(result: LintResult, uri: string): Diagnostic[] {
  return result.findings.slice(0, MAX_DIAGNOSTICS_PER_FILE).map((f) => toDiagnostic(f, result.document, uri));
}

export function toDiagnostic(finding: Finding, document: ScriptDocument, uri: string): Diagnostic {
  const related: DiagnosticRelatedInformation[] = finding.related.map((r) => ({
    location: { uri, range: spanToRange(document.lineStarts, r.span) },
    message: r.message,
  }));
  const pathNote = pathInformation(finding, document, uri);
  if (pathNote) related.push(pathNote);
  return {
    range: spanToRange(document.lineStarts, finding.span),
    severity: finding.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: finding.ruleId,
    codeDescription: { href: finding.docsUrl },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
  };
}

/** "Reached by opening → de-escalate", pointing at the start section, when the script branches. */
function pathInformation(finding: Finding, document: ScriptDocument, uri: string): DiagnosticRelatedInformation | null {
  if (!finding.path || finding.path.length < 2) return null;
  const start = document.sections.find((s) => s.name === finding.path![0]);
  if (!start) return null;
  return {
    location: { uri, range: spanToRange(document.lineStarts, start.nameSpan) },
    message: `Reached by the path ${finding.path.join(' → ')}`,
  };
}

/** The one diagnostic shown when linting a document failed unexpectedly. */
export function internalErrorDiagnostic(error: unknown): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    code: 'internal-error',
    codeDescription: { href: INTERNAL_ERROR_DOCS },
    source: DIAGNOSTIC_SOURCE,
    message: `empathy-lint could not lint this file (internal error: ${reason}). The output log has details.`,
  };
}

/** Error and warning counts of a lint, for the status bar. */
export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}

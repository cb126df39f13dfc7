// Findings → LSP diagnostics: code = rule ID, a docs link, related lines; the path through the script is in the message.
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { spanToRange } from '../engine/text.js';
import type { Finding, LintResult, ScriptDocument, Section } from '../engine/types.js';
import { DIAGNOSTIC_SOURCE } from '../../../shared/protocol.js';

/** At most this many diagnostics per file: beyond it an editor slows down and nobody reads them. */
export const MAX_DIAGNOSTICS_PER_FILE = 1000;

const INTERNAL_ERROR_DOCS = 'https://github.com/empathy-lint/empathy-lint/issues';

/** A document's last lint as diagnostics were made of it: its findings shown, and their diagnostics. */
export interface PreviousDiagnostics {
  findings: readonly Finding[];
  diagnostics: readonly Diagnostic[];
}

/**
 * The diagnostics of one lint, capped. Where `previous` (the document's last lint) has the same
 * finding object at the same place, or a diagnostic that says the same at that place counted from
 * the start or from the end, that diagnostic is taken over: an edit changes a few diagnostics, and
 * the rest are then made once, not again on every keystroke only to be held until the next one. (A
 * lint resumed after an edit shares its findings before the change with the lint before it, and
 * text before the change has the same lines.)
 */
export function toDiagnostics(result: LintResult, uri: string, previous: PreviousDiagnostics = NO_PREVIOUS): Diagnostic[] {
  const unreachable = unreachableSections(result.document);
  const count = Math.min(result.findings.length, MAX_DIAGNOSTICS_PER_FILE);
  const held = previous.diagnostics;
  const fromEnd = held.length - count;
  const diagnostics: Diagnostic[] = [];
  for (let i = 0; i < count; i++) {
    const finding = result.findings[i];
    if (previous.findings[i] === finding && held[i]) {
      diagnostics.push(held[i]);
      continue;
    }
    const made = toDiagnostic(finding, result.document, uri, unreachable);
    diagnostics.push(sameAt(held, i, made) ?? sameAt(held, fromEnd + i, made) ?? made);
  }
  return diagnostics;
}

const NO_PREVIOUS: PreviousDiagnostics = { findings: [], diagnostics: [] };

/** The diagnostic at `index` of `list` when it says the same as `made`. */
function sameAt(list: readonly Diagnostic[], index: number, made: Diagnostic): Diagnostic | undefined {
  const held = list[index];
  return held && sameDiagnostic(held, made) ? held : undefined;
}

/** One finding as a diagnostic; also used by code actions when the client sent none. */
export function toDiagnostic(finding: Finding, document: ScriptDocument, uri: string, unreachable: ReadonlySet<Section> = new Set()): Diagnostic {
  const related: DiagnosticRelatedInformation[] = finding.related.map((r) => ({
    location: { uri, range: spanToRange(document.lineStarts, r.span) },
    message: r.message,
  }));
  return {
    range: spanToRange(document.lineStarts, finding.span),
    severity: finding.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: finding.ruleId,
    codeDescription: { href: finding.docsUrl },
    source: DIAGNOSTIC_SOURCE,
    message: messageWithPath(finding),
    ...(related.length > 0 ? { relatedInformation: related } : {}),
    // An unused directive is dead text, as an unreachable section is: the editor fades it.
    ...(finding.ruleId === 'unused-directive' || flagsUnreachableSection(finding, unreachable) ? { tags: [DiagnosticTag.Unnecessary] } : {}),
  };
}

/** A structure finding on the name of a section no path reaches: the editor fades the section out. */
function flagsUnreachableSection(finding: Finding, unreachable: ReadonlySet<Section>): boolean {
  if (finding.ruleId !== 'script-structure') return false;
  for (const s of unreachable) if (s.nameSpan.start === finding.span.start && s.nameSpan.end === finding.span.end) return true;
  return false;
}

/** Named sections that no chain of choices and jumps from the start section reaches. */
function unreachableSections(document: ScriptDocument): Set<Section> {
  if (!document.hasSections || document.sections.length === 0) return new Set();
  const byName = new Map<string, Section>();
  for (const s of document.sections) if (s.name && !byName.has(s.name)) byName.set(s.name, s);
  const reached = new Set<Section>([document.sections[0]]);
  const queue = [document.sections[0]];
  while (queue.length > 0) {
    for (const item of queue.pop()!.items) {
      const next = item.kind === 'choice' || item.kind === 'jump' ? byName.get(item.target) : undefined;
      if (next && !reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  return new Set(document.sections.filter((s) => s.name && !reached.has(s)));
}

/**
 * The message, naming the path through a branching script when it does not already (the walker's
 * messages do): the path is read where the finding is, not in a related row pointing at a header.
 */
function messageWithPath(finding: Finding): string {
  if (!finding.path || finding.path.length < 2 || finding.message.includes('(path: ')) return finding.message;
  return `${finding.message} (path: ${finding.path.join(' -> ')})`;
}

/** True when two lists of diagnostics (as this server makes them) say the same, field by field: far cheaper than a generic deep compare. */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameDiagnostic(a[i], b[i])) return false;
  return true;
}

/**
 * New diagnostics as a change to ones the receiver holds: how many at the start and at the end are
 * unchanged, and the ones between. An edit usually changes the diagnostics of one line, so the change
 * is a handful of diagnostics where the whole list is hundreds.
 */
export interface DiagnosticsChange {
  keepStart: number;
  keepEnd: number;
  middle: Diagnostic[];
}

/** The change from `held` to `next`. */
export function diagnosticsChange(held: readonly Diagnostic[], next: Diagnostic[]): DiagnosticsChange {
  const shorter = Math.min(held.length, next.length);
  let keepStart = 0;
  while (keepStart < shorter && sameDiagnostic(held[keepStart], next[keepStart])) keepStart++;
  let keepEnd = 0;
  while (keepEnd < shorter - keepStart && sameDiagnostic(held[held.length - 1 - keepEnd], next[next.length - 1 - keepEnd])) keepEnd++;
  return { keepStart, keepEnd, middle: next.slice(keepStart, next.length - keepEnd) };
}

/** The diagnostics a change makes of the held ones (the held list itself when nothing changed). */
export function applyDiagnosticsChange(held: Diagnostic[], change: DiagnosticsChange): Diagnostic[] {
  const { keepStart, keepEnd, middle } = change;
  if (middle.length === 0 && keepStart + keepEnd === held.length) return held;
  return [...held.slice(0, keepStart), ...middle, ...held.slice(held.length - keepEnd)];
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  if (a === b) return true;
  if (a.message !== b.message || a.code !== b.code || a.severity !== b.severity || a.source !== b.source) return false;
  if (!sameRange(a.range, b.range) || a.codeDescription?.href !== b.codeDescription?.href || String(a.tags) !== String(b.tags)) return false;
  const ra = a.relatedInformation ?? [];
  const rb = b.relatedInformation ?? [];
  if (ra.length !== rb.length) return false;
  return ra.every((r, i) => r.message === rb[i].message && r.location.uri === rb[i].location.uri && sameRange(r.location.range, rb[i].location.range));
}

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
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

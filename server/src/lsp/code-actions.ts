// Code actions: the finding's rewrites that lint clean in place as quick fixes (titled with the whole
// new line, the best preferred), disable comments,
// and fix-all (`source.fixAll.empathy-lint`, also offered in the quick-fix list).
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import { fixText, positionToOffset, rewritesOf, spanToRange, type Finding, type Fix, type ScriptDocument } from '../engine/index.js';
import { toDiagnostic } from './diagnostics.js';
import { diffEdits, disableForFileEdit, disableForLineEdits, workspaceEdit } from './edits.js';
import type { CodeActionOptions } from './lint-protocol.js';
import type { LintedWithFindings } from './lint-protocol.js';
import { DIAGNOSTIC_SOURCE, FIX_ALL_KIND } from '../../../shared/protocol.js';

/** Rewrites offered per finding; more would bury the good ones. */
const MAX_SUGGESTIONS = 5;

export type { CodeActionOptions };

/** Findings about directives themselves: disabling them with another directive would be circular. */
const DIRECTIVE_FINDINGS: ReadonlySet<string> = new Set(['unused-directive', 'directive-reason']);

/** Every action for the requested range and kinds. */
export function codeActions(linted: LintedWithFindings, params: CodeActionParams, options: CodeActionOptions): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  const doc = linted.document;
  const edit = (fix: Fix) => workspaceEdit(linted.uri, linted.version, [{ range: spanToRange(doc.lineStarts, fix.span), newText: fix.text }], options.documentChanges);
  if (wants(CodeActionKind.QuickFix)) {
    const disabledInFile = new Set<string>();
    for (const finding of findingsIn(linted, params)) {
      const diagnostic = matchingDiagnostic(params.context.diagnostics, finding) ?? toDiagnostic(finding, doc, linted.uri);
      for (const { title, fix, preferred } of rewrites(linted, finding)) {
        actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: preferred || undefined, edit: edit(fix) });
      }
      // a `//` comment inside YAML front matter would break it, and nothing after it disables it
      if (inFrontMatter(doc, finding) || DIRECTIVE_FINDINGS.has(finding.ruleId)) continue;
      actions.push({
        title: `Disable ${finding.ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: workspaceEdit(linted.uri, linted.version, disableForLineEdits(doc, finding, options.documentChanges && options.snippetEdits === true), options.documentChanges),
      });
      if (!disabledInFile.has(finding.ruleId)) {
        disabledInFile.add(finding.ruleId);
        actions.push({
          title: `Disable ${finding.ruleId} in this file`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: workspaceEdit(linted.uri, linted.version, [disableForFileEdit(doc, finding.ruleId)], options.documentChanges),
        });
      }
    }
  }
  // asked for explicitly (on save, "Fix all" command) it is a source action; beside quick fixes, one of them
  const fixAllKind = only && wants(FIX_ALL_KIND) ? FIX_ALL_KIND : actions.length > 0 ? CodeActionKind.QuickFix : null;
  if (fixAllKind && linted.result.findings.some((f) => f.fix)) {
    const all = fixAllAction(linted, options);
    if (all) actions.push({ ...all, kind: fixAllKind });
  }
  return actions;
}

/** Fixed text per lint: the lightbulb asks on every cursor move, and fix-all lints up to ten times. */
const fixedTexts = new WeakMap<LintedWithFindings, { output: string; fixed: number }>();

/** The fix-all action for the document, or null when nothing would change. */
export function fixAllAction(linted: LintedWithFindings, options: CodeActionOptions): CodeAction | null {
  let result = fixedTexts.get(linted);
  if (!result) fixedTexts.set(linted, (result = fixText(linted.text, { config: linted.config })));
  const { output, fixed } = result;
  if (fixed === 0 || output === linted.text) return null;
  const edits = diffEdits(linted.text, output, linted.document.lineStarts);
  return { title: `Fix all auto-fixable ${DIAGNOSTIC_SOURCE} problems`, kind: FIX_ALL_KIND, edit: workspaceEdit(linted.uri, linted.version, edits, options.documentChanges) };
}

/**
 * The finding's rewrites that lint clean in place, best first, each titled with the whole line it
 * leaves; the first is preferred. None that was not checked is offered.
 */
function rewrites(linted: LintedWithFindings, finding: Finding): { title: string; fix: Fix; preferred: boolean }[] {
  return rewritesOf(linted.result, { config: linted.config })
    .offered(finding)
    .slice(0, MAX_SUGGESTIONS)
    .map((r, i) => ({ title: r.title, fix: r.fix, preferred: i === 0 }));
}

/** Findings whose span touches the requested range. */
function findingsIn(linted: LintedWithFindings, params: CodeActionParams): Finding[] {
  const { lineStarts, text } = linted.document;
  const start = positionToOffset(lineStarts, text, params.range.start);
  const end = positionToOffset(lineStarts, text, params.range.end);
  return linted.result.findings.filter((f) => f.span.start <= end && start <= f.span.end);
}

/** The client's own diagnostic object for a finding, so the editor links the fix to it. */
function matchingDiagnostic(diagnostics: readonly Diagnostic[], finding: Finding): Diagnostic | undefined {
  return diagnostics.find((d) => d.source === DIAGNOSTIC_SOURCE && d.code === finding.ruleId && d.message === finding.message);
}

/** Findings about the front matter itself (inside it, or its unclosed opening fence). */
function inFrontMatter(doc: ScriptDocument, finding: Finding): boolean {
  if (finding.ruleId === 'front-matter') return true;
  return !!doc.frontMatter && finding.span.start < doc.frontMatter.span.end;
}

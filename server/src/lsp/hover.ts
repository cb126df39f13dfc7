// Hover: on a flagged span, the rule, why it matters and better phrasings; on a `-> target`,
// the first lines of the section it leads to.
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { lineOfOffset, ruleMeta, spanToRange, type Finding, type ScriptDocument } from '../engine/index.js';
import { sectionRefAt } from './sections.js';

/** Better phrasings shown per finding. */
const MAX_HOVER_SUGGESTIONS = 3;
/** Lines of a target section shown on a jump. */
const TARGET_PREVIEW_LINES = 6;

/** The hover at an offset: findings there first, else a jump or choice target. */
export function hoverAt(doc: ScriptDocument, findings: readonly Finding[], offset: number): Hover | null {
  const flagged = findings.filter((f) => f.span.start <= offset && offset <= f.span.end);
  if (flagged.length > 0) {
    const tightest = flagged.reduce((a, b) => (b.span.end - b.span.start < a.span.end - a.span.start ? b : a));
    return { contents: { kind: MarkupKind.Markdown, value: flagged.map(findingMarkdown).join('\n\n---\n\n') }, range: spanToRange(doc.lineStarts, tightest.span) };
  }
  const ref = sectionRefAt(doc, offset);
  if (ref?.section && ref.span !== ref.section.nameSpan) {
    return { contents: { kind: MarkupKind.Markdown, value: sectionPreview(doc, ref.name, ref.section.headerSpan.start, ref.section.span.end) }, range: spanToRange(doc.lineStarts, ref.span) };
  }
  return null;
}

/** One finding as Markdown: rule, message, why, better phrasings, path. */
function findingMarkdown(finding: Finding): string {
  const meta = ruleMeta(finding.ruleId);
  // the message too: not every client shows diagnostics in its hover (Neovim's `K` does not)
  const lines = [`**empathy-lint** \`${finding.ruleId}\` (${finding.severity}): ${escapeMarkdown(finding.message)}`];
  if (meta) lines.push('', `*Why:* ${escapeMarkdown(meta.description)} [Read the rule](${finding.docsUrl})`);
  const better = finding.suggestions.slice(0, MAX_HOVER_SUGGESTIONS);
  if (better.length > 0) lines.push('', '*Better phrasings:*', ...better.map((s) => `- ${escapeMarkdown(s.title)}`));
  if (finding.path && finding.path.length > 1) lines.push('', `*On the path:* ${finding.path.map(escapeMarkdown).join(' → ')}`);
  return lines.join('\n');
}

/** The first lines of a section, as a code block. */
function sectionPreview(doc: ScriptDocument, name: string, start: number, end: number): string {
  const first = lineOfOffset(doc.lineStarts, start);
  const last = Math.min(lineOfOffset(doc.lineStarts, end), first + TARGET_PREVIEW_LINES - 1);
  const lineEnd = last + 1 < doc.lineStarts.length ? doc.lineStarts[last + 1] : doc.text.length;
  const body = doc.text.slice(doc.lineStarts[first], lineEnd).replace(/\r\n?/g, '\n').trimEnd().replace(/`{3,}/g, '``');
  const more = lineOfOffset(doc.lineStarts, end) > last ? '\n…' : '';
  return `**Section** \`${name.replace(/`/g, '')}\`\n\n\`\`\`scenario\n${body}${more}\n\`\`\``;
}

/** Script text shown literally in Markdown. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

// Hover: on a flagged span, what the diagnostic does not already say (why it matters, the whole
// better lines, a way to the rule's page); on a `-> target`, the first lines of the section it leads to.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { lineOfOffset, ruleMeta, spanToRange, type Finding, type ScriptDocument } from '../engine/index.js';
import { SHOW_RULE_DOCS_COMMAND } from '../../../shared/protocol.js';
import type { HoverOptions } from './lint-protocol.js';
import { sectionRefAt } from './sections.js';

/** Better phrasings shown per finding: all the engine offers, up to this many. */
const MAX_HOVER_SUGGESTIONS = 5;
/** Lines of a target section shown on a jump. */
const TARGET_PREVIEW_LINES = 6;
/** The "why" taken from a rule's page is cut at a sentence end near this length. */
const MAX_WHY_CHARS = 320;

export type { HoverOptions };

const DEFAULT_HOVER_OPTIONS: HoverOptions = { repeatMessage: true, commandLinks: false };

/** The hover at an offset: findings there first, else a jump or choice target. */
export function hoverAt(doc: ScriptDocument, findings: readonly Finding[], offset: number, options: HoverOptions = DEFAULT_HOVER_OPTIONS): Hover | null {
  const flagged = findings.filter((f) => f.span.start <= offset && offset <= f.span.end);
  if (flagged.length > 0) {
    const tightest = flagged.reduce((a, b) => (b.span.end - b.span.start < a.span.end - a.span.start ? b : a));
    const value = flagged.map((f) => findingMarkdown(doc, f, options)).join('\n\n---\n\n');
    return { contents: { kind: MarkupKind.Markdown, value }, range: spanToRange(doc.lineStarts, tightest.span) };
  }
  const ref = sectionRefAt(doc, offset);
  if (ref?.section && ref.span !== ref.section.nameSpan) {
    return { contents: { kind: MarkupKind.Markdown, value: sectionPreview(doc, ref.name, ref.section.headerSpan.start, ref.section.span.end) }, range: spanToRange(doc.lineStarts, ref.span) };
  }
  return null;
}

/** One finding as Markdown: (the message, where the client does not show it,) why it matters, the better lines in full, the rule's page. */
function findingMarkdown(doc: ScriptDocument, finding: Finding, options: HoverOptions): string {
  const lines: string[] = [];
  if (options.repeatMessage) lines.push(`\`${finding.ruleId}\`: ${escapeMarkdown(finding.message)}`, '');
  const why = whyOf(finding.ruleId);
  if (why) lines.push(`**Why it matters.** ${why}`);
  const better = [...new Set(finding.suggestions.map((s) => lineAfter(doc, finding, s.fix)))].filter((l) => l.length > 0).slice(0, MAX_HOVER_SUGGESTIONS);
  if (better.length > 0) lines.push('', better.length === 1 ? '**Better phrasing**' : '**Better phrasings**', ...better.map((l) => `- ${escapeMarkdown(l)}`));
  const link = options.commandLinks ? `command:${SHOW_RULE_DOCS_COMMAND}?${encodeURIComponent(JSON.stringify([finding.ruleId]))}` : finding.docsUrl;
  lines.push('', `[Show documentation for \`${finding.ruleId}\`](${link})`);
  return lines.join('\n');
}

/** The agent's words after a rewrite: the flagged line with the fix applied, without its speaker label. */
function lineAfter(doc: ScriptDocument, finding: Finding, fix: { span: { start: number; end: number }; text: string }): string {
  const line = lineOfOffset(doc.lineStarts, finding.span.start);
  const start = doc.lineStarts[line];
  const end = line + 1 < doc.lineStarts.length ? doc.lineStarts[line + 1] : doc.text.length;
  // a fix reaching outside the flagged line is shown as its own text
  if (fix.span.start < start || fix.span.end > end) return fix.text.trim();
  const rewritten = doc.text.slice(start, fix.span.start) + fix.text + doc.text.slice(fix.span.end, end);
  return rewritten
    .replace(/\r?\n$/, '')
    .replace(/^[ \t]*\p{L}[\p{L}\p{N} ._'-]{0,39}?[ \t]*:[ \t]*/u, '')
    .trim();
}

const WHY_CACHE = new Map<string, string>();

/** Why the rule matters: the first paragraph of its page's "## Why" section (the page ships with the server), else its one-line description. */
export function whyOf(ruleId: string): string {
  const cached = WHY_CACHE.get(ruleId);
  if (cached !== undefined) return cached;
  let why = '';
  for (const dir of docsDirs()) {
    try {
      why = firstWhyParagraph(readFileSync(join(dir, `${ruleId}.md`), 'utf8'));
      if (why) break;
    } catch {
      // not in this folder
    }
  }
  if (!why) why = escapeMarkdown(ruleMeta(ruleId)?.description ?? '');
  if (WHY_CACHE.size < 64) WHY_CACHE.set(ruleId, why);
  return why;
}

/** Where the rule pages are: beside the bundle (dist/../docs/rules, as in the .vsix), else the working folder's. */
function docsDirs(): string[] {
  const dirs: string[] = [];
  if (typeof __dirname === 'string') dirs.push(join(__dirname, '..', 'docs', 'rules'));
  dirs.push(join(process.cwd(), 'docs', 'rules'));
  return dirs;
}

/** The first paragraph under "## Why", on one line, cut at a sentence end when long. */
export function firstWhyParagraph(page: string): string {
  const match = /^## Why[^\n]*\n+([\s\S]*?)(?:\n[ \t]*\n|\n#|(?![\s\S]))/m.exec(page.replace(/\r\n?/g, '\n'));
  if (!match) return '';
  // links in the page are relative to it: in a hover they keep their words only
  const paragraph = match[1]
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim();
  if (paragraph.length <= MAX_WHY_CHARS) return paragraph;
  const cut = paragraph.slice(0, MAX_WHY_CHARS);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('." '));
  return end > 80 ? cut.slice(0, end + (cut[end + 1] === '"' ? 2 : 1)) : `${cut.trimEnd()}…`;
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

// The outline of a script: sections with their turns as document symbols, and folding ranges.
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver';
import { lineOfOffset, spanToRange } from '../engine/text.js';
import type { ScriptDocument, Section, Turn } from '../engine/types.js';

/** Characters of a turn shown in the outline. */
const TURN_PREVIEW_LENGTH = 60;

/** Front matter, then sections with their turns (turns at top level in a linear file). */
export function documentSymbols(doc: ScriptDocument): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  if (doc.frontMatter) {
    const range = spanToRange(doc.lineStarts, doc.frontMatter.span);
    symbols.push({ name: doc.frontMatter.title ?? 'front matter', detail: doc.frontMatter.situation, kind: SymbolKind.Object, range, selectionRange: range });
  }
  for (const section of doc.sections) {
    const turns = section.items.filter((i): i is Turn => i.kind === 'turn').map((t) => turnSymbol(doc, t));
    if (!section.name) symbols.push(...turns);
    else symbols.push(sectionSymbol(doc, section, turns));
  }
  return symbols;
}

/** A section symbol selecting its name. */
function sectionSymbol(doc: ScriptDocument, section: Section, children: DocumentSymbol[]): DocumentSymbol {
  return {
    name: section.name,
    kind: SymbolKind.Namespace,
    range: spanToRange(doc.lineStarts, section.span),
    selectionRange: spanToRange(doc.lineStarts, section.nameSpan),
    children,
  };
}

/** A turn symbol named by its speaker and first words. */
function turnSymbol(doc: ScriptDocument, turn: Turn): DocumentSymbol {
  const oneLine = turn.text.replace(/\s+/g, ' ').trim();
  const preview = oneLine.length > TURN_PREVIEW_LENGTH ? `${oneLine.slice(0, TURN_PREVIEW_LENGTH - 1)}…` : oneLine;
  return {
    name: `${turn.speaker}: ${preview || '…'}`,
    kind: turn.role === 'agent' ? SymbolKind.Method : SymbolKind.Event,
    range: spanToRange(doc.lineStarts, turn.span),
    selectionRange: spanToRange(doc.lineStarts, turn.speakerSpan),
  };
}

/** Front matter, each section, and each turn spanning several lines. */
export function foldingRanges(doc: ScriptDocument): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const add = (start: number, end: number, kind?: FoldingRangeKind) => {
    const startLine = lineOfOffset(doc.lineStarts, start);
    const endLine = lineOfOffset(doc.lineStarts, Math.max(start, end - 1));
    if (endLine > startLine) ranges.push({ startLine, endLine, ...(kind ? { kind } : {}) });
  };
  if (doc.frontMatter) add(doc.frontMatter.span.start, doc.frontMatter.span.end, FoldingRangeKind.Region);
  for (const section of doc.sections) {
    if (section.name) add(section.headerSpan.start, section.span.end, FoldingRangeKind.Region);
    for (const item of section.items) if (item.kind === 'turn') add(item.span.start, item.span.end);
  }
  return ranges;
}

// A turn's text cut into pieces for display: plain text, `{placeholder}` tokens (filled with the
// customer's or agent's name where the front matter gives it), each marked with the findings whose span covers it.
import type { Span } from '../engine/index.js';

export interface FlagSpan {
  span: Span;
  /** The finding's id in the page. */
  id: string;
  severity: 'warn' | 'error';
}

interface PieceBase {
  /** Ids of the findings covering this piece. */
  flags: string[];
  severity?: 'warn' | 'error';
}

export interface PlainPiece extends PieceBase {
  kind: 'text';
  text: string;
}

export interface PlaceholderPiece extends PieceBase {
  kind: 'placeholder';
  /** The name inside the braces. */
  name: string;
  /** The name from the front matter, for placeholders that stand for one. */
  filled?: string;
}

export type TextPiece = PlainPiece | PlaceholderPiece;

/** The names a script's front matter may give (`customer:`, and `agent:` if the writer adds it). */
export interface ScriptNames {
  customer?: string;
  agent?: string;
}

const firstWord = (name: string | undefined) => name?.split(/\s+/)[0];

/** Placeholder names that stand for a person's name, and how to take it from the front matter. */
const NAME_FILLS: Record<string, (names: ScriptNames) => string | undefined> = {
  customer_name: (n) => n.customer,
  customer: (n) => n.customer,
  customer_first_name: (n) => firstWord(n.customer),
  first_name: (n) => firstWord(n.customer),
  agent_name: (n) => n.agent,
  agent: (n) => n.agent,
  agent_first_name: (n) => firstWord(n.agent),
};

/** Cuts `source[range]` into pieces; placeholders stay whole even when a flag starts inside one. */
export function textPieces(source: string, range: Span, placeholders: readonly Span[], flags: readonly FlagSpan[], names: ScriptNames = {}): TextPiece[] {
  const insidePlaceholder = (offset: number) => placeholders.some((p) => offset > p.start && offset < p.end);
  const cuts = new Set<number>([range.start, range.end]);
  for (const p of placeholders) cuts.add(p.start).add(p.end);
  for (const f of flags) {
    for (const offset of [f.span.start, f.span.end]) {
      if (offset > range.start && offset < range.end && !insidePlaceholder(offset)) cuts.add(offset);
    }
  }
  const sorted = [...cuts].filter((c) => c >= range.start && c <= range.end).sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [start, end] = [sorted[i], sorted[i + 1]];
    const covering = flags.filter((f) => f.span.start < end && f.span.end > start);
    const mark: PieceBase = { flags: covering.map((f) => f.id), severity: worst(covering) };
    const placeholder = placeholders.find((p) => p.start === start && p.end === end);
    if (placeholder) {
      const name = source.slice(start + 1, end - 1);
      pieces.push({ kind: 'placeholder', name, filled: NAME_FILLS[name.toLowerCase()]?.(names), ...mark });
      continue;
    }
    const text = foldBreaks(source.slice(start, end));
    const previous = pieces[pieces.length - 1];
    if (previous?.kind === 'text' && previous.flags.join() === mark.flags.join()) previous.text += text;
    else pieces.push({ kind: 'text', text, ...mark });
  }
  return pieces;
}

/** A turn's continuation lines read as one line: each break and its indentation becomes one space. */
export function foldBreaks(text: string): string {
  return text.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' ');
}

function worst(flags: readonly FlagSpan[]): 'warn' | 'error' | undefined {
  if (flags.length === 0) return undefined;
  return flags.some((f) => f.severity === 'error') ? 'error' : 'warn';
}

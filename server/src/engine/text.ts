// Offset <-> line/character conversion shared by every adapter.
import type { Position, Span } from './types.js';

/** Offsets of every line start; handles \n, \r\n and lone \r. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') < 0) {
    // The common case, searched natively: no carriage returns at all.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The 0-based line holding `offset` (binary search). */
export function lineOfOffset(lineStarts: number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The line holding `offset`, searched forward from line `from` (a line at or before it): positions
 * read in order (sorted findings) mostly sit on the same line or a few lines on. Falls back to the
 * binary search when `from` is past the offset or the line is far.
 */
export function lineOfOffsetFrom(lineStarts: number[], offset: number, from: number): number {
  if (from < 0 || from >= lineStarts.length || lineStarts[from] > offset) return lineOfOffset(lineStarts, offset);
  let line = from;
  for (let steps = 0; line + 1 < lineStarts.length && lineStarts[line + 1] <= offset; steps++) {
    if (steps === 8) return lineOfOffset(lineStarts, offset);
    line++;
  }
  return line;
}

export function offsetToPosition(lineStarts: number[], offset: number): Position {
  const line = lineOfOffset(lineStarts, offset);
  return { line, character: offset - lineStarts[line] };
}

export function positionToOffset(lineStarts: number[], text: string, pos: Position): number {
  if (pos.line >= lineStarts.length) return text.length;
  const start = lineStarts[Math.max(0, pos.line)];
  return Math.min(start + Math.max(0, pos.character), text.length);
}

export function spanToRange(lineStarts: number[], span: Span): { start: Position; end: Position } {
  return { start: offsetToPosition(lineStarts, span.start), end: offsetToPosition(lineStarts, span.end) };
}

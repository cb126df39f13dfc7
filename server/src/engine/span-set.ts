// The spans one rule has reported in a walk, so a turn reached on several paths reports once.

import type { Span } from './types.js';

/**
 * The spans one rule has reported, for telling a new span from one reported on another path. Keyed by
 * start, then end (numbers small enough to stay unboxed): reports are many, and a span key of
 * start * 2^26 + end was a boxed number hashed per report.
 */
export class SpanSet {
  private readonly endsByStart = new Map<number, number>();
  /** Further ends of a start that already has one (rare: two spans of one rule starting at the same character). */
  private readonly moreEnds = new Map<number, Set<number>>();

  /** Adds the span; false when it was there already. */
  add(span: Span): boolean {
    const end = this.endsByStart.get(span.start);
    if (end === undefined) {
      this.endsByStart.set(span.start, span.end);
      return true;
    }
    if (end === span.end) return false;
    let more = this.moreEnds.get(span.start);
    if (!more) this.moreEnds.set(span.start, (more = new Set()));
    if (more.has(span.end)) return false;
    more.add(span.end);
    return true;
  }
}

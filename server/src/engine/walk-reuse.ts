// The end of a resumed walk: once the walk after an edit reaches a checkpoint of the previous walk
// with the same path state, everything after it reads as it did, so the previous walk's findings and
// checkpoints from there on are taken over, moved by the edit's length, instead of walked again.
// This holds because a rule sees only the path state, the turn it is asked about and the front
// matter (which an edit below it leaves alone), and reports on that turn or earlier ones; a finding
// the previous walk made after the checkpoint that names a span in or before the change is not moved
// (the walk goes on instead). test/unit/edit-chain.test.ts compares chains of edits with lints from scratch.
import type { AgentFacts, CustomerFacts } from './rule-kit/rule.js';
import type { PathState, RawFinding, TextShift, WalkCheckpoint, WalkResume } from './path-state.js';
import type { Fix, Item, Span, Turn } from './types.js';

/** A span of the old text wholly before the change (it stays where it is). */
const beforeChange = (span: Span, shift: TextShift): boolean => span.end < shift.same || (span.end === shift.same && span.start < shift.same);
/** A span of the old text wholly after the change (it moves by the edit's length). */
const afterChange = (span: Span, shift: TextShift): boolean => span.start > shift.fromOld || (span.start === shift.fromOld && span.end > shift.fromOld);
/** False for a span that touches the changed part: nothing says surely where it is in the new text. */
const maps = (span: Span, shift: TextShift): boolean => beforeChange(span, shift) || afterChange(span, shift);

/** An old span in the new text; undefined when it touches the changed part. */
function shiftSpan(span: Span, shift: TextShift): Span | undefined {
  if (beforeChange(span, shift)) return span;
  if (afterChange(span, shift)) return shift.delta === 0 ? span : { start: span.start + shift.delta, end: span.end + shift.delta };
  return undefined;
}

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

/** True when `old` (a turn of the previous version) is `now` moved by the edit. */
function sameTurnMoved(old: Turn, now: Turn, shift: TextShift): boolean {
  if (old.text !== now.text || old.speaker !== now.speaker || old.role !== now.role || old.placeholders.length !== now.placeholders.length) return false;
  const span = shiftSpan(old.span, shift);
  if (!span || !sameSpan(span, now.span)) return false;
  const moved = span.start - old.span.start;
  const at = (a: Span, b: Span) => a.start + moved === b.start && a.end + moved === b.end;
  return at(old.textSpan, now.textSpan) && at(old.speakerSpan, now.speakerSpan) && old.placeholders.every((p, i) => at(p, now.placeholders[i]));
}

const sameFactsMoved = (old: { turn: Turn } | null, now: { turn: Turn } | null, shift: TextShift): boolean => old === now || (old !== null && now !== null && sameTurnMoved(old.turn, now.turn, shift));

/** True when the walk state `now` is the previous walk's `old` with its turns moved by the edit: the rules will see the same. */
function sameStateMoved(old: PathState, now: PathState, shift: TextShift): boolean {
  if (old.customerBefore.length !== now.customerBefore.length || !sameFactsMoved(old.agentBefore, now.agentBefore, shift)) return false;
  if ((old.disclosure === null) !== (now.disclosure === null)) return false;
  if (old.disclosure && (old.disclosure.volunteeredMore !== now.disclosure!.volunteeredMore || !sameFactsMoved(old.disclosure.customer, now.disclosure!.customer, shift))) return false;
  for (let i = 0; i < old.customerBefore.length; i++) if (!sameFactsMoved(old.customerBefore[i], now.customerBefore[i], shift)) return false;
  const rules = Math.max(old.ruleStates.length, now.ruleStates.length);
  for (let i = 0; i < rules; i++) if ((old.ruleStates[i] ?? '') !== (now.ruleStates[i] ?? '')) return false;
  return true;
}

const sameFlags = (a: readonly boolean[], b: readonly boolean[]): boolean => {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (!a[i] !== !b[i]) return false;
  return true;
};

/**
 * Follows a resumed walk item by item and says when it has met the previous walk: at an item that
 * starts after the change, is the previous walk's checkpoint item moved by the edit, and is reached
 * in the same state. From there the walk would only find again what the previous one found.
 */
export class TailMatcher {
  /** The previous walk's next checkpoint that the walk has not passed. */
  private next = 0;

  constructor(private readonly tail: WalkResume) {}

  /** The previous walk's checkpoint the walk before new item `index` meets (with the findings after it movable), if any. */
  meets(index: number, items: readonly Item[], state: PathState, failed: readonly boolean[]): WalkCheckpoint | undefined {
    const { checkpoints } = this.tail.record;
    const { shift } = this.tail;
    while (this.next < checkpoints.length && checkpoints[this.next].itemIndex + shift.itemDelta < index) this.next++;
    const checkpoint = checkpoints[this.next];
    if (!checkpoint || checkpoint.itemIndex + shift.itemDelta !== index) return undefined;
    const old = this.tail.previousItems[checkpoint.itemIndex];
    const now = items[index];
    if (!old || !now || old.kind !== now.kind || old.span.start < shift.fromOld || old.span.start + shift.delta !== now.span.start) return undefined;
    if (old.span.end + shift.delta !== now.span.end || !sameFlags(checkpoint.failed, failed) || !sameStateMoved(checkpoint.state, state, shift)) return undefined;
    return this.findingsMovable(checkpoint, old.span.start) ? checkpoint : undefined;
  }

  /** The findings after the checkpoint lie on its items and every span they name maps into the new text. */
  private findingsMovable(checkpoint: WalkCheckpoint, itemStart: number): boolean {
    const { findings } = this.tail.record;
    const { shift } = this.tail;
    for (let i = checkpoint.findings; i < findings.length; i++) {
      const f = findings[i];
      if (f.span.start < itemStart || !maps(f.span, shift) || (f.fix && !maps(f.fix.span, shift))) return false;
      for (const r of f.related) if (!maps(r.span, shift)) return false;
      for (const s of f.suggestions) if (!maps(s.fix.span, shift)) return false;
    }
    return true;
  }

  /** The previous walk's findings after `checkpoint`, moved by the edit. */
  movedFindings(checkpoint: WalkCheckpoint): RawFinding[] {
    const shift = this.tail.shift;
    return this.tail.record.findings.slice(checkpoint.findings).map((f) => movedFinding(f, shift));
  }

  /** The previous walk's checkpoints from `checkpoint` on, moved by the edit, counting findings from `findingsBefore` (the walk's findings before it). */
  movedCheckpoints(checkpoint: WalkCheckpoint, findingsBefore: number): WalkCheckpoint[] {
    const { record, shift } = this.tail;
    const from = record.checkpoints.indexOf(checkpoint);
    return record.checkpoints.slice(from).map((c) => ({
      itemIndex: c.itemIndex + shift.itemDelta,
      state: movedState(c.state, shift),
      findings: c.findings - checkpoint.findings + findingsBefore,
      failed: c.failed,
    }));
  }
}

const movedFix = (fix: Fix, shift: TextShift): Fix => ({ span: shiftSpan(fix.span, shift)!, text: fix.text });

/** A finding of the previous walk in the new text: a plain copy with every span moved (its suggestions made now, if still lazy). */
function movedFinding(f: RawFinding, shift: TextShift): RawFinding {
  return {
    ruleId: f.ruleId,
    message: f.message,
    span: shiftSpan(f.span, shift)!,
    fix: f.fix && movedFix(f.fix, shift),
    suggestions: f.suggestions.map((s) => ({ title: s.title, fix: movedFix(s.fix, shift) })),
    related: f.related.length === 0 ? f.related : f.related.map((r) => ({ message: r.message, span: shiftSpan(r.span, shift)! })),
    path: f.path,
  };
}

/** A checkpoint's state with its turns moved by the edit (each distinct facts object copied once). */
function movedState(state: PathState, shift: TextShift): PathState {
  const copies = new Map<object, unknown>();
  const move = <F extends AgentFacts | CustomerFacts>(facts: F): F => {
    let copy = copies.get(facts) as F | undefined;
    if (!copy) {
      copy = { ...facts, turn: movedTurn(facts.turn, shift) };
      copies.set(facts, copy);
    }
    return copy;
  };
  return {
    customerBefore: state.customerBefore.length === 0 ? state.customerBefore : state.customerBefore.map(move),
    agentBefore: state.agentBefore && move(state.agentBefore),
    disclosure: state.disclosure && { customer: move(state.disclosure.customer), volunteeredMore: state.disclosure.volunteeredMore },
    ruleStates: state.ruleStates,
    path: state.path,
  };
}

/** A turn of a kept state in the new text (a turn wholly before the change is kept as it is). */
function movedTurn(turn: Turn, shift: TextShift): Turn {
  if (turn.span.start < shift.fromOld || (shift.delta === 0 && shift.lineDelta === 0)) return turn;
  const by = (s: Span): Span => ({ start: s.start + shift.delta, end: s.end + shift.delta });
  return {
    ...turn,
    span: by(turn.span),
    speakerSpan: by(turn.speakerSpan),
    textSpan: by(turn.textSpan),
    placeholders: turn.placeholders.length === 0 ? turn.placeholders : turn.placeholders.map(by),
    line: turn.line + shift.lineDelta,
  };
}

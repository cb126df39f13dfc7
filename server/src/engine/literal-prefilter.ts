// A literal prefilter for the phrase families: each pattern's required literals (read from its own
// source by regex-literals.ts) go into one Aho–Corasick automaton shared by every rule (the customer
// cue families have one of their own), which reads a line once and marks the literals in it. A
// pattern whose required literals are absent cannot match, so its regex is not run; a pattern with
// none always runs. Most agent lines hold no phrase of most rules: one pass over the line then
// replaces a regex per rule.
import { requiredLiterals } from './regex-literals.js';

/** For one pattern: the literal ids of each set it needs (one of each must be in the line); empty when it needs none. */
type Requirement = readonly Int32Array[];

/** Character classes for ASCII (0 = a character no literal holds); other characters by a map. */
const OTHER = 0;

class LiteralAutomaton {
  /**
   * Next state for (state, class): a complete table, so a scan never follows failure links. 16 bits
   * a cell while states are few: the table is read at every character, and half the size stays in cache.
   */
  private readonly next: Uint16Array | Int32Array;
  /** The literal a state spells (-1 for none: state 0, the start, spells none). */
  private readonly literalAt: Int32Array;
  /** The nearest state down the failure chain that spells a literal (0 for none): a state's other literals. */
  private readonly outputLink: Int32Array;
  private readonly asciiClass = new Uint16Array(128);
  private readonly otherClass = new Map<number, number>();
  private readonly classes: number;
  /** The scan a literal was last seen in: a literal is in the line when its stamp is the current scan's. */
  readonly stamps: Int32Array;
  /** The distinct literals of the last scan, in the order found (the first `found` entries). */
  readonly hits: Int32Array;
  found = 0;

  constructor(literals: readonly string[]) {
    let classes = 1;
    let characters = 0;
    for (const literal of literals) {
      characters += literal.length;
      for (let i = 0; i < literal.length; i++) {
        const code = literal.charCodeAt(i);
        if (code < 128) {
          if (this.asciiClass[code] === OTHER) this.asciiClass[code] = classes++;
        } else if (!this.otherClass.has(code)) this.otherClass.set(code, classes++);
      }
    }
    this.classes = classes;
    // The trie is built in the table itself (0 = no child: no state's child is the start), then each
    // row is completed from its failure target's. States are at most one per character, plus the start.
    const next = new Int32Array((characters + 1) * classes);
    const literalAt = new Int32Array(characters + 1).fill(-1);
    let states = 1;
    literals.forEach((literal, id) => {
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const cell = state * classes + this.classOf(literal.charCodeAt(i));
        if (next[cell] === 0) next[cell] = states++;
        state = next[cell];
      }
      literalAt[state] = id;
    });
    const fail = new Int32Array(states);
    const outputLink = new Int32Array(states);
    const order: number[] = [];
    for (let cls = 0; cls < classes; cls++) if (next[cls] !== 0) order.push(next[cls]);
    // Breadth first: a state's failure target is shallower, so its row is complete when the state is read.
    for (let k = 0; k < order.length; k++) {
      const state = order[k];
      const failRow = fail[state] * classes;
      for (let cls = 0; cls < classes; cls++) {
        const cell = state * classes + cls;
        const child = next[cell];
        if (child === 0) next[cell] = next[failRow + cls];
        else {
          fail[child] = next[failRow + cls];
          outputLink[child] = literalAt[fail[child]] >= 0 ? fail[child] : outputLink[fail[child]];
          order.push(child);
        }
      }
    }
    this.next = states <= 0xffff ? Uint16Array.from(next.subarray(0, states * classes)) : next.slice(0, states * classes);
    this.literalAt = literalAt.slice(0, states);
    this.outputLink = outputLink;
    this.stamps = new Int32Array(literals.length);
    this.hits = new Int32Array(literals.length);
  }

  private classOf(code: number): number {
    return code < 128 ? this.asciiClass[code] : (this.otherClass.get(code) ?? OTHER);
  }

  /** Marks every literal in `text` with `stamp` (new for each scan) and lists them in `hits`. */
  scan(text: string, stamp: number): void {
    const { next, literalAt, outputLink, stamps, hits, classes, asciiClass } = this;
    let found = 0;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = next[state * classes + (code < 128 ? asciiClass[code] : (this.otherClass.get(code) ?? OTHER))];
      for (let o = literalAt[state] >= 0 ? state : outputLink[state]; o !== 0; o = outputLink[o]) {
        const literal = literalAt[o];
        if (stamps[literal] !== stamp) {
          stamps[literal] = stamp;
          hits[found++] = literal;
        }
      }
    }
    this.found = found;
  }
}

/** Which of a list's patterns may match a line: the patterns to run, in their order. */
export interface PatternFilter {
  /** Indices (into the list) of the patterns whose required literals are all in `text`, in order. */
  candidates(text: string): readonly number[];
}

/** One list's patterns as the index keeps them, and the ones the last line scanned may match. */
class ListRecord {
  /** Each pattern's required literals, read when the automaton is first made (see LINES_BEFORE_PREFILTER). */
  requirements: readonly Requirement[] = [];
  always: number[] = [];
  /** Every pattern, in order: what a line may match before the prefilter is made. */
  readonly all: readonly number[];
  prepared = false;
  /**
   * Patterns filed under a literal found in the last line (each once; the first `bucketSize`), when
   * `bucketStamp` is that scan's. Sized for every pattern, and emptied by its count: setting an
   * array's length for every line and list was a native call that showed in profiles.
   */
  readonly bucket: Int32Array;
  bucketSize = 0;
  bucketStamp = 0;
  /** The scan a pattern was last put in the bucket in. */
  readonly taken: Int32Array;

  constructor(readonly sources: readonly string[]) {
    this.all = sources.map((_, i) => i);
    this.taken = new Int32Array(sources.length);
    this.bucket = new Int32Array(sources.length);
  }

  /** Reads the patterns' required literals, numbering them with `idOf`. */
  prepare(idOf: (literal: string) => number): void {
    this.requirements = this.sources.map((source) => requiredLiterals(source).map((set) => Int32Array.from(set, idOf)));
    this.always = this.requirements.flatMap((r, i) => (r.length === 0 ? [i] : []));
    this.prepared = true;
  }
}

/**
 * Distinct lines asked about before the prefilter is made: reading the literals of every pattern and
 * making the automaton costs ~80 ms of a run, which a run of a few distinct lines (stock lines,
 * mostly answered from the line caches, or a small file) would not win back. Until then every
 * pattern runs, as the prefilter's answer would let them (it is exact).
 */
export const LINES_BEFORE_PREFILTER = 256;

const NONE: readonly number[] = Object.freeze([]);

/**
 * One automaton over the literals of every pattern list registered; a new list adds its literals and
 * the automaton is made again (a handful of times per process: the rules' lists are known at load).
 * Each pattern is filed under the literals of its first (strongest) set: a scan hands each literal it
 * finds to the patterns filed under it, so a line costs a look per literal found, not per pattern.
 */
class LiteralIndex {
  private readonly ids = new Map<string, number>();
  private readonly literals: string[] = [];
  private readonly lists: ListRecord[] = [];
  private automaton: LiteralAutomaton | undefined;
  /** Owners (list, pattern) of each literal: from ownerStart[id] to ownerStart[id + 1]. */
  private ownerStart = new Int32Array(1);
  private ownerList = new Int32Array(0);
  private ownerPattern = new Int32Array(0);
  /** The line last scanned and its stamp: every rule asks about the same line in turn. */
  private lastText: string | undefined;
  /** Counts scans across automata, so a stamp is never reused. */
  private stamp = 0;

  /** Distinct lines asked about so far, counted up to LINES_BEFORE_PREFILTER, and the last one. */
  private linesAsked = 0;
  private lastAsked: string | undefined;

  register(sources: readonly string[]): ListRecord {
    const list = new ListRecord(sources);
    this.lists.push(list);
    this.automaton = undefined;
    return list;
  }

  private idOf(literal: string): number {
    let id = this.ids.get(literal);
    if (id === undefined) {
      id = this.literals.length;
      this.ids.set(literal, id);
      this.literals.push(literal);
    }
    return id;
  }

  /** Makes the automaton and the owner index for every literal and list registered so far. */
  private build(): LiteralAutomaton {
    for (const list of this.lists) if (!list.prepared) list.prepare((literal) => this.idOf(literal));
    const automaton = new LiteralAutomaton(this.literals);
    const owners: [number, number][][] = this.literals.map(() => []);
    this.lists.forEach((list, l) => list.requirements.forEach((r, p) => r.length > 0 && r[0].forEach((id) => owners[id].push([l, p]))));
    this.ownerStart = new Int32Array(this.literals.length + 1);
    owners.forEach((o, id) => (this.ownerStart[id + 1] = this.ownerStart[id] + o.length));
    this.ownerList = Int32Array.from(owners.flat(), ([l]) => l);
    this.ownerPattern = Int32Array.from(owners.flat(), ([, p]) => p);
    this.lastText = undefined;
    return (this.automaton = automaton);
  }

  /** Scans `text` (unless it was the last line scanned); returns the scan's stamp. */
  scanned(text: string): number {
    const automaton = this.automaton ?? this.build();
    if (text === this.lastText) return this.stamp;
    const stamp = ++this.stamp;
    automaton.scan(text, stamp);
    this.lastText = text;
    const { hits, found } = automaton;
    const { ownerStart, ownerList, ownerPattern, lists } = this;
    for (let h = 0; h < found; h++) {
      for (let k = ownerStart[hits[h]], end = ownerStart[hits[h] + 1]; k < end; k++) {
        const list = lists[ownerList[k]];
        const pattern = ownerPattern[k];
        if (list.bucketStamp !== stamp) {
          list.bucketStamp = stamp;
          list.bucketSize = 0;
        }
        if (list.taken[pattern] === stamp) continue;
        list.taken[pattern] = stamp;
        list.bucket[list.bucketSize++] = pattern;
      }
    }
    return stamp;
  }

  /** The patterns of `list` that may match `text`, in the list's order. */
  candidates(list: ListRecord, text: string): readonly number[] {
    if (this.linesAsked < LINES_BEFORE_PREFILTER) {
      if (text !== this.lastAsked) {
        this.lastAsked = text;
        this.linesAsked++;
      }
      return list.all;
    }
    const stamp = this.scanned(text);
    const stamps = this.automaton!.stamps;
    if (list.bucketStamp !== stamp && list.always.length === 0) return NONE;
    // In the list's order: matches of equal spans keep the order the patterns are listed in.
    const out = list.always.slice();
    if (list.bucketStamp === stamp) {
      for (let k = 0; k < list.bucketSize; k++) if (meets(list.requirements[list.bucket[k]], stamps, stamp)) insertInOrder(out, list.bucket[k]);
    }
    return out.length === 0 ? NONE : out;
  }
}

/**
 * One index per kind of text the lists read: agent lines (every phrase rule) and customer lines (the
 * cue families). Lists that read the same lines share a scan; a customer line is never read for an
 * agent phrase, so its scan should not walk past the phrase rules' literals, nor an agent line's past the cues'.
 */
const INDEXES = new Map<ReadText, LiteralIndex>();

/** Which lines a pattern list is run on. */
export type ReadText = 'agent' | 'customer';

/** Puts `value` into the ascending `sorted` in its place (the lists are a few patterns long: no sort call, no comparator). */
function insertInOrder(sorted: number[], value: number): void {
  let i = sorted.length;
  sorted.push(value);
  for (; i > 0 && sorted[i - 1] > value; i--) sorted[i] = sorted[i - 1];
  sorted[i] = value;
}

/** True when every required set has a literal in the scanned line. */
function meets(requirement: Requirement, stamps: Int32Array, stamp: number): boolean {
  for (const set of requirement) {
    let found = false;
    for (let i = 0; i < set.length && !found; i++) found = stamps[set[i]] === stamp;
    if (!found) return false;
  }
  return true;
}

/** A filter for patterns given by the sources they run with (on the same text as the filter reads), run on `reads` lines. */
export function literalFilter(sources: readonly string[], reads: ReadText = 'agent'): PatternFilter {
  const index = INDEXES.get(reads) ?? new LiteralIndex();
  INDEXES.set(reads, index);
  const list = index.register(sources);
  return { candidates: (text) => index.candidates(list, text) };
}

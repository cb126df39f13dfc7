// A literal prefilter for the phrase families: each pattern's required literals (read from its own
// source by regex-literals.ts) go into one Aho–Corasick automaton shared by every rule, which reads
// a line once and marks the literals in it. A pattern whose required literals are absent cannot
// match, so its regex is not run; a pattern with none always runs. Most agent lines hold no phrase
// of most rules: one pass over the line then replaces a regex per rule.
import { requiredLiterals } from './regex-literals.js';

/** For one pattern: the literal ids of each set it needs (one of each must be in the line); empty when it needs none. */
type Requirement = readonly Int32Array[];

/** Character classes for ASCII (0 = a character no literal holds); other characters by a map. */
const OTHER = 0;

class LiteralAutomaton {
  /** Next state for (state, class): a complete table, so a scan never follows failure links. */
  private readonly next: Int32Array;
  /** For each state, the literal ids ending there (its own and its suffixes'), as a range of `outputs`. */
  private readonly outputStart: Int32Array;
  private readonly outputs: Int32Array;
  private readonly asciiClass = new Uint16Array(128);
  private readonly otherClass = new Map<number, number>();
  private readonly classes: number;
  /** The scan a literal was last seen in: a literal is in the line when its stamp is the current scan's. */
  readonly stamps: Int32Array;
  scanCount = 0;

  constructor(literals: readonly string[]) {
    let classes = 1;
    for (const literal of literals) {
      for (let i = 0; i < literal.length; i++) {
        const code = literal.charCodeAt(i);
        if (code < 128) {
          if (this.asciiClass[code] === OTHER) this.asciiClass[code] = classes++;
        } else if (!this.otherClass.has(code)) this.otherClass.set(code, classes++);
      }
    }
    this.classes = classes;
    // The trie, as child maps while it is built.
    const children: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    literals.forEach((literal, id) => {
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const cls = this.classOf(literal.charCodeAt(i));
        let child = children[state].get(cls);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          ends.push([]);
          children[state].set(cls, child);
        }
        state = child;
      }
      ends[state].push(id);
    });
    const states = children.length;
    this.next = new Int32Array(states * classes);
    const fail = new Int32Array(states);
    const order: number[] = [];
    for (const [cls, child] of children[0]) {
      this.next[cls] = child;
      order.push(child);
    }
    // Breadth first: a state's failure target is shallower, so its row and outputs are complete.
    for (let k = 0; k < order.length; k++) {
      const state = order[k];
      ends[state].push(...ends[fail[state]]);
      for (let cls = 0; cls < classes; cls++) {
        const child = children[state].get(cls);
        if (child === undefined) this.next[state * classes + cls] = this.next[fail[state] * classes + cls];
        else {
          fail[child] = this.next[fail[state] * classes + cls];
          this.next[state * classes + cls] = child;
          order.push(child);
        }
      }
    }
    this.outputStart = new Int32Array(states + 1);
    for (let s = 0; s < states; s++) this.outputStart[s + 1] = this.outputStart[s] + ends[s].length;
    this.outputs = Int32Array.from(ends.flat());
    this.stamps = new Int32Array(literals.length);
  }

  private classOf(code: number): number {
    return code < 128 ? this.asciiClass[code] : (this.otherClass.get(code) ?? OTHER);
  }

  /** Marks every literal in `text` with a new stamp; returns the stamp. */
  scan(text: string): number {
    const stamp = ++this.scanCount;
    const { next, outputStart, outputs, stamps, classes, asciiClass } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = next[state * classes + (code < 128 ? asciiClass[code] : (this.otherClass.get(code) ?? OTHER))];
      for (let o = outputStart[state], end = outputStart[state + 1]; o < end; o++) stamps[outputs[o]] = stamp;
    }
    return stamp;
  }
}

/** Which of a list's patterns may match a line: the patterns to run, in their order. */
export interface PatternFilter {
  /** Indices (into the list) of the patterns whose required literals are all in `text`, in order. */
  candidates(text: string): readonly number[];
}

/**
 * One automaton over the literals of every pattern list asked about so far; a list seen for the
 * first time adds its literals and the automaton is made again (a handful of times per process: the
 * rules' lists are known at load).
 */
class LiteralIndex {
  private readonly ids = new Map<string, number>();
  private literals: string[] = [];
  private automaton: LiteralAutomaton | undefined;
  /** The line last scanned and its stamp: every rule asks about the same line in turn. */
  private lastText: string | undefined;
  private lastStamp = 0;

  /** The literal ids of a source's required sets (adding new literals to the index). */
  requirementOf(source: string): Requirement {
    return requiredLiterals(source).map((set) => Int32Array.from(set, (literal) => this.idOf(literal)));
  }

  private idOf(literal: string): number {
    let id = this.ids.get(literal);
    if (id === undefined) {
      id = this.literals.length;
      this.ids.set(literal, id);
      this.literals.push(literal);
      this.automaton = undefined;
    }
    return id;
  }

  /** The stamps array and the stamp of `text`'s scan (scanning it unless it was the last line scanned). */
  stampsOf(text: string): { stamps: Int32Array; stamp: number } {
    if (!this.automaton) {
      this.automaton = new LiteralAutomaton(this.literals);
      this.lastText = undefined;
    }
    if (text !== this.lastText) {
      this.lastStamp = this.automaton.scan(text);
      this.lastText = text;
    }
    return { stamps: this.automaton.stamps, stamp: this.lastStamp };
  }
}

const INDEX = new LiteralIndex();

/** True when every required set has a literal in the scanned line. */
function meets(requirement: Requirement, stamps: Int32Array, stamp: number): boolean {
  for (const set of requirement) {
    let found = false;
    for (let i = 0; i < set.length && !found; i++) found = stamps[set[i]] === stamp;
    if (!found) return false;
  }
  return true;
}

/** A filter for patterns given by the sources they run with (on the same text as the filter reads). */
export function literalFilter(sources: readonly string[]): PatternFilter {
  const requirements = sources.map((source) => INDEX.requirementOf(source));
  const always = requirements.flatMap((r, i) => (r.length === 0 ? [i] : []));
  const all = requirements.map((_, i) => i);
  return {
    candidates(text) {
      if (always.length === requirements.length) return all;
      const { stamps, stamp } = INDEX.stampsOf(text);
      const out: number[] = [];
      for (let i = 0; i < requirements.length; i++) if (requirements[i].length === 0 || meets(requirements[i], stamps, stamp)) out.push(i);
      return out;
    },
  };
}

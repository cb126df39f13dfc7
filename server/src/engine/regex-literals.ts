// The literal words a regular expression cannot match without: read from the pattern's own source,
// so a prefilter built on them never drifts from the patterns. For a pattern this gives a few sets
// of strings such that every match contains at least one string of each set ("calm\s+down|relax"
// needs one of {calm, relax}). Anything the reader does not follow (a backreference, a class it
// cannot list, syntax it does not know) only weakens the answer: at worst a pattern needs nothing
// and always runs. Exactness is checked by a test over every engine pattern and the fixtures.

/** Strings one of which every match contains (a set, as an array). */
export type AnyOf = readonly string[];

/** What a piece of a pattern can match: all its strings when they are few, and sets one of which each match contains. */
interface Reading {
  /** Every string the piece can match, when few and known (a superset is fine); null otherwise. */
  exact: AnyOf | null;
  /** Sets each of which some string of every match contains (an AND of ORs). */
  needs: AnyOf[];
}

/** Past this many strings a set of exact strings is given up (a cross product grows fast). */
const MAX_EXACT = 32;
/** A class of more characters than this is read as "any character". */
const MAX_CLASS_CHARS = 6;
/** Sets kept per pattern: the strongest few are enough to rule a line out. */
const MAX_NEEDS = 3;
/** The shortest string a set past the first may hold. */
const MIN_EXTRA_STRENGTH = 3;

const EMPTY: Reading = { exact: [''], needs: [] };
const UNKNOWN: Reading = { exact: null, needs: [] };

/**
 * The sets of literals every match of `source` must contain (one string of each set), strongest
 * first; [] when none can be read. `source` is read as the text it runs on: for a pattern run
 * case-insensitively, pass the lower-cased source run on lower-cased text.
 */
export function requiredLiterals(source: string): AnyOf[] {
  try {
    const reader = new SourceReader(source);
    const reading = reader.alternation();
    if (!reader.atEnd()) return [];
    const [first, ...more] = strongest(needsOf(reading));
    if (!first) return [];
    // Sets of one- and two-letter strings are in most lines and would wake the automaton at most characters: only the strongest set may be one.
    return [first, ...more.filter((set) => strength(set) >= MIN_EXTRA_STRENGTH)].slice(0, MAX_NEEDS).map(withoutLonger);
  } catch {
    return [];
  }
}

/** A set's strength: its weakest string's length (a short word is in most lines). */
const strength = (set: AnyOf): number => set.reduce((min, s) => Math.min(min, s.length), Infinity);

function strongest(sets: AnyOf[]): AnyOf[] {
  return sets.filter((set) => set.length > 0 && !set.includes('')).sort((a, b) => strength(b) - strength(a) || a.length - b.length);
}

/** A reading's strongest set (undefined when it needs none), without sorting when its exact strings are all it has. */
function strongestOf(reading: Reading): AnyOf | undefined {
  if (reading.exact && reading.needs.length === 0) return reading.exact.length > 0 && !reading.exact.includes('') ? reading.exact : undefined;
  return strongest(needsOf(reading))[0];
}

/** The sets a reading needs, its exact strings counting as one. */
function needsOf(reading: Reading): AnyOf[] {
  if (reading.exact && !reading.exact.includes('')) return [reading.exact, ...reading.needs];
  return reading.needs;
}

/** A set without the strings that hold another of its strings ("relaxing" when "relax" is there): they add nothing. */
const withoutLonger = (set: AnyOf): AnyOf => (set.length > MAX_PRUNED ? set : set.filter((s) => !set.some((t) => t !== s && s.includes(t))));

/** Sets longer than this keep their longer strings: pruning compares every pair, and the automaton does not mind. */
const MAX_PRUNED = 64;

const union = (sets: readonly AnyOf[]): AnyOf => [...new Set(sets.flat())];

function cross(a: AnyOf, b: AnyOf): AnyOf | null {
  if (a.length * b.length > MAX_EXACT) return null;
  // Most pieces are one character appended to one string: no set needed (distinct strings stay distinct).
  if (b.length === 1) return a.length === 1 ? [a[0] + b[0]] : a.map((x) => x + b[0]);
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

class SourceReader {
  private at = 0;

  constructor(private readonly source: string) {}

  atEnd(): boolean {
    return this.at >= this.source.length;
  }

  /** Alternatives separated by `|`, up to a `)` or the end. */
  alternation(): Reading {
    const alternatives = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      alternatives.push(this.sequence());
    }
    if (alternatives.length === 1) return alternatives[0];
    const exacts = alternatives.map((a) => a.exact);
    // Counted before a set is made: long alternations (word lists) are far past the bound.
    if (exacts.every((e): e is AnyOf => e !== null) && exacts.reduce((n, e) => n + e.length, 0) <= MAX_EXACT * 2) {
      const all = union(exacts);
      if (all.length <= MAX_EXACT) return { exact: all, needs: [] };
    }
    // Each alternative contributes its strongest set; one alternative needing nothing means the whole needs nothing.
    const best: AnyOf[] = [];
    for (const alternative of alternatives) {
      const set = strongestOf(alternative);
      if (set === undefined) return UNKNOWN;
      best.push(set);
    }
    return { exact: null, needs: [union(best)] };
  }

  /** Atoms one after another: exact strings are joined while few, then kept as a set the match needs. */
  private sequence(): Reading {
    let current: AnyOf = [''];
    let whole = true;
    const needs: AnyOf[] = [];
    const flush = () => {
      if (!current.includes('')) needs.push(current);
      current = [''];
      whole = false;
    };
    while (!this.atEnd() && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const piece = this.literalRun() ?? this.quantified(this.atom());
      if (piece.exact) {
        const joined = cross(current, piece.exact);
        if (joined) current = joined;
        else {
          flush();
          current = piece.exact;
        }
      } else {
        flush();
        needs.push(...piece.needs);
      }
    }
    if (whole) return { exact: current, needs: [] };
    flush();
    return { exact: null, needs };
  }

  /**
   * Plain characters up to the next one with a meaning, as one exact string (most of a phrase pattern
   * is words: read a run at a time, not a character at a time). The last character stays for atom()
   * when a quantifier follows it. Undefined when fewer than two characters would be taken.
   */
  private literalRun(): Reading | undefined {
    LITERAL_RUN.lastIndex = this.at;
    const run = LITERAL_RUN.exec(this.source)?.[0];
    if (run === undefined) return undefined;
    const end = this.at + run.length;
    const quantifiedLast = end < this.source.length && '*+?{'.includes(this.source[end]);
    const taken = quantifiedLast ? run.slice(0, -1) : run;
    if (taken.length < 2) return undefined;
    this.at += taken.length;
    return { exact: [taken], needs: [] };
  }

  private quantified(atom: Reading): Reading {
    const bounds = this.quantifier();
    if (!bounds) return atom;
    if (this.source[this.at] === '?') this.at++; // lazy: the same strings
    const [min, max] = bounds;
    if (min === 1 && max === 1) return atom;
    if (min === 0) return max === 1 && atom.exact && atom.exact.length < MAX_EXACT ? { exact: union([[''], atom.exact]), needs: [] } : EMPTY_OR_MORE;
    // At least one repetition: what one needs, the whole needs.
    return { exact: null, needs: needsOf(atom) };
  }

  /** `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}` as [min, max]; undefined when none follows. */
  private quantifier(): [number, number] | undefined {
    const c = this.source[this.at];
    if (c === '*') return this.step([0, Infinity]);
    if (c === '+') return this.step([1, Infinity]);
    if (c === '?') return this.step([0, 1]);
    if (c !== '{') return undefined;
    const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
    if (!m) return undefined;
    this.at += m[0].length;
    const min = Number(m[1]);
    return [min, m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])];
  }

  private step(bounds: [number, number]): [number, number] {
    this.at++;
    return bounds;
  }

  private atom(): Reading {
    const c = this.source[this.at++];
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape();
    if (c === '.') return UNKNOWN;
    if (c === '^' || c === '$') return EMPTY;
    if (c === '*' || c === '+' || c === '?' || c === ')' || c === '|' || c === undefined) throw new SyntaxError('unexpected');
    return { exact: [c], needs: [] };
  }

  private group(): Reading {
    const rest = this.source.slice(this.at, this.at + 3);
    const lookaround = rest.startsWith('?=') || rest.startsWith('?!') || rest.startsWith('?<=') || rest.startsWith('?<!');
    if (rest.startsWith('?:')) this.at += 2;
    else if (lookaround) this.at += rest.startsWith('?<') ? 3 : 2;
    else if (rest.startsWith('?<')) this.at = this.expectAfter('>');
    else if (rest.startsWith('?')) throw new SyntaxError('unknown group');
    const inner = this.alternation();
    if (this.source[this.at++] !== ')') throw new SyntaxError('unclosed group');
    // A lookaround consumes nothing: the match's own text is what the rest of the sequence reads.
    return lookaround ? EMPTY : inner;
  }

  private expectAfter(closer: string): number {
    const end = this.source.indexOf(closer, this.at);
    if (end < 0) throw new SyntaxError('unclosed');
    return end + 1;
  }

  /** A class of a few listed characters is their set; ranges, negation and escaped classes are any character. */
  private characterClass(): Reading {
    const chars: string[] = [];
    let listable = this.source[this.at] !== '^';
    for (;;) {
      const c = this.source[this.at++];
      if (c === undefined) throw new SyntaxError('unclosed class');
      if (c === ']') break;
      if (c === '\\') {
        const escaped = this.source[this.at++];
        if (escaped !== undefined && /[.\\'"\-[\]/()|^$*+?{}’‘]/.test(escaped)) chars.push(escaped);
        else listable = false;
        continue;
      }
      if (c === '-' && chars.length > 0 && this.source[this.at] !== ']') listable = false;
      if (c === '[') listable = false;
      chars.push(c);
    }
    if (!listable || chars.length === 0 || chars.length > MAX_CLASS_CHARS) return UNKNOWN;
    return { exact: [...new Set(chars)], needs: [] };
  }

  private escape(): Reading {
    const c = this.source[this.at++];
    if (c === undefined) throw new SyntaxError('trailing backslash');
    if (c === 'b' || c === 'B') return EMPTY;
    if (c === 'k') {
      if (this.source[this.at] === '<') this.at = this.expectAfter('>');
      return UNKNOWN;
    }
    if (c === 'p' || c === 'P') {
      if (this.source[this.at] === '{') this.at = this.expectAfter('}');
      return UNKNOWN;
    }
    const control = ESCAPED_CHARACTERS[c];
    if (control !== undefined) return { exact: [control], needs: [] };
    // Classes (\d \s \w …), backreferences, code points (\x \u \c, whose digits the next atoms would misread): give up on the piece.
    if (/[\da-z]/i.test(c)) {
      if (c === 'x' || c === 'u' || c === 'c') throw new SyntaxError('code point escape');
      return UNKNOWN;
    }
    return { exact: [c], needs: [] };
  }
}

/** Characters that stand for themselves outside a class. */
const LITERAL_RUN = /[^\\[\](){}|.*+?^$]+/y;

const ESCAPED_CHARACTERS: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };

/** `x*`-like pieces: they may match nothing, so they add no need and end a run of exact strings. */
const EMPTY_OR_MORE: Reading = UNKNOWN;

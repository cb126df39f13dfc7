// Facts that depend on a line's words alone are cached by the words: scripts repeat stock lines
// (greetings, holds, closings) within a file and across a run. The cache is bounded and cheap to
// keep: two generations, so lines in use survive a turnover while one-off lines age out. Small on
// purpose: a language server keeps it for its lifetime, and entries that outlive the young
// generation make every garbage collection slower.

/** Entries per generation of every line cache that names no size of its own; see limitLineCaches. */
let entriesPerGeneration = 2048;

/**
 * Sets how many lines each of the engine's line caches keeps per generation (at most twice that in
 * all). The CLI keeps the default: its runs are short, and stock lines repeat across a team's files.
 * The language server keeps fewer: it holds them for its lifetime, and an editor re-lints the few
 * documents being edited, whose lines fit in far fewer (the bench's 2,000-line script has 888
 * distinct agent lines), while opening 100 scripts would otherwise fill every cache to the brim.
 */
export function limitLineCaches(entries: number): void {
  entriesPerGeneration = Math.max(1, Math.floor(entries));
}

export class TextCache<T> {
  private current = new Map<string, T>();
  private previous = new Map<string, T>();
  /** Hashes of texts seen once, in a small table: only a text seen before is worth keeping. */
  private readonly seen = new Int32Array(SEEN_SLOTS);

  /** `generationSize` entries per generation (limitLineCaches' when not given): at most twice that are kept. */
  constructor(private readonly generationSize?: number) {}

  get(text: string): T | undefined {
    const value = this.current.get(text);
    if (value !== undefined) return value;
    const older = this.previous.get(text);
    if (older !== undefined) this.set(text, older);
    return older;
  }

  /**
   * True when `text` was offered before (or, rarely, another text with its hash and slot): only then
   * is it kept. Most lines of a fresh script occur once; keeping them would only move them to the
   * old generation for the garbage collector to sweep later.
   */
  admits(text: string): boolean {
    const hash = hashOf(text);
    const slot = hash & (SEEN_SLOTS - 1);
    if (this.seen[slot] === hash) return true;
    this.seen[slot] = hash;
    return false;
  }

  set(text: string, value: T): void {
    if (this.current.size >= (this.generationSize ?? entriesPerGeneration)) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(text, value);
  }
}

const SEEN_SLOTS = 1 << 14;

/** FNV-1a over the UTF-16 code units; never 0, which marks an empty slot. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 1;
}

/**
 * A copy of `s` that keeps no larger string alive. A turn's text is a slice of its whole document;
 * cached as it is, one line would hold every version of a document an editor ever linted.
 */
export function ownCopy(s: string): string {
  return (' ' + s).slice(1);
}

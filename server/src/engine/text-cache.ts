// Facts that depend on a line's words alone are cached by the words: scripts repeat stock lines
// (greetings, holds, closings) within a file and across a run. The cache is bounded and cheap to
// keep: two generations, so lines in use survive a turnover while one-off lines age out. Small on
// purpose: a language server keeps it for its lifetime, and entries that outlive the young
// generation make every garbage collection slower.
export class TextCache<T> {
  private current = new Map<string, T>();
  private previous = new Map<string, T>();

  /** `generationSize` entries per generation: at most twice that are kept. */
  constructor(private readonly generationSize = 2048) {}

  get(text: string): T | undefined {
    const value = this.current.get(text);
    if (value !== undefined) return value;
    const older = this.previous.get(text);
    if (older !== undefined) this.set(text, older);
    return older;
  }

  set(text: string, value: T): void {
    if (this.current.size >= this.generationSize) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(text, value);
  }
}

/**
 * A copy of `s` that keeps no larger string alive. A turn's text is a slice of its whole document;
 * cached as it is, one line would hold every version of a document an editor ever linted.
 */
export function ownCopy(s: string): string {
  return (' ' + s).slice(1);
}

// A turn still being typed is not flagged: "Agent: " or "Agent: Thanks" at the place of the last edit
// says nothing yet, and a squiggle under it is noise. Its findings are held back until the edit
// moves to another line or TYPING_GRACE_MS pass without an edit, then delivered as usual.
import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver';

/** How long a turn counts as "being typed" after its last edit. */
export const TYPING_GRACE_MS = 1500;

/** A line that is at most a speaker label and one word: a turn just started (or a label half typed). */
// eslint-disable-next-line regexp/no-super-linear-backtracking -- a label is at most 40 characters, which bounds it
const TURN_BEING_TYPED = /^[ \t]*(?:\p{L}[\p{L}\p{N} ._'-]{0,39}?[ \t]*:)?[ \t]*(?:\S+[ \t]*)?$/u;

interface LastEdit {
  /** 0-based line where the last edit left the cursor. */
  line: number;
  timer: NodeJS.Timeout;
}

export class TypingTurns {
  private readonly edits = new Map<string, LastEdit>();

  /** `release` is called when a held turn's grace time is over: its findings should be delivered now. */
  constructor(private readonly release: (uri: string) => void) {}

  /** Records where an edit left the cursor: the end of the text the last change inserted. */
  edited(uri: string, changes: readonly TextDocumentContentChangeEvent[]): void {
    const last = changes[changes.length - 1];
    clearTimeout(this.edits.get(uri)?.timer);
    if (!last || !('range' in last)) {
      this.edits.delete(uri); // a whole-text replacement is not typing
      return;
    }
    const line = lineAfter(last);
    const timer = setTimeout(() => {
      if (this.edits.get(uri)?.timer !== timer) return;
      this.edits.delete(uri);
      this.release(uri);
    }, TYPING_GRACE_MS);
    timer.unref?.();
    this.edits.set(uri, { line, timer });
  }

  /** Forgets a closed document. */
  closed(uri: string): void {
    clearTimeout(this.edits.get(uri)?.timer);
    this.edits.delete(uri);
  }

  /** The diagnostics to show now: those on a turn being typed at the last edit are held back. */
  visible(uri: string, text: string, diagnostics: Diagnostic[]): { items: Diagnostic[]; held: boolean } {
    const line = this.edits.get(uri)?.line;
    if (line === undefined || !diagnostics.some((d) => d.range.start.line === line)) return { items: diagnostics, held: false };
    if (!TURN_BEING_TYPED.test(lineText(text, line))) return { items: diagnostics, held: false };
    return { items: diagnostics.filter((d) => d.range.start.line !== line), held: true };
  }
}

/** True for a line that is at most a speaker label and one word. */
export function isTurnBeingTyped(line: string): boolean {
  return TURN_BEING_TYPED.test(line);
}

/** The 0-based line where a change leaves the cursor: the end of the text it inserted. */
export function lineAfter(change: { range: { start: { line: number } }; text: string }): number {
  return change.range.start.line + countNewlines(change.text);
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The text of one 0-based line (without its line break). */
export function lineText(text: string, line: number): string {
  let start = 0;
  for (let i = 0; i < line; i++) {
    const next = text.indexOf('\n', start);
    if (next === -1) return '';
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
}

// Whole-thought edits: a rewrite replaces the clause that carries a mistake, not just the words a
// pattern matched ("You'll get over it" is one thought: "You'll I hear you" is none), and a removal
// takes the joining punctuation, a vocative left alone and an echo ("I really am") with it.
import { capitalize } from './language.js';
import type { Span } from './types.js';

/** True when the character at `i` ends a clause inside a sentence (a comma before a digit does not: "1,500"). */
function breakAt(text: string, i: number): boolean {
  const c = text[i];
  if (c === ';' || c === ':' || c === '\u2014' || c === '\u2013') return true;
  if (c === ',') return !/\d/.test(text[i + 1] ?? '');
  return c === '-' && text[i - 1] === ' ' && text[i + 1] === ' ';
}

/** Words that join a clause to the one before; dropped with a removed clause that led the sentence. */
const JOINER = /^(?:but|however|though|although|and|so|yet)\b[\s,]*/i;

/**
 * A clause that is only an address or an echo of a removed apology: it cannot stand alone. Any one
 * word counts ("sir", "love", "Dana", "truly"), as do "my friend", "Mr. Tan", a placeholder and "I do".
 */
const HANGER = /^(?:my\s+friend|(?:mr|mrs|ms)\.?\s+\w+|\{[^}]*\}|[a-z]{2,}|i\s+(?:really\s+|truly\s+|do\s+|honestly\s+)*(?:am|do))\s*(?=[,;:.!?\u2014\u2013]|$)/i;

/** Where the sentence's words end: before its closing punctuation and spaces. */
export function wordsEnd(text: string, sentence: Span): number {
  let end = sentence.end;
  while (end > sentence.start && /[\s.!?"'\u201d\u2019)]/.test(text[end - 1])) end--;
  return end;
}

/** The words of a span without the spaces and punctuation at its edges. */
function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,;:.!?\u2014\u2013-]/.test(text[start])) start++;
  while (end > start && /[\s,;:.!?\u2014\u2013-]/.test(text[end - 1])) end--;
  return { start, end };
}

/** The clause holding the span: from the clause break before it to the one after it, within the sentence's words. */
/** How far (in characters) a clause is sought on either side of the words. */
const CLAUSE_WINDOW = 300;

export function clauseAround(text: string, sentence: Span, span: Span): Span {
  const words = trimmed(text, span);
  // Words that already span a break or end in a joiner ("I'm sorry, but") are a unit of their own.
  let inner = false;
  for (let i = words.start; i < words.end && !inner; i++) inner = breakAt(text, i);
  if (/\b(?:but|however|though|so|and)$/i.test(text.slice(words.start, words.end))) return words;
  const last = wordsEnd(text, sentence);
  // A clause is read within a window, as phrases' context is: a sentence of megabytes with no break
  // (a paste, a hostile file) would otherwise be walked once per finding. Past the window, the words alone.
  const low = Math.max(sentence.start, words.start - CLAUSE_WINDOW);
  const high = Math.min(last, words.end + CLAUSE_WINDOW);
  let start = words.start;
  // Words spanning a break keep their start ("Aw, you poor thing"); the end still runs to the clause's.
  while (!inner && start > low && !breakAt(text, start - 1)) start--;
  if (!inner && start === low && low > sentence.start && !breakAt(text, start - 1)) return words;
  while (start < words.start && /[\s-]/.test(text[start])) start++;
  let end = Math.max(words.end, start);
  while (end < high && !breakAt(text, end)) end++;
  if (end === high && high < last) return words;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Drops a statement's closing punctuation (and a trailing comma) where it takes the place of a clause. */
export function asClause(statement: string): string {
  return statement.replace(/[\s,;:.!]+$/, '');
}

/** A replacement that leads into the words after it ("It looks like", "To recap,"): it takes only the matched words' place. */
export const isLeadIn = (replacement: string): boolean => /,\s*$/.test(replacement) || LEAD_IN.test(replacement.trim());

const LEAD_IN = /^(?:i\s+expect|it\s+looks\s+like|to\s+recap|just\s+so\s+we\s+are\s+on\s+the\s+same\s+page|in\s+other\s+words|i\s+hope)$/i;

/** True when a statement is more than one sentence: it can only take the place of a whole sentence. */
export const isSeveralSentences = (statement: string): boolean => /[.!?]\s+\S/.test(statement.trim());

/** A relative edit of the turn text. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Replaces the clause holding `span` with `statement`, in sentence case. */
export function replaceClause(text: string, sentence: Span, span: Span, statement: string): TextEdit {
  const clause = clauseAround(text, sentence, span);
  const words = asClause(statement);
  const fitted = clause.start === firstWord(text, sentence) ? capitalize(words) : decapitalize(words);
  return { start: clause.start, end: clause.end, text: fitted };
}

/** Replaces the whole sentence (keeping the spaces after it) with a statement that is one or more sentences. */
export function replaceSentence(text: string, sentence: Span, statement: string): TextEdit {
  let end = sentence.end;
  while (end > sentence.start && /\s/.test(text[end - 1])) end--;
  const start = firstWord(text, sentence);
  const s = capitalize(statement.trim());
  return { start, end, text: /[.!?]["'\u201d\u2019)]*$/.test(s) ? s : `${s}.` };
}

/**
 * Removes the clause holding `span`, with the break that joined it, and a joiner, address or echo
 * the removal leaves hanging; the whole sentence when nothing that can stand is left.
 */
export function removeClause(text: string, sentence: Span, span: Span): TextEdit {
  const first = firstWord(text, sentence);
  const last = wordsEnd(text, sentence);
  const clause = clauseAround(text, sentence, span);
  let end = clause.end;
  // What follows the clause: its break, then any hanging clauses and a joiner.
  for (;;) {
    let next = end;
    while (next < last && /[\s,;:\u2014\u2013-]/.test(text[next])) next++;
    const rest = text.slice(next, last);
    const hanger = HANGER.exec(rest);
    if (hanger && (clause.start === first || next >= last || /^[\s,;:]/.test(rest.slice(hanger[0].length)))) {
      end = next + hanger[0].length;
      continue;
    }
    const joiner = clause.start === first ? JOINER.exec(rest) : null;
    end = joiner ? next + joiner[0].length : next;
    break;
  }
  if (end >= last) {
    if (clause.start === first) return removeSentence(text, sentence);
    // The last clause goes: take the break before it, keep the sentence's own ending.
    let start = clause.start;
    while (start > first && /[\s,;:\u2014\u2013-]/.test(text[start - 1])) start--;
    return { start, end: last, text: '' };
  }
  if (clause.start === first) return { start: clause.start, end: end + 1, text: capitalize(text[end]) };
  return { start: clause.start, end, text: '' };
}

/** Removes the sentence and the spaces after it (or before it, when it ends the turn). */
export function removeSentence(text: string, sentence: Span): TextEdit {
  let start = firstWord(text, sentence);
  let end = sentence.end;
  while (end < text.length && /[ \t]/.test(text[end])) end++;
  if (end >= text.trimEnd().length) while (start > 0 && /\s/.test(text[start - 1])) start--;
  return { start, end, text: '' };
}

/** Where the sentence's first word starts. */
function firstWord(text: string, sentence: Span): number {
  let start = sentence.start;
  while (start < sentence.end && /\s/.test(text[start])) start++;
  return start;
}

/** Lower-cases a rewrite's first letter mid-sentence, except the pronoun "I" and names in braces. */
export function decapitalize(s: string): string {
  return /^I\b/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

// Small language helpers shared by every rule: masking, sentences, quotation, reported speech, negation.
// All functions keep offsets: the text they return has the same length as the text they get.
import { asciiLower } from './regex.js';
import type { Span } from './types.js';
import { oneOf } from './phrase-families.js';

const CURLY = /[\u2018\u2019\u02BC]/g;
const CURLY_DOUBLE = /[\u201C\u201D]/g;

/**
 * Same-length copy with placeholders blanked, typographic quotes made plain and ASCII letters
 * lower-cased, so patterns stay simple (and compile fast: see regex.ts).
 */
export function maskText(text: string, placeholders: readonly Span[], base: number): string {
  let out = asciiLower(text.replace(CURLY, "'").replace(CURLY_DOUBLE, '"'));
  for (const p of placeholders) {
    const a = p.start - base;
    const b = p.end - base;
    out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  }
  return out;
}

/** Sentence spans (relative), split after . ! ? and line breaks; abbreviations are rare in call scripts. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^.!?\n]+(?:[.!?]+["')\]]*|\n|$)/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length === 0) continue;
    spans.push({ start: m.index! + lead, end: m.index! + lead + body.length });
  }
  return spans;
}

const NO_SPANS: readonly Span[] = Object.freeze([]);

/** Spans inside double quotes: the agent repeating someone's words, not saying them (one shared empty list for most lines). */
export function quotedSpans(text: string): readonly Span[] {
  const spans: Span[] = [];
  // Double quotes, or single quotes that open after a non-letter and close before one (not "I'm").
  const re = /"[^"\n]*"|(?<![\p{L}\p{N}])'[^'\n]{2,}'(?![\p{L}\p{N}])/gu;
  for (const m of text.matchAll(re)) spans.push({ start: m.index!, end: m.index! + m[0].length });
  return spans.length === 0 ? NO_SPANS : spans;
}

export function insideAny(spans: readonly Span[], offset: number): boolean {
  if (spans.length === 0) return false;
  return spans.some((s) => offset > s.start && offset < s.end);
}

const NEGATION = /\b(?:not|never|no|cannot|can't|won't|wouldn't|don't|doesn't|didn't|isn't|wasn't|aren't|weren't|shouldn't|couldn't|hardly|nothing|nobody|without)\b|n't\b/i;

/** True when a negation stands in the same clause within a few words before `offset`. */
export function isNegatedAt(text: string, offset: number, words = 6): boolean {
  const before = text.slice(Math.max(0, offset - 60), offset);
  const clause = before.split(/[,;:.!?]|\b(?:but|and|so|because)\b/i).pop() ?? '';
  const tail = clause.trim().split(/\s+/).slice(-words).join(' ');
  return NEGATION.test(tail);
}

/** Words that introduce someone else's words: what follows is reported, not said by the agent. */
const REPORTING = new RegExp(
  String.raw`\b${oneOf(String.raw`
      you (?:said|say|mentioned|told (?:me|us)|wrote|asked|feel like|felt like|were told|think|thought|heard)
      you(?:'re| are) saying
      (?:they|someone|somebody|he|she|the (?:rep|agent|driver|technician|manufacturer|maker|doctor|vet|bank|landlord|insurer|surgeon|pharmacist|courier|installer|fitter|seller|council|school)|(?:another|the other|our) (?:agent|rep)) (?:said|says|told you|claims|reckons)
      (?:my|our|a|the|your last|the last|the other) (?:colleague|teammate|manager|supervisor|adviser|advisor|agent|rep|person|engineer|inspector|notes?) (?:\w+ )?(?:said|says|told you|put down|wrote|noted|logged|recorded|called it|described it as|marked it as)
      if i heard you right
      so what you'?re saying is
      in your words
      quote
    `)}\b`,
  'i',
);

/** True when the sentence before `offset` reports someone else's words. */
export function isReportedAt(text: string, sentenceStart: number, offset: number): boolean {
  const before = text.slice(sentenceStart, offset);
  // "The bank says three to five days, and, yeah, apologies for any inconvenience": the report ends at the clause.
  let clauseStart = 0;
  for (const boundary of before.matchAll(CLAUSE_BOUNDARY)) clauseStart = boundary.index + boundary[0].length;
  return REPORTING.test(before.slice(clauseStart));
}

/** Where a coordinated clause of a sentence begins: ", and …", ", but …", "; …", " — …". */
const CLAUSE_BOUNDARY = /,\s*(?:and|but|so)\b|;|\s[—–]\s/gi;

/** The sentence span holding `offset`, or the whole text. */
export function sentenceAt(sentences: readonly Span[], offset: number, length: number): Span {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return { start: 0, end: length };
}

/** Capitalizes the first letter, for fixes that begin a sentence. */
export function capitalize(s: string): string {
  return s.length > 0 ? s[0].toUpperCase() + s.slice(1) : s;
}

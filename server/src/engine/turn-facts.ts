// Facts about a turn that depend on its words alone (masked text, sentences, quotes, customer cues),
// computed once per line and shared by every turn and script with the same words, in bounded caches.
import { uncachedCustomerCues } from './cues.js';
import { maskText, quotedSpans, sentenceSpans } from './language.js';
import { ownCopy, TextCache } from './text-cache.js';
import type { AgentFacts, CustomerFacts } from './rule-kit/rule.js';
import type { Turn } from './types.js';

/** A memo that keeps nothing: reads miss and writes are dropped, so anything memoized is just computed. */
class NoMemo extends Map<string, unknown> {
  override set(): this {
    return this;
  }
}

export const NO_MEMO: Map<string, unknown> = new NoMemo();

type AgentTextFacts = Omit<AgentFacts, 'turn'>;
type CustomerTextFacts = Omit<CustomerFacts, 'turn'>;

/**
 * Facts that depend on a turn's words alone, shared by every turn with the same words: scripts
 * repeat stock lines, so the masking, sentences and every rule's matches are computed once per line.
 */
const AGENT_TEXT = new TextCache<AgentTextFacts>();
const CUSTOMER_TEXT = new TextCache<CustomerTextFacts>();

/**
 * Looks a turn's words up in a bounded cache, computing from the masked text on a miss. A line is
 * kept when seen before, or at once when the text will be linted again (`keepAll`: an editor's
 * document, re-linted on every keystroke).
 */
function byText<T>(cache: TextCache<T>, turn: Turn, keepAll: boolean, compute: (masked: string) => T): T {
  let facts = cache.get(turn.text);
  if (!facts) {
    const kept = cache.admits(turn.text) || keepAll;
    const text = kept ? ownCopy(turn.text) : turn.text;
    facts = compute(maskText(text, turn.placeholders, turn.textSpan.start));
    if (kept) cache.set(text, facts);
  }
  return facts;
}

export function agentTextFacts(turn: Turn, keepAll: boolean): AgentTextFacts {
  return byText(AGENT_TEXT, turn, keepAll, (masked) => ({ masked, sentences: sentenceSpans(masked), quotes: quotedSpans(masked), memo: new Map() }));
}

export function customerTextFacts(turn: Turn, keepAll: boolean): CustomerTextFacts {
  return byText(CUSTOMER_TEXT, turn, keepAll, (masked) => {
    // Kept with the line's facts: the cue cache would only hold the same cues a second time.
    const cues = uncachedCustomerCues(masked);
    return { masked, cues, cueSet: new Set(cues), elaborates: elaborates(masked) };
  });
}

// One run of separators between replies ([\s.,!?]*), not `\s*` on both sides of each reply: two
// adjacent `\s*` made "ok  ok  ok … x" backtrack exponentially (20 replies took 73 s).
const THANKS_ONLY =
  /^\s*(?:(?:thank(?:s| you)(?: so much| very much)?|ok(?:ay)?|yes|yeah|yep|sure|right|i appreciate (?:it|that)|that'?s (?:kind|nice|sweet) of you|you'?re (?:so )?kind|no|alright|all right|fine|sounds good|please|i will|i definitely will)[\s.,!?]*)+$/i;

/** Whitespace-separated words holding a letter, counted up to `enough`. */
function wordsWithLetters(text: string, enough: number): number {
  let words = 0;
  WORD_WITH_LETTER.lastIndex = 0;
  while (words < enough && WORD_WITH_LETTER.test(text)) words++;
  return words;
}

const WORD_WITH_LETTER = /\S*\p{L}\S*/gu;

const INVITES_OWN_STORY =
  /\b(?:have\s+you\s+(?:ever\s+)?(?:lost|been\s+through|had\s+to|gone\s+through)|did\s+you\s+(?:ever\s+)?(?:lose|go\s+through)|has\s+(?:that|this|anything\s+like\s+that)\s+ever\s+happened\s+to\s+you|what\s+about\s+you|you\s+ever\s+lost)\b/i;

/** A customer turn "says more": beyond thanks or a short reply, about people, feelings or what happened. */
function elaborates(text: string): boolean {
  // Asked for the agent's own story, the caller has invited it however short the question.
  if (INVITES_OWN_STORY.test(text)) return true;
  if (THANKS_ONLY.test(text)) return false;
  if (wordsWithLetters(text, 7) < 7) return false;
  return /\b(?:he|she|him|her|his|they|them|was|were|had|been|it'?s been|feel|felt|hard|tough|sad|miss|ordeal|years?|old|alone|cancer|hospital|died|passed|family|kids|wedding|baby|so|really)\b/i.test(
    text,
  );
}

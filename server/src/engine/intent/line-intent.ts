// What the intent model says about one agent turn: each sentence scored once per distinct line (in
// the turn's memo, shared by every rule and path), and the verdict for a rule: the sentence the model
// is surest of, over the label's calibrated threshold, with the words that carried it.
import type { AgentFacts } from '../rule-kit/rule.js';
import type { Span } from '../types.js';
import { ownCopy, TextCache } from '../text-cache.js';
import { labelIndex, scoreTokens, strongestTokens, thresholdOf, type SentenceScores } from './classifier.js';
import { tokenize, type Token } from './features.js';
import type { IntentLabel } from './model-format.js';

interface ScoredSentence {
  span: Span;
  /** Offsets relative to the sentence (so one scoring serves every line that says the sentence). */
  tokens: readonly Token[];
  scores: SentenceScores;
}

/** A sentence's tokens and scores by its words: scripts repeat sentences even where whole lines differ. */
const SENTENCES = new TextCache<{ tokens: readonly Token[]; scores: SentenceScores }>();

/** A label the model recognizes in a turn: where, how sure, and which words carried it (spans relative to the turn text). */
export interface IntentVerdict {
  sentence: Span;
  probability: number;
  evidence: Span;
}

/** Sentences shorter than this are too little to judge ("Okay.", "Right, sure."). */
const MIN_TOKENS = 4;
/** Longer "sentences" are not something a person says (a paste, a hostile file): the model leaves them to the phrases. */
const MAX_SENTENCE_CHARS = 1500;
const MEMO_KEY = 'intent';

/** Every sentence of the turn with its scores, worked out once per line of text. */
function scoredSentences(agent: AgentFacts): ScoredSentence[] {
  const cached = agent.memo.get(MEMO_KEY) as ScoredSentence[] | undefined;
  if (cached) return cached;
  const scored: ScoredSentence[] = [];
  for (const span of agent.sentences) {
    if (span.end - span.start > MAX_SENTENCE_CHARS) continue;
    const { tokens, scores } = scoreSentence(agent, span);
    if (tokens.length >= MIN_TOKENS) scored.push({ span, tokens, scores });
  }
  agent.memo.set(MEMO_KEY, scored);
  return scored;
}

/** One sentence's tokens (relative offsets) and scores, from the cache when its words were scored before and hold no quote. */
function scoreSentence(agent: AgentFacts, span: Span): { tokens: readonly Token[]; scores: SentenceScores } {
  const text = agent.masked.slice(span.start, span.end);
  const quotes = agent.quotes.filter((q) => q.end > span.start && q.start < span.end).map((q) => ({ start: q.start - span.start, end: q.end - span.start }));
  const cacheable = quotes.length === 0;
  const cached = cacheable ? SENTENCES.get(text) : undefined;
  if (cached) return cached;
  const tokens = tokenize(text, quotes);
  const scored = { tokens, scores: scoreTokens(tokens) };
  if (cacheable && SENTENCES.admits(text)) SENTENCES.set(ownCopy(text), scored);
  return scored;
}

const ACKNOWLEDGES = labelIndex('acknowledges');

/** True when no other mistake is likelier in the sentence: one sentence, one verdict ("honey" is pity or talking down, not both). */
function isLikeliestMistake(scores: SentenceScores, index: number): boolean {
  const p = scores.probabilities[index];
  for (let i = 0; i < scores.probabilities.length; i++) if (i !== index && i !== ACKNOWLEDGES && scores.probabilities[i] > p) return false;
  return true;
}

/**
 * The model's verdict for `label` on this turn, or null. `accept` may veto a sentence, given the
 * words that carried the verdict (a rule's lexical condition, negation, reported speech).
 */
export function intentVerdict(agent: AgentFacts, label: IntentLabel, accept?: (sentence: Span, evidence: Span) => boolean): IntentVerdict | null {
  const index = labelIndex(label);
  const threshold = thresholdOf(label);
  let best: IntentVerdict | null = null;
  for (const s of scoredSentences(agent)) {
    const probability = s.scores.probabilities[index];
    if (probability < threshold || (best && probability <= best.probability) || !isLikeliestMistake(s.scores, index)) continue;
    const carried = strongestTokens(s.scores, label);
    const evidence = carried ? { start: s.span.start + s.tokens[carried.first].start, end: s.span.start + s.tokens[carried.last].end } : s.span;
    if (!accept || accept(s.span, evidence)) best = { sentence: s.span, probability, evidence };
  }
  return best;
}

/** The likeliest probability the model gives any mistake label in the turn (0 when no sentence is long enough to judge). */
export function strongestMistake(agent: AgentFacts): number {
  let strongest = 0;
  for (const s of scoredSentences(agent)) {
    for (let i = 0; i < s.scores.probabilities.length; i++) if (i !== ACKNOWLEDGES) strongest = Math.max(strongest, s.scores.probabilities[i]);
  }
  return strongest;
}

/** True when the model recognizes an acknowledgement of the caller in some sentence of the turn. */
export function modelHearsAcknowledgement(agent: AgentFacts): boolean {
  const threshold = thresholdOf('acknowledges');
  return scoredSentences(agent).some((s) => s.scores.probabilities[ACKNOWLEDGES] >= threshold);
}

// What the intent model says about one agent turn: each sentence scored once per distinct line (in
// the turn's memo, shared by every rule and path), and the verdict for a rule: the sentence the model
// is surest of, over the label's calibrated threshold, with the words that carried it.
import type { AgentFacts } from '../rules/rule.js';
import type { Span } from '../types.js';
import { labelIndex, scoreTokens, strongestFeature, thresholdOf, type SentenceScores } from './classifier.js';
import { tokenize, type Token } from './features.js';
import type { IntentLabel } from './model-format.js';

interface ScoredSentence {
  span: Span;
  tokens: Token[];
  scores: SentenceScores;
}

/** A label the model recognizes in a turn: where, how sure, and which words carried it (spans relative to the turn text). */
export interface IntentVerdict {
  sentence: Span;
  probability: number;
  evidence: Span;
}

/** Sentences shorter than this are too little to judge ("Okay.", "Right, sure."). */
const MIN_TOKENS = 4;
const MEMO_KEY = 'intent';

/** Every sentence of the turn with its scores, worked out once per line of text. */
function scoredSentences(agent: AgentFacts): ScoredSentence[] {
  const cached = agent.memo.get(MEMO_KEY) as ScoredSentence[] | undefined;
  if (cached) return cached;
  const scored: ScoredSentence[] = [];
  for (const span of agent.sentences) {
    const text = agent.masked.slice(span.start, span.end);
    const quotes = agent.quotes.map((q) => ({ start: q.start - span.start, end: q.end - span.start }));
    const tokens = tokenize(text, quotes).map((t) => ({ ...t, start: t.start + span.start, end: t.end + span.start }));
    if (tokens.length >= MIN_TOKENS) scored.push({ span, tokens, scores: scoreTokens(tokens) });
  }
  agent.memo.set(MEMO_KEY, scored);
  return scored;
}

/**
 * The model's verdict for `label` on this turn, or null. `accept` may veto a sentence (a rule's
 * lexical condition, such as an apology word for an apology rule).
 */
export function intentVerdict(agent: AgentFacts, label: IntentLabel, accept?: (sentence: Span) => boolean): IntentVerdict | null {
  const index = labelIndex(label);
  const threshold = thresholdOf(label);
  let best: ScoredSentence | undefined;
  for (const s of scoredSentences(agent)) {
    const p = s.scores.probabilities[index];
    if (p >= threshold && (!best || p > best.scores.probabilities[index]) && (!accept || accept(s.span))) best = s;
  }
  if (!best) return null;
  const feature = strongestFeature(best.scores, label);
  const evidence = feature ? { start: best.tokens[feature.first].start, end: best.tokens[feature.last].end } : best.span;
  return { sentence: best.span, probability: best.scores.probabilities[index], evidence };
}

// Phrase families as data, and the shared logic that reads their context: quotation, reported
// speech and negation. Rules list their phrases; this file decides whether a match really counts.
import { ownCopy } from '../text-cache.js';
import { globalOnLowerText, lowerSource, onLowerText } from '../regex.js';
import { literalFilter, type PatternFilter } from '../literal-prefilter.js';
import { capitalize, insideAny, isNegatedAt, isReportedAt, sentenceAt } from '../language.js';
import { decapitalize, isLeadIn, isSeveralSentences, removeClause, removeSentence, replaceClause, replaceSentence } from '../clauses.js';
import type { Fix, RelatedInfo, Span, Suggestion } from '../types.js';
import type { AgentFacts, CustomerFacts, Reporter, Rule, TurnContext } from './rule.js';
import { intentVerdict } from '../intent/line-intent.js';
import { INTENT_LABELS, type IntentLabel } from '../intent/model-format.js';

export interface PhrasePattern {
  /** Short name of the family, for messages and tests. */
  id: string;
  /** Matched case-insensitively against the masked agent text. */
  re: RegExp;
  /** True when a negation just before cancels it ("I won't tell you to calm down"). */
  negatable?: boolean;
  /** True when the phrase counts even inside quotes or reported speech. */
  countsWhenQuoted?: boolean;
  /** Rejects a match by what follows it in the sentence (e.g. "you should have it by Friday"). */
  unlessFollowedBy?: RegExp;
  /** Rejects a match by what precedes it in the sentence. */
  unlessPrecededBy?: RegExp;
  /** Counts only when the rest of the sentence matches (e.g. "I'm sorry, but" + a policy word). */
  onlyIfFollowedBy?: RegExp;
  /** Counts only when the sentence before the match matches (cheaper than a look-behind in `re`). */
  onlyIfPrecededBy?: RegExp;
  /** The safe rewrite of the matched words; '' deletes them (and tidies the sentence start). */
  fix?: string;
  /** More rewrites of the matched words, best first. */
  suggestions?: string[];
}

export interface PhraseMatch {
  pattern: PhrasePattern;
  /** Relative to the turn text. */
  start: number;
  end: number;
  text: string;
  sentence: Span;
  /** The rule's message for this match, once made (for rules whose message reads only the match). */
  message?: string;
  /** The pattern's own rewrite of this match, once worked out. */
  preferred?: RelativeFix;
  /** For a model finding: the words that carried the verdict (relative to the turn text). */
  evidence?: Span;
}

/** Shared by every turn where a rule finds nothing (most turns, for most rules): no array per turn and rule. */
const NO_MATCHES: readonly PhraseMatch[] = Object.freeze([]);

/** All counted matches of `patterns` in an agent turn, memoized under `key` (the memo is shared by turns with the same words). */
export function findPhrases(agent: AgentFacts, key: string, patterns: readonly PhrasePattern[]): readonly PhraseMatch[] {
  const cached = agent.memo.get(key) as readonly PhraseMatch[] | undefined;
  if (cached) return cached;
  const found = scan(agent, patterns);
  const result = found.length === 0 ? NO_MATCHES : dropOverlaps(found);
  agent.memo.set(key, result);
  return result;
}

/** Matches kept per rule in one turn; beyond this a turn is not a line anyone would say. */
export const MAX_MATCHES_PER_TURN = 600;

/** Runs every pattern that may match over the turn and keeps the matches their context allows. */
function scan(agent: AgentFacts, patterns: readonly PhrasePattern[]): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  // Only patterns whose required literals are in the line can match (exact: the rest are not run).
  const candidates = filterFor(patterns).candidates(agent.masked);
  for (let c = 0; c < candidates.length; c++) {
    const pattern = patterns[candidates[c]];
    const re = globalOnLowerText(pattern.re);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(agent.masked)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const match = toMatch(agent, pattern, m.index, m.index + m[0].length);
      if (counts(agent, match)) matches.push(match);
      if (matches.length >= MAX_MATCHES_PER_TURN) return matches;
    }
  }
  return matches;
}

const FILTERS = new WeakMap<readonly PhrasePattern[], PatternFilter>();

/** The literal prefilter of a pattern list, read from the patterns as they run (lower-cased). */
function filterFor(patterns: readonly PhrasePattern[]): PatternFilter {
  let filter = FILTERS.get(patterns);
  if (!filter) {
    // The sources as they will run, read without compiling them: most patterns are never run at all.
    filter = literalFilter(patterns.map((p) => lowerSource(p.re.source)));
    FILTERS.set(patterns, filter);
  }
  return filter;
}

/** Memoizes a per-turn fact under `key`: the walker may reach a turn on several paths. */
export function memoized<T>(agent: AgentFacts, key: string, compute: (agent: AgentFacts) => T): T {
  // One lookup when the value is there (most calls); `has` only tells a kept undefined from none.
  const kept = agent.memo.get(key);
  if (kept !== undefined || agent.memo.has(key)) return kept as T;
  const value = compute(agent);
  agent.memo.set(key, value);
  return value;
}

function toMatch(agent: AgentFacts, pattern: PhrasePattern, start: number, end: number): PhraseMatch {
  // Kept in the per-line memo: a copy, not a slice that would keep the turn's document alive. The
  // fields filled in later are there from the start, so every match has one shape (V8 reads them fast).
  const text = ownCopy(agent.turn.text.slice(start, end));
  return { pattern, start, end, text, sentence: sentenceAt(agent.sentences, start, agent.masked.length), message: undefined, preferred: undefined, evidence: undefined };
}

function counts(agent: AgentFacts, match: PhraseMatch): boolean {
  const { pattern, start, end, sentence } = match;
  const text = agent.masked;
  // Context is read within the sentence, and never further than a window: a 5 MB "sentence" stays linear.
  const before = Math.max(sentence.start, start - CONTEXT_WINDOW);
  const after = text.slice(end, Math.min(sentence.end, end + CONTEXT_WINDOW));
  if (!pattern.countsWhenQuoted && (insideAny(agent.quotes, start) || isReportedAt(text, before, start))) return false;
  if (pattern.negatable && isNegatedAt(text, start)) return false;
  if (pattern.unlessFollowedBy && onLowerText(pattern.unlessFollowedBy).test(after)) return false;
  if (pattern.unlessPrecededBy && onLowerText(pattern.unlessPrecededBy).test(text.slice(before, start))) return false;
  if (pattern.onlyIfFollowedBy && !onLowerText(pattern.onlyIfFollowedBy).test(after)) return false;
  if (pattern.onlyIfPrecededBy && !onLowerText(pattern.onlyIfPrecededBy).test(text.slice(before, start))) return false;
  return true;
}

/** How far (in characters) a phrase's context is read on either side. */
const CONTEXT_WINDOW = 300;

/** Keeps the earliest, longest match where two overlap, so one phrase is reported once. */
function dropOverlaps(matches: PhraseMatch[]): PhraseMatch[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PhraseMatch[] = [];
  for (const m of matches) if (kept.length === 0 || m.start >= kept[kept.length - 1].end) kept.push(m);
  return kept;
}

/** Absolute span of a match in the document. */
export function matchSpan(agent: AgentFacts, match: { start: number; end: number }): Span {
  const base = agent.turn.textSpan.start;
  return { start: base + match.start, end: base + match.end };
}

/** A rewrite with its span relative to the turn text: the same for every turn with the same words. */
interface RelativeFix {
  start: number;
  end: number;
  text: string;
}

/**
 * A fix replacing the matched words. Keeps sentence case; an empty replacement also removes the
 * comma and space after the words and capitalizes what then starts the sentence.
 */
export function replacementFix(agent: AgentFacts, match: PhraseMatch, replacement: string, scope: RewriteScope = 'clause'): Fix {
  return placed(agent, rewrite(agent, match, replacement, scope));
}

/** What a rewrite replaces: the clause holding the mistake, or (for a promise or a claim that is the whole thought) its sentence. */
export type RewriteScope = 'clause' | 'sentence';

/** The pattern's own rewrite (its safe fix), worked out once per match: findings of repeated lines share it. */
function preferredFix(agent: AgentFacts, match: PhraseMatch, replacement: string, scope: RewriteScope = 'clause'): Fix {
  return placed(agent, (match.preferred ??= rewrite(agent, match, replacement, scope)));
}

function placed(agent: AgentFacts, fix: RelativeFix): Fix {
  return { span: matchSpan(agent, fix), text: fix.text };
}

function rewrite(agent: AgentFacts, match: PhraseMatch, replacement: string, scope: RewriteScope = 'clause'): RelativeFix {
  const text = agent.turn.text;
  if (replacement === '') return removeClause(text, match.sentence, match);
  // A lead-in ("It looks like", "To recap,") goes where the matched words were and the clause goes on after it.
  if (isLeadIn(replacement)) {
    const fitted = match.start === match.sentence.start ? capitalize(replacement) : decapitalize(replacement);
    const space = /\s$/.test(match.text) && !/\s$/.test(fitted) ? ' ' : '';
    return { start: match.start, end: match.end, text: fitted + space };
  }
  // A statement of several sentences cannot sit inside one, and some mistakes are the whole sentence.
  if (scope === 'sentence' || isSeveralSentences(replacement)) return replaceSentence(text, match.sentence, replacement);
  // Otherwise the replacement is a thought of its own: it takes the place of the clause holding the words.
  return replaceClause(text, match.sentence, match, replacement);
}

/** Suggestions from the pattern's own rewrites, then from extra statements, without duplicates. */
export function suggestionsFor(agent: AgentFacts, match: PhraseMatch, extra: readonly string[] = [], scope: RewriteScope = 'clause'): Suggestion[] {
  const texts = [...(match.pattern.fix !== undefined ? [match.pattern.fix] : []), ...(match.pattern.suggestions ?? []), ...extra];
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const t of texts) {
    if (seen.has(t)) continue;
    seen.add(t);
    const fix = replacementFix(agent, match, t, scope);
    out.push({ title: t === '' ? `Remove "${match.text.trim()}"` : `Say "${fix.text}"`, fix });
  }
  return out;
}

/** Statements that replace the whole sentence holding the match (first, dropping it when the turn says more). */
function sentenceSuggestions(agent: AgentFacts, match: PhraseMatch, statements: readonly string[]): Suggestion[] {
  const text = agent.turn.text;
  const replacements = statements.map((statement) => ({ title: `Replace the sentence with "${statement}"`, fix: placed(agent, replaceSentence(text, match.sentence, statement)) }));
  if (agent.sentences.length < 2) return replacements;
  // The rest of the turn can stand alone: offer to drop the sentence.
  const removal = { title: 'Remove this sentence', fix: placed(agent, removeSentence(text, match.sentence)) };
  return [removal, ...replacements];
}

/** The cues of the customer turns just before this agent turn. */
export function cuesBefore(ctx: TurnContext): ReadonlySet<string> {
  const before = ctx.customerBefore;
  // Usually one customer turn: its own set, made once per line of text.
  if (before.length === 0) return NO_CUES;
  if (before.length === 1) return before[0].cueSet;
  let cues = CUES_BEFORE.get(before);
  if (!cues) {
    cues = new Set(before.flatMap((c) => c.cues));
    CUES_BEFORE.set(before, cues);
  }
  return cues;
}

const NO_CUES: ReadonlySet<string> = new Set();

/** By the list of customer turns (one list per agent turn and path, shared by every rule that asks). */
const CUES_BEFORE = new WeakMap<readonly CustomerFacts[], ReadonlySet<string>>();

/**
 * The message for one match: quote the words, say why they land badly, point to a better way. One
 * that reads only the match is made once per match and shared by every turn with the same words
 * (findings are many); one whose wording depends on the conversation is made per finding.
 */
type PhraseMessage = { message(match: PhraseMatch): string } | { messageInContext(match: PhraseMatch, ctx: TurnContext): string };

export type PhraseRuleSpec = PhraseRuleBase & PhraseMessage;

interface PhraseRuleBase extends Omit<Rule, 'checkTurn' | 'checkPathEnd'> {
  patterns: readonly PhrasePattern[];
  /** Extra context condition; a match counts only when this returns true. */
  when?(match: PhraseMatch, ctx: TurnContext): boolean;
  /** Lines that set the context, e.g. the customer's disclosure. */
  related?(ctx: TurnContext): RelatedInfo[];
  /** Catalogue statements offered after the pattern's own rewrites. */
  extraSuggestions?(ctx: TurnContext): readonly string[];
  /**
   * Where extra statements go: 'replace' (default) replaces the words; 'prefix' puts them before the
   * sentence left once the words are removed; 'sentence' replaces the whole sentence holding the words
   * (for phrases that are the middle of a thought, such as an agent's own story).
   */
  suggestionMode?: 'replace' | 'prefix' | 'sentence';
  /**
   * A condition on the sentence (masked text) before the intent model's verdict counts, for rules
   * whose mistake needs a word the model may not insist on (an apology rule needs an apology).
   */
  modelNeeds?: RegExp;
  /** A use of the model's words that is not the mistake ("at least three days", "you must be logged in"): the verdict does not count where it matches the sentence. */
  modelRejects?: RegExp;
  /** What the pattern's rewrites replace (default: the clause holding the words). */
  rewriteScope?: RewriteScope;
  /** Rewrites the preferred fix for the context (with a title saying what it does), keeps it (undefined), or drops it (null) where no rewrite is safe. */
  adaptFix?(fix: Fix, match: PhraseMatch, ctx: TurnContext): Suggestion | null | undefined;
}

export interface PhraseRule extends Rule {
  patterns: readonly PhrasePattern[];
}

/** Builds a rule that reports every counted phrase in an agent turn, and what the intent model recognizes beyond them. */
export function phraseRule(spec: PhraseRuleSpec): PhraseRule {
  const { id, patterns } = spec;
  const label = (INTENT_LABELS as readonly string[]).includes(id) ? (id as IntentLabel) : undefined;
  PHRASE_RULES.push(spec);
  MODEL_KEYS.set(spec, `${id}:model`);
  // Every rule's patterns join the shared prefilter at load, so its automaton is made once, not once per rule's first line.
  filterFor(patterns);
  return {
    id,
    description: spec.description,
    defaultSeverity: spec.defaultSeverity,
    fixable: spec.fixable,
    tags: spec.tags,
    ...(spec.options ? { options: spec.options } : {}),
    patterns,
    // With the intent model off its verdict is never read: not worked out either.
    silentOn: (agent, options) => findPhrases(agent, id, patterns).length === 0 && (label === undefined || options.intentModel === false || modelMatch(agent, spec, label) === null),
    checkTurn(ctx, report) {
      // An indexed loop with the reporting in a function of its own: this runs for every rule on every
      // agent turn, mostly finding nothing, and then must allocate nothing (no iterator, no closure scope).
      const matches = findPhrases(ctx.agent, id, patterns);
      for (let i = 0; i < matches.length; i++) reportMatch(spec, matches[i], ctx, report);
      if (label === undefined || ctx.options.intentModel === false) return;
      const recognized = modelMatch(ctx.agent, spec, label);
      if (recognized && !anotherRuleNames(recognized, spec, ctx)) reportMatch(spec, recognized, ctx, report);
    },
  };
}

/** Where the sentence after `sentence` ends (or `sentence`'s own end): a rule's condition may be met there ("Sorry, my hands are tied. Policy is policy."). */
function followingSentenceEnd(agent: AgentFacts, sentence: Span): number {
  const next = agent.sentences.find((s) => s.start >= sentence.end);
  return next ? next.end : sentence.end;
}

/**
 * True when another rule that reads context reports a phrase on the words that carried the model's
 * verdict ("I'm sure he had a long life" after a loss is early-personalization's, not a second
 * finding of another rule). Rules without context conditions were ruled out once per line already.
 */
function anotherRuleNames(recognized: PhraseMatch, spec: PhraseRuleSpec, ctx: TurnContext): boolean {
  const evidence = recognized.evidence ?? recognized.sentence;
  return PHRASE_RULES.some(
    (rule) => rule !== spec && rule.when !== undefined && findPhrases(ctx.agent, rule.id, rule.patterns).some((m) => m.start < evidence.end && m.end > evidence.start && rule.when!(m, ctx)),
  );
}

/** A speech act the agent disowns: "I'm not going to tell you…", "I can't promise…" (the sentence is honesty, not the mistake). */
const DISOWNED =
  /\b(?:not\s+going\s+to|won'?t|will\s+not|wouldn'?t|would\s+never|never|don'?t\s+want\s+to|can'?t|cannot|refuse\s+to|wish\s+i\s+could)\s+(?:\w+\s+){0,2}(?:tell|ask|say|suggest|pretend|promise|guarantee|make|blame|lecture|call)\b/;

/** Every phrase rule made, so a model finding can give way to any rule's phrase in its sentence. */
const PHRASE_RULES: PhraseRuleSpec[] = [];

/** The pattern a model finding carries: no words of its own, no safe fix, the sentence to rewrite. */
// eslint-disable-next-line regexp/no-empty-lookarounds-assertion -- a pattern that never matches, on purpose
const MODEL_PATTERN: PhrasePattern = { id: 'intent-model', re: /(?!)/ };

/**
 * The intent model's finding for a phrase rule, as a match over the sentence it judged (quoting the
 * words that carried it), or null. None where a phrase of this rule stands in that sentence, or a
 * phrase of a rule that needs no context stands on the words that carried it: the phrase names the
 * mistake exactly.
 */
function modelMatch(agent: AgentFacts, spec: PhraseRuleSpec, label: IntentLabel): PhraseMatch | null {
  // Asked by every labelled rule on every agent line: a key made once per rule, and no closure unless the verdict is new.
  const key = MODEL_KEYS.get(spec)!;
  const kept = agent.memo.get(key) as PhraseMatch | null | undefined;
  if (kept !== undefined) return kept;
  const match = recognized(agent, spec, label);
  agent.memo.set(key, match);
  return match;
}

/** Where a line's memo keeps each phrase rule's model finding (by the rule's spec). */
const MODEL_KEYS = new Map<PhraseRuleSpec, string>();

/** modelMatch's verdict, worked out. */
function recognized(agent: AgentFacts, spec: PhraseRuleSpec, label: IntentLabel): PhraseMatch | null {
  const accept = (sentence: Span, evidence: Span) =>
    !PHRASE_RULES.some((rule) =>
      findPhrases(agent, rule.id, rule.patterns).some((m) => (rule === spec ? m.start >= sentence.start && m.start < sentence.end : !rule.when && m.start < evidence.end && m.end > evidence.start)),
    ) &&
    (!spec.modelNeeds || onLowerText(spec.modelNeeds).test(agent.masked.slice(sentence.start, followingSentenceEnd(agent, sentence)))) &&
    (!spec.modelRejects || !onLowerText(spec.modelRejects).test(agent.masked.slice(sentence.start, sentence.end))) &&
    // The readings of context a phrase gets: "I won't tell you to calm down", "he told you to calm down".
    // (A plain negation is the model's to weigh: "no point stressing" is the mistake itself.)
    !onLowerText(DISOWNED).test(agent.masked.slice(sentence.start, sentence.end)) &&
    !isReportedAt(agent.masked, Math.max(sentence.start, evidence.start - CONTEXT_WINDOW), evidence.start);
  const verdict = intentVerdict(agent, label, accept);
  if (!verdict) return null;
  const { sentence, evidence } = verdict;
  const text = ownCopy(agent.turn.text.slice(evidence.start, evidence.end));
  return { pattern: MODEL_PATTERN, start: sentence.start, end: sentence.end, text, sentence, message: undefined, preferred: undefined, evidence };
}

/** Reports one counted match of a phrase rule, building its message and fixes only if the span is new. */
function reportMatch(spec: PhraseRuleSpec, match: PhraseMatch, ctx: TurnContext, report: Reporter): void {
  const { when, extraSuggestions, adaptFix, suggestionMode, related, rewriteScope: scope } = spec;
  if (when && !when(match, ctx)) return;
  report(matchSpan(ctx.agent, match), () => {
    const preferred = match.pattern.fix !== undefined ? preferredFix(ctx.agent, match, match.pattern.fix, scope) : undefined;
    const adapted = preferred && adaptFix ? adaptFix(preferred, match, ctx) : undefined;
    const suggestions = (): Suggestion[] => {
      const extra = extraSuggestions?.(ctx) ?? [];
      const ranked =
        match.pattern === MODEL_PATTERN
          ? sentenceSuggestions(ctx.agent, match, extra)
          : suggestionMode === 'prefix' && preferred
            ? [...suggestionsFor(ctx.agent, match, [], scope), ...prefixSuggestions(ctx.agent, match, preferred, extra)]
            : suggestionMode === 'sentence'
              ? [...suggestionsFor(ctx.agent, match, [], scope), ...sentenceSuggestions(ctx.agent, match, extra)]
              : suggestionsFor(ctx.agent, match, extra, scope);
      // The preferred fix always leads the suggestions, under a title that says what it does.
      return adapted ? [adapted, ...ranked] : ranked;
    };
    return {
      message: 'messageInContext' in spec ? spec.messageInContext(match, ctx) : (match.message ??= spec.message(match)),
      fix: adapted === null ? undefined : (adapted?.fix ?? preferred),
      related: related?.(ctx),
      pathSensitive: related !== undefined,
      suggestions,
    };
  });
}

/**
 * Statements placed where removed words led the sentence, before the rest of it (which the removal
 * has capitalized); elsewhere a statement would split a sentence, so none is offered.
 */
function prefixSuggestions(agent: AgentFacts, match: PhraseMatch, removal: Fix, statements: readonly string[]): Suggestion[] {
  if (matchSpan(agent, match.sentence).start !== removal.span.start) return [];
  return statements.map((statement) => {
    const text = `${statement}${removal.text === '' ? '' : ' '}${removal.text}`;
    return { title: `Say "${statement}" instead`, fix: { span: removal.span, text } };
  });
}

/** True when any of the rules' phrases occur in the turn (sharing their memo, so no work is repeated). */
export function saysAnyOf(agent: AgentFacts, rules: readonly PhraseRule[]): boolean {
  return rules.some((rule) => findPhrases(agent, rule.id, rule.patterns).length > 0);
}

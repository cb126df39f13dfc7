// The shape every rule module exports, and the context the linter hands to it.
import type { CustomerCue } from '../cues.js';
import type { EmpathyConfig, Finding, Fix, RelatedInfo, RuleMeta, ScriptDocument, Situation, Span, Suggestion, Turn } from '../types.js';

/** Facts about one agent turn, computed once however many paths reach it. */
export interface AgentFacts {
  turn: Turn;
  /** Same-length copy of the turn text with placeholders blanked and quotes made plain. */
  masked: string;
  /** Sentence spans relative to the turn text. */
  sentences: Span[];
  /** Quoted spans relative to the turn text. */
  quotes: readonly Span[];
  /** Memo of facts that depend on the words alone (shared by turns with the same words): rules read it through `findPhrases` and `memoized`. */
  memo: Map<string, unknown>;
}

/** Facts about one customer turn. */
export interface CustomerFacts {
  turn: Turn;
  masked: string;
  cues: CustomerCue[];
  /** The same cues as a set (shared by turns with the same words). */
  cueSet: ReadonlySet<string>;
  /** Says more than a short reply: elaborates, so the agent may personalize. */
  elaborates: boolean;
}

/** A loss or hardship the customer disclosed, and whether they have said more since. */
export interface Disclosure {
  customer: CustomerFacts;
  volunteeredMore: boolean;
}

/** What the conversation has established when an agent turn is reached on one path. */
export interface TurnContext {
  document: ScriptDocument;
  agent: AgentFacts;
  /** Customer turns since the previous agent turn (usually one), oldest first. */
  customerBefore: readonly CustomerFacts[];
  /** The previous agent turn on this path. */
  agentBefore: AgentFacts | null;
  disclosure: Disclosure | null;
  situation: Situation | undefined;
  options: Readonly<Record<string, unknown>>;
  /** This rule's own memory along the path (a short string, part of the path state). */
  state: string;
}

/** What a rule sees when a path ends (a section with no way on, or the end of a linear file). */
export interface PathEndContext {
  document: ScriptDocument;
  /** The last agent turn on the path, if any. */
  lastAgent: AgentFacts | null;
  situation: Situation | undefined;
  options: Readonly<Record<string, unknown>>;
  state: string;
}

/** What a rule reports about a span; built lazily, since a turn reached on several paths reports once. */
export interface Report {
  message: string;
  fix?: Fix;
  /** Ranked rewrites, or a function making them when first read (most runs never read them). */
  suggestions?: Suggestion[] | (() => Suggestion[]);
  related?: RelatedInfo[];
  /** Adds the path to the message when the script branches. */
  pathSensitive?: boolean;
}

/** Reports a finding at `span`; `build` runs only if this rule has not reported that span yet. */
export type Reporter = (span: Span, build: () => Report) => void;

/** A rule: its metadata (all but the docs link, which is derived from the ID in one place) and its checks. */
export interface Rule extends Omit<RuleMeta, 'docsUrl'> {
  /** Called for each agent turn on each distinct path state; returns the rule's new path state, if it keeps one. */
  checkTurn?(ctx: TurnContext, report: Reporter): string | void;
  /**
   * True when `checkTurn` would neither report nor change the path state on a turn with these words,
   * whatever the context (a question about the words and the rule's options alone): the walker then
   * skips the rule there. Options count (the intent model switched off leaves less to say).
   */
  silentOn?(agent: AgentFacts, options: Readonly<Record<string, unknown>>): boolean;
  /** Called once per path end. */
  checkPathEnd?(ctx: PathEndContext, report: Reporter): void;
}

/** A finding before the linter gives it a severity and a docs link. */
export type RawFinding = Omit<Finding, 'severity' | 'docsUrl'>;

/** What a document rule may read beside the document. */
export interface DocumentRuleContext {
  config: EmpathyConfig;
  /** Every rule ID the engine knows (a directive naming another disables nothing). */
  knownRuleIds: ReadonlySet<string>;
}

/**
 * A rule that reads the document once, not the conversation along its paths: the parser's structure
 * and front-matter problems, and the team's own phrase list.
 */
export interface DocumentRule extends Omit<RuleMeta, 'docsUrl'> {
  check(document: ScriptDocument, context: DocumentRuleContext): RawFinding[];
}

// The conversation model: facts per turn (computed once) and a bounded, cycle-safe walk of every
// path from the start section, so context rules see what was said before on each path.
import type { ResolvedRuleSetting } from './config.js';
import { customerCues, DISCLOSURE_CUES } from './cues.js';
import { maskText, quotedSpans, sentenceSpans } from './language.js';
import { ownCopy, TextCache } from './text-cache.js';
import type { AgentFacts, CustomerFacts, Disclosure, Report, Reporter, Rule, TurnContext } from './rules/rule.js';
import type { Finding, Fix, RelatedInfo, ScriptDocument, Section, Span, Suggestion, Turn } from './types.js';

/** Distinct path states kept per section; beyond this, paths through the section are not re-analysed. */
const MAX_STATES_PER_SECTION = 2;
/** Rewrites offered per finding, best first. */
const MAX_SUGGESTIONS = 3;
/** Upper bound on section visits per document, whatever its shape. */
const MAX_SECTION_VISITS = 20_000;

type RawFinding = Omit<Finding, 'severity' | 'docsUrl'>;

const NO_OPTIONS: Readonly<Record<string, unknown>> = Object.freeze({});

export interface PathState {
  customerBefore: CustomerFacts[];
  agentBefore: AgentFacts | null;
  disclosure: Disclosure | null;
  /** Each rule's own path state, by the rule's index in the walker's list. */
  ruleStates: string[];
  /** The last section on the path (null in a linear script). */
  path: PathNode | null;
}

/** Items between the walk states a linear script keeps, so a re-lint after an edit can start near it. */
const CHECKPOINT_EVERY = 32;

/** The walk of a linear script just before one item: enough to go on from there after an edit below it. */
export interface WalkCheckpoint {
  itemIndex: number;
  state: PathState;
  /** Findings reported before this item (a prefix of the walk's findings). */
  findings: number;
  failed: boolean[];
}

/** What a linear walk leaves for resuming: its findings in walk order and its checkpoints. */
export interface WalkRecord {
  findings: readonly RawFinding[];
  checkpoints: readonly WalkCheckpoint[];
}

/** Where to resume: an earlier walk, and the index of its checkpoint whose items before it are the same in this document. */
export interface WalkResume {
  record: WalkRecord;
  at: number;
}

/**
 * Runs the rules over every path of the document and returns their findings, de-duplicated, and
 * (for a linear script) the record to resume from after an edit.
 */
export function walkConversation(
  document: ScriptDocument,
  rules: readonly Rule[],
  settings: Map<string, ResolvedRuleSetting>,
  resume?: WalkResume,
  resumable = false,
): { findings: RawFinding[]; record?: WalkRecord } {
  return new Walker(document, rules, settings, resumable || resume !== undefined).run(resume);
}

/**
 * Runs the rules along one given path (sections from the start, in order) as one conversation, for
 * the per-path report: the same turn facts, path state and path end as the full walk, with no bound on
 * states (one path is one state per section) and nothing shared with other paths.
 */
export function walkPath(document: ScriptDocument, sections: readonly Section[], rules: readonly Rule[], settings: Map<string, ResolvedRuleSetting>): RawFinding[] {
  return new Walker(document, rules, settings, false).runPath(sections);
}

/** True when the script is one conversation without sections: walked item by item, resumable. */
export const isLinear = (document: ScriptDocument): boolean => !document.hasSections && document.sections.length === 1;

class Walker {
  /** Facts per turn, for scripts whose turns may be reached on several paths (the same facts each time). */
  private readonly agentFacts = new Map<Turn, AgentFacts>();
  /** Every agent turn's facts made in this walk, to let go of their memos at the end. */
  private readonly agentFactsMade: AgentFacts[] = [];
  private readonly linear: boolean;
  private readonly customerFacts = new Map<Turn, CustomerFacts>();
  private readonly findings: RawFinding[] = [];
  /** Indices of rules that threw on this document. */
  private readonly failed: boolean[] = [];
  /** Spans each rule has reported (by the rule's index), so a turn reached on several paths reports once. */
  private readonly reported: SpanSet[];
  private readonly sectionsByName = new Map<string, Section>();
  /** Path states admitted per section (at most MAX_STATES_PER_SECTION; never changed once admitted). */
  private readonly statesSeen = new Map<Section, PathState[]>();
  private visits = 0;
  /** Per rule (by index): its options, and one reporter reused for every turn (it reads `this.path`). */
  private readonly options: Readonly<Record<string, unknown>>[];
  private readonly reporters: Reporter[];
  private path: PathNode | null = null;
  /** Sections on the path being walked, by name (a count: a name may be entered again only after it is left). */
  private readonly onPath = new Map<string, number>();
  /** Where a line's memo keeps which of this walker's rules are silent on it (by the rule list: configs differ). */
  private readonly silentKey: string;

  constructor(
    private readonly document: ScriptDocument,
    private readonly rules: readonly Rule[],
    settings: Map<string, ResolvedRuleSetting>,
    /** The text will be linted again after edits: keep walk checkpoints and cache every line at once. */
    private readonly resumable: boolean,
  ) {
    for (const s of document.sections) if (s.name && !this.sectionsByName.has(s.name)) this.sectionsByName.set(s.name, s);
    this.linear = isLinear(document);
    this.options = rules.map((rule) => settings.get(rule.id)?.options ?? NO_OPTIONS);
    this.reporters = rules.map((_, i) => (span, build) => this.report(i, span, build, this.path));
    this.reported = rules.map(() => new SpanSet());
    this.silentKey = `silent:${rules.map((r) => r.id).join(',')}`;
  }

  run(resume: WalkResume | undefined): { findings: RawFinding[]; record?: WalkRecord } {
    const sections = this.document.sections;
    if (sections.length === 0 || this.rules.length === 0) return { findings: [] };
    let record: WalkRecord | undefined;
    if (this.linear) {
      record = this.walkLinear(sections[0], resume);
    } else if (!this.document.hasSections) {
      for (const s of sections) this.walk(s, emptyState());
    } else {
      this.walk(sections[0], emptyState());
      // Sections no path reaches are still read, each as a conversation of its own, but no call ends there.
      for (const s of sections) if (!this.statesSeen.has(s)) this.walk(s, emptyState(), false);
    }
    // Findings keep their turn's facts for lazy suggestions, which never read the memo: let the
    // memo (every rule's matches for the line) go with the text cache instead of living as long as them.
    for (const facts of this.agentFactsMade) facts.memo = NO_MEMO;
    return { findings: this.findings, record };
  }

  /** One path, section after section; it ends where the last section does. */
  runPath(sections: readonly Section[]): RawFinding[] {
    if (sections.length === 0 || this.rules.length === 0) return [];
    const state = emptyState();
    for (const section of sections) {
      if (this.document.hasSections) state.path = { name: section.name, parent: state.path, depth: (state.path?.depth ?? 0) + 1 };
      for (const item of section.items) if (item.kind === 'turn') this.readTurn(item, state);
    }
    this.endPath(state);
    for (const facts of this.agentFactsMade) facts.memo = NO_MEMO;
    return this.findings;
  }

  /**
   * A linear script, item by item, keeping a checkpoint every few items; from a resume point, the
   * findings before it are taken as they were and the walk goes on from its state.
   */
  private walkLinear(section: Section, resume: WalkResume | undefined): WalkRecord | undefined {
    const resumable = this.resumable;
    const checkpoints: WalkCheckpoint[] = [];
    let state = emptyState();
    let start = 0;
    if (resume) {
      const checkpoint = resume.record.checkpoints[resume.at];
      for (const f of resume.record.findings.slice(0, checkpoint.findings)) this.readopt(f);
      checkpoint.failed.forEach((failed, i) => (this.failed[i] = failed));
      state = cloneState(checkpoint.state);
      start = checkpoint.itemIndex;
      // The checkpoints up to this one hold for this document too.
      checkpoints.push(...resume.record.checkpoints.slice(0, resume.at + 1));
    }
    const items = section.items;
    for (let i = start; i < items.length; i++) {
      if (resumable && i % CHECKPOINT_EVERY === 0 && !(resume && i === start)) {
        checkpoints.push({ itemIndex: i, state: detachedState(state), findings: this.findings.length, failed: [...this.failed] });
      }
      const item = items[i];
      if (item.kind === 'turn') this.readTurn(item, state);
    }
    this.endPath(state);
    return resumable ? { findings: this.findings.slice(), checkpoints } : undefined;
  }

  /** A finding from the walk being resumed, kept as it was (and remembered, so it is not reported twice). */
  private readopt(finding: RawFinding): void {
    // Carried from version to version, it must not keep the version it was found in alive.
    if (finding instanceof LazySuggestionsFinding) finding.settle();
    const index = this.rules.findIndex((r) => r.id === finding.ruleId);
    if (index >= 0) this.reported[index].add(finding.span);
    this.findings.push(finding);
  }

  /** Depth-first walk with an explicit stack, so deep scripts cannot overflow the call stack. */
  private walk(start: Section, initial: PathState, reachable = true): void {
    // A `leave` step pops a section off the path once everything below it has been walked.
    const stack: Array<{ section: Section; incoming: PathState } | { leave: string }> = [{ section: start, incoming: initial }];
    while (stack.length > 0) {
      const step = stack.pop()!;
      if ('leave' in step) {
        this.changeOnPath(step.leave, -1);
        continue;
      }
      const { section, incoming } = step;
      if (!this.admit(section, incoming)) continue;
      const state = cloneState(incoming);
      if (this.document.hasSections) {
        state.path = { name: section.name, parent: incoming.path, depth: (incoming.path?.depth ?? 0) + 1 };
        this.changeOnPath(section.name, 1);
        stack.push({ leave: section.name });
      }
      const targets = this.readSection(section, state);
      if (targets.length === 0 && reachable) this.endPath(state);
      for (let i = targets.length - 1; i >= 0; i--) stack.push({ section: targets[i], incoming: state });
    }
  }

  private changeOnPath(name: string, by: 1 | -1): void {
    const count = (this.onPath.get(name) ?? 0) + by;
    if (count > 0) this.onPath.set(name, count);
    else this.onPath.delete(name);
  }

  /** Records a (section, state) visit; false when already seen or over the bounds. */
  private admit(section: Section, state: PathState): boolean {
    if (this.visits >= MAX_SECTION_VISITS) return false;
    let seen = this.statesSeen.get(section);
    if (!seen) {
      seen = [];
      this.statesSeen.set(section, seen);
    }
    if (seen.length >= MAX_STATES_PER_SECTION || seen.some((s) => sameContext(s, state))) return false;
    seen.push(state);
    this.visits++;
    return true;
  }

  /** Reads a section's items into the state; returns the sections it leads to (a cycle back is a path end). */
  private readSection(section: Section, state: PathState): Section[] {
    const targets: Section[] = [];
    let leadsOn = false;
    for (const item of section.items) {
      if (item.kind === 'turn') this.readTurn(item, state);
      else if (item.kind === 'choice' || item.kind === 'jump') {
        const target = this.sectionsByName.get(item.target);
        if (!target) continue;
        leadsOn = true;
        if (!this.onPath.has(target.name) && !targets.includes(target)) targets.push(target);
      }
    }
    if (leadsOn && targets.length === 0) this.endPath(state);
    return targets;
  }

  private readTurn(turn: Turn, state: PathState): void {
    if (turn.role === 'customer') {
      const facts = this.customer(turn);
      if (state.customerBefore === NO_CUSTOMERS) state.customerBefore = [facts];
      else state.customerBefore.push(facts);
      if (!state.disclosure) {
        if (facts.cues.some((c) => DISCLOSURE_CUES.has(c))) state.disclosure = { customer: facts, volunteeredMore: false };
      } else if (facts.elaborates && !state.disclosure.volunteeredMore) {
        state.disclosure = { customer: state.disclosure.customer, volunteeredMore: true };
      }
      return;
    }
    if (turn.role !== 'agent') return;
    const facts = this.agent(turn);
    // One context object per turn, re-pointed at each rule's options and state: turns are many.
    const ctx: TurnContext = {
      document: this.document,
      agent: facts,
      customerBefore: state.customerBefore,
      agentBefore: state.agentBefore,
      disclosure: state.disclosure,
      situation: this.document.frontMatter?.situation,
      options: NO_OPTIONS,
      state: '',
    };
    this.path = state.path;
    const silent = this.silentRules(facts);
    for (let i = 0; i < this.rules.length; i++) {
      const rule = this.rules[i];
      if (!rule.checkTurn || this.failed[i] || (silent & (1 << i)) !== 0) continue;
      ctx.options = this.options[i];
      ctx.state = state.ruleStates[i] ?? '';
      try {
        const next = rule.checkTurn(ctx, this.reporters[i]);
        if (typeof next === 'string') state.ruleStates[i] = next;
      } catch (error) {
        this.ruleFailed(i, turn.span, error);
      }
    }
    state.customerBefore = NO_CUSTOMERS;
    state.agentBefore = facts;
  }

  /**
   * The rules (as bits, by index) that say nothing on a turn with these words whatever the context,
   * worked out once per line: most rules are silent on most lines, and a call each per turn cost ~6%
   * of a CLI run. Rules past bit 30 are always asked.
   */
  private silentRules(facts: AgentFacts): number {
    let silent = facts.memo.get(this.silentKey) as number | undefined;
    if (silent === undefined) {
      silent = 0;
      for (let i = 0; i < this.rules.length && i < 31; i++) if (saysNothingOn(this.rules[i], facts)) silent |= 1 << i;
      facts.memo.set(this.silentKey, silent);
    }
    return silent;
  }

  private endPath(state: PathState): void {
    this.path = state.path;
    this.rules.forEach((rule, i) => {
      if (!rule.checkPathEnd || this.failed[i]) return;
      try {
        rule.checkPathEnd(
          {
            document: this.document,
            lastAgent: state.agentBefore,
            situation: this.document.frontMatter?.situation,
            options: this.options[i],
            state: state.ruleStates[i] ?? '',
          },
          this.reporters[i],
        );
      } catch (error) {
        this.ruleFailed(i, state.agentBefore?.turn.span ?? { start: 0, end: 0 }, error);
      }
    });
  }

  /** A rule that throws is reported once, where it failed, and skipped for the rest of the script; the others go on. */
  private ruleFailed(index: number, span: Span, error: unknown): void {
    this.failed[index] = true;
    const rule = this.rules[index];
    const reason = error instanceof Error ? error.message : String(error);
    this.findings.push({
      ruleId: rule.id,
      message: `Internal error: rule ${rule.id} failed on this script and was skipped (${reason}). The other rules still ran. Please report it with the script.`,
      span,
      suggestions: [],
      related: [],
    });
  }

  private report(index: number, span: Span, build: () => Report, node: PathNode | null): void {
    // One finding per rule and span, whichever path reported it first.
    if (!this.reported[index].add(span)) return;
    const rule = this.rules[index];
    const r = build();
    const path = this.document.hasSections ? namesOf(node) : NO_NAMES;
    const showPath = r.pathSensitive && this.document.hasSections && path.length > 1;
    const message = showPath ? messageOnPath(node!, r.message) : r.message;
    const related = r.related ?? [];
    // Shared by every finding on the same path (made once per path node, never changed).
    const findingPath = this.document.hasSections ? path : undefined;
    const suggestions = r.suggestions ?? [];
    this.findings.push(
      typeof suggestions === 'function'
        ? new LazySuggestionsFinding(rule.id, message, span, r.fix, related, findingPath, suggestions)
        : { ruleId: rule.id, message, span, fix: r.fix, suggestions: suggestions.slice(0, MAX_SUGGESTIONS), related, path: findingPath },
    );
  }

  // A linear script reads each turn once: its facts need no lookup by turn (turns are many).
  private agent(turn: Turn): AgentFacts {
    let facts = this.linear ? undefined : this.agentFacts.get(turn);
    if (!facts) {
      facts = { turn, ...agentTextFacts(turn, this.resumable) };
      this.agentFactsMade.push(facts);
      if (!this.linear) this.agentFacts.set(turn, facts);
    }
    return facts;
  }

  private customer(turn: Turn): CustomerFacts {
    let facts = this.linear ? undefined : this.customerFacts.get(turn);
    if (!facts) {
      facts = { turn, ...customerTextFacts(turn, this.resumable) };
      if (!this.linear) this.customerFacts.set(turn, facts);
    }
    return facts;
  }
}

/** A rule whose `silentOn` throws is asked on every turn, where its failure is caught and reported. */
function saysNothingOn(rule: Rule, facts: AgentFacts): boolean {
  try {
    return rule.silentOn?.(facts) === true;
  } catch {
    return false;
  }
}

/** A memo that keeps nothing: reads miss and writes are dropped, so anything memoized is just computed. */
class NoMemo extends Map<string, unknown> {
  override set(): this {
    return this;
  }
}

const NO_MEMO: Map<string, unknown> = new NoMemo();

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

function agentTextFacts(turn: Turn, keepAll: boolean): AgentTextFacts {
  return byText(AGENT_TEXT, turn, keepAll, (masked) => ({ masked, sentences: sentenceSpans(masked), quotes: quotedSpans(masked), memo: new Map() }));
}

function customerTextFacts(turn: Turn, keepAll: boolean): CustomerTextFacts {
  return byText(CUSTOMER_TEXT, turn, keepAll, (masked) => {
    const cues = customerCues(masked);
    return { masked, cues, cueSet: new Set(cues), elaborates: elaborates(masked) };
  });
}

const THANKS_ONLY = /^(?:\s*(?:thank(?:s| you)(?: so much| very much)?|ok(?:ay)?|yes|yeah|yep|sure|right|i appreciate (?:it|that)|that'?s (?:kind|nice|sweet) of you|you'?re (?:so )?kind|no|alright|all right|fine|sounds good|please|i will|i definitely will)\s*[.,!?]*)+$/i;

/** Whitespace-separated words holding a letter, counted up to `enough`. */
function wordsWithLetters(text: string, enough: number): number {
  let words = 0;
  WORD_WITH_LETTER.lastIndex = 0;
  while (words < enough && WORD_WITH_LETTER.test(text)) words++;
  return words;
}

const WORD_WITH_LETTER = /[^\s]*\p{L}[^\s]*/gu;

/** A customer turn "says more": beyond thanks or a short reply, about people, feelings or what happened. */
function elaborates(text: string): boolean {
  if (THANKS_ONLY.test(text)) return false;
  if (wordsWithLetters(text, 7) < 7) return false;
  return /\b(?:he|she|him|her|his|they|them|was|were|had|been|it'?s been|feel|felt|hard|tough|sad|miss|ordeal|years?|old|alone|cancer|hospital|died|passed|family|kids|wedding|baby|so|really)\b/i.test(text);
}

/**
 * A finding whose suggestions are made when first read: most runs (the CLI's text formats, CI) never
 * read them, and a prototype getter keeps findings fast, plain-shaped objects.
 */
class LazySuggestionsFinding {
  severity?: Finding['severity'];
  docsUrl?: string;
  // ES private fields: not own properties, so two lint results still compare equal as data.
  #made: Suggestion[] | undefined;
  #make: (() => Suggestion[]) | null;

  constructor(
    readonly ruleId: string,
    public message: string,
    readonly span: Span,
    readonly fix: Fix | undefined,
    readonly related: RelatedInfo[],
    readonly path: string[] | undefined,
    make: () => Suggestion[],
  ) {
    this.#make = make;
  }

  get suggestions(): Suggestion[] {
    return (this.#made ??= this.#make ? this.#make().slice(0, MAX_SUGGESTIONS) : []);
  }

  /**
   * Makes the suggestions now and lets go of what making them needed (the turn's context, and with
   * it the whole document): for a finding a later re-lint takes over unchanged.
   */
  settle(): void {
    void this.suggestions;
    this.#make = null;
  }

  set suggestions(value: Suggestion[]) {
    this.#made = value;
  }
}

/**
 * The customer turns before an agent turn that follows another agent turn: shared, since agents often
 * speak twice in a row. Never pushed to (a customer turn replaces it with an array of its own).
 */
const NO_CUSTOMERS: CustomerFacts[] = [];

function emptyState(): PathState {
  return { customerBefore: NO_CUSTOMERS, agentBefore: null, disclosure: null, ruleStates: [], path: null };
}

function cloneState(s: PathState): PathState {
  return {
    customerBefore: s.customerBefore === NO_CUSTOMERS ? NO_CUSTOMERS : [...s.customerBefore],
    agentBefore: s.agentBefore,
    disclosure: s.disclosure,
    ruleStates: [...s.ruleStates],
    path: s.path,
  };
}

/**
 * A path state kept as a checkpoint, its turns copied off the text: later re-lints carry checkpoints
 * over from version to version, and a turn's words are a slice that would keep its whole version of
 * the text alive (typing down a 2,000-line script grew the heap ~0.13 MB a keystroke).
 */
function detachedState(s: PathState): PathState {
  const detached = new Map<object, unknown>();
  const detach = <F extends { turn: Turn }>(facts: F): F => {
    let copy = detached.get(facts) as F | undefined;
    if (!copy) {
      copy = { ...facts, turn: { ...facts.turn, text: ownCopy(facts.turn.text), speaker: ownCopy(facts.turn.speaker) } };
      detached.set(facts, copy);
    }
    return copy;
  };
  return {
    customerBefore: s.customerBefore === NO_CUSTOMERS ? NO_CUSTOMERS : s.customerBefore.map(detach),
    agentBefore: s.agentBefore && detach(s.agentBefore),
    disclosure: s.disclosure && { customer: detach(s.disclosure.customer), volunteeredMore: s.disclosure.volunteeredMore },
    ruleStates: [...s.ruleStates],
    path: s.path,
  };
}

/** Two arrivals at a section are the same for the rules when their context is: the route does not matter. */
function sameContext(a: PathState, b: PathState): boolean {
  if (a.agentBefore !== b.agentBefore || a.customerBefore.length !== b.customerBefore.length) return false;
  if (a.disclosure?.customer !== b.disclosure?.customer || a.disclosure?.volunteeredMore !== b.disclosure?.volunteeredMore) return false;
  for (let i = 0; i < a.customerBefore.length; i++) if (a.customerBefore[i] !== b.customerBefore[i]) return false;
  const rules = Math.max(a.ruleStates.length, b.ruleStates.length);
  for (let i = 0; i < rules; i++) if ((a.ruleStates[i] ?? '') !== (b.ruleStates[i] ?? '')) return false;
  return true;
}

/** A section on a path, linked to the one before it: paths share their beginnings instead of being copied per visit. */
interface PathNode {
  readonly name: string;
  readonly parent: PathNode | null;
  readonly depth: number;
  /** The names from the start, made when a finding first needs them. */
  names?: string[];
  /** The path as messages show it. */
  described?: string;
}

const NO_NAMES: string[] = [];

/** The section names from the start to `node`, made once per node. */
function namesOf(node: PathNode | null): string[] {
  if (!node) return NO_NAMES;
  if (!node.names) {
    const names = new Array<string>(node.depth);
    for (let n: PathNode | null = node, i = node.depth - 1; n; n = n.parent, i--) names[i] = n.name;
    node.names = names;
  }
  return node.names;
}

/**
 * A message with the path it was found on, one string per path as described and message, shared by
 * every node and file that describe their path alike: findings are many, and a report writer that
 * looks messages up then meets the same string objects (whose hashes V8 keeps) instead of equal copies.
 */
function messageOnPath(node: PathNode, message: string): string {
  const described = (node.described ??= describePath(namesOf(node)));
  let messages = PATH_MESSAGES.get(described);
  if (!messages) {
    if (PATH_MESSAGES.size >= MAX_DESCRIBED_PATHS) PATH_MESSAGES.clear();
    PATH_MESSAGES.set(ownCopy(described), (messages = new Map()));
  }
  let full = messages.get(message);
  if (full === undefined) {
    // Copies: a message may quote the script (a name from its front matter), and the map outlives it.
    full = ownCopy(`${message} (path: ${described})`);
    if (messages.size < MAX_MESSAGES_PER_PATH) messages.set(ownCopy(message), full);
  }
  return full;
}

/** Messages on a path, by the path as described, then by the message. */
const PATH_MESSAGES = new Map<string, Map<string, string>>();
/** Bounds: enough for a big run's repeats, at most ~16,000 messages (a few MB) held by a long-running server. */
const MAX_DESCRIBED_PATHS = 512;
const MAX_MESSAGES_PER_PATH = 32;

/**
 * The spans one rule has reported, for telling a new span from one reported on another path. Keyed by
 * start, then end (numbers small enough to stay unboxed): reports are many, and a span key of
 * start * 2^26 + end was a boxed number hashed per report.
 */
class SpanSet {
  private readonly endsByStart = new Map<number, number>();
  /** Further ends of a start that already has one (rare: two spans of one rule starting at the same character). */
  private readonly moreEnds = new Map<number, Set<number>>();

  /** Adds the span; false when it was there already. */
  add(span: Span): boolean {
    const end = this.endsByStart.get(span.start);
    if (end === undefined) {
      this.endsByStart.set(span.start, span.end);
      return true;
    }
    if (end === span.end) return false;
    let more = this.moreEnds.get(span.start);
    if (!more) this.moreEnds.set(span.start, (more = new Set()));
    if (more.has(span.end)) return false;
    more.add(span.end);
    return true;
  }
}

/**
 * "opening -> upset -> refund", written as the script writes its choices. ASCII on purpose: one
 * non-ASCII character makes a whole JSON report a two-byte string (measured ~5% of a CLI run).
 */
function describePath(path: readonly string[]): string {
  if (path.length <= 6) return path.join(' -> ');
  return [...path.slice(0, 3), '...', ...path.slice(-2)].join(' -> ');
}

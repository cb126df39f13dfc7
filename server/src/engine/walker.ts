// The walker: a bounded, cycle-safe walk of every path from the start section, so context rules see
// what was said before on each path. A linear script is walked item by item and can resume after an edit.
import type { ResolvedRuleSetting } from './config.js';
import { DISCLOSURE_CUES, stageCues } from './cues.js';
import { LazySuggestionsFinding, MAX_SUGGESTIONS } from './lazy-finding.js';
import { messageOnPath, namesOf, NO_NAMES, type PathNode } from './path-messages.js';
import {
  CHECKPOINT_EVERY,
  cloneState,
  detachedState,
  emptyState,
  NO_CUSTOMERS,
  sameContext,
  type PathState,
  type RawFinding,
  type WalkCheckpoint,
  type WalkRecord,
  type WalkResume,
} from './path-state.js';
import { SpanSet } from './span-set.js';
import { TailMatcher } from './walk-reuse.js';
import { agentTextFacts, customerTextFacts, NO_MEMO } from './turn-facts.js';
import type { AgentFacts, CustomerFacts, Report, Reporter, Rule, TurnContext } from './rule-kit/rule.js';
import type { ScriptDocument, Section, Item, Span, StageDirection, Turn } from './types.js';

export type { PathState, TextShift, WalkCheckpoint, WalkRecord, WalkResume } from './path-state.js';

/** Distinct path states kept per section; beyond this, paths through the section are not re-analysed. */
const MAX_STATES_PER_SECTION = 2;
/** Upper bound on section visits per document, whatever its shape. */
const MAX_SECTION_VISITS = 20_000;

const NO_OPTIONS: Readonly<Record<string, unknown>> = Object.freeze({});

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
  cancelled?: () => boolean,
): { findings: RawFinding[]; record?: WalkRecord } {
  return new Walker(document, rules, settings, resumable || resume !== undefined, cancelled).run(resume);
}

/** Thrown out of a lint whose caller cancelled it (LintOptions.cancelled); nothing of the walk is kept. */
export class LintCancelled extends Error {
  constructor() {
    super('lint cancelled');
    this.name = 'LintCancelled';
  }
}

/** Turns read between two looks at the caller's cancellation flag: a look is cheap, but turns are many. */
const TURNS_PER_CANCEL_CHECK = 32;

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
  private turnsRead = 0;
  /** Per rule (by index): its options, and one reporter reused for every turn (it reads `this.path`). */
  private readonly options: Readonly<Record<string, unknown>>[];
  private readonly reporters: Reporter[];
  private path: PathNode | null = null;
  /** Sections on the path being walked, by name (a count: a name may be entered again only after it is left). */
  private readonly onPath = new Map<string, number>();
  /** Where a line's memo keeps which of this walker's rules are silent on it (by the rule list and options: configs differ). */
  private readonly silentKey: string;

  constructor(
    private readonly document: ScriptDocument,
    private readonly rules: readonly Rule[],
    settings: Map<string, ResolvedRuleSetting>,
    /** The text will be linted again after edits: keep walk checkpoints and cache every line at once. */
    private readonly resumable: boolean,
    /** Asked every few turns; true stops the walk with LintCancelled (an editor's lint of a version since edited). */
    private readonly cancelled?: () => boolean,
  ) {
    for (const s of document.sections) if (s.name && !this.sectionsByName.has(s.name)) this.sectionsByName.set(s.name, s);
    this.linear = isLinear(document);
    this.options = rules.map((rule) => settings.get(rule.id)?.options ?? NO_OPTIONS);
    this.reporters = rules.map((_, i) => (span, build) => this.report(i, span, build, this.path));
    this.reported = rules.map(() => new SpanSet());
    // Silence may depend on a rule's options: configs differ from file to file, the memo is by line.
    this.silentKey = `silent:${rules.map((r) => r.id).join(',')}:${JSON.stringify(this.options)}`;
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
      for (const item of section.items) this.readItem(item, state);
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
    const matcher = resume && resumable ? new TailMatcher(resume) : undefined;
    for (let i = start; i < items.length; i++) {
      // (not at the resume point itself: its checkpoint is kept already)
      const met = i > start ? matcher?.meets(i, items, state, this.failed) : undefined;
      if (met) {
        // The rest reads as in the previous walk: take over its findings and checkpoints from here.
        checkpoints.push(...matcher!.movedCheckpoints(met, this.findings.length));
        this.findings.push(...matcher!.movedFindings(met));
        return { findings: this.findings.slice(), checkpoints };
      }
      if (resumable && i % CHECKPOINT_EVERY === 0 && !(resume && i === start)) {
        checkpoints.push({ itemIndex: i, state: detachedState(state), findings: this.findings.length, failed: [...this.failed] });
      }
      this.readItem(items[i], state);
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
      if (item.kind === 'choice' || item.kind === 'jump') {
        const target = this.sectionsByName.get(item.target);
        if (!target) continue;
        leadsOn = true;
        if (!this.onPath.has(target.name) && !targets.includes(target)) targets.push(target);
      } else this.readItem(item, state);
    }
    if (leadsOn && targets.length === 0) this.endPath(state);
    return targets;
  }

  /** Spoken turns and stage directions carry the conversation; comments and headers do not. */
  private readItem(item: Item, state: PathState): void {
    if (item.kind === 'turn') this.readTurn(item, state);
    else if (item.kind === 'stage') this.readStage(item, state);
  }

  /** "[Customer crying]" after the caller's words is part of what they said: its cues join their turn's. */
  private readStage(direction: StageDirection, state: PathState): void {
    const lastCustomer = state.customerBefore[state.customerBefore.length - 1];
    if (!lastCustomer) return;
    const cues = stageCues(direction.text).filter((cue) => !lastCustomer.cueSet.has(cue));
    if (cues.length === 0) return;
    state.customerBefore.push({ turn: lastCustomer.turn, masked: '', cues, cueSet: new Set(cues), elaborates: false });
  }

  private readTurn(turn: Turn, state: PathState): void {
    if (this.cancelled && ++this.turnsRead % TURNS_PER_CANCEL_CHECK === 0 && this.cancelled()) throw new LintCancelled();
    if (turn.role === 'customer') {
      const facts = this.customer(turn);
      if (state.customerBefore === NO_CUSTOMERS) state.customerBefore = [facts];
      else state.customerBefore.push(facts);
      if (!state.disclosure) {
        if (facts.cues.some((c) => DISCLOSURE_CUES.has(c))) state.disclosure = { customer: facts, volunteeredMore: false };
      } else if (facts.elaborates && !state.disclosure.volunteeredMore && !state.customerBefore.includes(state.disclosure.customer)) {
        // More words in the same breath as the disclosure ("…passed away. I want to close his line.") are the request, not more about the loss.
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
      for (let i = 0; i < this.rules.length && i < 31; i++) if (saysNothingOn(this.rules[i], facts, this.options[i])) silent |= 1 << i;
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
function saysNothingOn(rule: Rule, facts: AgentFacts, options: Readonly<Record<string, unknown>>): boolean {
  try {
    return rule.silentOn?.(facts, options) === true;
  } catch {
    return false;
  }
}

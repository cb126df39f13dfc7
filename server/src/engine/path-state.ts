// What a path carries from turn to turn (the customer's turns since the agent last spoke, the agent's
// last turn, a disclosure, each rule's own state, the path so far), and the checkpoints a linear walk
// keeps of it so a re-lint after an edit can resume.
import { ownCopy } from './text-cache.js';
import type { PathNode } from './path-messages.js';
import type { AgentFacts, CustomerFacts, Disclosure } from './rule-kit/rule.js';
import type { Finding, Item, Turn } from './types.js';

export type RawFinding = Omit<Finding, 'severity' | 'docsUrl'>;

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
export const CHECKPOINT_EVERY = 32;

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

/**
 * Where two versions of a text differ: the first `same` characters match, and the old text from
 * `fromOld` on is the new text from `fromOld + delta` on; items and lines after the change move by
 * `itemDelta` and `lineDelta`.
 */
export interface TextShift {
  same: number;
  fromOld: number;
  delta: number;
  lineDelta: number;
  itemDelta: number;
}

/**
 * Where to resume: an earlier walk, and the index of its checkpoint whose items before it are the
 * same in this document; with that walk's items and where the texts differ, so the walk can stop
 * where it meets the earlier one again.
 */
export interface WalkResume {
  record: WalkRecord;
  at: number;
  previousItems: readonly Item[];
  shift: TextShift;
}

/**
 * The customer turns before an agent turn that follows another agent turn: shared, since agents often
 * speak twice in a row. Never pushed to (a customer turn replaces it with an array of its own).
 */
export const NO_CUSTOMERS: CustomerFacts[] = [];

export function emptyState(): PathState {
  return { customerBefore: NO_CUSTOMERS, agentBefore: null, disclosure: null, ruleStates: [], path: null };
}

export function cloneState(s: PathState): PathState {
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
export function detachedState(s: PathState): PathState {
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
export function sameContext(a: PathState, b: PathState): boolean {
  if (a.agentBefore !== b.agentBefore || a.customerBefore.length !== b.customerBefore.length) return false;
  if (a.disclosure?.customer !== b.disclosure?.customer || a.disclosure?.volunteeredMore !== b.disclosure?.volunteeredMore) return false;
  for (let i = 0; i < a.customerBefore.length; i++) if (a.customerBefore[i] !== b.customerBefore[i]) return false;
  const rules = Math.max(a.ruleStates.length, b.ruleStates.length);
  for (let i = 0; i < rules; i++) if ((a.ruleStates[i] ?? '') !== (b.ruleStates[i] ?? '')) return false;
  return true;
}

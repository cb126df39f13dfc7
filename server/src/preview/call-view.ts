// The call view's shape: a script and its findings read as a conversation (bubbles, stage
// directions, choices, the empathy timeline), as plain data the HTML renderer formats.
import type { CustomerCue, EmpathyConfig, Situation, Turn } from '../engine/index.js';
import type { TextPiece } from './text-pieces.js';

export interface PreviewOptions {
  config?: EmpathyConfig;
  /** Shown in the header and used to guess the language. */
  fileName?: string;
}

export interface FindingView {
  /** Unique in the page, e.g. `f3`. */
  id: string;
  ruleId: string;
  severity: 'warn' | 'error';
  message: string;
  docsUrl: string;
  /** The best rewrite of the flagged words, when the rule offers one. */
  replacement?: Replacement;
  line: number;
}

export interface Replacement {
  /** The words replaced, as written (continuation breaks folded to spaces); '' for an insertion. */
  original: string;
  /** What to say instead; empty for a deletion. */
  pieces: TextPiece[];
}

export type AgentStatus = 'mistake' | 'acknowledged' | 'neutral';

export interface TurnView {
  kind: 'turn';
  /** Unique in the page, e.g. `t3`. */
  id: string;
  /** 1-based position among all turns, in source order. */
  number: number;
  role: Turn['role'];
  /** The label as written (`Agent`, `Rep`). */
  speaker: string;
  /** The name on the bubble: the front-matter `customer` (or `agent`) for that role, else the label. */
  displayName: string;
  pieces: TextPiece[];
  /** What a voice reads aloud: placeholders filled or named. */
  spoken: string;
  line: number;
  findings: FindingView[];
  /** The whole line with every finding's best rewrite applied, when there is any. */
  betterLine?: TextPiece[];
  /** Customer turns: the emotion cues the engine reads in them. */
  cues: CustomerCue[];
  /** Agent turns: how the turn answers what came before. */
  status?: AgentStatus;
}

export interface StageView {
  kind: 'stage';
  text: string;
  line: number;
  findings: FindingView[];
}

export interface NoteView {
  kind: 'note';
  text: string;
  line: number;
}

export interface ChoiceView {
  label: string;
  target: string;
  /** Index of the target section; null when it ends the call or names no section. */
  targetIndex: number | null;
  endsCall: boolean;
  line: number;
  findings: FindingView[];
}

export interface ChoicesView {
  kind: 'choices';
  line: number;
  choices: ChoiceView[];
}

export interface JumpView {
  kind: 'jump';
  target: string;
  targetIndex: number | null;
  endsCall: boolean;
  line: number;
  findings: FindingView[];
}

export type ItemView = TurnView | StageView | NoteView | ChoicesView | JumpView;

export interface SectionView {
  index: number;
  /** '' for the lines before the first header, or a file without sections. */
  name: string;
  line: number;
  items: ItemView[];
  /** Findings on the header itself (duplicate or unreachable section). */
  findings: FindingView[];
  /** Every finding inside the section, header included. */
  findingCount: number;
  worstSeverity?: 'warn' | 'error';
  turnCount: number;
}

export interface TimelineEntry {
  turnId: string;
  number: number;
  role: Turn['role'];
  sectionIndex: number;
  cues: CustomerCue[];
  status?: AgentStatus;
  worstSeverity?: 'warn' | 'error';
}

export interface CallView {
  title: string;
  situation?: Situation;
  customer?: string;
  /** From an optional `agent:` front-matter key. */
  agent?: string;
  fileName?: string;
  language: 'callscript' | 'scenario';
  hasSections: boolean;
  sections: SectionView[];
  /** Findings on no item: front matter, or anything outside the conversation. */
  generalFindings: FindingView[];
  counts: { warn: number; error: number };
  turnCount: number;
  timeline: TimelineEntry[];
}

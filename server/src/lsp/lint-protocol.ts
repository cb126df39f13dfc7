// The messages between the language server's main thread and its lint worker, declared once. The
// main thread loads no rules and no intent model: it sends lints and the features that read findings
// (hover, code actions, code lenses, the preview) to the thread that owns the engine, and gets back
// small answers. Types and constants only, so importing this file loads nothing of the engine.
import type { CodeAction, CodeActionParams, CodeLens, Diagnostic, Hover, Position } from 'vscode-languageserver';
import type { EmpathyConfig, LintResult, RuleMeta, ScriptDocument } from '../engine/types.js';
import type { DiagnosticsChange } from './diagnostics.js';
import type { PreviewParams, PreviewResult } from '../../../shared/protocol.js';

/** Documents whose last lint the worker keeps (to resume from and to answer features from): the ones being edited. */
export const MAX_RESUMABLE_DOCUMENTS = 12;

/** Client capabilities code actions depend on. */
export interface CodeActionOptions {
  documentChanges: boolean;
  /** The client applies snippet edits (LSP 3.18): "disable for this line" leaves the cursor where the reason goes. */
  snippetEdits?: boolean;
}

/** How the hover reads. */
export interface HoverOptions {
  /** Repeat the finding's message: for clients that do not show diagnostics in their hover (Neovim's `K`). */
  repeatMessage: boolean;
  /** The client runs `command:` links: link the rule's page inside the editor rather than on the web. */
  commandLinks: boolean;
}

/** A feature answered from a lint's findings, in the thread that keeps them. */
export type FeatureRequest =
  | { kind: 'codeActions'; params: CodeActionParams; options: CodeActionOptions }
  | { kind: 'hover'; position: Position; options: HoverOptions }
  | { kind: 'codeLens' }
  | { kind: 'preview'; params: PreviewParams; version: number | null };

/** Each feature's answer. */
export interface FeatureResults {
  codeActions: CodeAction[];
  hover: Hover | null;
  codeLens: CodeLens[];
  preview: PreviewResult;
}

/** What the main thread sends for one lint (or one feature of a lint). */
export interface LintJob {
  id: number;
  uri: string;
  /** The document version linted (0 for a file that is not open). */
  version: number;
  text: string;
  config: EmpathyConfig;
  /** The config's baseline file (absolute) and this document's path: findings it records are hidden, as in CI. */
  baseline?: { path: string; file: string };
  /** True for an open document: its result is kept to resume the next lint of it from. */
  resumable: boolean;
  /** The id of the lint whose diagnostics the main thread holds for this document: the answer sends only what changed. */
  heldDiagnostics?: number;
  /** A feature to answer from this version's findings (a kept lint of this version answers without linting again). */
  feature?: FeatureRequest;
  /** Linting is switched off for the document: the feature is answered from the parse alone, with no findings. */
  disabled?: boolean;
}

/** Error and warning counts of the findings shown, for the status bar. */
export interface FindingCounts {
  errors: number;
  warnings: number;
}

/** A finished lint as plain data. */
export interface LintAnswer {
  /** The findings as LSP diagnostics (capped), made beside the engine; as a change to the held ones when the main thread holds some (`heldDiagnostics`). */
  diagnostics: Diagnostic[] | DiagnosticsChange;
  counts: FindingCounts;
  /** A baseline that could not be read, for the log. */
  notes: string[];
  /** The answer to the job's feature. */
  feature?: FeatureResults[FeatureRequest['kind']];
}

/** What the worker posts back: a lint's answer, or the rules' metadata. */
export type LintReply =
  | ({ kind: 'done' } & LintAnswer & { id: number })
  | { kind: 'cancelled'; id: number }
  | { kind: 'failed'; id: number; message: string; stack?: string }
  | { kind: 'ruleMetas'; id: number; metas: RuleMeta[] };

/** What the main thread posts to the worker. */
export type LintWorkerMessage = ({ kind: 'lint' } & LintJob) | { kind: 'ruleMetas'; id: number } | { kind: 'forget'; uri: string } | { kind: 'forgetAll' };

/** What the worker bundle exports, for linting on the main thread when no worker can start. */
export interface InThreadLinter {
  ResumeStore: new () => ResumeStoreLike;
  runLintJob(job: LintJob, store: ResumeStoreLike): LintAnswer;
  ruleMetas(): RuleMeta[];
}

/** The worker's store of kept lints, as the main thread's fallback drives it. */
export interface ResumeStoreLike {
  forget(uri: string): void;
  clear(): void;
}

/** One lint of one document version. */
export interface Linted {
  uri: string;
  version: number;
  text: string;
  /** The parsed document (parsed on this thread when first read). */
  readonly document: ScriptDocument;
  /** The findings as diagnostics, made in the worker. */
  diagnostics: Diagnostic[];
  counts: FindingCounts;
  config: EmpathyConfig;
  enabled: boolean;
  /** Config problems and trust notes, for the log and the status bar. */
  notes: string[];
}

/** A lint with its findings, as the features that read them see it (in the thread that linted). */
export interface LintedWithFindings extends Linted {
  result: LintResult;
}

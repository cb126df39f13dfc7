// One lint as the language server asks for it, run where the engine lives (the lint worker, or this
// thread when no worker can start): the engine's lint resumed from the document's last one, the
// baseline applied, and an answer that crosses to the main thread by structured clone. The answer is
// small: the diagnostics only when they differ from the ones the main thread holds (most keystrokes
// change none of them), and the findings only when a feature (hover, code actions, lenses, preview)
// asks for them. Cloning ~560 findings and diagnostics each way cost more per keystroke than the lint.
// Suggestions stay behind too, made when a code action asks for them: making them (each rewrite is
// linted in place) for every finding of every keystroke cost more than the lint.
import type { Diagnostic } from 'vscode-languageserver';
import { lint, LintCancelled, type EmpathyConfig, type Finding, type LintResult, type Suggestion, type SuppressedFinding } from '../engine/index.js';
import { baselineFileKey, BaselineError, filterByBaseline, loadBaseline } from '../node/baseline.js';
import { countFindings, sameDiagnostics, toDiagnostics } from './diagnostics.js';

/** Documents whose last lint is kept to resume from: the ones being edited. */
export const MAX_RESUMABLE_DOCUMENTS = 12;

/** What the main thread sends for one lint. */
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
  /** The id of the lint whose diagnostics the main thread holds for this document: the answer says "the same" when they are. */
  heldDiagnostics?: number;
  /** Answer with the findings (a kept lint of this version answers without linting again). */
  withFindings?: boolean;
}

/** Error and warning counts of the findings shown, for the status bar. */
export interface FindingCounts {
  errors: number;
  warnings: number;
}

/** A finished lint as plain data. */
export interface LintAnswer {
  /** The findings as LSP diagnostics (capped), made beside the engine; null when they equal the held ones (`heldDiagnostics`). */
  diagnostics: Diagnostic[] | null;
  counts: FindingCounts;
  /** With `withFindings` only; without their suggestions (empty): ask with a SuggestionsRequest. */
  findings?: Finding[];
  suppressed?: SuppressedFinding[];
  /** A baseline that could not be read, for the log. */
  notes: string[];
}

/** The suggestions of some findings (by index in the answer's findings) of one lint of an open document. */
export interface SuggestionsRequest {
  id: number;
  uri: string;
  version: number;
  indices: number[];
}

/** What the worker posts back: a lint's answer, or suggestions (one list per index asked; empty when that version is gone). */
export type LintReply =
  | ({ kind: 'done' } & LintAnswer & { id: number })
  | { kind: 'cancelled'; id: number }
  | { kind: 'failed'; id: number; message: string; stack?: string }
  | { kind: 'suggestions'; id: number; lists: Suggestion[][] };

/** What the main thread posts to the worker. */
export type LintWorkerMessage = ({ kind: 'lint' } & LintJob) | ({ kind: 'suggest' } & SuggestionsRequest) | { kind: 'forget'; uri: string } | { kind: 'forgetAll' };

/** The last lint of an open document: to resume the next one from, the findings shown (for features and suggestions), and its diagnostics as sent. */
interface Kept {
  version: number;
  /** The job that made it: the main thread names it when it holds these diagnostics. */
  jobId: number;
  result: LintResult;
  shown: readonly Finding[];
  diagnostics: Diagnostic[];
  notes: string[];
}

/** The last lint of each open document (least recently used first). */
export class ResumeStore {
  private readonly results = new Map<string, Kept>();

  get(uri: string): Kept | undefined {
    return this.results.get(uri);
  }

  set(uri: string, kept: Kept): void {
    this.results.delete(uri);
    this.results.set(uri, kept);
    if (this.results.size > MAX_RESUMABLE_DOCUMENTS) this.results.delete(this.results.keys().next().value!);
  }

  forget(uri: string): void {
    this.results.delete(uri);
  }

  clear(): void {
    this.results.clear();
  }
}

/** Runs one job; throws LintCancelled when `cancelled` says so between turns. */
export function runLintJob(job: LintJob, store: ResumeStore, cancelled?: () => boolean): LintAnswer {
  const kept = job.resumable ? store.get(job.uri) : undefined;
  const held = kept && job.heldDiagnostics === kept.jobId ? kept.diagnostics : undefined;
  // a feature asking for the findings of the version just linted: nothing to lint again
  if (job.withFindings && kept?.version === job.version) {
    kept.jobId = job.id; // the main thread holds its diagnostics as this job's from now on
    return answerOf(kept, held, true);
  }
  const result = lint(job.text, { config: job.config, previous: kept?.result, resumable: job.resumable, cancelled });
  const notes: string[] = [];
  const findings = job.baseline ? withoutBaselined(result, job.text, job.baseline, notes) : result.findings;
  const shown: LintResult = findings === result.findings ? result : { ...result, findings };
  const made: Kept = { version: job.version, jobId: job.id, result, shown: findings, diagnostics: toDiagnostics(shown, job.uri), notes };
  // findings of a version the document has moved past (or one no longer kept) do not replace its last lint
  if (job.resumable && !job.withFindings) store.set(job.uri, made);
  return answerOf(made, held, job.withFindings);
}

/** The answer to a job from a lint: diagnostics left out when they equal the ones the main thread holds, findings only when asked for. */
function answerOf(kept: Kept, held: Diagnostic[] | undefined, withFindings: boolean | undefined): LintAnswer {
  const same = held !== undefined && (held === kept.diagnostics || sameDiagnostics(held, kept.diagnostics));
  const answer: LintAnswer = { diagnostics: same ? null : kept.diagnostics, counts: countFindings(kept.shown), notes: kept.notes };
  if (!withFindings) return answer;
  return { ...answer, findings: kept.shown.map(plain), suppressed: kept.result.suppressed.map(plainSuppressed) };
}

/** The suggestions of the findings asked for, made now (each list empty when the document has been linted again since). */
export function suggestionsFor(request: SuggestionsRequest, store: ResumeStore): Suggestion[][] {
  const kept = store.get(request.uri);
  return request.indices.map((i) => (kept && kept.version === request.version && kept.shown[i] ? kept.shown[i].suggestions : []));
}

/**
 * The findings a baseline does not record, matched as the CLI matches them (by rule and line text).
 * A new array: the engine's result is kept to resume from as it was.
 */
function withoutBaselined(result: LintResult, text: string, baseline: { path: string; file: string }, notes: string[]): Finding[] {
  try {
    const counts = loadBaseline(baseline.path).byFile.get(baselineFileKey(baseline.path, baseline.file));
    return filterByBaseline(result.findings, counts, text, result.document.lineStarts).kept;
  } catch (error) {
    if (!(error instanceof BaselineError)) throw error;
    notes.push(error.message);
    return result.findings;
  }
}

/** A finding as plain data, its suggestions left to be asked for (a clone would copy only own fields, and making them is costly). */
function plain(f: Finding): Finding {
  const copy: Finding = { ruleId: f.ruleId, severity: f.severity, message: f.message, span: f.span, suggestions: NO_SUGGESTIONS, related: f.related, docsUrl: f.docsUrl };
  if (f.fix) copy.fix = f.fix;
  if (f.path) copy.path = f.path;
  return copy;
}

/** A silenced finding is never offered as a quick fix: its suggestions are not needed. */
function plainSuppressed(f: SuppressedFinding): SuppressedFinding {
  return { ...plain(f), suppressions: f.suppressions };
}

const NO_SUGGESTIONS: Suggestion[] = [];

export { LintCancelled };

// One lint as the language server asks for it, run where the engine lives (the lint worker, or the
// main thread when no worker can start): the engine's lint resumed from the document's last one, the
// baseline applied, and an answer that crosses to the main thread by structured clone. The answer is
// small: the diagnostics only when they differ from the ones the main thread holds (most keystrokes
// change none of them), and counts instead of findings. Cloning ~560 findings and diagnostics each way
// cost more per keystroke than the lint. The features that read findings (hover, code actions, code
// lenses, the preview) are answered here, from the kept lint of that version, so the main thread
// needs neither the findings nor the engine.
import type { Diagnostic } from 'vscode-languageserver';
import { lint, LintCancelled, RULE_METAS, type Finding, type LintResult, type RuleMeta } from '../engine/index.js';
import { baselineFileKey, BaselineError, filterByBaseline, loadBaseline } from '../node/baseline.js';
import { codeActions } from './code-actions.js';
import { codeLenses } from './code-lens.js';
import { countFindings, diagnosticsChange, toDiagnostics } from './diagnostics.js';
import { hoverAt } from './hover.js';
import { MAX_RESUMABLE_DOCUMENTS, type FeatureRequest, type FeatureResults, type LintAnswer, type LintJob } from './lint-protocol.js';
import type { LintedWithFindings } from './lint-protocol.js';
import { previewOf } from './preview.js';
import { resolveSpeakers } from '../engine/config.js';
import { parse } from '../engine/parser.js';
import { positionToOffset } from '../engine/text.js';

/** The last lint of an open document: to resume the next one from, the findings shown (for features), and its diagnostics as sent. */
interface Kept {
  version: number;
  /** The job whose answer carried these diagnostics: the main thread names it when it holds them. */
  jobId: number;
  result: LintResult;
  shown: readonly Finding[];
  diagnostics: Diagnostic[];
  notes: string[];
  /** The lint as features read it, made once: code actions cache fix-all's text (up to ten lints) on it, rewrites their checks. */
  asLinted?: LintedWithFindings;
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
  if (job.disabled) return { diagnostics: [], counts: { errors: 0, warnings: 0 }, notes: [], ...(job.feature ? { feature: featureOf(disabledLint(job), job.feature) } : {}) };
  const kept = job.resumable ? store.get(job.uri) : undefined;
  const held = kept && job.heldDiagnostics === kept.jobId ? kept.diagnostics : undefined;
  // a feature of the version just linted: nothing to lint again
  if (job.feature && kept?.version === job.version) {
    kept.jobId = job.id; // the main thread holds its diagnostics as this job's from now on
    return answerOf(kept, held, job);
  }
  const result = lint(job.text, { config: job.config, previous: kept?.result, resumable: job.resumable, cancelled });
  const notes: string[] = [];
  const findings = job.baseline ? withoutBaselined(result, job.text, job.baseline, notes) : result.findings;
  const shown: LintResult = findings === result.findings ? result : { ...result, findings };
  const made: Kept = {
    version: job.version,
    jobId: job.id,
    result,
    shown: findings,
    diagnostics: toDiagnostics(shown, job.uri, kept && { findings: kept.shown, diagnostics: kept.diagnostics }),
    notes,
  };
  // a feature of a version the document has moved past (or one no longer kept) does not replace its last lint
  if (job.resumable && !job.feature) store.set(job.uri, made);
  return answerOf(made, held, job);
}

/** The rules' metadata (plain data), for the main thread's config checks and rules list. */
export function ruleMetas(): RuleMeta[] {
  return [...RULE_METAS];
}

/** The answer to a job from a lint: its diagnostics as a change to the ones the main thread holds, and the feature asked for. */
function answerOf(kept: Kept, held: Diagnostic[] | undefined, job: LintJob): LintAnswer {
  const diagnostics = held ? diagnosticsChange(held, kept.diagnostics) : kept.diagnostics;
  const answer: LintAnswer = { diagnostics, counts: countFindings(kept.shown), notes: kept.notes };
  return job.feature ? { ...answer, feature: featureOf((kept.asLinted ??= lintedOf(kept, job)), job.feature) } : answer;
}

/** A feature's answer from a lint with its findings (their suggestions made now, for the findings the feature reads). */
function featureOf(linted: LintedWithFindings, request: FeatureRequest): FeatureResults[FeatureRequest['kind']] {
  switch (request.kind) {
    case 'codeActions':
      return codeActions(linted, request.params, request.options);
    case 'hover':
      return hoverAt(linted.document, linted.result.findings, positionToOffset(linted.document.lineStarts, linted.text, request.position), request.options);
    case 'codeLens':
      return codeLenses(linted.document, linted.result.findings, linted.uri);
    case 'preview':
      return previewOf(linted, request.params, request.version);
  }
}

/** A kept lint as the features read it. */
function lintedOf(kept: Kept, job: LintJob): LintedWithFindings {
  const result: LintResult = kept.shown === kept.result.findings ? kept.result : { ...kept.result, findings: [...kept.shown] };
  return {
    uri: job.uri,
    version: job.version,
    text: job.text,
    document: result.document,
    diagnostics: kept.diagnostics,
    counts: countFindings(kept.shown),
    config: job.config,
    enabled: true,
    notes: kept.notes,
    result,
  };
}

/** Linting switched off: features read the parse alone (the preview shows the call without findings). */
function disabledLint(job: LintJob): LintedWithFindings {
  const document = parse(job.text, resolveSpeakers(job.config));
  return {
    uri: job.uri,
    version: job.version,
    text: job.text,
    document,
    diagnostics: [],
    counts: { errors: 0, warnings: 0 },
    config: job.config,
    enabled: false,
    notes: [],
    result: { document, findings: [], suppressed: [] },
  };
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

export { LintCancelled };
export type { LintAnswer, LintJob };

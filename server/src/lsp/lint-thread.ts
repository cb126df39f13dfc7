// The main thread's side of the lint worker: a queue of lints (the smallest text first, one per
// document: a newer version replaces a queued one and cancels a running one), the worker that runs
// them one at a time, and cancellation. A cancelled lint never answers with findings: its promise is
// rejected with LintCancelled. When the worker cannot start (no dist/lint-worker.js, as when the
// server runs from source), lints run on this thread, as before, with the engine loaded then.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from 'vscode-languageserver';
import type { RuleMeta } from '../engine/types.js';
import { applyDiagnosticsChange } from './diagnostics.js';
import { LintCancelled } from './lint-cancelled.js';
import { MAX_RESUMABLE_DOCUMENTS, type FeatureRequest, type FeatureResults, type InThreadLinter, type LintAnswer, type LintJob, type LintReply, type ResumeStoreLike } from './lint-protocol.js';
import type { LintWorkerData } from './lint-worker.js';

/** How long a cancelled lint may take to stop at its next turn before the worker is replaced (one huge turn cannot stop). */
export const CANCEL_GRACE_MS = 250;
/** Worker failures in a row after which lints run on the main thread: no restart loop. */
const MAX_WORKER_FAILURES = 3;
/**
 * The worker's young generation, in MB: its garbage is short-lived (a lint's facts), and a small young
 * generation keeps the server's resident memory near what it holds rather than what it last allocated.
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/** A lint's answer with its diagnostics (the worker leaves out the ones this thread already holds). */
export type ThreadAnswer = Omit<LintAnswer, 'diagnostics'> & { diagnostics: Diagnostic[] };

interface Pending {
  job: LintJob;
  resolve: (answer: ThreadAnswer) => void;
  reject: (error: unknown) => void;
}

export class LintThread {
  private worker: Worker | null = null;
  private readonly cancelSlot = new SharedArrayBuffer(4);
  private readonly cancel = new Int32Array(this.cancelSlot);
  private readonly queue: Pending[] = [];
  private running: Pending | null = null;
  private cancelTimer: NodeJS.Timeout | undefined;
  private nextId = 1;
  private failures = 0;
  /** The engine on this thread, loaded when a lint first runs here (no worker). */
  private inThread: { linter: InThreadLinter; store: ResumeStoreLike } | undefined;
  /** Rule metadata requests waiting for the worker, by id. */
  private readonly asked = new Map<number, (metas: RuleMeta[]) => void>();
  private idleTimer: NodeJS.Timeout | undefined;
  /** The diagnostics of each open document's last lint here, by the job that made them: the worker sends only what changed. */
  private readonly held = new Map<string, { jobId: number; diagnostics: Diagnostic[] }>();

  constructor(
    /** The worker script; null runs every lint on this thread. */
    private workerFile: string | null,
    /** The worker's module without its extension (dist/lint-worker.js, or lint-worker.ts from source), loaded here when lints run here. */
    private readonly workerModule: string,
    private readonly log: (message: string) => void,
    /** Stop the worker after this long without work (its memory goes back to the system), or never. */
    private readonly idleMs = Infinity,
  ) {}

  /** The worker bundled beside the server (dist/lint-worker.js), when there is one. */
  static beside(directory: string, log: (message: string) => void, idleMs = Infinity): LintThread {
    const file = join(directory, 'lint-worker.js');
    return new LintThread(existsSync(file) ? file : null, join(directory, 'lint-worker'), log, idleMs);
  }

  /** The rules' metadata, from the engine's thread. */
  ruleMetas(): Promise<RuleMeta[]> {
    const worker = this.workerFile ? this.ensureWorker() : null;
    if (!worker) return Promise.resolve(this.engineHere().linter.ruleMetas());
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.asked.set(id, resolve);
      worker.postMessage({ kind: 'ruleMetas', id });
    });
  }

  /** A feature answered from the findings of one lint (linted again there when that version is no longer kept). */
  async feature<K extends FeatureRequest['kind']>(job: Omit<LintJob, 'id' | 'heldDiagnostics' | 'feature'>, request: Extract<FeatureRequest, { kind: K }>): Promise<FeatureResults[K]> {
    const answer = await this.run({ ...job, feature: request });
    return answer.feature as FeatureResults[K];
  }

  /** True while lints run in a worker thread. */
  get threaded(): boolean {
    return this.workerFile !== null;
  }

  /** Queues a lint; queued and running lints of an earlier version of the document are cancelled (they reject with LintCancelled). */
  run(job: Omit<LintJob, 'id' | 'heldDiagnostics'>): Promise<ThreadAnswer> {
    if (job.resumable) this.cancelDocument(job.uri, job.version);
    return new Promise<ThreadAnswer>((resolve, reject) => {
      this.queue.push({ job: { ...job, id: this.nextId++ }, resolve, reject });
      this.dispatch();
    });
  }

  /** An edit or a close: the document's queued and running lints of versions before `version` (all, without one) are stale. */
  cancelDocument(uri: string, version = Infinity): void {
    const stale = (job: LintJob) => job.uri === uri && job.version < version;
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (!stale(this.queue[i].job)) continue;
      this.queue[i].reject(new LintCancelled());
      this.queue.splice(i, 1);
    }
    if (this.running && stale(this.running.job)) this.cancelRunning();
  }

  /** A closed document: cancel its lints and drop its resume point. */
  forget(uri: string): void {
    this.cancelDocument(uri);
    this.held.delete(uri);
    this.inThread?.store.forget(uri);
    this.worker?.postMessage({ kind: 'forget', uri });
  }

  /** The config changed: every lint queued or running is for the old one, and no resume point holds. */
  forgetAll(): void {
    for (const pending of this.queue.splice(0)) pending.reject(new LintCancelled());
    if (this.running) this.cancelRunning();
    this.held.clear();
    this.inThread?.store.clear();
    this.worker?.postMessage({ kind: 'forgetAll' });
  }

  /** Stops the worker (server shutdown, tests). */
  async dispose(): Promise<void> {
    clearTimeout(this.idleTimer);
    this.forgetAll();
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  /** Starts the next lint when none is running: the smallest text first, so a huge paste does not hold up the scripts around it. */
  private dispatch(): void {
    clearTimeout(this.idleTimer);
    if (this.running) return;
    if (this.queue.length === 0) {
      if (this.worker && this.idleMs !== Infinity) this.idleTimer = setTimeout(() => this.stopIdleWorker(), this.idleMs);
      return;
    }
    let next = 0;
    for (let i = 1; i < this.queue.length; i++) if (this.queue[i].job.text.length < this.queue[next].job.text.length) next = i;
    const pending = this.queue.splice(next, 1)[0];
    // named when it is sent: the lint before it may have finished while it waited
    if (pending.job.resumable) pending.job.heldDiagnostics = this.held.get(pending.job.uri)?.jobId;
    this.running = pending;
    const worker = this.workerFile ? this.ensureWorker() : null;
    if (worker) worker.postMessage({ kind: 'lint', ...pending.job });
    else setImmediate(() => this.runHere(pending));
  }

  /** Without a worker: the lint runs on this thread (cancellation is then only between lints). */
  private runHere(pending: Pending): void {
    if (this.running !== pending) return;
    let reply: LintReply;
    if (Atomics.load(this.cancel, 0) === pending.job.id) return this.settle({ kind: 'cancelled', id: pending.job.id });
    try {
      const { linter, store } = this.engineHere();
      reply = { kind: 'done', id: pending.job.id, ...linter.runLintJob(pending.job, store) };
    } catch (error) {
      reply = { kind: 'failed', id: pending.job.id, message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined };
    }
    this.settle(reply);
  }

  /** The engine loaded on this thread, from the worker's own module. */
  private engineHere(): { linter: InThreadLinter; store: ResumeStoreLike } {
    if (!this.inThread) {
      const linter = (createRequire(__filename)(this.workerModule) as { inThreadLinter: InThreadLinter }).inThreadLinter;
      this.inThread = { linter, store: new linter.ResumeStore() };
    }
    return this.inThread;
  }

  private ensureWorker(): Worker | null {
    if (this.worker) return this.worker;
    try {
      const data: LintWorkerData = { cancel: this.cancelSlot };
      const worker = new Worker(this.workerFile!, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      worker.on('message', (reply: LintReply) => {
        if (reply.kind === 'ruleMetas') return this.answer(reply.id, reply.metas);
        if (this.worker === worker) this.settle(reply);
      });
      worker.on('error', (error) => this.log(`empathy-lint: the lint worker failed: ${error.stack ?? error.message}`));
      worker.on('exit', (code) => this.workerExited(worker, code));
      // the worker must not keep the server alive once stdin closes
      worker.unref();
      this.worker = worker;
      return worker;
    } catch (error) {
      this.workerFailed(`could not start the lint worker (${error instanceof Error ? error.message : String(error)})`);
      return null;
    }
  }

  /** Answers a rule metadata request. */
  private answer(id: number, metas: RuleMeta[]): void {
    const resolve = this.asked.get(id);
    this.asked.delete(id);
    resolve?.(metas);
  }

  /** No work for a while: the worker goes (with the resume points of the documents it linted). */
  private stopIdleWorker(): void {
    if (this.running || this.queue.length > 0 || !this.worker) return;
    const worker = this.worker;
    this.worker = null;
    this.dropAsked();
    void worker.terminate();
  }

  /** Requests to a worker that is gone are answered here. */
  private dropAsked(): void {
    const asked = [...this.asked.values()];
    this.asked.clear();
    if (asked.length > 0) void this.ruleMetas().then((metas) => asked.forEach((resolve) => resolve(metas)));
  }

  /** A worker that stopped on its own: its running lint fails and the next lint starts a new one. */
  private workerExited(worker: Worker, code: number): void {
    if (this.worker !== worker) return; // replaced on purpose
    this.dropAsked();
    this.worker = null;
    this.workerFailed(`the lint worker stopped (exit code ${code})`);
    const running = this.running;
    if (running) this.settle({ kind: 'failed', id: running.job.id, message: `the lint worker stopped (exit code ${code})` });
  }

  private workerFailed(reason: string): void {
    this.failures++;
    if (this.failures < MAX_WORKER_FAILURES) return this.log(`empathy-lint: ${reason}; starting another.`);
    this.log(`empathy-lint: ${reason}; linting on the main thread from now on.`);
    this.workerFile = null;
  }

  /** Asks the running lint to stop at its next turn; past the grace period the worker is replaced. */
  private cancelRunning(): void {
    const running = this.running!;
    Atomics.store(this.cancel, 0, running.job.id);
    if (!this.worker) return; // on this thread: it has not started (it runs from setImmediate) or is done
    clearTimeout(this.cancelTimer);
    this.cancelTimer = setTimeout(() => {
      if (this.running !== running || !this.worker) return;
      const stuck = this.worker;
      this.worker = null; // its late answer is ignored
      this.dropAsked();
      void stuck.terminate();
      this.settle({ kind: 'cancelled', id: running.job.id });
    }, CANCEL_GRACE_MS);
  }

  /** The answer with its diagnostics, a change applied to the held ones; recorded as the document's held ones. Null when those are gone (a closed document). */
  private withHeldDiagnostics(job: LintJob, answer: LintAnswer): ThreadAnswer | null {
    const held = this.held.get(job.uri)?.diagnostics;
    const diagnostics = Array.isArray(answer.diagnostics) ? answer.diagnostics : held && applyDiagnosticsChange(held, answer.diagnostics);
    if (!diagnostics) return null;
    if (job.resumable) {
      this.held.delete(job.uri);
      this.held.set(job.uri, { jobId: job.id, diagnostics });
      if (this.held.size > MAX_RESUMABLE_DOCUMENTS) this.held.delete(this.held.keys().next().value!);
    }
    return { ...answer, diagnostics };
  }

  /** A lint's answer: resolves or rejects its promise, then starts the next one. */
  private settle(reply: LintReply): void {
    const running = this.running;
    if (!running || running.job.id !== reply.id) return;
    this.running = null;
    clearTimeout(this.cancelTimer);
    const cancelled = Atomics.load(this.cancel, 0) === reply.id;
    // recorded even for a lint cancelled meanwhile: the worker keeps it as the document's last
    const answer = reply.kind === 'done' ? this.withHeldDiagnostics(running.job, reply) : null;
    if (answer && !cancelled) {
      this.failures = 0;
      running.resolve(answer);
    } else if (reply.kind === 'failed' && !cancelled) {
      const error = new Error(reply.message);
      if (reply.stack) error.stack = reply.stack;
      running.reject(error);
    } else running.reject(new LintCancelled());
    this.dispatch();
  }
}

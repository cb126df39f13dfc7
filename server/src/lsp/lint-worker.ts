// The lint worker (dist/lint-worker.js): a thread that owns the engine for the language server, so a
// long lint never holds up hover, completion or code actions on the main thread, and the main thread
// never loads the rules or the intent model. One job at a time; the main thread cancels the running
// one by writing its id into the shared cancel slot. Loaded on the main thread (no worker could
// start), it only exports what lints there.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { limitLineCaches } from '../engine/index.js';
import { LintCancelled, ResumeStore, ruleMetas, runLintJob } from './lint-job.js';
import type { InThreadLinter, LintReply, LintWorkerMessage } from './lint-protocol.js';

/** workerData: the slot the main thread writes the id of the job to cancel into. */
export interface LintWorkerData {
  cancel: SharedArrayBuffer;
}

/**
 * How far past what the last collection kept the heap grows before V8 collects, in percent (V8's own
 * factor is up to 4x for a small heap that collects fast): opening 100 scripts grew the server to
 * ~290 MB RSS without a bound. V8 then collects incrementally, in steps between and beside the lints.
 * (A full collection forced after a lint once the heap passed 48 MB, as before, kept the memory a
 * little lower but stalled one keystroke in ~13 for ~30-40 ms: 15 of 200 edits in the bench.)
 * Process-wide: the main thread's heap grows the same way.
 */
const HEAP_GROWING_PERCENT = 10;
/**
 * Lines per generation of the engine's line caches here (the CLI's default is 2048): enough for the
 * documents being edited (a 2,000-line script re-lints from its cache), half the memory after a
 * burst of opened scripts (~12 MB less with 100 scripts open).
 */
const LINE_CACHE_ENTRIES = 1024;
limitLineCaches(LINE_CACHE_ENTRIES);

/** After this long without a message the worker collects in full, giving back what a burst of lints left. */
const IDLE_COLLECT_MS = 1000;
/** ... when the heap has grown at least this much since the last full collection. */
const IDLE_COLLECT_GROWTH_BYTES = 8 * 1024 * 1024;
let keptAfterCollection = 0;
let idleTimer: NodeJS.Timeout | undefined;

/** A full collection, when V8 lets this thread ask for one. */
const collect = ((): (() => void) | undefined => {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
})();

const port = parentPort;
if (port) {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const cancel = new Int32Array((workerData as LintWorkerData).cancel);
  const store = new ResumeStore();
  port.on('message', (message: LintWorkerMessage) => {
    clearTimeout(idleTimer);
    if (message.kind === 'forget') return store.forget(message.uri);
    if (message.kind === 'forgetAll') return store.clear();
    if (message.kind === 'ruleMetas') return port.postMessage({ kind: 'ruleMetas', id: message.id, metas: ruleMetas() } satisfies LintReply);
    const { id } = message;
    let reply: LintReply;
    try {
      reply = { kind: 'done', id, ...runLintJob(message, store, () => Atomics.load(cancel, 0) === id) };
    } catch (error) {
      // a cancelled walk keeps nothing: the document's last finished lint stays the one to resume from
      if (error instanceof LintCancelled) reply = { kind: 'cancelled', id };
      else reply = { kind: 'failed', id, message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined };
    }
    port.postMessage(reply);
    idleTimer = setTimeout(collectWhenGrown, IDLE_COLLECT_MS).unref();
  });
}

/** A full collection once the worker is idle, when the heap has grown since the last one. */
function collectWhenGrown(): void {
  if (!collect || getHeapStatistics().total_heap_size < keptAfterCollection + IDLE_COLLECT_GROWTH_BYTES) return;
  collect();
  keptAfterCollection = getHeapStatistics().used_heap_size;
}

/** For the main thread's fallback: the same lints, run in place. */
export const inThreadLinter: InThreadLinter = { ResumeStore, runLintJob, ruleMetas };

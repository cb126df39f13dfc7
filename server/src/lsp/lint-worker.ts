// The lint worker (dist/lint-worker.js): a thread that owns the engine for the language server, so a
// long lint never holds up hover, completion or code actions on the main thread, and the main thread
// never loads the rules or the intent model. One job at a time; the main thread cancels the running
// one by writing its id into the shared cancel slot. Loaded on the main thread (no worker could
// start), it only exports what lints there.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { LintCancelled, ResumeStore, ruleMetas, runLintJob } from './lint-job.js';
import type { InThreadLinter, LintReply, LintWorkerMessage } from './lint-protocol.js';

/** workerData: the slot the main thread writes the id of the job to cancel into. */
export interface LintWorkerData {
  cancel: SharedArrayBuffer;
}

/**
 * Heap size past which the worker collects at once instead of growing on: opening 100 scripts grew
 * the server to ~380 MB RSS, ~220 MB with this. Raised to what the last collection kept plus a margin,
 * so a worker that holds much does not collect after every lint (a full collection costs ~10-30 ms).
 */
const HEAP_COLLECT_BYTES = 48 * 1024 * 1024;
const HEAP_GROWTH_BYTES = 24 * 1024 * 1024;
let collectAbove = HEAP_COLLECT_BYTES;

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
  const cancel = new Int32Array((workerData as LintWorkerData).cancel);
  const store = new ResumeStore();
  port.on('message', (message: LintWorkerMessage) => {
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
    if (collect && getHeapStatistics().total_heap_size > collectAbove) {
      collect();
      collectAbove = Math.max(HEAP_COLLECT_BYTES, getHeapStatistics().used_heap_size + HEAP_GROWTH_BYTES);
    }
  });
}

/** For the main thread's fallback: the same lints, run in place. */
export const inThreadLinter: InThreadLinter = { ResumeStore, runLintJob, ruleMetas };

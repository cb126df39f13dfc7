// The lint worker (dist/lint-worker.js): a thread that owns the engine for the language server, so a
// long lint never holds up hover, completion or code actions on the main thread. One job at a time;
// the main thread cancels the running one by writing its id into the shared cancel slot.
import { parentPort, workerData } from 'node:worker_threads';
import { LintCancelled, ResumeStore, runLintJob, suggestionsFor, type LintReply, type LintWorkerMessage } from './lint-job.js';

/** workerData: the slot the main thread writes the id of the job to cancel into. */
export interface LintWorkerData {
  cancel: SharedArrayBuffer;
}

const port = parentPort;
if (port) {
  const cancel = new Int32Array((workerData as LintWorkerData).cancel);
  const store = new ResumeStore();
  port.on('message', (message: LintWorkerMessage) => {
    if (message.kind === 'forget') return store.forget(message.uri);
    if (message.kind === 'forgetAll') return store.clear();
    if (message.kind === 'suggest') return port.postMessage({ kind: 'suggestions', id: message.id, lists: suggestionsFor(message, store) } satisfies LintReply);
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
  });
}

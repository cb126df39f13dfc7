// Linting a large file list on several threads: the main thread takes one share, worker threads the others.
// Workers run the same entry script (dist/cli.js, or main.ts under tsx) and are told apart by their workerData.
import { availableParallelism, loadavg } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { checkConfigs, lintFile, mergeOutcomes, type FileDoneListener, type FileOutcome, type LintRun, type LintRunOptions } from './lint-files.js';

/**
 * Below this much text per thread, a worker costs more than it saves: it warms its own JIT and the
 * engine's by-line caches. Measured on 2 idle cores, 5.9 MB in 200 files: 0.93 s on one thread, 1.0 s on two.
 */
const MIN_BYTES_PER_THREAD = 16 * 1024 * 1024;
const MIN_FILES_PER_THREAD = 8;
const MAX_THREADS = 8;
const WORKER_TAG = 'empathy-lint-worker';
/** Only resolved when running from source; a constant (not a literal in the call) so the bundler leaves it alone. */
const TSX_REQUIRE_HOOK = 'tsx/cjs';

interface WorkerTask {
  tag: typeof WORKER_TAG;
  files: string[];
  options: LintRunOptions;
}

type WorkerMessage = { kind: 'done'; index: number; outcome: FileOutcome } | { kind: 'failed'; message: string };

/** How many threads to use: `concurrency` when given, else from the cores and the amount of text. */
export function threadCount(fileSizes: readonly number[], concurrency: number | 'auto'): number {
  const cap = (n: number) => Math.max(1, Math.min(n, fileSizes.length));
  if (concurrency !== 'auto') return cap(concurrency);
  const bytes = fileSizes.reduce((a, b) => a + b, 0);
  const worthIt = Math.min(Math.floor(bytes / MIN_BYTES_PER_THREAD), Math.floor(fileSizes.length / MIN_FILES_PER_THREAD));
  return cap(Math.min(idleCores(), MAX_THREADS, worthIt));
}

/** Cores not already busy (by the 1-minute load average): a thread on a busy core only adds warm-up. */
function idleCores(): number {
  const cores = availableParallelism();
  const load = loadavg()[0];
  return Math.max(1, Math.floor(cores - load + 0.5));
}

/** Lints `files` on `threads` threads (this one included); results come back in file order. */
export async function lintFilesInParallel(files: readonly string[], fileSizes: readonly number[], threads: number, options: LintRunOptions, onFileDone?: FileDoneListener): Promise<LintRun> {
  checkConfigs(files, options);
  const shares = balanceBySize(fileSizes, threads);
  const outcomes: FileOutcome[] = new Array(files.length);
  let done = 0;
  const finished = (index: number, outcome: FileOutcome) => {
    outcomes[index] = outcome;
    onFileDone?.(index, outcome, ++done);
  };
  const workers = shares.slice(1).map((share) => runWorker(share, files, options, finished));
  for (const index of shares[0]) finished(index, lintFile(files[index], options));
  await Promise.all(workers);
  return mergeOutcomes(outcomes);
}

/** Starts one worker on a share of the files; resolves when it has reported every file. */
function runWorker(share: number[], files: readonly string[], options: LintRunOptions, finished: (index: number, outcome: FileOutcome) => void): Promise<void> {
  const task: WorkerTask = { tag: WORKER_TAG, files: share.map((i) => files[i]), options };
  return new Promise((resolve, reject) => {
    const worker = startWorker(task);
    let received = 0;
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'failed') reject(new Error(message.message));
      else {
        finished(share[message.index], message.outcome);
        if (++received === share.length) resolve();
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (received < share.length) reject(new Error(`a lint worker stopped early (exit code ${code})`));
    });
  });
}

/** A worker running this program's entry script; from TypeScript source (tests) it first loads tsx's require hook. */
function startWorker(task: WorkerTask): Worker {
  const entry = require.main?.filename ?? __filename;
  const options = { workerData: task, stdout: false, stderr: false };
  if (!entry.endsWith('.ts')) return new Worker(entry, options);
  const tsxHook = require.resolve(TSX_REQUIRE_HOOK);
  const source = `require(${JSON.stringify(tsxHook)}); require(${JSON.stringify(entry)});`;
  return new Worker(source, { ...options, eval: true });
}

/** Splits file indices into `count` shares of about equal bytes (largest first into the lightest share). */
function balanceBySize(sizes: readonly number[], count: number): number[][] {
  const shares: number[][] = Array.from({ length: count }, () => []);
  const load = new Array<number>(count).fill(0);
  const order = sizes.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a]);
  for (const index of order) {
    const lightest = load.indexOf(Math.min(...load));
    shares[lightest].push(index);
    load[lightest] += sizes[index];
  }
  for (const share of shares) share.sort((a, b) => a - b);
  return shares;
}

/** True in a worker started by lintFilesInParallel; such a worker lints its share and exits. */
export function isLintWorker(): boolean {
  return !isMainThread && (workerData as WorkerTask | undefined)?.tag === WORKER_TAG;
}

/** The worker's side: lint each file of the share and post each outcome as soon as it is ready. */
export function runLintWorker(): void {
  const task = workerData as WorkerTask;
  const port = parentPort!;
  try {
    task.files.forEach((file, index) => port.postMessage({ kind: 'done', index, outcome: lintFile(file, task.options) } satisfies WorkerMessage));
  } catch (error) {
    port.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage);
  }
}

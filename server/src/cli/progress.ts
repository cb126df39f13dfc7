// A one-line "n/total" counter on stderr for long runs, redrawn at most every PROGRESS_INTERVAL_MS.

const PROGRESS_INTERVAL_MS = 100;
/** Below this many files a run is quick enough that a counter would only flicker. */
export const PROGRESS_MIN_FILES = 50;

export interface Progress {
  update(done: number, total: number): void;
  clear(): void;
}

/** A counter when stderr is a terminal and there are many files, otherwise nothing. */
export function createProgress(fileCount: number): Progress | undefined {
  const stderr = process.stderr;
  if (!stderr.isTTY || fileCount <= PROGRESS_MIN_FILES) return undefined;
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < PROGRESS_INTERVAL_MS && done < total) return;
      last = now;
      shown = true;
      stderr.write(`\rempathy-lint: ${done}/${total} files`);
    },
    clear() {
      if (shown) stderr.write('\r\u001b[K');
    },
  };
}

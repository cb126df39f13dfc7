// Every wait in the tests has a deadline and, when it passes, fails with what it last saw: a
// regression that stops an answer then fails the run with a clue instead of hanging it.
import type { ChildProcess } from 'node:child_process';

/** Far beyond any real answer on a busy two-core machine (a 5 MB lint included): only a hang reaches it. */
export const WAIT_MS = 60_000;
/** How long a process gets to exit after being asked before it is killed. */
export const EXIT_MS = 10_000;

/** `promise`, or a rejection after `ms` saying what was awaited and what `lastSeen` reports at that moment. */
export async function withDeadline<T>(promise: Promise<T>, what: string, lastSeen: () => string, ms = WAIT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms} ms; last seen: ${lastSeen()}`)), ms);
  });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** Waits for `child` to exit; past `ms` it is killed (SIGKILL) and the wait fails saying so. */
export async function exited(child: ChildProcess, what: string, ms = EXIT_MS): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await withDeadline(exit, what, () => `pid ${child.pid} still running, killed`, ms);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}

/** The last characters of a process's output, for a failure message. */
export function tail(text: string, chars = 500): string {
  return text.length > chars ? `…${text.slice(-chars)}` : text || '(nothing)';
}

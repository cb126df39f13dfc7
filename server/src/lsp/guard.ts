// Keeps the server alive: every handler runs through `guard`, which logs a failure (once per
// handler, then quietly) and answers with a fallback instead of letting the exception escape.
import type { Connection } from 'vscode-languageserver';

/** Handlers that already failed once: later failures are counted, not logged again. */
const failedHandlers = new Map<string, number>();
let logTo: Connection | undefined;

/** Where failures are logged (the connection's console, i.e. the client's output channel). */
export function setGuardLog(connection: Connection): void {
  logTo = connection;
}

/** Logs an unexpected error under a handler name; returns true the first time for that name. */
export function reportInternalError(handler: string, error: unknown): boolean {
  const count = (failedHandlers.get(handler) ?? 0) + 1;
  failedHandlers.set(handler, count);
  if (count > 1) return false;
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  try {
    logTo?.console.error(`empathy-lint: internal error in ${handler} (reported once): ${detail}`);
  } catch {
    // the connection itself is failing; nothing left to tell
  }
  return true;
}

/** Wraps a (sync or async) handler so it never throws: failures become `fallback`. */
export function guard<P extends unknown[], R>(handler: string, fallback: R, fn: (...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
  return async (...args: P) => {
    try {
      return await fn(...args);
    } catch (error) {
      if (isCancellation(error)) throw error;
      reportInternalError(handler, error);
      return fallback;
    }
  };
}

/** Wraps a notification handler (no answer) so it never throws. */
export function guardNotification<P extends unknown[]>(handler: string, fn: (...args: P) => void | Promise<void>): (...args: P) => void {
  const wrapped = guard(handler, undefined, fn);
  return (...args: P) => void wrapped(...args).catch(() => undefined);
}

/** Cancellation is an answer the client asked for, not a failure. */
function isCancellation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === -32800;
}

// A suite that cannot run here says so: it prints the reason and, under `npm test`, records it in
// the file the suite runner names, so the run's summary lists every skipped suite with its reason.
import { appendFileSync } from 'node:fs';

/** Set by test/support/run-suites.ts for the suites it starts. */
export const SKIP_LOG_ENV = 'EMPATHY_LINT_SKIP_LOG';

/** Prints and records that `suite` was skipped, and why. */
export function reportSkip(suite: string, reason: string): void {
  console.log(`${suite}: skipped: ${reason}`);
  const log = process.env[SKIP_LOG_ENV];
  if (log) appendFileSync(log, `${JSON.stringify({ suite, reason })}\n`);
}

// Applying fixes: every fix edits only its own span; overlapping fixes wait for the next pass.
import type { Finding, Fix, LintOptions, SuppressedFinding } from './types.js';
import { lint } from './linter.js';

/** How many lint-and-fix passes fix-all makes before it stops (fixes can expose new findings). */
const MAX_FIX_PASSES = 10;

/** Applies non-overlapping fixes (earliest first; an overlapping later fix is skipped). */
export function applyFixes(text: string, fixes: readonly Fix[]): { output: string; applied: number } {
  const sorted = [...fixes].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const parts: string[] = [];
  let cursor = 0;
  let applied = 0;
  for (const fix of sorted) {
    if (fix.span.start < cursor || fix.span.end > text.length || fix.span.start > fix.span.end) continue;
    if (text.slice(fix.span.start, fix.span.end) === fix.text) continue;
    parts.push(text.slice(cursor, fix.span.start), fix.text);
    cursor = fix.span.end;
    applied++;
  }
  parts.push(text.slice(cursor));
  return { output: parts.join(''), applied };
}

export interface FixTextResult {
  output: string;
  /** Number of fixes applied over all passes. */
  fixed: number;
  /** Findings left in the output. */
  remaining: Finding[];
  /** Findings in the output that inline directives silence. */
  suppressed: SuppressedFinding[];
}

/** Which findings' fixes to apply (e.g. only those on changed lines); all when absent. */
export type FixFilter = (finding: Finding, lineStarts: number[]) => boolean;

/** Lints and applies every preferred fix until none is left (bounded), as `--fix` does. */
export function fixText(text: string, options: LintOptions = {}, keep?: FixFilter): FixTextResult {
  let output = text;
  let fixed = 0;
  // Every finding, not the first 500 per rule: fixing twice must equal fixing once.
  const all: LintOptions = { ...options, maxFindingsPerRule: Infinity };
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const linted = lint(output, all);
    const fixes = linted.findings.flatMap((f) => (f.fix && (!keep || keep(f, linted.document.lineStarts)) ? [f.fix] : []));
    if (fixes.length === 0) break;
    const result = applyFixes(output, fixes);
    if (result.applied === 0) break;
    output = result.output;
    fixed += result.applied;
  }
  const last = lint(output, options);
  return { output, fixed, remaining: last.findings, suppressed: last.suppressed };
}

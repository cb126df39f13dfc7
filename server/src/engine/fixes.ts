// Applying fixes: every fix edits only its own span; overlapping fixes wait for the next pass.
import type { Finding, Fix, LintOptions, LintResult, SuppressedFinding } from './types.js';
import { lint } from './linter.js';
import { baselineOf, judgeEdits } from './rewrites.js';

/** How many lint-and-fix passes fix-all makes before it stops (fixes can expose new findings). */
const MAX_FIX_PASSES = 10;

/** Rounds of checking one pass's fixes: each drops the fixes of turns where the result is not clean. */
const MAX_CHECK_ROUNDS = 4;

/** The fixes `applyFixes` would apply, in order: non-overlapping (earliest first), in range, changing something. */
function applicable<T extends { fix: Fix }>(text: string, items: readonly T[]): T[] {
  const sorted = [...items].sort((a, b) => a.fix.span.start - b.fix.span.start || a.fix.span.end - b.fix.span.end);
  const kept: T[] = [];
  let cursor = 0;
  for (const item of sorted) {
    const { span } = item.fix;
    if (span.start < cursor || span.end > text.length || span.start > span.end) continue;
    if (text.slice(span.start, span.end) === item.fix.text) continue;
    kept.push(item);
    cursor = span.end;
  }
  return kept;
}

/** Applies non-overlapping fixes (earliest first; an overlapping later fix is skipped). */
export function applyFixes(text: string, fixes: readonly Fix[]): { output: string; applied: number } {
  const kept = applicable(
    text,
    fixes.map((fix) => ({ fix })),
  );
  return {
    output: splice(
      text,
      kept.map((k) => k.fix),
    ),
    applied: kept.length,
  };
}

/** The text with sorted, non-overlapping fixes applied. */
function splice(text: string, fixes: readonly Fix[]): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const fix of fixes) {
    parts.push(text.slice(cursor, fix.span.start), fix.text);
    cursor = fix.span.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
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

/**
 * Lints and applies every safe fix until none is left (bounded), as `--fix` and fix-all do. Each pass's
 * fixes are checked together by linting the result in place: the fixes of a turn where a finding is
 * left or created (or a sentence starts in lower case) are dropped and the rest checked again, so a
 * fix that would not lint clean in its conversation is never applied.
 */
export function fixText(text: string, options: LintOptions = {}, keep?: FixFilter): FixTextResult {
  let output = text;
  let fixed = 0;
  // Every finding, not the first 500 per rule: fixing twice must equal fixing once. Resumable, so a
  // check of the pass's fixes walks on from the first of them instead of from the top.
  const all: LintOptions = { ...options, maxFindingsPerRule: Infinity, resumable: true };
  let linted = lint(output, all);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const lineStarts = linted.document.lineStarts;
    let chosen = applicable(
      output,
      linted.findings.flatMap((f) => (f.fix && (!keep || keep(f, lineStarts)) ? [{ fix: f.fix, finding: f }] : [])),
    );
    if (chosen.length === 0) break;
    const baseline = baselineOf(linted);
    let accepted: { output: string; after: LintResult } | undefined;
    for (let round = 0; round < MAX_CHECK_ROUNDS && chosen.length > 0; round++) {
      const fixes = chosen.map((c) => c.fix);
      const candidate = splice(output, fixes);
      const { bad, after } = judgeEdits(
        baseline,
        fixes,
        chosen.map((c) => c.finding),
        candidate,
        all,
      );
      if (bad.size === 0) {
        accepted = { output: candidate, after };
        break;
      }
      chosen = chosen.filter((c) => !bad.has(baseline.turns.place(c.fix.span.start, lineStarts)));
    }
    if (!accepted) break;
    output = accepted.output;
    fixed += chosen.length;
    linted = accepted.after;
  }
  const last = lint(output, options);
  return { output, fixed, remaining: last.findings, suppressed: last.suppressed };
}

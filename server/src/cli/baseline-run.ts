// What a run does with its baseline once every file is linted: write the recorded findings
// (--baseline-write), count the entries that no longer occur, and drop them (--baseline-prune).
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { BaselineError, entryKey, loadBaseline, makeBaseline, writeBaseline, type BaselineEntry } from '../node/baseline.js';
import { CliError } from './errors.js';
import type { LintRun } from './lint-files.js';

/**
 * Writes the findings of this run to `path`; entries of files this run did not lint are kept, so
 * recording one folder does not forget the others. Returns the note to print.
 */
export function writeRunBaseline(path: string, run: LintRun): string {
  const linted = new Set(run.recorded.map((r) => r.file));
  const kept = existsSync(path) ? readOrFail(path).entries.filter((e) => !linted.has(e.file)) : [];
  const entries = makeBaseline(path, [...kept, ...run.recorded.flatMap((r) => r.entries)]).entries;
  failAsCli(() => writeBaseline(path, entries));
  const findings = entries.reduce((n, e) => n + e.count, 0);
  return `recorded ${findings} ${findings === 1 ? 'finding' : 'findings'} in ${path}`;
}

/**
 * Per baseline used: how many recorded findings no longer occur in the files linted (or in files
 * that are gone), with --baseline-prune the file rewritten without them. Returns the notes to print.
 */
export function settleBaselines(run: LintRun, prune: boolean): string[] {
  const notes: string[] = [];
  const byPath = new Map<string, LintRun['baselineUses']>();
  for (const use of run.baselineUses) {
    const uses = byPath.get(use.path);
    if (uses) uses.push(use);
    else byPath.set(use.path, [use]);
  }
  for (const [path, uses] of byPath) {
    const baseline = readOrFail(path);
    const matched = new Map(uses.map((u) => [u.file, new Map(u.matched)] as const));
    const still: BaselineEntry[] = [];
    let gone = 0;
    for (const e of baseline.entries) {
      const counts = matched.get(e.file);
      const missing = counts === undefined && !existsSync(resolve(dirname(path), e.file));
      // A file this run did not lint keeps its entries, unless the file itself is gone.
      const occur = missing ? 0 : counts === undefined ? e.count : Math.min(e.count, counts.get(entryKey(e.rule, e.line)) ?? 0);
      gone += e.count - occur;
      if (occur > 0) still.push({ ...e, count: occur });
    }
    if (gone === 0) continue;
    if (prune) {
      failAsCli(() => writeBaseline(path, still));
      notes.push(`${path}: removed ${gone} baseline ${gone === 1 ? 'entry' : 'entries'} that no longer occur`);
    } else {
      notes.push(`${path}: ${gone} baseline ${gone === 1 ? 'entry no longer occurs' : 'entries no longer occur'} (--baseline-prune removes them)`);
    }
  }
  return notes;
}

function readOrFail(path: string) {
  return failAsCli(() => loadBaseline(path));
}

/** A baseline problem ends the run with its one line (exit 2). */
function failAsCli<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw error instanceof BaselineError ? new CliError(error.message) : error;
  }
}

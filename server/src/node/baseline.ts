// A baseline for libraries written before the linter: findings recorded once are not reported again.
// Each entry is keyed by file, rule and the normalized text of the finding's line (never its number),
// so lines inserted or removed above a finding keep it matched. Shared by the CLI and the language server.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { lineOfOffset, type Finding } from '../engine/index.js';
import { describeIoError } from './io-error.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  /** The script's path relative to the baseline file's folder, with `/` separators. */
  file: string;
  rule: string;
  /** The finding's line, trimmed, with runs of white space as one space. */
  line: string;
  /** How many findings of this rule stand on lines reading like this one. */
  count: number;
}

export interface Baseline {
  /** Absolute path of the baseline file. */
  path: string;
  entries: BaselineEntry[];
  /** Counts by file, then by rule and line (see entryKey). */
  byFile: Map<string, Map<string, number>>;
}

/** What a baseline problem says: one line naming the file. */
export class BaselineError extends Error {}

/** The key of a rule and line within one file's counts. */
export function entryKey(rule: string, line: string): string {
  return `${rule}\u0000${line}`;
}

/** A line as the baseline keeps it: no BOM, trimmed, white space collapsed (re-indenting keeps a match). */
export function normalizeLine(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The normalized text of the line a finding starts on. */
export function findingLine(text: string, lineStarts: readonly number[], finding: Pick<Finding, 'span'>): string {
  const line = lineOfOffset(lineStarts as number[], finding.span.start);
  const end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
  return normalizeLine(text.slice(lineStarts[line], end));
}

/** A script's key in a baseline: relative to the baseline's folder, `/`-separated (the same on every OS). */
export function baselineFileKey(baselinePath: string, filePath: string): string {
  const rel = relative(dirname(baselinePath), filePath);
  const key = isAbsolute(rel) ? filePath : rel;
  return sep === '/' ? key : key.split(sep).join('/');
}

/** Baselines read in this process, with the file's modification time (an editor re-reads a changed one). */
const loaded = new Map<string, { mtimeMs: number; baseline: Baseline }>();

/** Reads a baseline file (cached while it is unchanged); BaselineError when it cannot be read or is not one. */
export function loadBaseline(path: string): Baseline {
  const absolute = resolve(path);
  let mtimeMs: number;
  let text: string;
  try {
    mtimeMs = statSync(absolute).mtimeMs;
    const cached = loaded.get(absolute);
    if (cached && cached.mtimeMs === mtimeMs) return cached.baseline;
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new BaselineError(`${path}: cannot read baseline: ${describeIoError(error)} (write one with --baseline-write)`);
  }
  const baseline = makeBaseline(absolute, parseEntries(path, text));
  loaded.set(absolute, { mtimeMs, baseline });
  return baseline;
}

/** A baseline of these entries (counts of equal keys added up). */
export function makeBaseline(path: string, entries: readonly BaselineEntry[]): Baseline {
  const byFile = new Map<string, Map<string, number>>();
  for (const e of entries) {
    let counts = byFile.get(e.file);
    if (!counts) byFile.set(e.file, (counts = new Map()));
    const key = entryKey(e.rule, e.line);
    counts.set(key, (counts.get(key) ?? 0) + e.count);
  }
  const merged: BaselineEntry[] = [];
  for (const [file, counts] of byFile) {
    for (const [key, count] of counts) {
      const [rule, line] = key.split('\u0000');
      merged.push({ file, rule, line, count });
    }
  }
  return { path: resolve(path), entries: sortEntries(merged), byFile };
}

function parseEntries(path: string, text: string): BaselineEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new BaselineError(`${path}: not a baseline: invalid JSON (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  const findings = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>).findings : undefined;
  if (!Array.isArray(findings)) throw new BaselineError(`${path}: not a baseline: expected {"version": ${BASELINE_VERSION}, "findings": [...]}`);
  return findings.map((f: unknown, i) => {
    const e = f as Partial<BaselineEntry> | null;
    if (!e || typeof e.file !== 'string' || typeof e.rule !== 'string' || typeof e.line !== 'string') {
      throw new BaselineError(`${path}: findings[${i}]: needs "file", "rule" and "line" strings`);
    }
    const count = typeof e.count === 'number' && Number.isInteger(e.count) && e.count > 0 ? e.count : 1;
    return { file: e.file, rule: e.rule, line: e.line, count };
  });
}

/** By file, rule, then line: the order the file is written in, so re-recording moves nothing. */
export function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return entries.sort((a, b) => cmp(a.file, b.file) || cmp(a.rule, b.rule) || cmp(a.line, b.line));
}

/** The file's text: stable and sorted, one entry a line, so a diff of two baselines shows only what changed. */
export function baselineText(entries: readonly BaselineEntry[]): string {
  const sorted = sortEntries(entries.filter((e) => e.count > 0).map((e) => ({ ...e })));
  const lines = sorted.map((e) => `    ${JSON.stringify({ file: e.file, rule: e.rule, line: e.line, count: e.count })}`);
  return `{\n  "version": ${BASELINE_VERSION},\n  "findings": [${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}

/** Writes a baseline file; BaselineError naming the file when it cannot be written. */
export function writeBaseline(path: string, entries: readonly BaselineEntry[]): void {
  try {
    mkdirSync(dirname(resolve(path)), { recursive: true });
    writeFileSync(path, baselineText(entries));
  } catch (error) {
    throw new BaselineError(`${path}: cannot write baseline: ${describeIoError(error)}`);
  }
  loaded.delete(resolve(path));
}

/**
 * Drops the findings a file's baseline counts cover (each entry matches as many findings as its count)
 * and says how many of each key it matched, so the caller can tell which entries no longer occur.
 */
export function filterByBaseline<F extends Pick<Finding, 'ruleId' | 'span'>>(
  findings: readonly F[],
  counts: ReadonlyMap<string, number> | undefined,
  text: string,
  lineStarts: readonly number[],
): { kept: F[]; matched: Map<string, number> } {
  const matched = new Map<string, number>();
  if (!counts || counts.size === 0) return { kept: [...findings], matched };
  const kept: F[] = [];
  for (const f of findings) {
    const key = entryKey(f.ruleId, findingLine(text, lineStarts, f));
    const used = matched.get(key) ?? 0;
    if (used < (counts.get(key) ?? 0)) matched.set(key, used + 1);
    else kept.push(f);
  }
  return { kept, matched };
}

// Rewrites as they are offered. A rule proposes candidates (its safe fix, then its suggestions); each
// is applied to the script and the script is linted again, in place and in its conversation. Only a
// candidate that clears its finding, creates none, leaves the agent something to say and starts no
// sentence in lower case is offered. Checking costs a lint per candidate, so it runs only when
// rewrites are asked for (a lightbulb, the preview, --fix) and within a budget per lint.
import { lint, walkRecordOf } from './linter.js';
import type { Finding, Fix, LintOptions, LintResult, ScriptDocument } from './types.js';
import { MAX_MATCHES_PER_TURN } from './rule-kit/phrase-rule.js';
import { lineOfOffset } from './text.js';

/** Candidates checked per finding (its fix and the rule's suggestions, best first). */
const MAX_CANDIDATES = 8;
/** Re-lints one lint result may spend on checking rewrites, however many findings are asked about. */
const MAX_CHECKS = 300;
/**
 * Scripts longer than this are not re-linted per candidate (each check would take seconds); their
 * findings are offered no rewrite rather than an unchecked one.
 */
const MAX_CHECKED_LENGTH = 1_000_000;
/** Titles longer than this are cut in the middle of the line: a menu row, not a page. */
const MAX_TITLE_LINE = 400;

/** A rewrite that passed its check, with the whole line as it will read. */
export interface OfferedRewrite {
  /** For a menu: says what happens and shows the whole resulting line. */
  title: string;
  fix: Fix;
  /** The agent's whole turn after the rewrite (line breaks folded to spaces). */
  line: string;
}

/** The agent turns of a document as sorted spans, to say which turn an offset falls in. */
class TurnIndex {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly lines: number[] = [];
  private readonly texts: string[] = [];

  constructor(document: ScriptDocument) {
    for (const section of document.sections) {
      for (const item of section.items) {
        if (item.kind !== 'turn') continue;
        this.starts.push(item.span.start);
        this.ends.push(item.span.end);
        this.lines.push(item.line);
        this.texts.push(item.text);
      }
    }
  }

  /** Index of the turn holding `offset` (its end included: a fix may end a turn), or -1. */
  at(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && offset <= this.ends[found] ? found : -1;
  }

  /** Where a finding at `offset` is counted: its turn's first line, else the offset's own line. */
  place(offset: number, lineStarts: number[]): number {
    const i = this.at(offset);
    return i >= 0 ? this.lines[i] : -1 - lineOfOffset(lineStarts, offset);
  }

  text(i: number): string {
    return this.texts[i];
  }
}

/** Maps an offset in the edited text back to the original, given the applied fixes (sorted, not overlapping). */
function originalOffset(offset: number, applied: readonly Fix[]): number {
  let shift = 0;
  for (const fix of applied) {
    const newStart = fix.span.start + shift;
    const newEnd = newStart + fix.text.length;
    if (offset < newStart) break;
    // Inside a rewrite: it stands where the rewritten words stood.
    if (offset < newEnd) return fix.span.start;
    shift += fix.text.length - (fix.span.end - fix.span.start);
  }
  return offset - shift;
}

const keyOf = (ruleId: string, place: number) => `${ruleId}\u0000${place}`;

/** Sentences in a line that start with a lower-case letter ("I understand. that's our policy"). */
export function lowerCaseSentenceStarts(line: string): number {
  let n = 0;
  LOWER_START.lastIndex = 0;
  while (LOWER_START.exec(line) !== null) n++;
  return n;
}

const LOWER_START = /(?:^\s*|[.!?]["'\u2019\u201d)\]]*\s+)\p{Ll}/gu;

/** A turn's words on one line, as a menu or the preview shows them. */
const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What the original lint saw, shared by every check of one lint result. */
interface Baseline {
  result: LintResult;
  turns: TurnIndex;
  /** Findings counted by rule and place. */
  counts: Map<string, number>;
}

function baselineOf(result: LintResult): Baseline {
  const turns = new TurnIndex(result.document);
  const counts = new Map<string, number>();
  for (const f of result.findings) {
    const key = keyOf(f.ruleId, turns.place(f.span.start, result.document.lineStarts));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { result, turns, counts };
}

/** Why an edit is refused: the places (turn lines) where it leaves or creates a finding, or breaks a sentence. */
export interface EditVerdict {
  /** Places of the original whose rewrite must not stand; empty when the edit is clean. */
  bad: Set<number>;
  after: LintResult;
  /** Each edit's whole turn as it now reads, by the edit's index ('' when it is not in a turn). */
  lines: string[];
}

/**
 * Judges edits of `base`'s text: lints the edited text (resuming the walk where the first edit is)
 * and compares findings by rule and place, the findings the edits target taken away. A finding left
 * or created in a turn without an edit is blamed on the last edited turn before it (what the
 * conversation heard before), or on every edit when none comes before it.
 */
export function judgeEdits(baseline: Baseline, applied: readonly Fix[], targets: readonly Finding[], output: string, options: LintOptions): EditVerdict {
  const { result, turns } = baseline;
  const lineStarts = result.document.lineStarts;
  const after = lint(output, { ...options, previous: result, maxFindingsPerRule: Infinity });
  const left = new Map(baseline.counts);
  for (const f of targets) {
    const key = keyOf(f.ruleId, turns.place(f.span.start, lineStarts));
    left.set(key, (left.get(key) ?? 0) - 1);
  }
  const edited = [...new Set(applied.map((fix) => turns.place(fix.span.start, lineStarts)))].sort((a, b) => a - b);
  const bad = new Set<number>();
  const blame = (place: number): void => {
    if (edited.includes(place)) {
      bad.add(place);
      return;
    }
    const before = edited.filter((p) => p >= 0 && p < place);
    if (place >= 0 && before.length > 0) bad.add(before[before.length - 1]);
    else for (const p of edited) bad.add(p);
  };
  for (const f of after.findings) {
    const place = turns.place(originalOffset(f.span.start, applied), lineStarts);
    const key = keyOf(f.ruleId, place);
    const n = left.get(key) ?? 0;
    if (n > 0) left.set(key, n - 1);
    // A turn that held a rule's full count of matches (a hostile line) had more than it reported: the
    // next ones surfacing after a fix are not new, and the fix made progress.
    else if ((baseline.counts.get(key) ?? 0) < MAX_MATCHES_PER_TURN) blame(place);
  }
  // Each edited turn must still say something, and start every sentence it starts with a capital.
  const afterTurns = new TurnIndex(after.document);
  const lines: string[] = [];
  let shift = 0;
  for (const fix of applied) {
    const place = turns.place(fix.span.start, lineStarts);
    const i = turns.at(fix.span.start);
    const j = afterTurns.at(fix.span.start + shift);
    shift += fix.text.length - (fix.span.end - fix.span.start);
    const now = j >= 0 ? folded(afterTurns.text(j)) : '';
    lines.push(now);
    if (i < 0 || j < 0) continue;
    if (now === '' || lowerCaseSentenceStarts(now) > lowerCaseSentenceStarts(folded(turns.text(i)))) bad.add(place);
  }
  return { bad, after, lines };
}

/** Checks candidate rewrites of one lint result's findings, within a budget; verdicts are kept. */
export class RewriteChecker {
  private baseline: Baseline | undefined;
  private checks = 0;
  private readonly verdicts = new Map<string, OfferedRewrite | null>();
  private readonly offers = new WeakMap<Finding, OfferedRewrite[]>();

  constructor(
    private readonly result: LintResult,
    private readonly options: LintOptions,
  ) {}

  /** The finding's rewrites that pass, best first: its safe fix (when it passes), then the rule's suggestions. */
  offered(finding: Finding): OfferedRewrite[] {
    let list = this.offers.get(finding);
    if (!list) this.offers.set(finding, (list = this.passing(finding, MAX_CANDIDATES)));
    return list;
  }

  /** The rewrite to show first (the preview's "Try saying", the preferred quick fix), if any passes: checks stop at it. */
  preferred(finding: Finding): OfferedRewrite | undefined {
    return this.offers.get(finding)?.[0] ?? this.passing(finding, 1)[0];
  }

  /** Up to `wanted` passing rewrites, checking the candidates in order. */
  private passing(finding: Finding, wanted: number): OfferedRewrite[] {
    const list: OfferedRewrite[] = [];
    const seen = new Set<string>();
    for (const { fix, title } of candidatesOf(finding)) {
      const id = `${fix.span.start}:${fix.span.end}:${fix.text}`;
      if (seen.has(id)) continue;
      seen.add(id);
      if (seen.size > MAX_CANDIDATES || list.length >= wanted) break;
      const ok = this.check(finding, fix, title);
      if (ok) list.push(ok);
    }
    return list;
  }

  /** The finding's safe fix, if it passes (what fix-all would apply alone). */
  safeFix(finding: Finding): OfferedRewrite | undefined {
    return finding.fix ? (this.check(finding, finding.fix, candidatesOf(finding)[0].title) ?? undefined) : undefined;
  }

  private check(finding: Finding, fix: Fix, ruleTitle: string): OfferedRewrite | null {
    const id = `${finding.ruleId}:${finding.span.start}:${fix.span.start}:${fix.span.end}:${fix.text}`;
    const known = this.verdicts.get(id);
    if (known !== undefined) return known;
    const text = this.result.document.text;
    if (text.length > MAX_CHECKED_LENGTH || this.checks >= MAX_CHECKS || fix.span.start < 0 || fix.span.end > text.length || fix.span.start > fix.span.end) return null;
    this.checks++;
    const baseline = (this.baseline ??= baselineOf(resumableBase(this.result, this.options)));
    const output = text.slice(0, fix.span.start) + fix.text + text.slice(fix.span.end);
    const { bad, lines } = judgeEdits(baseline, [fix], [finding], output, this.options);
    // Outside a turn (removing an unused directive) there is no spoken line to show: the rule's own title says it.
    const inTurn = baseline.turns.at(fix.span.start) >= 0;
    const verdict = bad.size > 0 ? null : inTurn ? { title: titleFor(lines[0]), fix, line: lines[0] } : { title: ruleTitle, fix, line: '' };
    this.verdicts.set(id, verdict);
    return verdict;
  }
}

/** The menu title: the whole new line (cut in the middle only past a length no menu shows). */
function titleFor(line: string): string {
  const shown = line.length > MAX_TITLE_LINE ? `${line.slice(0, MAX_TITLE_LINE / 2)} … ${line.slice(-MAX_TITLE_LINE / 2)}` : line;
  return `Rewrite as "${shown}"`;
}

/** The safe fix first (titled by the suggestion that makes it, when one does), then the suggestions. */
function candidatesOf(finding: Finding): { fix: Fix; title: string }[] {
  const same = (a: Fix, b: Fix) => a.span.start === b.span.start && a.span.end === b.span.end && a.text === b.text;
  const list: { fix: Fix; title: string }[] = [];
  if (finding.fix) {
    const fix = finding.fix;
    list.push({ fix, title: finding.suggestions.find((s) => same(s.fix, fix))?.title ?? `Replace with "${fix.text}"` });
  }
  for (const s of finding.suggestions) list.push({ fix: s.fix, title: s.title });
  return list;
}

/** A lint of the same text a later lint can resume from (the result itself when it keeps its walk). */
export function resumableBase(result: LintResult, options: LintOptions): LintResult {
  if (walkRecordOf(result)) return result;
  return lint(result.document.text, { ...options, resumable: true, maxFindingsPerRule: Infinity });
}

export { baselineOf, type Baseline };

const CHECKERS = new WeakMap<LintResult, RewriteChecker>();

/** The checker for a lint result (one per result, so a lightbulb asked twice checks once). */
export function rewritesOf(result: LintResult, options: LintOptions = {}): RewriteChecker {
  let checker = CHECKERS.get(result);
  if (!checker) CHECKERS.set(result, (checker = new RewriteChecker(result, options)));
  return checker;
}

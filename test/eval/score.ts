// Blind accuracy measurement: lints every evaluation conversation in-process and scores the
// findings of the 13 empathy rules against the `// expect:` labels, per rule and micro-averaged.
//   node --import tsx test/eval/score.ts [--verbose] [--json] [--min-f1 X] [--holdout | --dir DIR | --all] [--no-model]
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { computeLineStarts, lineOfOffset, lint, type EmpathyConfig } from '../../server/src/engine/index.js';
import { readExpectedLabels, SCORED_RULES, type Label } from './labels.js';
import { compareLabels, countsOf, scoresOf, type Scores } from './metrics.js';
import { EVAL_SETS, setPath } from './sets.js';

export const CONVERSATIONS_DIR = join(__dirname, 'conversations');
/** Conversations written after the engine had been tuned on CONVERSATIONS_DIR: a generalization check, not a tuning target. */
export const HOLDOUT_DIR = join(__dirname, 'holdout');

/** A wrong or missing finding, with the agent's words so a reader can judge it without opening the file. */
export interface Miss extends Label {
  text: string;
}

export interface EvalSummary {
  conversations: number;
  /** Conversations with no expected finding: the clean and trap ones. */
  silentConversations: number;
  expectedPerRule: Record<string, number>;
  perRule: Record<string, Scores>;
  micro: Scores;
  falsePositives: Miss[];
  falseNegatives: Miss[];
  labelErrors: string[];
  /** Agent lines of the conversations with no expected finding, and the findings on them: false alarms on clean scripts. */
  cleanAgentLines: number;
  cleanFalseAlarms: number;
}

/** The agent turn line a finding belongs to: the turn whose text contains the span start, else the span's own line. */
function findingLine(text: string, agentTurnStarts: { line: number; start: number; end: number }[], offset: number): number {
  const turn = agentTurnStarts.find((t) => offset >= t.start && offset <= t.end);
  return turn ? turn.line : lineOfOffset(computeLineStarts(text), offset) + 1;
}

/** Predicted (rule, agent line) pairs of one conversation, restricted to the scored rules. */
function predictedLabels(file: string, text: string, config: EmpathyConfig): Label[] {
  const result = lint(text, { config });
  const turns = result.document.sections
    .flatMap((s) => s.items)
    .flatMap((item) => (item.kind === 'turn' && item.role === 'agent' ? [{ line: item.line + 1, start: item.span.start, end: item.span.end }] : []));
  return result.findings.filter((f) => (SCORED_RULES as readonly string[]).includes(f.ruleId)).map((f) => ({ file, line: findingLine(text, turns, f.span.start), ruleId: f.ruleId }));
}

/** Scores every `.scenario` file of dir (default: the evaluation set). */
export function evaluate(dir: string = CONVERSATIONS_DIR, config: EmpathyConfig = {}): EvalSummary {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.scenario'))
    .sort();
  const expected: Label[] = [];
  const predicted: Label[] = [];
  const agentText = new Map<string, string>();
  const labelErrors: string[] = [];
  let silentConversations = 0;
  let cleanAgentLines = 0;
  const silentFiles = new Set<string>();
  for (const name of files) {
    const text = readFileSync(join(dir, name), 'utf8');
    const labels = readExpectedLabels(name, text);
    labelErrors.push(...labels.errors);
    if (labels.labels.length === 0) {
      silentConversations++;
      silentFiles.add(name);
      cleanAgentLines += labels.agentLines.size;
    }
    expected.push(...labels.labels);
    predicted.push(...predictedLabels(name, text, config));
    for (const [line, words] of labels.agentLines) agentText.set(`${name}:${line}`, words);
  }
  const comparison = compareLabels(expected, predicted);
  const withText = (l: Label): Miss => ({ ...l, text: agentText.get(`${l.file}:${l.line}`) ?? '' });
  const perRule: Record<string, Scores> = {};
  const expectedPerRule: Record<string, number> = {};
  for (const rule of SCORED_RULES) {
    perRule[rule] = scoresOf(countsOf(comparison, rule));
    expectedPerRule[rule] = expected.filter((l) => l.ruleId === rule).length;
  }
  return {
    conversations: files.length,
    silentConversations,
    expectedPerRule,
    perRule,
    micro: scoresOf(countsOf(comparison)),
    falsePositives: comparison.falsePositives.map(withText),
    falseNegatives: comparison.falseNegatives.map(withText),
    labelErrors,
    cleanAgentLines,
    cleanFalseAlarms: comparison.falsePositives.filter((l) => silentFiles.has(l.file)).length,
  };
}

/** Human-readable table, and with verbose every FP/FN as `file:line rule "agent text"`. */
export function formatReport(summary: EvalSummary, verbose: boolean): string {
  const pct = (x: number): string => x.toFixed(3);
  const out: string[] = [];
  out.push(`${'rule'.padEnd(24)} ${'exp'.padStart(4)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}  precision  recall  f1`);
  for (const rule of SCORED_RULES) {
    const s = summary.perRule[rule];
    out.push(
      `${rule.padEnd(24)} ${String(summary.expectedPerRule[rule]).padStart(4)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1)}`,
    );
  }
  const m = summary.micro;
  out.push(
    `${'micro'.padEnd(24)} ${String(m.tp + m.fn).padStart(4)} ${String(m.tp).padStart(4)} ${String(m.fp).padStart(4)} ${String(m.fn).padStart(4)}  ${pct(m.precision).padStart(9)}  ${pct(m.recall).padStart(6)}  ${pct(m.f1)}`,
  );
  out.push(`${summary.conversations} conversations, ${summary.silentConversations} clean/trap (no expected finding)`);
  const per100 = summary.cleanAgentLines === 0 ? 0 : (100 * summary.cleanFalseAlarms) / summary.cleanAgentLines;
  out.push(`false alarms on clean conversations: ${summary.cleanFalseAlarms} in ${summary.cleanAgentLines} agent lines (${per100.toFixed(2)} per 100)`);
  for (const error of summary.labelErrors) out.push(`label error: ${error}`);
  if (verbose) {
    const line = (kind: string, miss: Miss): string => `${kind} ${miss.file}:${miss.line} ${miss.ruleId} ${JSON.stringify(miss.text)}`;
    for (const miss of summary.falsePositives) out.push(line('FP', miss));
    for (const miss of summary.falseNegatives) out.push(line('FN', miss));
  }
  return out.join('\n');
}

/** One line per evaluation set: blind first run, today's score, false alarms on its clean calls. */
export function formatAllSets(config: EmpathyConfig = {}): string {
  const rows = [`${'set'.padEnd(28)} ${'calls'.padStart(5)} ${'labels'.padStart(6)}  blind F1  now F1  precision  recall  false alarms /100 clean lines`];
  for (const set of EVAL_SETS) {
    const s = evaluate(setPath(set), config);
    const per100 = s.cleanAgentLines === 0 ? 0 : (100 * s.cleanFalseAlarms) / s.cleanAgentLines;
    rows.push(
      `${set.dir.padEnd(28)} ${String(s.conversations).padStart(5)} ${String(s.micro.tp + s.micro.fn).padStart(6)}  ${set.blindF1.toFixed(3).padStart(8)}  ${s.micro.f1.toFixed(3).padStart(6)}  ${s.micro.precision.toFixed(3).padStart(9)}  ${s.micro.recall.toFixed(3).padStart(6)}  ${per100.toFixed(2)} (${s.cleanFalseAlarms} in ${s.cleanAgentLines})`,
    );
  }
  return rows.join('\n');
}

/** Command line: prints the measurement; exits 1 only when --min-f1 is given and not met. */
function main(argv: string[]): number {
  // --no-model: the rules' phrase families alone, as before the intent model (for comparison).
  const config: EmpathyConfig = argv.includes('--no-model') ? { intentModel: false } : {};
  if (argv.includes('--all')) {
    console.log(formatAllSets(config));
    return 0;
  }
  const verbose = argv.includes('--verbose');
  const json = argv.includes('--json');
  const minIndex = argv.indexOf('--min-f1');
  const minF1 = minIndex >= 0 ? Number(argv[minIndex + 1]) : undefined;
  if (minF1 !== undefined && !Number.isFinite(minF1)) {
    console.error('--min-f1 needs a number, e.g. --min-f1 0.9');
    return 2;
  }
  const dirIndex = argv.indexOf('--dir');
  const dir = dirIndex >= 0 && argv[dirIndex + 1] ? resolve(argv[dirIndex + 1]) : argv.includes('--holdout') ? HOLDOUT_DIR : CONVERSATIONS_DIR;
  const summary = evaluate(dir, config);
  if (json) console.log(JSON.stringify(summary, null, 2));
  else console.log(formatReport(summary, verbose));
  if (minF1 !== undefined && summary.micro.f1 < minF1) {
    console.error(`micro F1 ${summary.micro.f1.toFixed(3)} is below --min-f1 ${minF1} (${relative(process.cwd(), dir) || '.'})`);
    return 1;
  }
  return 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}

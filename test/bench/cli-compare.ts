// Whole-process CLI comparison on the same files: empathy-lint, the read-and-regex floor, and the
// prose linters QA teams already know. Runs are interleaved (A B C, then B C A, …) so a machine that
// slows down mid-run hurts every tool alike; ratios are taken round by round, then the median.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { timeProcess, type ProcessRun } from './processes.js';
import { median } from './stats.js';

export type ToolId = 'empathy-lint' | 'empathy-lint, no model' | 'floor' | 'write-good' | 'alex' | 'harper.js';

export interface CliTool {
  id: ToolId;
  /** What the command line is, for the report. */
  commandLine: string;
  /** Reason the tool cannot run here, or null. */
  missing: string | null;
  args(files: readonly string[]): string[];
  /** Reason a finished run does not count (it failed instead of linting), or null. */
  failure(run: ProcessRun): string | null;
}

export interface ToolResult {
  id: ToolId;
  commandLine: string;
  runsMs: number[];
  medianMs: number | null;
  /** Median CPU time (user + system, all threads). */
  medianCpuMs: number | null;
  /** Median over rounds of this tool's CPU time / empathy-lint's CPU time in the same round. */
  cpuRatioToOurs: number | null;
  /** Median over rounds of this tool's time / empathy-lint's time in the same round. */
  ratioToOurs: number | null;
  /** True when a run hit the time limit: the time is a lower bound. */
  timedOut: boolean;
  note: string | null;
}

export interface CorpusRun {
  corpus: string;
  files: number;
  bytes: number;
  tools: ToolResult[];
}

const exitedWith = (run: ProcessRun, ok: readonly number[]) =>
  run.exitCode !== null && ok.includes(run.exitCode) ? null : `exit ${run.exitCode}: ${run.stderrTail.trim().split('\n').slice(-1)[0] ?? ''}`;

/** The tools, resolved against the project root; our CLI from `dist` (a snapshot of the project's dist/). */
export function cliTools(root: string, dist: string): CliTool[] {
  const inRoot = (p: string) => join(root, p);
  const needs = (p: string, hint: string) => (existsSync(inRoot(p)) ? null : `${p} is missing (${hint})`);
  return [
    {
      id: 'empathy-lint',
      commandLine: 'node dist/cli.js --format json FILES',
      missing: existsSync(join(dist, 'cli.js')) ? null : 'dist/cli.js is not built yet',
      args: (files) => [join(dist, 'cli.js'), '--format', 'json', ...files],
      failure: (run) => exitedWith(run, [0, 1]) ?? (run.stdoutHead.startsWith('[') ? null : 'output is not a JSON array'),
    },
    {
      // The same CLI with the intent model switched off: what the model costs, run in the same rounds.
      id: 'empathy-lint, no model',
      commandLine: 'node dist/cli.js --format json --config test/bench/no-model.empathylintrc.json FILES',
      missing: existsSync(join(dist, 'cli.js')) ? null : 'dist/cli.js is not built yet',
      args: (files) => [join(dist, 'cli.js'), '--format', 'json', '--config', inRoot('test/bench/no-model.empathylintrc.json'), ...files],
      failure: (run) => exitedWith(run, [0, 1]) ?? (run.stdoutHead.startsWith('[') ? null : 'output is not a JSON array'),
    },
    {
      id: 'floor',
      commandLine: 'node test/bench/floor-cli.mjs FILES (read + one regex pass)',
      missing: null,
      args: (files) => [inRoot('test/bench/floor-cli.mjs'), ...files],
      failure: (run) => exitedWith(run, [0]),
    },
    {
      id: 'write-good',
      commandLine: 'node node_modules/write-good/bin/write-good.js FILES',
      missing: needs('node_modules/write-good/bin/write-good.js', 'npm install'),
      args: (files) => [inRoot('node_modules/write-good/bin/write-good.js'), ...files],
      // write-good exits with its finding count (mod 256), so only its output tells success
      failure: (run) => (run.stdoutHead.includes('In ') ? null : `printed no findings: ${run.stderrTail.trim().split('\n').slice(-1)[0] ?? ''}`),
    },
    {
      id: 'alex',
      commandLine: 'node node_modules/alex/cli.js --quiet --text FILES',
      missing: needs('node_modules/alex/cli.js', 'npm install'),
      args: (files) => [inRoot('node_modules/alex/cli.js'), '--quiet', '--text', ...files],
      failure: (run) => exitedWith(run, [0, 1]),
    },
    {
      id: 'harper.js',
      commandLine: 'node test/bench/harper-cli.mjs FILES (harper.js LocalLinter, plaintext)',
      missing: needs('node_modules/harper.js/package.json', 'npm install'),
      args: (files) => [inRoot('test/bench/harper-cli.mjs'), ...files],
      failure: (run) => exitedWith(run, [0]),
    },
  ];
}

export interface CorpusPlan {
  corpus: string;
  files: string[];
  bytes: number;
  /** Rounds per tool; a tool absent or at 0 is not run on this corpus. */
  rounds: Partial<Record<ToolId, number>>;
  /** Longest one run may take; a run cut off there counts as a lower bound. */
  timeoutMs: number;
}

/** Runs every planned tool on one corpus, interleaved, and summarises. */
export async function compareOnCorpus(tools: readonly CliTool[], plan: CorpusPlan, root: string, log: (line: string) => void): Promise<CorpusRun> {
  const { timeoutMs } = plan;
  const planned = tools.filter((t) => (plan.rounds[t.id] ?? 0) > 0);
  const runs = new Map<ToolId, Array<{ round: number; run: ProcessRun }>>(planned.map((t) => [t.id, []]));
  const notes = new Map<ToolId, string>();
  const maxRounds = Math.max(0, ...planned.map((t) => plan.rounds[t.id] ?? 0));
  for (const tool of planned) if (tool.missing) notes.set(tool.id, `not measured: ${tool.missing}`);
  // one unmeasured warm-up of our CLI, so the first round does not pay for a cold page cache alone
  const ours = planned.find((t) => t.id === 'empathy-lint' && !t.missing);
  if (ours) await timeProcess(process.execPath, ours.args(plan.files), timeoutMs, root);
  for (let round = 0; round < maxRounds; round++) {
    const active = planned.filter((t) => !t.missing && !notes.has(t.id) && (plan.rounds[t.id] ?? 0) > round);
    const order = active.map((_, i) => active[(i + round) % active.length]);
    for (const tool of order) {
      const run = await timeProcess(process.execPath, tool.args(plan.files), timeoutMs, root);
      const failed = run.timedOut ? null : tool.failure(run);
      if (failed) {
        notes.set(tool.id, `not measured: ${tool.id} failed (${failed})`);
        continue;
      }
      runs.get(tool.id)!.push({ round, run });
      log(`  ${plan.corpus} round ${round + 1}: ${tool.id} ${(run.ms / 1000).toFixed(2)} s wall, ${((run.cpuMs ?? NaN) / 1000).toFixed(2)} s CPU${run.timedOut ? ' (time limit)' : ''}`);
    }
  }
  const ourRuns = new Map((runs.get('empathy-lint') ?? []).map((r) => [r.round, r.run] as const));
  /** Median of per-round ratios of a measure against ours in the same round. */
  const pairedRatio = (own: Array<{ round: number; run: ProcessRun }>, measure: (run: ProcessRun) => number | null) => {
    const ratios = own.flatMap((r) => {
      const ours = ourRuns.get(r.round);
      const a = measure(r.run);
      const b = ours ? measure(ours) : null;
      return a !== null && b ? [a / b] : [];
    });
    return ratios.length ? median(ratios) : null;
  };
  const results = planned.map((tool): ToolResult => {
    const own = runs.get(tool.id) ?? [];
    const cpu = own.flatMap((r) => (r.run.cpuMs === null ? [] : [r.run.cpuMs]));
    const timedOut = own.some((r) => r.run.timedOut);
    return {
      id: tool.id,
      commandLine: tool.commandLine,
      runsMs: own.map((r) => r.run.ms),
      medianMs: own.length ? median(own.map((r) => r.run.ms)) : null,
      medianCpuMs: cpu.length ? median(cpu) : null,
      ratioToOurs: pairedRatio(own, (run) => run.ms),
      cpuRatioToOurs: pairedRatio(own, (run) => run.cpuMs),
      timedOut,
      note: notes.get(tool.id) ?? (timedOut ? `hit the ${timeoutMs / 1000} s limit: its time and ratio are lower bounds` : null),
    };
  });
  return { corpus: plan.corpus, files: plan.files.length, bytes: plan.bytes, tools: results };
}

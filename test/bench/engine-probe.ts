// Child process for in-process engine measurements, so each runs on a fresh heap and JIT:
// `node --import tsx test/bench/engine-probe.ts '<task json>'` prints one JSON result line.
// Tasks: throughput (engine vs the regex floor over files, interleaved) and scaling (size, branching).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { EngineModule } from './engine-bundle.js';
import { branchingScript, scenarioOfLines } from './corpus.js';
import { countFloorMatches } from './floor-pattern.mjs';
import { median } from './stats.js';

export interface ThroughputTask {
  kind: 'throughput';
  engine: string;
  files: string[];
  /** Timed rounds: enough to fill `budgetMs` after the warm-up, within these bounds. */
  minRounds: number;
  maxRounds: number;
  budgetMs: number;
}

export interface ThroughputResult {
  bytes: number;
  engineMs: number[];
  floorMs: number[];
  findingsByRule: Record<string, number>;
  floorMatches: number;
}

export interface ScalingTask {
  kind: 'scaling';
  engine: string;
  lineCounts: number[];
  sectionCounts: number[];
}

export interface ScalingPoint {
  size: number;
  lines: number;
  bytes: number;
  ms: number;
  findings: number;
}

export interface ScalingResult {
  byLines: ScalingPoint[];
  bySections: ScalingPoint[];
}

export type ProbeTask = ThroughputTask | ScalingTask;

/** Milliseconds `fn` takes. */
function timed(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Engine and floor passes over the same files, alternating which goes first, after one warm-up each. */
function throughput(engine: EngineModule, task: ThroughputTask): ThroughputResult {
  const findingsByRule: Record<string, number> = {};
  let floorMatches = 0;
  let bytes = 0;
  const enginePass = (count: boolean) => {
    for (const file of task.files) {
      const { findings } = engine.lint(readFileSync(file, 'utf8'));
      if (count) for (const f of findings) findingsByRule[f.ruleId] = (findingsByRule[f.ruleId] ?? 0) + 1;
    }
  };
  const floorPass = () => {
    floorMatches = 0;
    for (const file of task.files) floorMatches += countFloorMatches(readFileSync(file, 'utf8'));
  };
  for (const file of task.files) bytes += readFileSync(file).length;
  const warmUp = timed(() => enginePass(true));
  floorPass();
  const rounds = Math.max(task.minRounds, Math.min(task.maxRounds, Math.round(task.budgetMs / Math.max(warmUp, 1))));
  const engineMs: number[] = [];
  const floorMs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      engineMs.push(timed(() => enginePass(false)));
      floorMs.push(timed(floorPass));
    } else {
      floorMs.push(timed(floorPass));
      engineMs.push(timed(() => enginePass(false)));
    }
  }
  return { bytes, engineMs, floorMs, findingsByRule, floorMatches };
}

/** Median lint time of one text: more repetitions for small texts, at least three. */
function lintTime(engine: EngineModule, text: string): { ms: number; findings: number } {
  const first = engine.lint(text);
  const once = timed(() => engine.lint(text));
  const reps = Math.max(3, Math.min(15, Math.ceil(400 / Math.max(once, 1))));
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) samples.push(timed(() => engine.lint(text)));
  return { ms: median(samples), findings: first.findings.length };
}

function point(engine: EngineModule, size: number, text: string): ScalingPoint {
  const { ms, findings } = lintTime(engine, text);
  return { size, lines: text.split('\n').length - 1, bytes: Buffer.byteLength(text), ms, findings };
}

function scaling(engine: EngineModule, task: ScalingTask): ScalingResult {
  engine.lint(scenarioOfLines(2000));
  return {
    byLines: task.lineCounts.map((n) => point(engine, n, scenarioOfLines(n))),
    bySections: task.sectionCounts.map((n) => point(engine, n, branchingScript(n))),
  };
}

async function main(): Promise<void> {
  const task = JSON.parse(process.argv[2]) as ProbeTask;
  const engine = (await import(pathToFileURL(task.engine).href)) as EngineModule;
  const result = task.kind === 'throughput' ? throughput(engine, task) : scaling(engine, task);
  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

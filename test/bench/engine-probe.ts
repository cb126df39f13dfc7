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
  /** One file set per pass, each the same size but generated with its own seed: the first warms up, each later one is a timed round. Fresh text every round keeps caches keyed on text from flattering the engine. */
  fileSets: string[][];
}

export interface ThroughputResult {
  bytes: number;
  engineMs: number[];
  floorMs: number[];
  /** CPU time of the same passes: steadier than wall time when the machine is shared. */
  engineCpuMs: number[];
  floorCpuMs: number[];
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
  /** Median wall time. */
  ms: number;
  /** Median CPU time (what the growth exponent is fitted on). */
  cpuMs: number;
  findings: number;
}

export interface ScalingResult {
  byLines: ScalingPoint[];
  bySections: ScalingPoint[];
}

export type ProbeTask = ThroughputTask | ScalingTask;

interface Timing {
  wall: number;
  cpu: number;
}

/** Wall and CPU milliseconds `fn` takes. */
function timed(fn: () => void): Timing {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  fn();
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/** Engine and floor passes over the same files in each round, alternating which goes first, after one warm-up each. */
function throughput(engine: EngineModule, task: ThroughputTask): ThroughputResult {
  const findingsByRule: Record<string, number> = {};
  let floorMatches = 0;
  const enginePass = (files: readonly string[], count: boolean) => {
    for (const file of files) {
      const { findings } = engine.lint(readFileSync(file, 'utf8'));
      if (count) for (const f of findings) findingsByRule[f.ruleId] = (findingsByRule[f.ruleId] ?? 0) + 1;
    }
  };
  const floorPass = (files: readonly string[]) => {
    floorMatches = 0;
    for (const file of files) floorMatches += countFloorMatches(readFileSync(file, 'utf8'));
  };
  const [warmUp, ...rounds] = task.fileSets;
  const bytesOf = (files: readonly string[]) => files.reduce((sum, file) => sum + readFileSync(file).length, 0);
  enginePass(warmUp, true);
  floorPass(warmUp);
  const engineTimes: Timing[] = [];
  const floorTimes: Timing[] = [];
  rounds.forEach((files, round) => {
    if (round % 2 === 0) {
      engineTimes.push(timed(() => enginePass(files, false)));
      floorTimes.push(timed(() => floorPass(files)));
    } else {
      floorTimes.push(timed(() => floorPass(files)));
      engineTimes.push(timed(() => enginePass(files, false)));
    }
  });
  const bytes = rounds.length ? rounds.reduce((sum, files) => sum + bytesOf(files), 0) / rounds.length : bytesOf(warmUp);
  return {
    bytes,
    engineMs: engineTimes.map((t) => t.wall),
    floorMs: floorTimes.map((t) => t.wall),
    engineCpuMs: engineTimes.map((t) => t.cpu),
    floorCpuMs: floorTimes.map((t) => t.cpu),
    findingsByRule,
    floorMatches,
  };
}

/** Median lint time of texts of one shape, each repetition a fresh text (new seed) so nothing is cached by text. */
function lintTime(engine: EngineModule, make: (seed: number) => string): { text: string; ms: number; cpuMs: number; findings: number } {
  const text = make(0);
  const first = engine.lint(text);
  const second = make(1);
  const once = timed(() => engine.lint(second)).wall;
  const reps = Math.max(3, Math.min(15, Math.ceil(400 / Math.max(once, 1))));
  const samples: Timing[] = [];
  for (let i = 0; i < reps; i++) {
    const fresh = make(2 + i);
    samples.push(timed(() => engine.lint(fresh)));
  }
  return { text, ms: median(samples.map((t) => t.wall)), cpuMs: median(samples.map((t) => t.cpu)), findings: first.findings.length };
}

function point(engine: EngineModule, size: number, make: (seed: number) => string): ScalingPoint {
  const { text, ms, cpuMs, findings } = lintTime(engine, make);
  return { size, lines: text.split('\n').length - 1, bytes: Buffer.byteLength(text), ms, cpuMs, findings };
}

function scaling(engine: EngineModule, task: ScalingTask): ScalingResult {
  engine.lint(scenarioOfLines(2000, 99));
  return {
    byLines: task.lineCounts.map((n) => point(engine, n, (seed) => scenarioOfLines(n, 11 + seed))),
    bySections: task.sectionCounts.map((n) => point(engine, n, (seed) => branchingScript(n, 13 + seed))),
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

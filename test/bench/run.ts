// `npm run bench`: builds, generates the corpus, measures the CLI against its peers, the engine
// against a regex floor, the language server, scaling and the engine's profile; writes
// test/bench/results/latest.json and docs/bench.md and prints the table. A benchmark, not a test:
// it always exits 0 once it has written its report, and any part that cannot run says why.
// Options: --quick (fewer runs, no alex/harper.js), --no-build, --only=engine,scaling,lsp,cli,profile;
// only a full run replaces test/bench/results/latest.json and docs/bench.md. --render measures nothing:
// it writes docs/bench.md again from latest.json (after a change to target-notes.ts or the report's text).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { cliTools, compareOnCorpus, type CorpusPlan, type CorpusRun } from './cli-compare.js';
import { corpusFiles, stockLineFiles, uniqueLineShare, writeFiles } from './corpus.js';
import { bundleEngine } from './engine-bundle.js';
import type { ScalingResult, ThroughputResult, ProbeTask } from './engine-probe.js';
import { measureServer } from './lsp-bench.js';
import { runForOutput } from './processes.js';
import { hotFunctions } from './profile.js';
import { judgeTargets, renderMarkdown, CLI_STOCK_CORPUS, CLI_TARGET_CORPUS, type BenchResult, type EngineProfile, type Measured, type ThroughputRow } from './report.js';
import { growthExponent, median } from './stats.js';

const ROOT = resolve(__dirname, '..', '..');
const PROBE = join(ROOT, 'test/bench/engine-probe.ts');
const PEER_TIMEOUT_MS = 300_000;
/** On the 5.9 MB corpus alex and harper.js take minutes: past this they are stopped and reported as lower bounds. */
const SLOW_PEER_TIMEOUT_MS = 120_000;

const SECTIONS = ['engine', 'scaling', 'lsp', 'cli', 'profile'] as const;
type SectionId = (typeof SECTIONS)[number];

interface Options {
  quick: boolean;
  build: boolean;
  /** Sections to run (`--only=cli,lsp`); all by default. */
  only: ReadonlySet<SectionId>;
}

interface Corpus {
  name: string;
  description: string;
  files: string[];
  bytes: number;
  uniqueLines: number;
}

function parseOptions(argv: readonly string[]): Options {
  const only = argv
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const unknown = only?.filter((id) => !(SECTIONS as readonly string[]).includes(id)) ?? [];
  if (unknown.length) throw new Error(`unknown section ${unknown.join(', ')}: use ${SECTIONS.join(', ')}`);
  return { quick: argv.includes('--quick'), build: !argv.includes('--no-build'), only: new Set((only ?? SECTIONS) as SectionId[]) };
}

const log = (line: string) => process.stderr.write(`${line}\n`);

const notMeasured = (error: unknown): { notMeasured: string } => ({
  notMeasured: `not measured: ${error instanceof Error ? error.message : String(error)}`,
});

/** Runs `step` if asked for, turning any failure into a reason, so one missing piece never sinks the report. */
async function section<T extends object>(options: Options, id: SectionId, name: string, step: () => Promise<Measured<T>>): Promise<Measured<T>> {
  if (!options.only.has(id)) return { notMeasured: `not measured: skipped (--only=${[...options.only].join(',')})` };
  log(`bench: ${name}…`);
  const started = performance.now();
  try {
    const value = await step();
    log(`bench: ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return value;
  } catch (error) {
    log(`bench: ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    return notMeasured(error);
  }
}

/** Builds the shipped (production) bundles, then copies dist/ aside: others rebuilding the shared checkout mid-run cannot swap or delete what is measured. */
async function buildProject(options: Options, snapshot: string): Promise<string> {
  let status = 'skipped (--no-build): measured dist/ as it was';
  if (options.build) {
    try {
      await runForOutput(process.execPath, ['build.mjs', '--production'], 300_000, ROOT);
      status = '`node build.mjs --production` ok';
    } catch (error) {
      status = `\`node build.mjs --production\` failed (${error instanceof Error ? error.message : String(error)}); measured the dist/ already there`;
    }
  }
  if (existsSync(join(ROOT, 'dist'))) cpSync(join(ROOT, 'dist'), snapshot, { recursive: true });
  const copied = ['cli.js', 'server.js'].filter((f) => existsSync(join(snapshot, f)));
  return `${status}; measured a copy of ${copied.map((f) => `dist/${f}`).join(' and ') || 'nothing (no CLI or server bundle yet)'} taken right after`;
}

function makeCorpus(dir: string, name: string, description: string, bytes: number, count?: number, seed = 7, generate = corpusFiles): Corpus {
  const files = generate(bytes, count, seed);
  const paths = writeFiles(join(dir, `${name.replace(/\W+/g, '-')}-seed${seed}`), files);
  const bytesOf = files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);
  return { name, description, files: paths, bytes: bytesOf, uniqueLines: uniqueLineShare(files.map((f) => f.text)) };
}

async function probe<T>(task: ProbeTask, extraNodeArgs: string[] = []): Promise<T> {
  const out = await runForOutput(process.execPath, [...extraNodeArgs, '--import', 'tsx', PROBE, JSON.stringify(task)], 600_000, ROOT);
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

/** Timed rounds per corpus size: fewer on the large one, where one pass already takes seconds. */
function throughputRounds(corpus: Corpus, quick: boolean): number {
  if (quick) return 2;
  return corpus.bytes > 5e6 ? 4 : 7;
}

async function engineThroughput(engine: string, corpora: Corpus[], workDir: string, quick: boolean): Promise<{ rows: ThroughputRow[] }> {
  const rows: ThroughputRow[] = [];
  for (const corpus of corpora) {
    // the same size and mix, a new seed per round: text the engine has not seen in this process
    const variants = Array.from({ length: throughputRounds(corpus, quick) }, (_, i) => makeCorpus(workDir, corpus.name, corpus.description, corpus.bytes, corpus.files.length, 100 + i));
    const r = await probe<ThroughputResult>({ kind: 'throughput', engine, fileSets: [corpus.files, ...variants.map((v) => v.files)] });
    for (const v of variants) rmSync(dirname(v.files[0]), { recursive: true, force: true });
    const [engineMs, floorMs, engineCpuMs, floorCpuMs] = [r.engineMs, r.floorMs, r.engineCpuMs, r.floorCpuMs].map(median);
    const mbPerSecond = (ms: number) => r.bytes / 1e6 / (ms / 1000);
    rows.push({
      corpus: corpus.name,
      files: corpus.files.length,
      bytes: r.bytes,
      rounds: r.engineMs.length,
      engineMs,
      floorMs,
      engineCpuMs,
      floorCpuMs,
      engineMBps: mbPerSecond(engineCpuMs),
      floorMBps: mbPerSecond(floorCpuMs),
      ratio: engineCpuMs / floorCpuMs,
      wallRatio: engineMs / floorMs,
      findingsByRule: r.findingsByRule,
    });
    log(`  ${corpus.name}: engine ${engineMs.toFixed(0)} ms wall / ${engineCpuMs.toFixed(0)} ms CPU, floor ${floorMs.toFixed(0)} / ${floorCpuMs.toFixed(0)} ms`);
  }
  return { rows };
}

async function scaling(engine: string, quick: boolean) {
  const r = await probe<ScalingResult>({
    kind: 'scaling',
    engine,
    lineCounts: [1000, 10_000, 100_000],
    sectionCounts: quick ? [30, 300, 3000] : [30, 100, 300, 1000, 3000],
  });
  return {
    ...r,
    linesExponent: growthExponent(r.byLines.map((p) => ({ x: p.bytes, y: p.cpuMs }))),
    sectionsExponent: growthExponent(r.bySections.map((p) => ({ x: p.size, y: p.cpuMs }))),
  };
}

/** Runs one probe task under `--cpu-prof` and lists its hot functions (the bundle's source map names the .ts files). */
async function profiled(task: ProbeTask, dir: string, source: string): Promise<EngineProfile> {
  mkdirSync(dir, { recursive: true });
  await probe<unknown>(task, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('node wrote no .cpuprofile');
  return { source, ...hotFunctions(join(dir, file), ROOT, 15) };
}

/** Two profiles: the mixed corpus (where phrase matching dominates) and the 3,000-section script (where the path walk does). */
async function profileEngine(engine: string, corpus: Corpus, workDir: string): Promise<{ profiles: EngineProfile[] }> {
  const onCorpus = await profiled({ kind: 'throughput', engine, fileSets: [corpus.files] }, join(workDir, 'profile-corpus'), `one lint pass and one floor pass over the ${corpus.name} corpus`);
  const onBranching = await profiled(
    { kind: 'scaling', engine, lineCounts: [], sectionCounts: [3000] },
    join(workDir, 'profile-branching'),
    'repeated lints of the 3,000-section cyclic script (after one 2,000-line warm-up)',
  );
  return { profiles: [onCorpus, onBranching] };
}

/** Which tools run how often on which corpus: every peer side by side on 1 MB; on the big corpora the slow peers once, under a time limit. */
function cliPlans(corpora: Corpus[], quick: boolean): CorpusPlan[] {
  const [small, target, large, stock] = corpora;
  const plan = (c: Corpus, rounds: CorpusPlan['rounds'], timeoutMs = PEER_TIMEOUT_MS): CorpusPlan => ({ corpus: c.name, files: c.files, bytes: c.bytes, rounds, timeoutMs });
  if (quick) return [plan(target, { 'empathy-lint': 3, 'empathy-lint, no model': 3, floor: 3, 'write-good': 2 }), plan(stock, { 'empathy-lint': 3, floor: 3, 'write-good': 1 })];
  return [
    plan(stock, { 'empathy-lint': 5, 'empathy-lint, no model': 5, floor: 3, 'write-good': 3 }),
    plan(small, { 'empathy-lint': 3, floor: 3, 'write-good': 3, alex: 3, 'harper.js': 3 }),
    plan(target, { 'empathy-lint': 5, 'empathy-lint, no model': 5, floor: 5, 'write-good': 3, alex: 1, 'harper.js': 1 }, SLOW_PEER_TIMEOUT_MS),
    plan(large, { 'empathy-lint': 3, floor: 3, 'write-good': 1 }),
  ];
}

async function compareClis(corpora: Corpus[], dist: string, quick: boolean): Promise<{ runs: CorpusRun[] }> {
  const tools = cliTools(ROOT, dist);
  const ours = tools.find((t) => t.id === 'empathy-lint')!;
  if (ours.missing) throw new Error(ours.missing);
  const runs: CorpusRun[] = [];
  for (const plan of cliPlans(corpora, quick)) runs.push(await compareOnCorpus(tools, plan, ROOT, log));
  return { runs };
}

function machine(loadAverageStart: number[]) {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown CPU',
    cores: cpu.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${osType()} ${release()}`,
    node: process.version,
    loadAverageStart,
    loadAverageEnd: loadavg(),
  };
}

async function commitOf(): Promise<string> {
  try {
    return (await runForOutput('git', ['rev-parse', '--short', 'HEAD'], 10_000, ROOT)).trim();
  } catch {
    return 'unknown';
  }
}

/** A full run replaces the committed results; a partial one (--quick, --only) is kept beside the system's temp files. */
function writeResults(result: BenchResult, markdown: string, options: Options): void {
  const full = !options.quick && options.only.size === SECTIONS.length;
  const json = full ? LATEST_RESULTS : join(tmpdir(), 'empathy-lint-bench-partial.json');
  const md = full ? BENCH_PAGE : join(tmpdir(), 'empathy-lint-bench-partial.md');
  mkdirSync(dirname(json), { recursive: true });
  mkdirSync(dirname(md), { recursive: true });
  writeFileSync(json, JSON.stringify(result, null, 2) + '\n');
  writeFileSync(md, markdown);
  log(`bench: wrote ${json} and ${md}${full ? '' : ' (a partial run does not replace the committed results)'}`);
}

const LATEST_RESULTS = join(ROOT, 'test/bench/results/latest.json');
const BENCH_PAGE = join(ROOT, 'docs/bench.md');

/** The page again from the last full run's figures, with the targets judged and annotated as the code now does. */
function renderAgain(): void {
  const measured = JSON.parse(readFileSync(LATEST_RESULTS, 'utf8')) as BenchResult;
  writeFileSync(BENCH_PAGE, renderMarkdown({ ...measured, targets: judgeTargets(measured) }));
  log(`bench: wrote ${BENCH_PAGE} from ${LATEST_RESULTS} (measured nothing)`);
}

async function main(): Promise<void> {
  if (process.argv.includes('--render')) return renderAgain();
  const options = parseOptions(process.argv.slice(2));
  const loadStart = loadavg();
  const workDir = mkdtempSync(join(tmpdir(), 'empathy-lint-bench-'));
  try {
    const dist = join(workDir, 'dist');
    const build = await buildProject(options, dist);
    log(`bench: build ${build}`);
    const corpora = [
      makeCorpus(workDir, '1 MB', 'mixed corpus, ~30 KB per file', 1_000_000),
      makeCorpus(workDir, CLI_TARGET_CORPUS, 'mixed corpus, 200 files (the outside check’s size)', 5_900_000, 200),
      makeCorpus(workDir, '10 MB', 'mixed corpus, ~30 KB per file', 10_000_000),
      makeCorpus(workDir, CLI_STOCK_CORPUS, 'a few stock lines repeated, 200 files (the outside check’s kind of corpus)', 5_900_000, 200, 7, stockLineFiles),
    ];
    const engine = await bundleEngine(ROOT, workDir);
    const engineResult = await section(options, 'engine', 'engine throughput', () => engineThroughput(engine, [corpora[0], corpora[2]], workDir, options.quick));
    const scalingResult = await section(options, 'scaling', 'scaling', () => scaling(engine, options.quick));
    const lsp = await section(options, 'lsp', 'language server', async () => {
      const server = join(dist, 'server.js');
      if (!existsSync(server)) return { notMeasured: 'not measured: dist/server.js is not built yet' };
      return measureServer(server, workDir);
    });
    const cli = await section(options, 'cli', 'CLI comparison', () => compareClis(corpora, dist, options.quick));
    const profile = await section(options, 'profile', 'engine profile', () => profileEngine(engine, corpora[1], workDir));
    const partial: Omit<BenchResult, 'targets'> = {
      generatedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      commit: await commitOf(),
      quick: options.quick,
      machine: machine(loadStart),
      build,
      corpora: corpora.map((c) => ({ name: c.name, files: c.files.length, bytes: c.bytes, uniqueLines: c.uniqueLines, description: c.description })),
      cli,
      engine: engineResult,
      lsp,
      scaling: scalingResult,
      profile,
    };
    const result: BenchResult = { ...partial, targets: judgeTargets(partial) };
    const markdown = renderMarkdown(result);
    writeResults(result, markdown, options);
    process.stdout.write(markdown);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

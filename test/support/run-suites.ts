// `npm test`: provisions the Debian packages the suites drive (one shared step), then runs every
// suite in turn, each as its own `npm run`, and ends with a summary that names every failed or
// skipped suite. A failed suite does not hide the ones after it; type check and build must pass
// first, since every later suite runs the built bundles.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDebPackages, MissingPackagesError } from './provision.js';
import { SKIP_LOG_ENV } from './skips.js';

/** The suites in order; `required` ones stop the run when they fail. */
const SUITES: { script: string; required?: boolean }[] = [
  { script: 'typecheck', required: true },
  { script: 'lint' },
  { script: 'format:check' },
  { script: 'build', required: true },
  { script: 'test:unit' },
  { script: 'test:robust' },
  { script: 'test:lsp' },
  { script: 'test:nvim' },
  { script: 'test:preview' },
  { script: 'test:vscode' },
  { script: 'test:e2e' },
];

interface Outcome {
  script: string;
  ok: boolean;
  seconds: number;
  /** Tests node:test reported as skipped inside the suite. */
  skippedTests: number;
}

/** Runs one npm script with its output passed through; resolves with its outcome. */
function runSuite(script: string, env: NodeJS.ProcessEnv): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let skippedTests = 0;
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) skippedTests += skippedCountIn(line);
    });
    child.on('close', (code) => {
      skippedTests += skippedCountIn(pending);
      resolve({ script, ok: code === 0, seconds: (Date.now() - started) / 1000, skippedTests });
    });
  });
}

/** The skipped-test count of a node:test summary line ("# skipped 2" in TAP, "ℹ skipped 2" in spec), else 0. */
function skippedCountIn(line: string): number {
  const match = /^(?:#|ℹ)\s+skipped\s+(\d+)\s*$/.exec(line.trim());
  return match ? Number(match[1]) : 0;
}

/** The suites that recorded a skip, with their reasons. */
function readSkipLog(file: string): { suite: string; reason: string }[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { suite: string; reason: string });
}

/** One line per suite, then the skips and the verdict. */
function summarize(outcomes: Outcome[], skips: { suite: string; reason: string }[], notRun: string[]): boolean {
  console.log('\nnpm test summary');
  for (const o of outcomes) {
    const skipped = o.skippedTests > 0 ? `, ${o.skippedTests} test${o.skippedTests === 1 ? '' : 's'} skipped (reasons in its output)` : '';
    console.log(`  ${o.ok ? 'passed' : 'FAILED'}  ${o.script.padEnd(12)} ${o.seconds.toFixed(1).padStart(6)} s${skipped}`);
  }
  for (const script of notRun) console.log(`  not run ${script} (a required step before it failed)`);
  for (const skip of skips) console.log(`  SKIPPED ${skip.suite}: ${skip.reason}`);
  const failed = outcomes.filter((o) => !o.ok).map((o) => o.script);
  const verdict = failed.length === 0 && notRun.length === 0;
  console.log(verdict ? `all ${outcomes.length} suites passed${skips.length ? `, ${skips.length} skipped as listed` : ''}` : `failed: ${[...failed, ...notRun].join(', ')}`);
  return verdict;
}

async function main(): Promise<number> {
  try {
    ensureDebPackages();
  } catch (error) {
    const why = error instanceof MissingPackagesError ? error.message : `provisioning failed: ${error instanceof Error ? error.message : String(error)}`;
    console.error(`npm test: ${why}`);
    return 1;
  }
  const workDir = mkdtempSync(join(tmpdir(), 'empathy-lint-test-'));
  const skipLog = join(workDir, 'skips.jsonl');
  const env = { ...process.env, [SKIP_LOG_ENV]: skipLog };
  const outcomes: Outcome[] = [];
  const notRun: string[] = [];
  for (const [index, suite] of SUITES.entries()) {
    console.log(`\n> npm run ${suite.script}`);
    const outcome = await runSuite(suite.script, env);
    outcomes.push(outcome);
    if (!outcome.ok && suite.required) {
      notRun.push(...SUITES.slice(index + 1).map((s) => s.script));
      break;
    }
  }
  const passed = summarize(outcomes, readSkipLog(skipLog), notRun);
  rmSync(workDir, { recursive: true, force: true });
  return passed ? 0 : 1;
}

main().then((code) => process.exit(code));

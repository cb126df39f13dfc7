// The hooks QA teams run empathy-lint from: the pre-commit hook's command is run on fixtures as
// pre-commit would (its `files` pattern picks the staged scripts, its `entry` is our bin), and
// action.yml is checked to be a complete composite action whose expressions name only what exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT, runCli, scratch, CLEAN } from '../cli/harness.js';

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files: string;
  require_serial?: boolean;
}

const BIN = 'empathy-lint';
const FLAWED = "Customer: Why is there a fee?\nAgent: I'm sorry, but it's our policy to charge that fee.\n";

function hooks(): Hook[] {
  return parseYaml(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
}

/** The hook's command on `staged`, as pre-commit runs it: entry words, then the files its pattern matches. */
function runHook(hook: Hook, staged: string[], cwd: string) {
  const [command, ...args] = hook.entry.split(/\s+/);
  assert.equal(command, BIN, 'the entry is the package bin, which language: node puts on PATH');
  const pattern = new RegExp(hook.files);
  return runCli([...args, ...staged.filter((f) => pattern.test(f))], cwd);
}

test('the pre-commit hooks are well-formed and name the package bin', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.ok(pkg.bin[BIN], 'package.json has the bin the hook runs');
  const list = hooks();
  assert.deepEqual(
    list.map((h) => h.id),
    ['empathy-lint', 'empathy-lint-fix'],
  );
  for (const h of list) {
    for (const key of ['id', 'name', 'entry', 'language'] as const) assert.equal(typeof h[key], 'string', `${h.id}.${key}`);
    assert.equal(h.language, 'node');
    assert.ok(new RegExp(h.files).test('scripts/a.callscript') && new RegExp(h.files).test('b.scenario') && !new RegExp(h.files).test('README.md'));
  }
});

test("the pre-commit hook's command fails on a staged script with a finding and passes a clean one", () => {
  const { dir, cleanup } = scratch({ 'bad.scenario': FLAWED, 'good.scenario': CLEAN, 'notes.md': 'Agent: calm down\n' });
  try {
    const [lintHook, fixHook] = hooks();
    const bad = runHook(lintHook, ['bad.scenario', 'notes.md'], dir);
    assert.equal(bad.code, 1, bad.stdout + bad.stderr);
    assert.match(bad.stdout, /policy-apology/);
    const good = runHook(lintHook, ['good.scenario', 'notes.md'], dir);
    assert.equal(good.code, 0, good.stdout + good.stderr);
    // The fix hook writes the safe rewrites, then reports what is left.
    const fixed = runHook(fixHook, ['bad.scenario'], dir);
    assert.notEqual(readFileSync(join(dir, 'bad.scenario'), 'utf8'), FLAWED, fixed.stdout + fixed.stderr);
  } finally {
    cleanup();
  }
});

interface ActionStep {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

test('action.yml is a valid, complete composite action', () => {
  const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
  const action = parseYaml(text) as Action;
  assert.equal(typeof action.name, 'string');
  assert.equal(typeof action.description, 'string');
  assert.equal(action.runs.using, 'composite');
  assert.ok(action.runs.steps.length > 0);
  for (const step of action.runs.steps) {
    assert.ok(step.run !== undefined || step.uses !== undefined, `step "${step.name}" has run or uses`);
    // A composite action's run steps must say their shell.
    if (step.run !== undefined) assert.ok(step.shell, `step "${step.name}" names its shell`);
    if (step.uses !== undefined) assert.equal(step.shell, undefined);
  }
  for (const [name, input] of Object.entries(action.inputs)) assert.ok(input.description, `input ${name} is described`);
  // Every expression names a declared input or an existing step id, so nothing resolves to ''.
  const ids = new Set(action.runs.steps.map((s) => s.id).filter(Boolean));
  for (const [, expr] of text.matchAll(/\$\{\{(.*?)\}\}/g)) {
    for (const [, input] of expr.matchAll(/inputs\.([\w-]+)/g)) assert.ok(input in action.inputs, `inputs.${input} is declared`);
    for (const [, id] of expr.matchAll(/steps\.([\w-]+)\./g)) assert.ok(ids.has(id), `step id ${id} exists`);
  }
  for (const [name, output] of Object.entries(action.outputs)) assert.match(output.value, /\$\{\{.*\}\}/, `output ${name} has a value`);
  // What the issue asks of it: SARIF for upload or annotations, and --changed-since the PR base.
  assert.equal(action.inputs.format.default, 'github');
  assert.match(text, /--changed-since/);
  assert.match(text, /github\.base_ref/);
  assert.match(text, /dist\/cli\.js/);
  const lint = action.runs.steps.find((s) => s.id === 'lint');
  assert.ok(lint?.run?.includes('--format') && lint.run.includes('--output-file'));
});

test("the action's run script, given the inputs, runs the CLI as the action would", () => {
  const { dir, cleanup } = scratch({ 'scripts/bad.scenario': FLAWED });
  try {
    // What the lint step builds from its inputs with format sarif and no pull request.
    const run = runCli(['--format', 'sarif', '--max-warnings', '-1', '--output-file', 'empathy-lint.sarif', 'scripts'], dir);
    assert.equal(run.code, 0, run.stderr);
    const sarif = JSON.parse(readFileSync(join(dir, 'empathy-lint.sarif'), 'utf8'));
    assert.equal(sarif.runs[0].results[0].ruleId, 'policy-apology');
  } finally {
    cleanup();
  }
});

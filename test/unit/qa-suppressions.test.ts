// The QA reviewer's workflow, end to end through the CLI: a directive's reason reaches SARIF as GitHub
// code scanning reads it and JSON in ESLint's `suppressedMessages` shape; unused directives are reported
// and removed by --fix; requireReason asks for a reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, parse } from '../../server/src/engine/index.js';
import { runCli, scratch } from '../cli/harness.js';

const REASON = 'approved wording for the regulator';
const SUPPRESSED =
  'Customer: Why is there a fee?\n' +
  `// empathy-lint-disable-next-line policy-apology -- ${REASON}\n` +
  "Agent: I'm sorry, but it's our policy to charge that fee.\n" +
  'Customer: Fine.\n' +
  '// empathy-lint-disable-next-line condescending-sympathy -- left over\n' +
  'Agent: Thanks, the new address is saved.\n';

test('a directive reads its rule IDs before " -- " and its reason after it', () => {
  const doc = parse('// empathy-lint-disable-next-line policy-apology, rote-empathy -- said on purpose -- twice\nAgent: hi\n');
  assert.deepEqual(doc.directives[0].rules, ['policy-apology', 'rote-empathy']);
  assert.equal(doc.directives[0].reason, 'said on purpose -- twice');
  const all = parse('// empathy-lint-disable -- whole file is a quote\n').directives[0];
  assert.deepEqual([all.rules, all.reason], [[], 'whole file is a quote']);
  // The reason's words are not rule IDs, so no "unknown rule" finding.
  assert.deepEqual(
    lint(SUPPRESSED).findings.map((f) => f.ruleId),
    [],
  );
});

test('the engine keeps silenced findings with their reason, and stacked directives each apply', () => {
  const text =
    "Customer: Why?\n// empathy-lint-disable-next-line policy-apology -- one\n// empathy-lint-disable-next-line dismissive-phrasing -- two\nAgent: Calm down, I'm sorry but it's our policy.\n";
  const result = lint(text);
  assert.deepEqual(
    result.findings.map((f) => f.ruleId),
    [],
  );
  assert.deepEqual(result.suppressed.map((f) => [f.ruleId, f.suppressions[0].justification]).sort(), [
    ['dismissive-phrasing', 'two'],
    ['policy-apology', 'one'],
  ]);
});

test('SARIF carries a suppressed finding as a result with suppressions [{kind: inSource, justification}]', () => {
  const { dir, cleanup } = scratch({ 'sup.scenario': SUPPRESSED });
  try {
    const run = runCli(['--format', 'sarif', 'sup.scenario'], dir);
    assert.equal(run.code, 0, run.stderr);
    const results = JSON.parse(run.stdout).runs[0].results as { ruleId: string; suppressions?: unknown[]; locations: { physicalLocation: { region: { startLine: number } } }[] }[];
    const pa = results.filter((r) => r.ruleId === 'policy-apology');
    assert.equal(pa.length, 1);
    assert.deepEqual(pa[0].suppressions, [{ kind: 'inSource', justification: REASON }]);
    assert.equal(pa[0].locations[0].physicalLocation.region.startLine, 3);
    // Unsuppressed results carry no suppressions key: code scanning treats them as open alerts.
    assert.ok(results.every((r) => r.ruleId === 'policy-apology' || r.suppressions === undefined));
  } finally {
    cleanup();
  }
});

test("JSON lists a suppressed finding in suppressedMessages, in ESLint's shape, and not in messages", () => {
  const { dir, cleanup } = scratch({ 'sup.scenario': SUPPRESSED });
  try {
    const run = runCli(['--format', 'json', 'sup.scenario'], dir);
    assert.equal(run.code, 0, run.stderr);
    const [report] = JSON.parse(run.stdout);
    assert.deepEqual(report.messages, []);
    assert.equal(report.warningCount, 0);
    assert.equal(report.suppressedMessages.length, 1);
    const m = report.suppressedMessages[0];
    // ESLint's message keys, then its `suppressions` (a fix may sit between, as in ESLint).
    assert.deepEqual(Object.keys(m).slice(0, 7), ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
    assert.equal(Object.keys(m).at(-1), 'suppressions');
    assert.equal(m.ruleId, 'policy-apology');
    assert.equal(m.severity, 1);
    assert.equal(m.line, 3);
    assert.deepEqual(m.suppressions, [{ kind: 'directive', justification: REASON }]);
  } finally {
    cleanup();
  }
});

test('--report-unused-disable-directives reports the directive that silences nothing, and --fix removes it', () => {
  const { dir, cleanup } = scratch({ 'sup.scenario': SUPPRESSED });
  try {
    const run = runCli(['--format', 'json', '--report-unused-disable-directives', 'sup.scenario'], dir);
    const messages = JSON.parse(run.stdout)[0].messages as { ruleId: string; line: number; severity: number; fix?: unknown }[];
    assert.deepEqual(
      messages.map((m) => [m.ruleId, m.line, m.severity]),
      [['unused-directive', 5, 2]],
    );
    assert.equal(run.code, 1);
    assert.ok(messages[0].fix, 'the finding carries the fix that removes the line');
    // Off by default.
    assert.deepEqual(JSON.parse(runCli(['--format', 'json', 'sup.scenario'], dir).stdout)[0].messages, []);
    const fixed = runCli(['--fix', '--report-unused-disable-directives', 'sup.scenario'], dir);
    assert.equal(fixed.code, 0, fixed.stdout + fixed.stderr);
    assert.equal(readFileSync(join(dir, 'sup.scenario'), 'utf8'), SUPPRESSED.replace('// empathy-lint-disable-next-line condescending-sympathy -- left over\n', ''));
  } finally {
    cleanup();
  }
});

test('an unused rule in a directive naming several is dropped from it, the reason kept', () => {
  const text = "Customer: Why?\n// empathy-lint-disable-next-line policy-apology, rote-empathy -- approved\nAgent: I'm sorry, but it's our policy to charge that fee.\n";
  const result = lint(text, { config: { reportUnusedDisableDirectives: 'warn' } });
  assert.deepEqual(
    result.findings.map((f) => [f.ruleId, f.fix?.text]),
    [['unused-directive', '// empathy-lint-disable-next-line policy-apology -- approved']],
  );
});

test('the config options reportUnusedDisableDirectives and requireReason turn the checks on', () => {
  const { dir, cleanup } = scratch({
    '.empathylintrc.json': JSON.stringify({ requireReason: true, reportUnusedDisableDirectives: 'warn' }),
    'a.scenario': "Customer: Why?\n// empathy-lint-disable-next-line policy-apology\nAgent: I'm sorry, but it's our policy to charge that fee.\n",
  });
  try {
    const run = runCli(['--format', 'json', 'a.scenario'], dir);
    const [report] = JSON.parse(run.stdout);
    assert.deepEqual(
      report.messages.map((m: { ruleId: string; line: number }) => [m.ruleId, m.line]),
      [['directive-reason', 2]],
    );
    assert.match(report.messages[0].message, / -- /);
    // Still silenced: the rule asks for the reason, it does not undo the directive.
    assert.equal(report.suppressedMessages.length, 1);
    assert.deepEqual(report.suppressedMessages[0].suppressions, [{ kind: 'directive', justification: '' }]);
    const bad = scratch({ '.empathylintrc.json': JSON.stringify({ requireReason: 'sometimes' }), 'a.scenario': 'Agent: Hi.\n' });
    try {
      const broken = runCli(['a.scenario'], bad.dir);
      assert.equal(broken.code, 2);
      assert.match(broken.stderr, /requireReason: must be true, false/);
    } finally {
      bad.cleanup();
    }
  } finally {
    cleanup();
  }
});

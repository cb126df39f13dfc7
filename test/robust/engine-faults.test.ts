// A rule that throws must not take the other rules down (issue 8, item 2): the engine should catch
// it, report it once, and still return every other rule's findings. No public way exists to inject
// a failing rule, so this test patches one rule object in place (and restores it).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixText, lint } from '../../server/src/engine/index.js';
import { ALL_RULES } from '../../server/src/engine/rules/index.js';
import type { Rule } from '../../server/src/engine/rule-kit/rule.js';

const SCRIPT = "Customer: Why can't I get a refund?\nAgent: I'm sorry, but our policy doesn't allow refunds.\nCustomer: I'm furious.\nAgent: I know exactly how you feel.\n";

/** Runs `fn` with the named rule's checkTurn replaced by one that throws. */
function withThrowingRule<T>(id: string, fn: () => T): T {
  const rule = ALL_RULES.find((r) => r.id === id) as Rule;
  const original = rule.checkTurn;
  rule.checkTurn = () => {
    throw new Error('injected rule failure');
  };
  try {
    return fn();
  } finally {
    rule.checkTurn = original;
  }
}

test('baseline: the script gets policy-apology and presumed-feelings findings', () => {
  const ids = lint(SCRIPT).findings.map((f) => f.ruleId);
  assert.ok(ids.includes('policy-apology') && ids.includes('presumed-feelings'), ids.join());
});

test('a throwing rule is contained: lint does not throw, the other rules still report', () => {
  const findings = withThrowingRule('presumed-feelings', () => lint(SCRIPT).findings);
  assert.ok(
    findings.some((f) => f.ruleId === 'policy-apology'),
    'other rules lost',
  );
  const failures = findings.filter((f) => f.ruleId === 'presumed-feelings');
  assert.equal(failures.length, 1, 'the failure is reported once');
  assert.match(failures[0].message, /failed/i);
});

test('fix-all is idempotent past the per-rule finding cap (5,100 fixable lines)', () => {
  const once = fixText('Customer: Why?\nAgent: Calm down.\n'.repeat(5100)).output;
  assert.equal(fixText(once).output, once);
});

/** One agent turn saying "sorry our policy" `n` times after a customer's question (the 5 MB hostile line is n = 300,000). */
const apologyLine = (n: number) => `Customer: Can I get a refund?\nAgent: ${'sorry our policy '.repeat(n)}\n`;

test("a long line within fix-all's bounds: fixing twice equals fixing once", () => {
  const once = fixText(apologyLine(3000));
  assert.equal(once.remaining.filter((f) => f.ruleId === 'policy-apology').length, 0);
  assert.equal(fixText(once.output).output, once.output);
});

// Settles the old TODO "--fix twice differs from once on the 5 MB line": it does, by design. Fix-all
// makes at most 10 lint-and-fix passes, and a rule reports a bounded number of findings per turn
// (600 for policy-apology), so one run fixes at most a few thousand apologies on one line; the 5 MB
// line holds 300,000 (and each pass over it costs seconds). Running until done would take hours, so
// the promise is weaker and checked here on a line just past the bound (7,000 apologies, same
// mechanism, in well under a second): what is left is reported, a second run goes on from there
// without undoing anything, and nothing outside the flagged turn changes.
test("past fix-all's bounds (the 5 MB line): one run leaves findings and reports them, a second run continues", () => {
  const text = apologyLine(7000);
  const once = fixText(text);
  assert.ok(once.fixed > 0);
  assert.ok(
    once.remaining.some((f) => f.ruleId === 'policy-apology'),
    'the apologies left are reported (the CLI exits 1 with them), not silently dropped',
  );
  const twice = fixText(once.output);
  assert.ok(twice.fixed > 0, 'a second run makes progress');
  assert.ok(twice.output.length < once.output.length && once.output.length < text.length, 'each run only shortens the repeated apology');
  for (const output of [once.output, twice.output]) {
    assert.ok(output.startsWith('Customer: Can I get a refund?\nAgent: '), 'the customer line and the label are kept');
    assert.equal(output.split('\n').length, text.split('\n').length, 'no line added or removed');
  }
});

// A rule that throws must not take the other rules down (issue 8, item 2): the engine should catch
// it, report it once, and still return every other rule's findings. No public way exists to inject
// a failing rule, so this test patches one rule object in place (and restores it).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixText, lint } from '../../server/src/engine/index.js';
import { ALL_RULES } from '../../server/src/engine/rules/index.js';
import type { Rule } from '../../server/src/engine/rules/rule.js';

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

test(
  'a throwing rule is contained: lint does not throw, the other rules still report',
  () => {
    const findings = withThrowingRule('presumed-feelings', () => lint(SCRIPT).findings);
    assert.ok(findings.some((f) => f.ruleId === 'policy-apology'), 'other rules lost');
    const failures = findings.filter((f) => f.ruleId === 'presumed-feelings');
    assert.equal(failures.length, 1, 'the failure is reported once');
    assert.match(failures[0].message, /failed/i);
  },
);

test(
  'fix-all is idempotent past the per-rule finding cap (5,100 fixable lines)',
  { todo: 'engine bug: fixText collects fixes from lint(), which keeps 500 findings per rule, and stops after 10 passes: 5,100 "Agent: Calm down." turns get 5,000 fixes, and fixing the output again fixes 100 more (empathy-lint --fix twice differs from once on the 5 MB line and 100k-line fixtures; --fix on the 5 MB line takes ~67 s). Fixes should be gathered before the cap, or the passes continue while fixes apply.' },
  () => {
    const once = fixText('Customer: Why?\nAgent: Calm down.\n'.repeat(5100)).output;
    assert.equal(fixText(once).output, once);
  },
);

// Guards the blind accuracy measurement: the evaluation set must be well-labelled and the
// engine's micro F1 over it must stay above the bar the project is judged against.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, HOLDOUT_DIR, type EvalSummary } from '../eval/score.js';
import { SCORED_RULES } from '../eval/labels.js';
import { EVAL_SETS, setPath } from '../eval/sets.js';

/**
 * Every set has been scored blind once and then used to generalize the rules and the model, so all
 * are now regression sets (test/eval/sets.ts gives each its floor): a change that loses accuracy on
 * any of them fails here.
 */
const MIN_MICRO_F1 = 0.95;

const main = evaluate();
const holdout = evaluate(HOLDOUT_DIR);

/** Shared shape checks: labels parse, enough calls, enough silent calls, every rule exercised. */
function assertWellFormed(summary: EvalSummary, minConversations: number, minPositivesPerRule: number): void {
  assert.deepEqual(summary.labelErrors, []);
  assert.ok(summary.conversations >= minConversations, `only ${summary.conversations} conversations`);
  assert.ok(summary.silentConversations / summary.conversations >= 0.4, 'fewer than 40% clean/trap conversations');
  for (const rule of SCORED_RULES) assert.ok(summary.expectedPerRule[rule] >= minPositivesPerRule, `${rule} has fewer than ${minPositivesPerRule} positives`);
}

test('evaluation labels are well-formed and cover every scored rule', () => {
  assertWellFormed(main, 120, 6);
});

test('holdout labels are well-formed too', (t) => {
  assertWellFormed(holdout, 60, 4);
  t.diagnostic(`holdout micro F1 ${holdout.micro.f1.toFixed(3)} (P ${holdout.micro.precision.toFixed(3)}, R ${holdout.micro.recall.toFixed(3)})`);
});

for (const set of EVAL_SETS.filter((s) => s.dir !== 'eval/conversations')) {
  test(`micro F1 over ${set.dir} is at least ${set.floorF1}`, () => {
    const summary = evaluate(setPath(set));
    assert.deepEqual(summary.labelErrors, []);
    const misses = [...summary.falsePositives.map((m) => `FP ${m.file}:${m.line} ${m.ruleId}`), ...summary.falseNegatives.map((m) => `FN ${m.file}:${m.line} ${m.ruleId}`)];
    assert.ok(summary.micro.f1 >= set.floorF1, `micro F1 ${summary.micro.f1.toFixed(3)} < ${set.floorF1}\n${misses.join('\n')}`);
  });
}

test(`micro F1 over the evaluation set is at least ${MIN_MICRO_F1}`, () => {
  const { micro } = main;
  const misses = [...main.falsePositives.map((m) => `FP ${m.file}:${m.line} ${m.ruleId}`), ...main.falseNegatives.map((m) => `FN ${m.file}:${m.line} ${m.ruleId}`)];
  assert.ok(
    micro.f1 >= MIN_MICRO_F1,
    `micro F1 ${micro.f1.toFixed(3)} (P ${micro.precision.toFixed(3)}, R ${micro.recall.toFixed(3)}) < ${MIN_MICRO_F1}; run \`node --import tsx test/eval/score.ts --verbose\`\n${misses.slice(0, 40).join('\n')}`,
  );
});

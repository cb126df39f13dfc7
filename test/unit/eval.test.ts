// Guards the blind accuracy measurement: the evaluation set must be well-labelled and the
// engine's micro F1 over it must stay above the bar the project is judged against.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate } from '../eval/score.js';
import { SCORED_RULES } from '../eval/labels.js';

/** The lead tunes this; the held-out target is 0.90. */
const MIN_MICRO_F1 = 0.85;

const summary = evaluate();

test('evaluation labels are well-formed and cover every scored rule', () => {
  assert.deepEqual(summary.labelErrors, []);
  assert.ok(summary.conversations >= 120, `only ${summary.conversations} conversations`);
  assert.ok(summary.silentConversations / summary.conversations >= 0.4, 'fewer than 40% clean/trap conversations');
  for (const rule of SCORED_RULES) assert.ok(summary.expectedPerRule[rule] >= 6, `${rule} has fewer than 6 positives`);
});

test(`micro F1 over the evaluation set is at least ${MIN_MICRO_F1}`, () => {
  const { micro } = summary;
  const misses = [...summary.falsePositives.map((m) => `FP ${m.file}:${m.line} ${m.ruleId}`), ...summary.falseNegatives.map((m) => `FN ${m.file}:${m.line} ${m.ruleId}`)];
  assert.ok(
    micro.f1 >= MIN_MICRO_F1,
    `micro F1 ${micro.f1.toFixed(3)} (P ${micro.precision.toFixed(3)}, R ${micro.recall.toFixed(3)}) < ${MIN_MICRO_F1}; run \`node --import tsx test/eval/score.ts --verbose\`\n${misses.slice(0, 40).join('\n')}`,
  );
});

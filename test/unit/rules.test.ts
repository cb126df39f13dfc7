// Each rule against its valid/invalid table (paraphrases and near-misses), judged on the last agent line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, lineOfOffset, RULE_METAS, type LintOptions } from '../../server/src/engine/index.js';
import { RULE_TABLES } from './rule-tables.js';

/** 0-based line of the last `Agent:` line in the text. */
function lastAgentLine(text: string): number {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) if (/^Agent:/.test(lines[i])) return i;
  throw new Error('case has no agent line');
}

for (const [ruleId, cases] of Object.entries(RULE_TABLES)) {
  test(`${ruleId}: table of ${cases.length} cases`, () => {
    const positives = cases.filter((c) => c.flag).length;
    assert.ok(positives >= 8 && cases.length - positives >= 8, 'each table needs 8 positive and 8 negative cases');
    const wrong: string[] = [];
    for (const c of cases) {
      const { findings, document } = lint(c.text);
      const line = lastAgentLine(c.text);
      const hit = findings.some((f) => f.ruleId === ruleId && lineOfOffset(document.lineStarts, f.span.start) === line);
      if (hit !== c.flag) wrong.push(`${c.flag ? 'missed' : 'false alarm'}: ${JSON.stringify(c.text)}`);
    }
    assert.deepEqual(wrong, []);
  });
}

test('every conversation rule has a table', () => {
  const structural = new Set(['script-structure', 'front-matter', 'custom-phrase', 'customer-name', 'unused-directive', 'directive-reason']);
  for (const meta of RULE_METAS) if (!structural.has(meta.id)) assert.ok(RULE_TABLES[meta.id], `no table for ${meta.id}`);
});

test('customer-name (opt-in): flags a call that never uses the named caller, on the last agent line', () => {
  const on: LintOptions = { config: { rules: { 'customer-name': 'warn' } } };
  const named = (agent: string) => `---\ncustomer: Dana Smith\n---\nCustomer: My order never arrived.\nAgent: ${agent}\nAgent: It will arrive by Friday.\n`;
  const flagged = (text: string, config = on) => lint(text, config).findings.filter((f) => f.ruleId === 'customer-name');
  assert.equal(flagged(named("I'm sorry, let me look.")).length, 1);
  assert.equal(lineOfOffset(lint(named('Let me look.'), on).document.lineStarts, flagged(named('Let me look.'))[0].span.start), 5);
  assert.equal(flagged(named("I'm sorry, Dana, let me look.")).length, 0);
  assert.equal(flagged(named('Let me look, Ms. Smith.')).length, 0);
  assert.equal(flagged(named('Let me look, {customer_name}.')).length, 0);
  assert.equal(flagged('Customer: Hi.\nAgent: Hello.\n').length, 0, 'no name in the front matter');
  assert.equal(flagged(named('Let me look.'), { config: { rules: {} } }).length, 0, 'off by default');
});

test('rote-empathy: counts and messages stay right when lines recur across files, states and options (transitions are shared per line)', () => {
  const line = "Agent: I'm sorry to hear that.";
  const script = (times: number) => Array.from({ length: times }, (_, i) => `Customer: Problem ${i}.\n${line}`).join('\n') + '\n';
  const rote = (text: string, options?: LintOptions) =>
    lint(text, options)
      .findings.filter((f) => f.ruleId === 'rote-empathy')
      .map((f) => f.message);
  for (let round = 0; round < 2; round++) {
    // Counting stops at the allowance (so path states converge): every repeat past it reads the same.
    const messages = rote(script(4));
    assert.equal(messages.length, 3);
    for (const m of messages) assert.match(m, /has been said before/);
  }
  // The same lines under another allowance take other transitions.
  const allowTwo: LintOptions = { config: { rules: { 'rote-empathy': ['warn', { maxRepeats: 2 }] } } };
  const lenient = rote(script(4), allowTwo);
  assert.equal(lenient.length, 2);
  for (const m of lenient) assert.match(m, /said 2 times already/);
  assert.equal(rote(script(4)).length, 3, 'the default allowance again, after the lenient run');
});

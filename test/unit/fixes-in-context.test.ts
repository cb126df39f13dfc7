// Rewrites in context (issue 19): over every finding in examples/ and the evaluation sets, each
// offered rewrite lints clean in its conversation and starts no sentence in lower case; the issue's
// own lines get whole-thought rewrites; docs/fixes.md is what scripts/fixes-doc.ts writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixText, lint, rewritesOf, type Finding, type LintResult } from '../../server/src/engine/index.js';
import { lowerCaseSentenceStarts } from '../../server/src/engine/rewrites.js';
import { FIXES_DOC, fixesDoc, surveyFindings } from '../../scripts/fixes-doc.js';

const survey = surveyFindings();

/** Findings by rule, as a count each. */
function countByRule(findings: readonly Finding[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
  return m;
}

/** Lints the text with the fix applied; fails when a finding is left or created (by rule, anywhere in the script). */
function assertClean(result: LintResult, finding: Finding, fix: { span: { start: number; end: number }; text: string }, where: string): void {
  const text = result.document.text;
  const after = lint(text.slice(0, fix.span.start) + fix.text + text.slice(fix.span.end));
  const before = countByRule(result.findings);
  before.set(finding.ruleId, (before.get(finding.ruleId) ?? 0) - 1);
  for (const [rule, n] of countByRule(after.findings)) assert.ok(n <= (before.get(rule) ?? 0), `${where}: the rewrite leaves or creates ${rule}`);
}

test('every preferred rewrite over examples/ and the eval sets lints clean in context, and none starts a sentence in lower case', () => {
  let offered = 0;
  let rewrites = 0;
  for (const s of survey) {
    if (s.offered.length === 0) continue;
    offered++;
    const where = `${s.file}: "${s.before}" (${s.finding.ruleId})`;
    assertClean(s.result, s.finding, s.offered[0].fix, where);
    for (const r of s.offered) {
      rewrites++;
      if (r.line !== '') assert.ok(lowerCaseSentenceStarts(r.line) <= lowerCaseSentenceStarts(s.before), `${where}: "${r.line}" starts a sentence in lower case`);
    }
  }
  const total = survey.length;
  const needsWholeCall = survey.filter((s) => s.finding.ruleId === 'missing-ownership').length;
  console.log(`fix test: ${total} findings (${needsWholeCall} missing-ownership, which no line rewrite answers); ${offered} with a rewrite, ${rewrites} rewrites offered, each checked`);
  // Most findings get a rewrite; the rest get none rather than one that does not hold.
  assert.ok(offered >= 0.85 * (total - needsWholeCall), `only ${offered} of ${total - needsWholeCall} findings have a rewrite`);
});

const HELD_DEPOSIT = [
  'Customer: My deposit has been on hold for a week and I am really worried I will not make rent.',
  'Agent: I know exactly how you feel, the same thing happened to me with my old bank.',
  '',
].join('\n');

test("a claim to know how the caller feels is answered for their worry, without the agent's own story", () => {
  const result = lint(HELD_DEPOSIT);
  const finding = result.findings.find((f) => f.ruleId === 'presumed-feelings')!;
  const best = rewritesOf(result).preferred(finding)!;
  assert.ok(best, 'a rewrite is offered');
  assert.doesNotMatch(best.line, /same thing happened|old bank/i, best.line);
  assert.doesNotMatch(best.line, /only imagine how hard|condolences/i, 'worry is not grief');
  assert.match(best.title, new RegExp(best.line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 'the title shows the whole new line');
  assert.doesNotMatch(fixText(HELD_DEPOSIT).output, /same thing happened/);
});

const POLICY_AFTER_UPSET = ['Customer: This is ridiculous, I am so frustrated with this late fee.', "Agent: I'm sorry, but that's just our policy and the fee stays.", ''].join('\n');

test('a policy apology is rewritten into a coherent line that does not leave the caller unacknowledged', () => {
  const result = lint(POLICY_AFTER_UPSET);
  const finding = result.findings.find((f) => f.ruleId === 'policy-apology')!;
  const offered = rewritesOf(result).offered(finding);
  assert.ok(offered.length > 0);
  for (const r of offered) {
    assert.doesNotMatch(r.line, /\. that's/, r.line);
    assertClean(result, finding, r.fix, r.line);
  }
  const fixed = lint(fixText(POLICY_AFTER_UPSET).output);
  assert.ok(!fixed.findings.some((f) => f.ruleId === 'unacknowledged-emotion'), 'fix-all creates no unacknowledged-emotion');
});

test('outside a company-at-fault call no rewrite admits a fault', () => {
  const text = ['---', 'situation: no-fault', '---', 'Customer: I am so fed up, this is the third time I have called.', 'Agent: What is your account number?', ''].join('\n');
  const result = lint(text);
  const finding = result.findings.find((f) => f.ruleId === 'unacknowledged-emotion')!;
  const offered = rewritesOf(result).offered(finding);
  assert.ok(offered.length > 0);
  for (const r of offered) assert.doesNotMatch(r.line, /shouldn't have happened|our mistake|on us/i, r.line);
});

test('docs/fixes.md is what scripts/fixes-doc.ts writes', () => {
  assert.equal(readFileSync(FIXES_DOC, 'utf8'), fixesDoc(survey), 'run: node --import tsx scripts/fixes-doc.ts');
});

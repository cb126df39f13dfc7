// The lint worker's answers are small: diagnostics only when they differ from the ones the main
// thread says it holds, findings only when a feature asks, and the findings of the version just
// linted are answered from the kept lint, without linting again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/index.js';
import { toDiagnostics } from '../../server/src/lsp/diagnostics.js';
import { ResumeStore, runLintJob, type LintJob } from '../../server/src/lsp/lint-job.js';

const URI = 'file:///call.scenario';
const SCRIPT = ['Customer: My order never came and I am really upset.', 'Agent: Calm down, it is not a big deal.', 'Agent: Like I said, you should have checked the address.', ''].join('\n');
/** One more space at the end of the first agent line: the same findings, the same diagnostics. */
const SAME_FINDINGS = SCRIPT.replace('big deal.', 'big deal. ');
/** A line that adds a finding. */
const MORE_FINDINGS = `${SCRIPT}Agent: Calm down.\n`;

function job(id: number, version: number, text: string, extra: Partial<LintJob> = {}): LintJob {
  return { id, uri: URI, version, text, config: {}, resumable: true, ...extra };
}

test('a lint answers with diagnostics and counts, without findings unless asked', () => {
  const answer = runLintJob(job(1, 1, SCRIPT), new ResumeStore());
  assert.deepEqual(answer.diagnostics, toDiagnostics(lint(SCRIPT), URI));
  assert.equal(answer.counts.errors + answer.counts.warnings, lint(SCRIPT).findings.length);
  assert.ok(answer.counts.warnings > 0);
  assert.equal(answer.findings, undefined);
});

test('diagnostics equal to the held ones are answered as null; a change or another held lint sends them', () => {
  const store = new ResumeStore();
  runLintJob(job(1, 1, SCRIPT), store);
  assert.equal(runLintJob(job(2, 2, SAME_FINDINGS, { heldDiagnostics: 1 }), store).diagnostics, null);
  const changed = runLintJob(job(3, 3, MORE_FINDINGS, { heldDiagnostics: 2 }), store);
  assert.deepEqual(changed.diagnostics, toDiagnostics(lint(MORE_FINDINGS), URI));
  // the main thread names a lint the worker no longer keeps: everything is sent
  assert.notEqual(runLintJob(job(4, 4, MORE_FINDINGS, { heldDiagnostics: 2 }), store).diagnostics, null);
});

test('the findings of the version just linted come from the kept lint; an older version is linted without replacing it', () => {
  const store = new ResumeStore();
  runLintJob(job(1, 1, SCRIPT), store);
  runLintJob(job(2, 2, MORE_FINDINGS), store);
  const kept = store.get(URI)!;
  const current = runLintJob(job(3, 2, MORE_FINDINGS, { withFindings: true }), store);
  assert.deepEqual(
    current.findings?.map((f) => f.ruleId),
    lint(MORE_FINDINGS).findings.map((f) => f.ruleId),
  );
  assert.equal(store.get(URI)!.result, kept.result, 'answered without linting again');
  const older = runLintJob(job(4, 1, SCRIPT, { withFindings: true }), store);
  assert.equal(older.findings?.length, lint(SCRIPT).findings.length);
  assert.equal(store.get(URI)!.version, 2, 'the document’s last lint stays the one to resume from');
});

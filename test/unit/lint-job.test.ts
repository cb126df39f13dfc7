// The lint worker's answers are small: diagnostics only when they differ from the ones the main
// thread says it holds, counts instead of findings; the features that read findings are answered
// from the kept lint of the version just linted, without linting again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/index.js';
import type { Diagnostic, Hover } from 'vscode-languageserver';
import { applyDiagnosticsChange, diagnosticsChange, toDiagnostics, type DiagnosticsChange } from '../../server/src/lsp/diagnostics.js';
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

test('a lint answers with diagnostics and counts', () => {
  const answer = runLintJob(job(1, 1, SCRIPT), new ResumeStore());
  assert.deepEqual(answer.diagnostics, toDiagnostics(lint(SCRIPT), URI));
  assert.equal(answer.counts.errors + answer.counts.warnings, lint(SCRIPT).findings.length);
  assert.ok(answer.counts.warnings > 0);
  assert.equal(answer.feature, undefined);
});

test('diagnostics are sent as a change to the held ones: nothing when they are equal, the changed middle otherwise', () => {
  const store = new ResumeStore();
  const first = runLintJob(job(1, 1, SCRIPT), store).diagnostics as Diagnostic[];
  const same = runLintJob(job(2, 2, SAME_FINDINGS, { heldDiagnostics: 1 }), store).diagnostics as DiagnosticsChange;
  assert.deepEqual(same.middle, []);
  assert.equal(applyDiagnosticsChange(first, same), first, 'the held list itself');
  const changed = runLintJob(job(3, 3, MORE_FINDINGS, { heldDiagnostics: 2 }), store).diagnostics as DiagnosticsChange;
  assert.ok(changed.middle.length < toDiagnostics(lint(MORE_FINDINGS), URI).length);
  assert.deepEqual(applyDiagnosticsChange(first, changed), toDiagnostics(lint(MORE_FINDINGS), URI));
  // the main thread names a lint the worker no longer keeps: everything is sent
  assert.ok(Array.isArray(runLintJob(job(4, 4, MORE_FINDINGS, { heldDiagnostics: 2 }), store).diagnostics));
});

test('a lint after an edit keeps the previous diagnostic objects that say the same, from the start and from the end', () => {
  const store = new ResumeStore();
  runLintJob(job(1, 1, MORE_FINDINGS), store);
  const before = store.get(URI)!.diagnostics;
  // a line inserted at the top: every diagnostic moves down a line, so none is the same
  runLintJob(job(2, 2, `Customer: Hello?\n${MORE_FINDINGS}`), store);
  assert.ok(store.get(URI)!.diagnostics.every((d, i) => d !== before[i]));
  runLintJob(job(3, 3, MORE_FINDINGS), store);
  // and back: equal to the first ones, new objects; then a line that adds a finding at the end keeps the rest
  const back = store.get(URI)!.diagnostics;
  runLintJob(job(4, 4, `${MORE_FINDINGS}Agent: Calm down.\n`), store);
  const after = store.get(URI)!.diagnostics;
  assert.equal(after.length, back.length + 1);
  assert.ok(back.every((d, i) => after[i] === d));
  assert.deepEqual(after, toDiagnostics(lint(`${MORE_FINDINGS}Agent: Calm down.\n`), URI));
});

test('a change applied to the held diagnostics gives the new ones, at any place and length', () => {
  const all = toDiagnostics(lint(MORE_FINDINGS), URI);
  for (let from = 0; from <= all.length; from++) {
    for (let to = from; to <= all.length; to++) {
      const held = [...all.slice(0, from), ...all.slice(to)];
      assert.deepEqual(applyDiagnosticsChange(held, diagnosticsChange(held, all)), all);
      assert.deepEqual(applyDiagnosticsChange(all, diagnosticsChange(all, held)), held);
    }
  }
});

test('a feature of the version just linted is answered from the kept lint; one of an older version is linted without replacing it', () => {
  const store = new ResumeStore();
  runLintJob(job(1, 1, SCRIPT), store);
  runLintJob(job(2, 2, MORE_FINDINGS), store);
  const kept = store.get(URI)!;
  const hoverOn = (line: number, id: number, version: number, text: string) =>
    runLintJob(job(id, version, text, { feature: { kind: 'hover', position: { line, character: 10 }, options: { repeatMessage: true, commandLinks: false } } }), store).feature as Hover | null;
  // the line added in version 2 has a finding; version 1 has no line there
  assert.match(JSON.stringify(hoverOn(3, 3, 2, MORE_FINDINGS)), /dismissive-phrasing|Calm down/);
  assert.equal(store.get(URI)!.result, kept.result, 'answered without linting again');
  assert.equal(hoverOn(3, 4, 1, SCRIPT), null);
  assert.equal(store.get(URI)!.version, 2, 'the document’s last lint stays the one to resume from');
});

test('with linting switched off, a feature reads the parse alone', () => {
  const answer = runLintJob(job(1, 1, SCRIPT, { resumable: false, disabled: true, feature: { kind: 'codeLens' } }), new ResumeStore());
  assert.deepEqual(answer.diagnostics, []);
  assert.deepEqual(answer.feature, []);
});

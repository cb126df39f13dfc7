// An editor's lints are incremental: each resumes from the last one, stops where its walk meets the
// previous walk again and takes the rest over, and is sent as a change to the held diagnostics. After
// any chain of edits, what the editor shows must be what a lint of the final text from scratch gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver';
import { lint, type Finding, type LintResult } from '../../server/src/engine/index.js';
import { walkRecordOf } from '../../server/src/engine/linter.js';
import { applyDiagnosticsChange, toDiagnostics } from '../../server/src/lsp/diagnostics.js';
import { ResumeStore, runLintJob } from '../../server/src/lsp/lint-job.js';
import { scenarioOfLines } from '../bench/corpus.js';
import { EDIT_SNIPPETS, PARSE_SNIPPETS } from './edit-snippets.js';

const URI = 'file:///chain.scenario';
const BASE = `---\ntitle: Chain\nsituation: company-at-fault\n---\n${scenarioOfLines(240, 9)}`;
const PHRASE = ' calm down, it is not a big deal, like I said before.';
const SNIPPETS = [...EDIT_SNIPPETS, ...PARSE_SNIPPETS];

/** One change: type a phrase a character at a time and delete it again (as the bench does), or replace a stretch with a snippet. */
type Edit = { kind: 'type'; at: number; chars: number } | { kind: 'replace'; at: number; remove: number; insert: string };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), at: fc.nat({ max: BASE.length }), chars: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat({ max: BASE.length }), remove: fc.nat({ max: 60 }), insert: fc.constantFrom(...SNIPPETS) }),
);

/** The texts an edit goes through, one per keystroke or replacement. */
function versionsOf(text: string, edit: Edit): string[] {
  const at = Math.min(edit.at, text.length);
  if (edit.kind === 'replace') return [text.slice(0, at) + edit.insert + text.slice(Math.min(text.length, at + edit.remove))];
  const typed = Array.from({ length: edit.chars }, (_, i) => text.slice(0, at) + PHRASE.slice(0, i + 1) + text.slice(at));
  const deleted = typed.slice(0, -1).reverse();
  return [...typed, ...deleted, text];
}

/** Everything a user sees of a finding, suggestions included. */
const shown = (r: LintResult) =>
  r.findings.map((f: Finding) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, span: f.span, fix: f.fix, related: f.related, path: f.path, suggestions: f.suggestions }));

test('after any chain of edits, the incremental parse, findings and held diagnostics equal a lint from scratch', () => {
  let tookOver = 0;
  fc.assert(
    fc.property(fc.array(editArb, { minLength: 1, maxLength: 6 }), (edits) => {
      const store = new ResumeStore();
      let text = BASE;
      let id = 1;
      let held = runLintJob({ id, uri: URI, version: id, text, config: {}, resumable: true }, store).diagnostics as Diagnostic[];
      for (const edit of edits) {
        for (const next of versionsOf(text, edit)) {
          const previous = store.get(URI)!.result;
          const answer = runLintJob({ id: ++id, uri: URI, version: id, text: next, config: {}, resumable: true, heldDiagnostics: id - 1 }, store);
          held = Array.isArray(answer.diagnostics) ? answer.diagnostics : applyDiagnosticsChange(held, answer.diagnostics);
          const result = store.get(URI)!.result;
          const fromScratch = lint(next);
          assert.deepEqual(result.document, fromScratch.document);
          assert.deepEqual(shown(result), shown(fromScratch));
          assert.deepEqual(held, toDiagnostics(fromScratch, URI));
          if (tookOverFrom(previous, result)) tookOver++;
          text = next;
        }
      }
    }),
    { numRuns: 25 },
  );
  assert.ok(tookOver > 50, `only ${tookOver} lints took over the previous walk's tail`);
});

/** True when the result's walk ended by taking over the previous walk's checkpoints (they share their rule-failure flags). */
function tookOverFrom(previous: LintResult, result: LintResult): boolean {
  const before = walkRecordOf(previous)?.checkpoints.at(-1);
  const after = walkRecordOf(result)?.checkpoints.at(-1);
  return before !== undefined && after !== undefined && before !== after && before.failed === after.failed;
}

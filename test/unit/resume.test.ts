// A re-lint that resumes from the previous version's walk (the language server, on every edit) must
// give exactly what a lint from the top gives, wherever the edit lands.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint, type Finding, type LintResult } from '../../server/src/engine/index.js';
import { walkRecordOf } from '../../server/src/engine/linter.js';

/** The second checkpoint of a result's walk: shared between two results when the later one resumed. */
const checkpointOf = (r: LintResult) => walkRecordOf(r)?.checkpoints[1];
import { scenarioOfLines } from '../bench/corpus.js';
import { EDIT_SNIPPETS } from './edit-snippets.js';

/** Everything a user sees of a finding, suggestions included. */
const shown = (r: LintResult) =>
  r.findings.map((f: Finding) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, span: f.span, fix: f.fix, related: f.related, path: f.path, suggestions: f.suggestions }));

const BASE = `---\ntitle: Resume\nsituation: company-at-fault\n---\n${scenarioOfLines(400, 5)}`;
const SNIPPETS = EDIT_SNIPPETS;

/** Insert, delete, or overwrite in place (the same length, so nothing after it moves). */
const edit = fc.oneof(
  fc.record({ at: fc.nat({ max: BASE.length }), remove: fc.nat({ max: 40 }), insert: fc.constantFrom(...SNIPPETS) }),
  fc.record({ at: fc.nat({ max: BASE.length }), insert: fc.constantFrom(' calm down', " I'm sorry, but", 'Oh you poor thing') }).map((e) => ({ ...e, remove: e.insert.length })),
);

test('resuming from the previous version gives the same findings as linting from the top, after any edit', () => {
  let resumed = 0;
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
      let text = BASE;
      let previous = lint(text, { resumable: true });
      for (const e of edits) {
        const at = Math.min(e.at, text.length);
        text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
        const fromTop = lint(text);
        const fromPrevious = lint(text, { previous, resumable: true });
        assert.deepEqual(shown(fromPrevious), shown(fromTop));
        // Shared checkpoints mean the walk really resumed rather than starting over.
        if (checkpointOf(fromPrevious) !== undefined && checkpointOf(fromPrevious) === checkpointOf(previous)) resumed++;
        previous = fromPrevious;
      }
    }),
    { numRuns: 60 },
  );
  assert.ok(resumed > 30, `only ${resumed} re-lints resumed`);
});

test('a different config, a changed front matter or a branching script lints from the top', () => {
  const previous = lint(BASE, { resumable: true });
  const other = lint(BASE, { previous, config: { rules: { 'rote-empathy': 'off' } } });
  assert.notEqual(checkpointOf(other), checkpointOf(previous));
  const situation = BASE.replace('company-at-fault', 'no-fault');
  const changed = lint(situation, { previous });
  assert.notEqual(checkpointOf(changed), checkpointOf(previous));
  assert.deepEqual(shown(changed), shown(lint(situation)));
  const branching = lint('# start\nAgent: Hi.\n* Calm -> end\n\n# end\nAgent: Bye.\n', { previous });
  assert.equal(walkRecordOf(branching), undefined, 'branching scripts are walked whole');
});

test('a resumed lint that hits the per-rule cap notes it on its own copy, not on the finding the previous result shares', () => {
  const apology = "Agent: I'm sorry, but our policy doesn't allow refunds.\n";
  const neutral = Array.from({ length: 40 }, (_, i) => `Customer: Question ${i}.\nAgent: Let me check item ${i}.\n`).join('');
  const before = apology.repeat(3) + neutral;
  const options = { resumable: true, maxFindingsPerRule: 3 };
  const previous = lint(before, options);
  const messagesBefore = previous.findings.map((f) => f.message);
  const after = lint(before + apology, { ...options, previous });
  // It resumed: the findings above the edit are the previous result's own objects.
  assert.equal(after.findings[0], previous.findings[0]);
  const noted = after.findings.filter((f) => f.ruleId === 'policy-apology');
  assert.equal(noted.length, 3);
  assert.match(noted[2].message, /1 more policy-apology findings in this file are not shown/);
  assert.deepEqual(
    previous.findings.map((f) => f.message),
    messagesBefore,
  );
});

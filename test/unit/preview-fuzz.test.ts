// Any text at all renders to a page: no throw, exactly the page's own script and style elements,
// and every finding the linter reports appears somewhere on the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint } from '../../server/src/engine/index.js';
import { callViewOf, renderCallBody, standalonePageOf } from '../../server/src/preview/index.js';

/** Pieces of the grammar and of hostile markup, so generated files look like scripts often enough to reach every branch. */
const FRAGMENTS = [
  '---\n',
  'title: T\n',
  'customer: <b>Dana</b>\n',
  'situation: company-at-fault\n',
  '# start\n',
  '# next\n',
  '#\n',
  'Agent: ',
  'Customer: ',
  'Rep: ',
  '  ',
  '[',
  ']',
  '// ',
  '// empathy-lint-disable-next-line\n',
  '* ',
  ' -> ',
  '-> next\n',
  '-> end\n',
  '{customer_name}',
  '{x',
  '}',
  '<script>',
  '</script>',
  '"><img src=x onerror=alert(1)>',
  '</style>',
  'javascript:',
  '&amp;',
  '\r\n',
  '\n',
  '\u2028',
  "I'm sorry, but our policy",
  'calm down',
  'my mother passed away',
  'I am so frustrated',
  'you should have',
  '\uFEFF',
  '😀',
  'é',
];

const scriptText = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(''));

test('every generated script renders; only the page’s own <script> and <style>; every finding is placed', () => {
  fc.assert(
    fc.property(scriptText, (text) => {
      const { document, findings } = lint(text);
      const view = callViewOf(document, findings);
      const page = standalonePageOf(view, 'n');
      assert.equal((page.match(/<script\b/gi) ?? []).length, 1);
      assert.equal((page.match(/<style\b/gi) ?? []).length, 1);
      assert.equal((page.match(/<img\b/gi) ?? []).length, 0);
      const shown = (renderCallBody(view).value.match(/class="ep-finding ep-sev-/g) ?? []).length;
      assert.equal(shown, findings.length, 'each finding has a card');
    }),
    { numRuns: 300 },
  );
});

// The pure edit builders behind code actions: disable comments (also inside a multi-line turn) and
// the minimal edits of fix-all, applied and linted again.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, parse } from '../../server/src/engine/index.js';
import { diffEdits, disableForFileEdit, disableForLineEdits } from '../../server/src/lsp/edits.js';
import type { TextEdit } from 'vscode-languageserver';

const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('file:///x', 'scenario', 0, text), edits);

test('a finding on a continuation line wraps the whole turn in disable/enable comments', () => {
  const text = "Customer: Can I get a refund?\nAgent: Let me look.\n  I'm sorry, but our policy doesn't allow refunds after thirty days.\nCustomer: Fine.\n";
  const finding = lint(text).findings.find((f) => f.ruleId === 'policy-apology');
  assert.ok(finding, 'the fixture has a policy apology on a continuation line');
  const fixed = apply(text, disableForLineEdits(parse(text), finding));
  assert.deepEqual(fixed.split('\n').slice(1, 5), [
    '// empathy-lint-disable policy-apology -- ',
    'Agent: Let me look.',
    "  I'm sorry, but our policy doesn't allow refunds after thirty days.",
    '// empathy-lint-enable policy-apology',
  ]);
  assert.ok(!lint(fixed).findings.some((f) => f.ruleId === 'policy-apology'));
});

test('the last turn of a section or file is wrapped too (the section spans its continuation lines)', () => {
  for (const tail of ['', '\n# next\nAgent: Hello again.\n']) {
    const text = `# start\nCustomer: Can I get a refund?\nAgent: Let me look.\n  I'm sorry, but our policy doesn't allow refunds after thirty days.\n${tail}`;
    const finding = lint(text).findings.find((f) => f.ruleId === 'policy-apology');
    assert.ok(finding, 'the fixture has a policy apology on a continuation line');
    const fixed = apply(text, disableForLineEdits(parse(text), finding));
    assert.deepEqual(fixed.split('\n').slice(2, 6), [
      '// empathy-lint-disable policy-apology -- ',
      'Agent: Let me look.',
      "  I'm sorry, but our policy doesn't allow refunds after thirty days.",
      '// empathy-lint-enable policy-apology',
    ]);
  }
});

test('a disable-next-line comment keeps the indentation of the flagged line', () => {
  const text = "# start\nCustomer: Refund?\n  Agent: I'm sorry, but our policy doesn't allow refunds.\n";
  const finding = lint(text).findings.find((f) => f.ruleId === 'policy-apology')!;
  assert.equal(apply(text, disableForLineEdits(parse(text), finding)).split('\n')[2], '  // empathy-lint-disable-next-line policy-apology -- ');
});

test('"disable in this file" goes after the front matter, or first (after a BOM) without one', () => {
  assert.equal(
    apply('---\ntitle: x\n---\nAgent: Hi.\n', [disableForFileEdit(parse('---\ntitle: x\n---\nAgent: Hi.\n'), 'rote-empathy')]),
    '---\ntitle: x\n---\n// empathy-lint-disable rote-empathy\nAgent: Hi.\n',
  );
  assert.equal(apply('\ufeffAgent: Hi.\r\n', [disableForFileEdit(parse('\ufeffAgent: Hi.\r\n'), 'rote-empathy')]), '\ufeff// empathy-lint-disable rote-empathy\r\nAgent: Hi.\r\n');
});

test('diffEdits gives one edit per changed run of lines, and a middle edit when the line count changes', () => {
  const before = 'a\r\nb\r\nc\r\nd\r\ne\r\n';
  const after = 'a\r\nB\r\nC\r\nd\r\nE\r\n';
  const edits = diffEdits(before, after, parse(before).lineStarts);
  assert.equal(edits.length, 2);
  assert.equal(apply(before, edits), after);
  const grown = 'a\r\nb\r\nnew\r\nc\r\nd\r\ne\r\n';
  const middle = diffEdits(before, grown, parse(before).lineStarts);
  assert.equal(middle.length, 1);
  assert.equal(apply(before, middle), grown);
});

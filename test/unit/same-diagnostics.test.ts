// The server answers a pull with "unchanged" when the new diagnostics equal the last ones; the
// comparison must notice a change in any field the server sends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/index.js';
import { sameDiagnostics, toDiagnostics } from '../../server/src/lsp/diagnostics.js';

const SCRIPT = [
  '---',
  'situation: company-at-fault',
  '---',
  '# start',
  "Customer: My mother passed away, that's why I'm late.",
  "Agent: I'm sorry, but our policy doesn't allow refunds after thirty days.",
  // early-personalization points back at the disclosure: a related row (the path is in the message, not a row)
  'Agent: Oh, I remember when my mom died, I was a wreck for months.',
  '* Customer is upset -> upset',
  '',
  '# upset',
  'Agent: Calm down, it is not a big deal.',
  '-> nowhere',
  '',
  '# orphan',
  'Agent: Bye.',
  '',
].join('\n');

const diagnostics = () => toDiagnostics(lint(SCRIPT), 'file:///x.callscript');

test('diagnostics compare equal to a copy, and unequal when any field the server sends differs', () => {
  const a = diagnostics();
  assert.ok(sameDiagnostics(a, diagnostics()));
  // Every field the server fills must be one the comparison reads.
  const known = new Set(['range', 'severity', 'code', 'codeDescription', 'source', 'message', 'relatedInformation', 'tags']);
  for (const d of a) for (const key of Object.keys(d)) assert.ok(known.has(key), `sameDiagnostics does not compare "${key}"`);
  assert.ok(a.some((d) => d.relatedInformation?.length) && a.some((d) => d.tags?.length), 'the script exercises related lines and tags');
  const mutations: Array<(d: ReturnType<typeof diagnostics>) => void> = [
    (d) => d.pop(),
    (d) => (d[0].message += '!'),
    (d) => (d[0].code = 'other'),
    (d) => (d[0].severity = d[0].severity === 1 ? 2 : 1),
    (d) => (d[0].range.end.character += 1),
    (d) => (d[0].codeDescription = { href: 'https://example.com' }),
    (d) => (d.find((x) => x.tags)!.tags = []),
    (d) => (d.find((x) => x.relatedInformation?.length)!.relatedInformation![0].message += '!'),
    (d) => (d.find((x) => x.relatedInformation?.length)!.relatedInformation![0].location.range.start.line += 1),
  ];
  for (const mutate of mutations) {
    const b = diagnostics();
    mutate(b);
    assert.ok(!sameDiagnostics(a, b), mutate.toString());
  }
});

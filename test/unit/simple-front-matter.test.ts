// The front-matter fast path must read exactly what the YAML library reads, or decline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMap, isScalar, parseDocument, type Pair } from 'yaml';
import { readSimpleFrontMatter } from '../../server/src/engine/simple-front-matter.js';
import { parse } from '../../server/src/engine/index.js';

/** What the library makes of the same source: every key's value and value span. */
function viaLibrary(source: string) {
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: false });
  assert.equal(doc.errors.length, 0, source);
  assert.ok(isMap(doc.contents), source);
  const data: Record<string, unknown> = {};
  const valueSpans: Record<string, { start: number; end: number }> = {};
  for (const pair of doc.contents.items as Pair[]) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    data[key] = isScalar(pair.value) ? pair.value.value : pair.value;
    const range = (pair.value as { range: [number, number, number] }).range;
    valueSpans[key] = { start: range[0], end: range[1] };
  }
  return { data, valueSpans };
}

// Mostly words the fast path takes, sometimes a piece that changes what YAML reads.
const plain = fc.constantFrom('Call', '12', 'no-fault', "it's", '(fine)', 'a/b', 'x.y', ',', ' ', '  ', '-', '_');
const tricky = fc.constantFrom('true', 'null', 'No', '#', ' #', ':', ': ', '"', "'", '[', '{', '&', '*', '!', '|', '>', '%', '@', '`', '~', '.5', '0x1F', 'é', '\t');
const piece = fc.oneof({ arbitrary: plain, weight: 12 }, { arbitrary: tricky, weight: 1 });
const value = fc.array(piece, { minLength: 0, maxLength: 5 }).map((p) => p.join(''));
const key = fc.oneof({ arbitrary: fc.constantFrom('title', 'situation', 'customer', 'extra_key', 'x-y', 'T1'), weight: 12 }, { arbitrary: fc.constantFrom('1st', 'a b', '', '-k'), weight: 1 });
const line = fc.tuple(key, fc.constantFrom(': ', ': ', ':  ', ':\t', ':', ' : '), value, fc.constantFrom('', '  ', '\r')).map(([k, sep, v, tail]) => `${k}${sep}${v}${tail}`);
// As the parser hands it over: a lone CR already made a line break.
const source = fc.array(line, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n').replace(/\r(?!\n)/g, '\n'));

test('the front-matter fast path reads what the YAML library reads, or declines', () => {
  let accepted = 0;
  fc.assert(
    fc.property(source, (src) => {
      const simple = readSimpleFrontMatter(src);
      if (!simple) return;
      accepted++;
      assert.deepEqual(simple, viaLibrary(src));
    }),
    { numRuns: 3000 },
  );
  assert.ok(accepted > 100, `the generator reached the fast path only ${accepted} times`);
});

test('the fast path takes the usual front matter and declines anything YAML would read otherwise', () => {
  assert.deepEqual(readSimpleFrontMatter('title: Call 12\nsituation: no-fault'), {
    data: { title: 'Call 12', situation: 'no-fault' },
    valueSpans: { title: { start: 7, end: 14 }, situation: { start: 26, end: 34 } },
  });
  for (const declined of [
    'title: "quoted"',
    'count: 12',
    'flag: true',
    'flag: No',
    'title: a # comment',
    'title: a: b',
    '  title: indented',
    'title:',
    '# comment',
    '',
    'title: Café',
    'list:\n  - a',
  ]) {
    assert.equal(readSimpleFrontMatter(declined), undefined, declined);
  }
});

test('a script with simple front matter parses the same whichever path reads it', () => {
  const doc = parse('---\ntitle: Wrong item\nsituation: company-at-fault\n---\nAgent: Hello.\n');
  assert.equal(doc.frontMatter?.title, 'Wrong item');
  assert.equal(doc.frontMatter?.situation, 'company-at-fault');
  assert.deepEqual(doc.frontMatter?.valueSpans.situation, { start: 33, end: 49 });
  const bad = parse('---\ntitle: Wrong item\nsituation: somewhere-else\n---\nAgent: Hello.\n');
  assert.equal(bad.problems[0]?.code, 'front-matter', 'an unknown situation is still reported on the fast path');
});

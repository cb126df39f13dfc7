// Custom phrases from .empathylintrc.json are literals, never regular expressions: any phrase made
// of regex metacharacters matches exactly its own text, regex-only matches are not made, a
// catastrophic-backtracking pattern is just text on a huge line, and replacements are inserted verbatim.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { fixText, lint, validateConfig, type EmpathyConfig } from '../../server/src/engine/index.js';

const META_TOKENS = ['(', ')', '+', '*', '?', '.', '^', '$', '|', '[', ']', '{', '}', '\\', '/', '-', '(?=', '(?<!', '\\d', '\\b', '.*', 'a+', '(a+)+', '[^a]', '{2,}', '\\u0041', 'ß', 'İ', '😢'];
const WORD_TOKENS = ['no', 'problem', 'calm', 'policy', 'x', 'A'];

/** A phrase of metacharacters and words, with single spaces between some tokens. */
const phrase = fc
  .array(fc.tuple(fc.constantFrom(...META_TOKENS, ...WORD_TOKENS), fc.constantFrom('', ' ')), { minLength: 1, maxLength: 8 })
  .map((parts) =>
    parts
      .map(([t, sep]) => t + sep)
      .join('')
      .trim(),
  )
  .filter((p) => p.length > 0);

const configWith = (text: string, replacement?: string): EmpathyConfig => {
  const raw = { phrases: [{ text, replacement }] };
  assert.deepEqual(validateConfig(raw).errors, [], 'a phrase of any characters is a valid config');
  return raw;
};

const customSpans = (text: string, config: EmpathyConfig) =>
  lint(text, { config })
    .findings.filter((f) => f.ruleId === 'custom-phrase')
    .map((f) => text.slice(f.span.start, f.span.end));

test('any phrase of regex metacharacters matches exactly its own text in an agent line', () => {
  fc.assert(
    fc.property(phrase, (p) => {
      const text = `Customer: hi\nAgent: before ${p} after\n`;
      assert.deepEqual(customSpans(text, configWith(p)), [p]);
    }),
    { numRuns: 200, seed: 5 },
  );
});

test('regex meaning is never applied: patterns do not match what they would match as regexes', () => {
  const cases: Array<[string, string]> = [
    ['(a+)+$', 'Agent: aaaaaaaaaaaaaaaaaaaaaaaaaaaa'],
    ['.*', 'Agent: anything at all'],
    ['[a-z]', 'Agent: q'],
    ['a|b', 'Agent: a or b'],
    ['\\d', 'Agent: 5 items'],
    ['no.problem', 'Agent: no problem'],
    ['^Agent', 'Agent: Agent'],
  ];
  for (const [p, text] of cases) assert.deepEqual(customSpans(text, configWith(p)), [], `${p} matched as a regex in ${JSON.stringify(text)}`);
});

test('a catastrophic-backtracking phrase on a 1 MB line is plain text: the lint completes and finds only the literal', { timeout: 120_000 }, () => {
  const hostile = '(a+)+$';
  const line = 'Agent: ' + 'a'.repeat(1_000_000) + '! and (a+)+$ once\n';
  assert.deepEqual(customSpans(line, configWith(hostile)), [hostile]);
  const nested = '((a|aa)*)*b';
  assert.deepEqual(customSpans('Agent: ' + 'a'.repeat(200_000) + '\n', configWith(nested)), []);
});

test('replacements are inserted verbatim: $&, $1, $$ and backslashes are not substitution patterns', () => {
  for (const replacement of ['$&', '$1 $2', '$$', "$'", '$`', '\\1', '$<name>']) {
    const { output } = fixText('Agent: no problem at all\n', { config: configWith('no problem', replacement) });
    assert.equal(output, `Agent: ${replacement} at all\n`);
  }
});

test('a very long custom phrase (20,000 characters) is a config error, and lint skips it without throwing', () => {
  for (const text of ['x'.repeat(20_000), 'a '.repeat(5_000) + 'b']) {
    const config: EmpathyConfig = { phrases: [{ text }] };
    assert.match(validateConfig(config).errors.join(), /longer than 200 characters/);
    assert.doesNotThrow(() => lint(`Agent: ${text} and more\n`, { config }));
  }
});

// The literal prefilter skips a phrase (or customer cue) pattern on a line without its required literals; the promise
// is that the pattern could not have matched there. Held for every engine pattern on every spoken
// line of the examples and eval sets, as written and in alternating case, and on hand-made cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requiredLiterals } from '../../server/src/engine/regex-literals.js';
import { LINES_BEFORE_PREFILTER, literalFilter } from '../../server/src/engine/literal-prefilter.js';
import { CUE_PATTERNS } from '../../server/src/engine/cues.js';
import { ALL_RULES } from '../../server/src/engine/rules/index.js';
import type { PhraseRule } from '../../server/src/engine/rule-kit/phrase-rule.js';
import { asciiLower, globalOnLowerText } from '../../server/src/engine/regex.js';

const DIRS = ['examples', 'test/eval', 'test/eval-holdout', 'test/eval-blind3', 'test/eval-blind4'];

function spokenLines(): string[] {
  const texts = DIRS.flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(?:scenario|callscript)$/.test(f))
      .map((f) => readFileSync(join(dir, f), 'utf8')),
  );
  const lines = new Set(texts.flatMap((t) => t.split('\n')).map((l) => asciiLower(l.replace(/^\s*(?:\w[\w ]*| ):\s*/, '').replace(/[‘’]/g, "'"))));
  return [...lines].filter((l) => /[a-z]/.test(l));
}

test('a pattern the prefilter skips on a line has no match there', () => {
  const patterns = [...ALL_RULES.flatMap((r) => (r as PhraseRule).patterns ?? []), ...CUE_PATTERNS.map((re) => ({ id: `cue ${re.source.slice(0, 30)}`, re }))];
  assert.ok(patterns.length > 90, `only ${patterns.length} patterns`);
  const sources = patterns.map((p) => globalOnLowerText(p.re).source);
  const filter = literalFilter(sources);
  // Until a run has asked about enough distinct lines, every pattern runs (the prefilter is not made yet).
  assert.equal(filter.candidates('a first line').length, sources.length);
  for (let i = 0; i < LINES_BEFORE_PREFILTER; i++) filter.candidates(`warm-up line ${i}`);
  const lines = spokenLines();
  assert.ok(lines.length > 1000, `only ${lines.length} lines`);
  let skipped = 0;
  const broken: string[] = [];
  const required = sources.map((source) => requiredLiterals(source));
  for (const line of lines) {
    const candidates = new Set(filter.candidates(line));
    // The automaton finds exactly the literals a search for each would.
    const expected = required.flatMap((sets, i) => (sets.every((set) => set.some((literal) => line.includes(literal))) ? [i] : []));
    assert.deepEqual([...candidates], expected, `candidates on ${JSON.stringify(line)}`);
    patterns.forEach((p, i) => {
      if (candidates.has(i)) return;
      skipped++;
      const re = globalOnLowerText(p.re);
      re.lastIndex = 0;
      if (re.test(line)) broken.push(`${p.id} skipped on ${JSON.stringify(line)}`);
    });
  }
  assert.deepEqual(broken.slice(0, 10), []);
  assert.ok(skipped > lines.length * patterns.length * 0.5, `the prefilter skipped only ${skipped} (pattern, line) pairs`);
  assert.ok(
    sources.every((s) => requiredLiterals(s).length > 0),
    'every engine pattern has a required literal',
  );
});

/** The sets, each sorted, in the order given (strongest first). */
const literalsOf = (source: string): string[][] => requiredLiterals(source).map((set) => [...set].sort());

test('required literals are read from the pattern source', () => {
  assert.deepEqual(literalsOf(String.raw`\bcalm\s+down\b`), [['calm'], ['down']]);
  assert.deepEqual(literalsOf(String.raw`\b(?:calm\s+down|relax(?:ing)?)\b`), [['calm', 'relax']]);
  assert.deepEqual(literalsOf(String.raw`i'?m sure`), [["i'm sure", 'im sure']]);
  assert.deepEqual(literalsOf(String.raw`you(?:'re| are)\s+wrong`), [['you are', "you're"], ['wrong']]);
  // Optional or repeated-from-zero pieces add nothing; a group repeated at least once needs what one needs.
  assert.deepEqual(literalsOf(String.raw`(?:very\s+)*sorry`), [['sorry']]);
  assert.deepEqual(literalsOf(String.raw`(?:so\s+)+sorry`), [['sorry']], 'a set of two-letter words only joins as the first');
  // Lookarounds consume nothing; classes of a few characters are their characters.
  assert.deepEqual(literalsOf(String.raw`(?<!not )sorry(?=[,.])`), [['sorry']]);
  assert.deepEqual(literalsOf(String.raw`colo[u]?r`), [['color', 'colour']]);
  // What it cannot read gives nothing, never a wrong literal.
  assert.deepEqual(literalsOf(String.raw`\w+`), []);
  assert.deepEqual(literalsOf(String.raw`(a)\1|b`), [['a', 'b']]);
  assert.deepEqual(literalsOf(String.raw`x|\d+`), []);
  assert.deepEqual(literalsOf(String.raw`\x41bc`), []);
  assert.deepEqual(literalsOf('(unclosed'), []);
});

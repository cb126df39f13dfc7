// The engine matches lower-cased text with lower-cased patterns (no `i` flag: see regex.ts). Every
// converted pattern must find exactly what the original finds case-insensitively, on real lines in
// every casing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/engine/index.js';
import { ALL_RULES } from '../../server/src/engine/rules/index.js';
import type { PhraseRule } from '../../server/src/engine/rule-kit/phrase-rule.js';
import { asciiLower, convertedPatterns, forLowerText, globalOnLowerText, lowerSource, onLowerText } from '../../server/src/engine/regex.js';

const ROOT = join(__dirname, '../..');
const SCRIPT_DIRS = ['examples', 'test/eval/conversations', 'test/eval/holdout', 'test/eval-holdout', 'test/eval-blind3', 'test/eval-blind4'];

function scriptFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return scriptFiles(path);
    return /\.(?:scenario|callscript)$/.test(name) ? [path] : [];
  });
}

const texts = SCRIPT_DIRS.flatMap((d) => scriptFiles(join(ROOT, d))).map((f) => readFileSync(f, 'utf8'));
/** Every distinct spoken line, as written and in alternating case. */
const lines = [
  ...new Set(
    texts
      .flatMap((t) => t.split('\n'))
      .map((l) => l.replace(/^\s*(?:\w[\w ]*| ):\s*/, ''))
      .filter((l) => /[a-z]/i.test(l)),
  ),
];
const variants = lines.flatMap((l) => [l, [...l].map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join('')]);

function matches(re: RegExp, text: string): string[] {
  return [...text.matchAll(re)].map((m) => `${m.index}+${m[0].length}`);
}

test('every pattern the engine converts finds, on lower-cased text, what the original finds ignoring case', () => {
  // Lint everything and convert every rule's patterns, so the list holds all the engine uses.
  for (const text of texts) lint(text);
  for (const rule of ALL_RULES as readonly Partial<PhraseRule>[]) {
    for (const p of rule.patterns ?? []) {
      globalOnLowerText(p.re);
      for (const context of [p.unlessFollowedBy, p.unlessPrecededBy, p.onlyIfFollowedBy, p.onlyIfPrecededBy]) if (context) onLowerText(context);
    }
  }
  const patterns = convertedPatterns();
  assert.ok(patterns.length > 100, `only ${patterns.length} patterns were converted`);
  assert.ok(lines.length > 1000, `only ${lines.length} lines to test on`);
  let compared = 0;
  for (const original of patterns) {
    const caseless = new RegExp(original.source, `${original.flags.replace(/[ig]/g, '')}gi`);
    const lowered = forLowerText(original, true);
    for (const text of variants) {
      const expected = matches(caseless, text);
      assert.deepEqual(matches(lowered, asciiLower(text)), expected, `/${original.source.slice(0, 80)}…/ on ${JSON.stringify(text)}`);
      compared += expected.length;
    }
  }
  assert.ok(compared > 1000, `only ${compared} matches compared`);
});

test('lowerSource lowers letters, not the letters of escapes', () => {
  assert.equal(lowerSource(String.raw`\bI\s+AM\B[A-Z]\S\W\D`), String.raw`\bi\s+am\B[a-z]\S\W\D`);
  assert.equal(lowerSource(String.raw`\p{Lu}X\u{1F600}Y\u00C9Z\x4AQ\cM`), String.raw`\p{Lu}x\u{1F600}y\u00C9z\x4Aq\cM`);
  assert.equal(lowerSource(String.raw`\\A`), String.raw`\\a`, 'an escaped backslash escapes nothing after it');
  assert.equal(asciiLower('İstanbul ÉTÉ Ok'), 'İstanbul ÉtÉ ok', 'only ASCII letters change, so offsets hold');
});

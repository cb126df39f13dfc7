// The bundled examples are fixtures with inline expectations: a `// mistake: <rule-id>` comment marks
// the finding expected on the next agent line; clean scripts must stay silent. Fixes are applied and
// the result linted again: the fixed findings are gone and fix-all is idempotent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixText, lineOfOffset, lint } from '../../server/src/engine/index.js';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const SCRIPTS = readdirSync(EXAMPLES).filter((f) => /\.(?:scenario|callscript)$/.test(f));

/** Expected "line:rule" pairs: each marker applies to the next line that is not a comment. */
function expected(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  lines.forEach((line, i) => {
    const m = /^\s*\/\/\s*mistake:\s*(.+)$/.exec(line);
    if (!m) return;
    let target = i + 1;
    while (target < lines.length && /^\s*\/\//.test(lines[target])) target++;
    for (const rule of m[1].split(/[\s,]+/).filter(Boolean)) out.push(`${target}:${rule}`);
  });
  return out.sort();
}

test('there are examples for the six seed scenarios and a branching script', () => {
  for (const name of ['condolence', 'happy-news', 'customer-wrong-abusive', 'customer-wrong-calm', 'company-mistake', 'policy-refusal']) {
    assert.ok(
      SCRIPTS.some((f) => f.startsWith(name)),
      name,
    );
  }
  assert.ok(SCRIPTS.some((f) => f.endsWith('.callscript')));
});

for (const file of SCRIPTS) {
  test(`${file}: findings are exactly the marked mistakes, and fixes hold`, () => {
    const text = readFileSync(join(EXAMPLES, file), 'utf8');
    const { findings, document } = lint(text);
    const seen = [...new Set(findings.map((f) => `${lineOfOffset(document.lineStarts, f.span.start)}:${f.ruleId}`))].sort();
    assert.deepEqual(seen, expected(text));
    const once = fixText(text);
    assert.equal(fixText(once.output).output, once.output, 'fix-all is idempotent');
    assert.ok(
      once.remaining.every((f) => !f.fix),
      'no fixable finding is left after fix-all',
    );
  });
}

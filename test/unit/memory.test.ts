// The engine's caches must not keep whole documents alive: an editor lints a new version of the
// text on every keystroke, and a cached line that is a slice of one version would hold all of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { lint } from '../../server/src/engine/index.js';
import { scenarioOfLines } from '../bench/corpus.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

test('linting many versions of a large document does not keep the old versions alive', () => {
  const filler = Array.from({ length: 4000 }, (_, i) => `Customer: I have a question about order ${i} and the delivery date.\n`).join('');
  const versions = 40;
  const documentBytes = filler.length; // ASCII: one byte a character
  lint(`Agent: warm-up line one.\n${filler}`);
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let v = 0; v < versions; v++) {
    // A fresh string each time, as an editor makes one per change, with one line never seen before.
    const text = `Agent: I'm sorry about version ${v} of this, I will send it within 24 hours.\nCustomer: Why was I charged twice?\n${filler}`.slice(0);
    assert.ok(lint(text).findings.length >= 0);
  }
  gc();
  const grown = process.memoryUsage().heapUsed - before;
  // Measured: ~0.2 MB with copies as keys, ~11 MB when cached lines were slices of their versions.
  assert.ok(grown < (versions * documentBytes) / 4, `heap grew ${(grown / 1e6).toFixed(1)} MB after ${versions} versions of a ${(documentBytes / 1e6).toFixed(1)} MB document`);
});

test('typing down a long document does not keep the versions typed through alive (re-lints carry findings and checkpoints over)', () => {
  let text = scenarioOfLines(2000, 2000);
  let previous = lint(text, { resumable: true });
  gc();
  const before = process.memoryUsage().heapUsed;
  const edits = 300;
  for (let i = 0; i < edits; i++) {
    // One character at the end of a line further down each time, as when writing a script top to bottom.
    const lineEnd = nthIndexOf(text, '\n', i * 6 + 1);
    text = `${text.slice(0, lineEnd)}x${text.slice(lineEnd)}`;
    previous = lint(text, { previous, resumable: true });
  }
  gc();
  const grown = process.memoryUsage().heapUsed - before;
  // Measured: ~40 MB when each carried finding and checkpoint kept its version (~0.13 MB a keystroke),
  // ~7 MB now (the line cache taking in the edited lines, bounded).
  assert.ok(grown < 15e6, `heap grew ${(grown / 1e6).toFixed(1)} MB over ${edits} keystrokes`);
});

function nthIndexOf(text: string, search: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) at = text.indexOf(search, at + 1);
  return at;
}

// After any sequence of incremental edits (splitting CRLFs and surrogate pairs, inserting at and past
// the end, deleting across lines) the server lints exactly the text the editor has: its diagnostics
// for the last version equal the engine's findings on the same text, edited locally with the same
// TextDocument implementation editors use.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Range } from 'vscode-languageserver-protocol';
import { isTurnBeingTyped, lineAfter, lineText } from '../../server/src/lsp/typing.js';
import { lint, spanToRange } from '../../server/src/engine/index.js';
import { MAX_DIAGNOSTICS_PER_FILE } from '../../server/src/lsp/diagnostics.js';
import { TWO_EXCHANGES, type TestClient } from '../lsp/lsp-client.js';
import { startBuiltServer } from './built-cli.js';

let client: TestClient;
before(async () => {
  client = await startBuiltServer();
});
after(() => client.stop());

const INSERTS = ['', 'Agent: calm down\r\n', 'Customer: my dog died\n', "Agent: I'm sorry, but that's our policy.\r", '\n', '\r', '\r\n', '😢', '\ud83d', ' ', '# s\n-> s\n', '\u0000', 'Agent:', 'x'];

/** One edit, placed relative to the text length when applied (so it fits whatever the text is by then). */
const edit = fc.record({
  at: fc.double({ min: 0, max: 1.2, noNaN: true }),
  length: fc.double({ min: 0, max: 0.3, noNaN: true }),
  text: fc.constantFrom(...INSERTS),
});

/** Server diagnostics and engine findings reduced to comparable keys. */
const keysOf = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.code}@${JSON.stringify(d.range)}`).sort();

let counter = 0;

test('the server lints the same text as the editor after random incremental edits', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 25 }), async (edits) => {
      const name = `sync-${++counter}.scenario`;
      const uri = await client.open(name, TWO_EXCHANGES);
      let local = TextDocument.create(uri, 'scenario', 1, TWO_EXCHANGES);
      let version = 1;
      let lastChange: { range: Range; text: string } | undefined;
      for (const e of edits) {
        const length = local.getText().length;
        const start = Math.floor(e.at * length);
        const end = start + Math.floor(e.length * length);
        // positions past the end are sent as they are: both sides must clamp them the same way
        const range = { start: local.positionAt(start), end: local.positionAt(end) };
        if (e.at > 1) range.start = range.end = { line: local.lineCount + 3, character: 7 };
        const change = { range, text: e.text };
        lastChange = change;
        version++;
        local = TextDocument.update(local, [change], version);
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      }
      const text = local.getText();
      const result = lint(text);
      const lineStarts = result.document.lineStarts;
      // A turn being typed at the last edit ("Agent: Thanks") is held back for a moment, by design.
      const typed = lineAfter(lastChange!);
      const held = isTurnBeingTyped(lineText(text, typed)) ? typed : -1;
      const expected = result.findings
        .slice(0, MAX_DIAGNOSTICS_PER_FILE)
        .map((f) => ({ ruleId: f.ruleId, range: spanToRange(lineStarts, f.span) }))
        .filter((f) => f.range.start.line !== held)
        .map((f) => `${f.ruleId}@${JSON.stringify(f.range)}`)
        .sort();
      assert.deepEqual(keysOf(await client.diagnostics(uri, version)), expected);
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }),
    { numRuns: 40, seed: 42 },
  );
  assert.equal(client.exited, false);
});

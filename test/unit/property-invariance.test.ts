// Encoding details must not change what is found: a leading BOM shifts every finding by one code
// unit and changes nothing else; CRLF or lone-CR line endings give the same findings at the same
// line and column as LF; linting is deterministic.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { lint, offsetToPosition, type Finding } from '../../server/src/engine/index.js';
import { scriptText, SCRIPT_CONFIG } from '../robust/arbitraries.js';

const settings = { numRuns: Number(process.env.PROPERTY_RUNS ?? 150), seed: Number(process.env.PROPERTY_SEED ?? 7) };

/** Scripts with LF endings and no BOM, the base the variants are made from. */
const lfScript = scriptText.map((t) => t.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n'));

/** A finding without where it is (rule, severity, message, fix text), to compare across variants. */
const what = (f: Finding) => `${f.ruleId}|${f.severity}|${f.message}|${f.fix?.text ?? ''}|${f.suggestions.map((s) => s.fix.text).join('/')}`;

test('a leading BOM shifts every finding by one and changes nothing else', () => {
  fc.assert(
    fc.property(lfScript, (text) => {
      const plain = lint(text, { config: SCRIPT_CONFIG }).findings;
      const bom = lint('\ufeff' + text, { config: SCRIPT_CONFIG }).findings;
      assert.deepEqual(bom.map(what), plain.map(what));
      assert.deepEqual(
        bom.map((f) => [f.span.start - 1, f.span.end - 1]),
        plain.map((f) => [f.span.start, f.span.end]),
      );
    }),
    settings,
  );
});

/** Asserts the script gives the same findings, at the same line and column, with `eol` line endings as with LF. */
function sameFindingsWith(eol: string): void {
  fc.assert(
    fc.property(lfScript, (text) => {
      const where = (t: string, f: Finding) => JSON.stringify(offsetToPosition(lint(t).document.lineStarts, f.span.start));
      const other = text.replace(/\n/g, eol);
      const lf = lint(text, { config: SCRIPT_CONFIG }).findings;
      const converted = lint(other, { config: SCRIPT_CONFIG }).findings;
      assert.deepEqual(converted.map(what), lf.map(what));
      assert.deepEqual(
        converted.map((f) => where(other, f)),
        lf.map((f) => where(text, f)),
      );
    }),
    settings,
  );
}

test('CRLF line endings give the same findings at the same line and column as LF', () => sameFindingsWith('\r\n'));

test('lone-CR line endings give the same findings at the same line and column as LF', () => sameFindingsWith('\r'));

test('linting is deterministic', () => {
  fc.assert(
    fc.property(scriptText, (text) => {
      assert.deepEqual(lint(text, { config: SCRIPT_CONFIG }), lint(text, { config: SCRIPT_CONFIG }));
    }),
    { ...settings, numRuns: 50 },
  );
});

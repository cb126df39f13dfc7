// Property-based tests (fast-check) over the engine API: parse and lint never throw and keep every
// span inside the text; fixes edit only their spans; fix-all is idempotent and keeps line endings,
// a leading BOM and every customer line byte-for-byte. Runs are kept moderate (the suite stays fast).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { applyFixes, fixText, lint, parse, type EmpathyConfig, type Fix, type ScriptDocument, type Span } from '../../server/src/engine/index.js';
import { hostileText, scriptText, SCRIPT_CONFIG } from '../robust/arbitraries.js';

/** Runs per property: enough to find shape bugs, small enough for a two-core machine (PROPERTY_RUNS for a deep hunt). */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);
const SEED = Number(process.env.PROPERTY_SEED ?? 20261125);
const settings = { numRuns: RUNS, seed: SEED };

/** A span is well-formed and inside a text of `length` UTF-16 units. */
function assertSpanInside(span: Span, length: number, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: non-integer span ${JSON.stringify(span)}`);
  assert.ok(0 <= span.start && span.start <= span.end && span.end <= length, `${what}: span ${JSON.stringify(span)} outside 0..${length}`);
}

/** Every span the parser hands out, named for the failure message. */
function documentSpans(doc: ScriptDocument): Array<[string, Span]> {
  const spans: Array<[string, Span]> = [];
  if (doc.frontMatter) {
    spans.push(['frontMatter', doc.frontMatter.span]);
    for (const [key, span] of Object.entries(doc.frontMatter.valueSpans)) spans.push([`frontMatter.${key}`, span]);
  }
  for (const p of doc.problems) spans.push([`problem ${p.code}`, p.span]);
  for (const d of doc.directives) spans.push([`directive ${d.kind}`, d.span]);
  for (const s of doc.sections) {
    spans.push([`section ${s.name}`, s.span], ['section name', s.nameSpan], ['section header', s.headerSpan]);
    for (const item of s.items) {
      spans.push([item.kind, item.span]);
      if (item.kind === 'turn') {
        spans.push(['speaker', item.speakerSpan], ['turn text', item.textSpan], ...item.placeholders.map((p): [string, Span] => ['placeholder', p]));
      } else if (item.kind === 'choice') spans.push(['choice label', item.labelSpan], ['choice target', item.targetSpan]);
      else if (item.kind === 'jump') spans.push(['jump target', item.targetSpan]);
    }
  }
  return spans;
}

/** Parse invariants: spans inside, line starts right, turn text a verbatim slice. */
function assertDocumentSound(text: string, doc: ScriptDocument): void {
  assert.equal(doc.text, text);
  assert.equal(doc.lineStarts[0], 0);
  for (const [what, span] of documentSpans(doc)) assertSpanInside(span, text.length, what);
  for (const s of doc.sections) {
    for (const item of s.items) {
      if (item.kind === 'turn') assert.equal(item.text, text.slice(item.textSpan.start, item.textSpan.end), 'turn text is not the slice of its span');
      assert.ok(item.line >= 0 && item.line < doc.lineStarts.length, `${item.kind} line ${item.line} out of range`);
    }
  }
}

/** Lint invariants: every finding, fix, suggestion and related span lies inside the text. */
function assertLintSound(text: string, config: EmpathyConfig = {}): void {
  const { document, findings } = lint(text, { config });
  assertDocumentSound(text, document);
  for (const f of findings) {
    assertSpanInside(f.span, text.length, `${f.ruleId} finding`);
    if (f.fix) assertSpanInside(f.fix.span, text.length, `${f.ruleId} fix`);
    for (const s of f.suggestions) assertSpanInside(s.fix.span, text.length, `${f.ruleId} suggestion "${s.title}"`);
    for (const r of f.related) assertSpanInside(r.span, text.length, `${f.ruleId} related`);
    assert.ok(f.severity === 'warn' || f.severity === 'error', `${f.ruleId}: severity ${f.severity}`);
  }
}

/** The line terminators of a text, in order (\n, \r\n and lone \r told apart). */
function lineBreaks(text: string): string[] {
  return text.match(/\r\n|\r|\n/g) ?? [];
}

/** Each customer turn's whole source (label through continuation lines, with its line break), in order. */
function customerLines(text: string): string[] {
  const doc = parse(text);
  const out: string[] = [];
  for (const s of doc.sections) {
    for (const item of s.items) {
      if (item.kind !== 'turn' || item.role !== 'customer') continue;
      const brk = /^(?:\r\n|\r|\n)/.exec(text.slice(item.span.end, item.span.end + 2))?.[0] ?? '';
      out.push(text.slice(doc.lineStarts[item.line], item.span.end) + brk);
    }
  }
  return out;
}

/** True when `parts` occur in `text` in order without overlapping. */
function occursInOrder(text: string, parts: readonly string[]): boolean {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

test('parse and lint never throw on hostile strings, and every span stays inside the text', () => {
  fc.assert(
    fc.property(hostileText, (text) => {
      assertDocumentSound(text, parse(text));
      assertLintSound(text);
    }),
    settings,
  );
});

test('parse and lint never throw on generated scripts (front matter, sections, choices, jumps, directives), spans inside', () => {
  fc.assert(
    fc.property(scriptText, (text) => {
      assertLintSound(text);
      assertLintSound(text, SCRIPT_CONFIG);
    }),
    settings,
  );
});

test('huge inputs: a 1 MB line, 20k short lines and a lone-surrogate flood lint without throwing, spans inside', () => {
  const cases = [
    'Agent: ' + "I'm sorry, but that's our policy. Calm down. ".repeat(23_000),
    'Customer: My dog died.\nAgent: I know exactly how you feel.\n'.repeat(10_000),
    '\ud800\udc00\ud800'.repeat(100_000) + '\r\rAgent: \udfff',
    '\ufeff' + '\u200b\u202eAgent:\u0000'.repeat(50_000),
  ];
  for (const text of cases) assertLintSound(text);
});

test('applyFixes never changes text outside the fix spans (random, possibly overlapping fixes)', () => {
  const withFixes = hostileText.chain((text) =>
    fc.tuple(
      fc.constant(text),
      fc.array(
        fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }), fc.string({ maxLength: 6 })).map(([a, b, t]): Fix => ({ span: { start: Math.min(a, b), end: Math.max(a, b) }, text: t })),
        { maxLength: 6 },
      ),
    ),
  );
  fc.assert(
    fc.property(withFixes, ([text, fixes]) => {
      const { output } = applyFixes(text, fixes);
      if (fixes.length === 0) return assert.equal(output, text);
      const covered = new Uint8Array(text.length + 1);
      const boundaries = new Set<number>();
      for (const f of fixes) {
        covered.fill(1, f.span.start, f.span.end);
        boundaries.add(f.span.start).add(f.span.end);
      }
      // the uncovered stretches between fix spans (an insertion splits one) survive, in order
      const gaps: string[] = [];
      let gap = '';
      for (let i = 0; i < text.length; i++) {
        if (covered[i] || boundaries.has(i)) {
          if (gap) gaps.push(gap);
          gap = '';
        }
        if (!covered[i]) gap += text[i];
      }
      if (gap) gaps.push(gap);
      const first = Math.min(...fixes.map((f) => f.span.start));
      const last = Math.max(...fixes.map((f) => f.span.end));
      assert.ok(output.startsWith(text.slice(0, first)), 'text before the first fix changed');
      assert.ok(output.endsWith(text.slice(last)), 'text after the last fix changed');
      assert.ok(occursInOrder(output, gaps), 'text between fixes changed');
    }),
    settings,
  );
});

test('applyFixes applies disjoint fixes exactly (and in any order given)', () => {
  const disjoint = hostileText.chain((text) =>
    fc.tuple(
      fc.constant(text),
      fc.uniqueArray(fc.nat({ max: text.length }), { maxLength: 8 }).chain((cuts) => {
        const points = [...cuts].sort((a, b) => a - b);
        const spans: Span[] = [];
        for (let i = 0; i + 1 < points.length; i += 2) spans.push({ start: points[i], end: points[i + 1] });
        return fc.shuffledSubarray(spans, { minLength: spans.length }).chain((order) => fc.tuple(...order.map((span) => fc.string({ maxLength: 5 }).map((t): Fix => ({ span, text: t })))));
      }),
    ),
  );
  fc.assert(
    fc.property(disjoint, ([text, fixes]) => {
      const sorted = [...fixes].sort((a, b) => a.span.start - b.span.start);
      let expected = '';
      let cursor = 0;
      for (const f of sorted) {
        expected += text.slice(cursor, f.span.start) + f.text;
        cursor = f.span.end;
      }
      expected += text.slice(cursor);
      assert.equal(applyFixes(text, fixes).output, expected);
    }),
    settings,
  );
});

test("lint's own fixes change only their spans", () => {
  fc.assert(
    fc.property(scriptText, (text) => {
      const fixes = lint(text, { config: SCRIPT_CONFIG }).findings.flatMap((f) => (f.fix ? [f.fix] : []));
      if (fixes.length === 0) return;
      const { output } = applyFixes(text, fixes);
      const first = Math.min(...fixes.map((f) => f.span.start));
      const last = Math.max(...fixes.map((f) => f.span.end));
      assert.ok(output.startsWith(text.slice(0, first)) && output.endsWith(text.slice(last)), 'a fix edited outside its span');
    }),
    settings,
  );
});

test('fixText is idempotent and keeps line endings, a leading BOM and every customer line byte-for-byte', () => {
  fc.assert(
    fc.property(scriptText, (text) => {
      for (const config of [{}, SCRIPT_CONFIG]) {
        const once = fixText(text, { config }).output;
        const twice = fixText(once, { config }).output;
        assert.equal(twice, once, 'fixing the fixed text changed it again');
        assert.deepEqual(lineBreaks(once), lineBreaks(text), 'line endings changed');
        assert.equal(once.startsWith('\ufeff'), text.startsWith('\ufeff'), 'leading BOM changed');
        assert.ok(occursInOrder(once, customerLines(text)), 'a customer line changed');
      }
    }),
    settings,
  );
});

test('fixText on hostile strings is idempotent and keeps the BOM and line endings', () => {
  fc.assert(
    fc.property(hostileText, (text) => {
      const once = fixText(text).output;
      assert.equal(fixText(once).output, once);
      assert.deepEqual(lineBreaks(once), lineBreaks(text));
      assert.equal(once.startsWith('\ufeff'), text.startsWith('\ufeff'));
    }),
    settings,
  );
});

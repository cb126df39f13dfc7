// The parser on every construct of the format and on malformed input: items, spans, problems.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, type Item, type ScriptDocument, type Span } from '../../server/src/engine/index.js';

const SCRIPT = `---
title: Wrong item delivered
situation: company-at-fault
customer: Dana Smith
extra: kept
---
# opening
Agent: Thank you for calling, {customer_name}.
Customer: I ordered an oven and got a cutting board.
  It was for my son's birthday.
[Customer sighs]
// a note for the writer
// empathy-lint-disable-next-line policy-apology, rote-empathy
Agent: I'm sorry, that's our mistake.
* Customer is calm -> resolution
* Customer is angry -> resolution
-> resolution

# resolution
Rep: I'll send the correct oven within 24 business hours.
`;

const slice = (doc: ScriptDocument, span: Span) => doc.text.slice(span.start, span.end);
const items = (doc: ScriptDocument): Item[] => doc.sections.flatMap((s) => s.items);

test('front matter: known keys read, unknown keys kept, spans point at the values', () => {
  const doc = parse(SCRIPT);
  const fm = doc.frontMatter!;
  assert.equal(fm.title, 'Wrong item delivered');
  assert.equal(fm.situation, 'company-at-fault');
  assert.equal(fm.customer, 'Dana Smith');
  assert.equal(fm.data.extra, 'kept');
  assert.equal(slice(doc, fm.valueSpans.situation), 'company-at-fault');
  assert.deepEqual(doc.problems, []);
});

test('sections, turns, continuation lines, stage directions, comments, choices and jumps', () => {
  const doc = parse(SCRIPT, { agent: ['Agent', 'Rep'], customer: ['Customer'] });
  assert.deepEqual(
    doc.sections.map((s) => s.name),
    ['opening', 'resolution'],
  );
  assert.ok(doc.hasSections);
  const kinds = items(doc).map((i) => i.kind);
  assert.deepEqual(kinds, ['turn', 'turn', 'stage', 'comment', 'comment', 'turn', 'choice', 'choice', 'jump', 'turn']);
  const [greeting, complaint, stage, , , apology, calm, , jump, rep] = items(doc);
  assert.ok(greeting.kind === 'turn' && complaint.kind === 'turn' && apology.kind === 'turn' && rep.kind === 'turn');
  assert.equal(greeting.role, 'agent');
  assert.equal(slice(doc, greeting.speakerSpan), 'Agent');
  assert.equal(complaint.role, 'customer');
  assert.equal(complaint.text, "I ordered an oven and got a cutting board.\n  It was for my son's birthday.");
  assert.equal(slice(doc, complaint.textSpan), complaint.text);
  assert.ok(stage.kind === 'stage' && stage.text === 'Customer sighs');
  assert.ok(calm.kind === 'choice' && calm.label === 'Customer is calm' && calm.target === 'resolution');
  assert.equal(slice(doc, calm.targetSpan), 'resolution');
  assert.ok(jump.kind === 'jump' && slice(doc, jump.targetSpan) === 'resolution');
  assert.equal(rep.role, 'agent', 'aliases map to roles');
  assert.equal(rep.speaker, 'Rep');
});

test('placeholders are found with exact spans', () => {
  const doc = parse(SCRIPT);
  const greeting = items(doc)[0];
  assert.ok(greeting.kind === 'turn');
  assert.deepEqual(
    greeting.placeholders.map((p) => slice(doc, p)),
    ['{customer_name}'],
  );
});

test('directives name their rules and the line they sit on', () => {
  const doc = parse(SCRIPT);
  assert.deepEqual(
    doc.directives.map((d) => [d.kind, d.rules]),
    [['disable-next-line', ['policy-apology', 'rote-empathy']]],
  );
  assert.equal(doc.directives[0].line, 12);
});

test('labels are case-insensitive and unknown labels are neither agent nor customer', () => {
  const doc = parse('AGENT: hi\ncustomer: hello\nNarrator: later\n');
  assert.deepEqual(
    items(doc).map((i) => (i.kind === 'turn' ? i.role : i.kind)),
    ['agent', 'customer', 'other'],
  );
});

test('a file without sections is one linear conversation', () => {
  const doc = parse('Customer: hi\nAgent: hello\n');
  assert.equal(doc.hasSections, false);
  assert.equal(doc.sections.length, 1);
  assert.equal(doc.sections[0].name, '');
});

test('a comment above the first section starts no section', () => {
  const doc = parse('// header\n# a\nAgent: hi\n');
  assert.deepEqual(
    doc.sections.map((s) => s.name),
    ['a'],
  );
  assert.deepEqual(doc.problems, []);
});

test('a section never reached from opening lines above the first header names no empty start section', () => {
  const doc = parse('Agent: Hello, thanks for calling.\n# later\nAgent: Anything else?\n');
  assert.deepEqual(
    doc.problems.map((p) => p.message),
    ['Section "later" is never reached from the lines above the first section, where the call starts.'],
  );
});

test('structure problems: unknown target, duplicate section, unreachable section, empty jump, choice without target', () => {
  const doc = parse('# a\nAgent: hi\n* go -> nowhere\n* no target\n->\n-> b\n# b\nAgent: x\n# b\nAgent: y\n# lost\nAgent: z\n');
  const messages = doc.problems.map((p) => `${p.code}: ${p.message}`);
  assert.ok(
    messages.some((m) => m.includes('No section named "nowhere"')),
    messages.join('\n'),
  );
  assert.ok(messages.some((m) => m.includes('"b" is defined twice')));
  assert.ok(messages.some((m) => m.includes('"lost" is never reached from the start section "a"')));
  assert.ok(messages.some((m) => m.includes('jump has no target')));
  assert.ok(messages.some((m) => m.includes('choice has no target')));
  assert.ok(doc.problems.every((p) => p.code === 'script-structure'));
  const nowhere = doc.problems.find((p) => p.message.includes('nowhere'))!;
  assert.equal(slice(doc, nowhere.span), 'nowhere', 'the problem points at the target, not the line');
});

test('front matter problems: unclosed, invalid YAML, unknown situation, not a mapping', () => {
  assert.match(parse('---\nsituation: no-fault\nAgent: hi\n').problems[0].message, /not closed/);
  const bad = parse('---\nsituation: [unclosed\n---\nAgent: hi\n');
  assert.equal(bad.problems[0].code, 'front-matter');
  assert.match(bad.problems[0].message, /not valid YAML/);
  const unknown = parse('---\nsituation: 42\n---\nAgent: hi\n');
  assert.match(unknown.problems[0].message, /Unknown situation 42/);
  assert.equal(slice(unknown, unknown.problems[0].span), '42');
  assert.match(parse('---\n- a list\n---\n').problems[0].message, /key: value/);
});

test('a BOM, CRLF and lone CR keep exact spans', () => {
  const text = '\ufeffCustomer: Why?\r\nAgent: Because.\rAgent: Again.\n';
  const doc = parse(text);
  const turns = items(doc).filter((i) => i.kind === 'turn');
  assert.deepEqual(
    turns.map((t) => (t.kind === 'turn' ? t.text : '')),
    ['Why?', 'Because.', 'Again.'],
  );
  assert.deepEqual(doc.lineStarts, [0, 17, 33, 47]);
  for (const t of turns) if (t.kind === 'turn') assert.equal(slice(doc, t.textSpan), t.text);
});

test('text outside any turn is reported, indented text continues the turn above', () => {
  const doc = parse('Just some words\nAgent: hi\n   still talking\n');
  assert.match(doc.problems[0].message, /no speaker/);
  const turn = items(doc).find((i) => i.kind === 'turn');
  assert.ok(turn?.kind === 'turn' && turn.text.endsWith('still talking'));
});

test('a binary file gets one clear problem and no sections', () => {
  const doc = parse('\u0000\u0001\u0002'.repeat(40) + '\nAgent: x\n');
  assert.equal(doc.sections.length, 0);
  assert.equal(doc.problems.length, 1);
  assert.match(doc.problems[0].message, /looks binary/);
  const stray = parse('Agent: Lo siento \u0000 pero es la política.\n');
  assert.equal(stray.sections.length, 1, 'a stray NUL in a line is still a script');
});

test('a speaker label one typo away from a configured one is reported; other labels are left alone', () => {
  const doc = parse('Customer: hi\nAgnet: Calm down.\nSupervisor: hello\n');
  assert.deepEqual(
    doc.problems.map((p) => p.message),
    ['"Agnet" is not a configured speaker, so this line is not linted. Did you mean "Agent"?'],
  );
  assert.equal(slice(doc, doc.problems[0].span), 'Agnet');
});

test('an unindented line without a speaker is kept in the turn above and reported', () => {
  const doc = parse('Customer: hi\nAGENT - Calm down.\n');
  assert.match(doc.problems[0].message, /not indented/);
  const turn = items(doc)[0];
  assert.ok(turn.kind === 'turn' && turn.text.endsWith('Calm down.'));
});

test('a label that starts with a configured one speaks as it ("Agent Sam:", "Customer (Dana):")', () => {
  const doc = parse('Customer (Dana): hi\nAgent Sam: hello\n');
  assert.deepEqual(
    items(doc).map((i) => (i.kind === 'turn' ? [i.role, i.speaker] : [])),
    [
      ['customer', 'Customer (Dana)'],
      ['agent', 'Agent Sam'],
    ],
  );
});

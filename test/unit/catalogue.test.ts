// The empathy-statement catalogue: shape, coverage per situation, and that every statement passes
// the linter's own phrase rules in a context that fits it (a quick fix must never add a new warning).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOGUE, CATALOGUE_SITUATIONS, lint, statementsFor, type CatalogueSituation, type EmpathyStatement } from '../../server/src/engine/index.js';
import { ALL_RULES } from '../../server/src/engine/rules/index.js';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MIN_TOTAL = 60;
const MIN_PER_SITUATION = 10;

/** Rules that judge the wording of one agent line (built from phrase lists); conversation-level rules are out of scope here. */
const PHRASE_RULES: ReadonlySet<string> = new Set(ALL_RULES.filter((rule) => 'patterns' in rule).map((rule) => rule.id));

/** A short conversation that leads up to a statement of each situation, with the matching front matter. */
const CONTEXT: Record<CatalogueSituation, { situation: string; lead: string[] }> = {
  loss: {
    situation: 'no-fault',
    lead: [
      "Customer: I couldn't log in last week. My father passed away and I was at the hospital with him.",
      "Agent: I'm very sorry for your loss.",
      'Customer: Thank you. It was such a long illness, and I was with him the whole time, every single day. I will see my family this weekend.',
    ],
  },
  frustration: {
    situation: 'no-fault',
    lead: ["Customer: This is the third time I'm calling about this and I'm fed up with waiting."],
  },
  'company-error': {
    situation: 'company-at-fault',
    lead: ['Customer: You sent me a cutting board instead of the oven I ordered, and the party is on Thursday.'],
  },
  'policy-refusal': {
    situation: 'no-fault',
    lead: ["Customer: Can you waive the late fee? I've been with you for ten years."],
  },
  'good-news': {
    situation: 'no-fault',
    lead: ["Customer: We just found out we're having a baby girl and I'm so happy! I need lots of pink."],
  },
  'customer-wrong': {
    situation: 'customer-at-fault',
    lead: ['Customer: I forgot to pay my bill again, but I want the penalty removed. It is unfair.'],
  },
};

/** The scenario text that ends with the statement as the agent's line. */
function scenarioFor(statement: EmpathyStatement): string {
  const { situation, lead } = CONTEXT[statement.situation];
  return ['---', `title: ${statement.id}`, `situation: ${situation}`, 'customer: Dana Smith', '---', ...lead, `Agent: ${statement.text}`, ''].join('\n');
}

test(`the catalogue holds at least ${MIN_TOTAL} statements`, () => {
  assert.ok(CATALOGUE.length >= MIN_TOTAL, `only ${CATALOGUE.length} statements`);
});

test(`every situation has at least ${MIN_PER_SITUATION} statements`, () => {
  for (const situation of CATALOGUE_SITUATIONS) {
    const count = statementsFor(situation).length;
    assert.ok(count >= MIN_PER_SITUATION, `${situation} has only ${count}`);
  }
});

test('ids are unique and kebab-case', () => {
  const seen = new Set<string>();
  for (const s of CATALOGUE) {
    assert.match(s.id, KEBAB_CASE, `id "${s.id}" is not kebab-case`);
    assert.ok(!seen.has(s.id), `duplicate id "${s.id}"`);
    seen.add(s.id);
  }
});

test('every statement has a known situation, text and a one-line note', () => {
  for (const s of CATALOGUE) {
    assert.ok((CATALOGUE_SITUATIONS as readonly string[]).includes(s.situation), `${s.id}: unknown situation ${s.situation}`);
    assert.ok(s.text.trim().length > 0, `${s.id}: empty text`);
    assert.ok(s.note.trim().length > 0, `${s.id}: empty note`);
    assert.ok(!/\n/.test(s.note), `${s.id}: note spans lines`);
  }
});

test('placeholders are limited to {customer_name}', () => {
  for (const s of CATALOGUE) {
    for (const m of s.text.matchAll(/\{[^}]*\}/g)) assert.equal(m[0], '{customer_name}', `${s.id}: unexpected placeholder ${m[0]}`);
  }
});

test('statementsFor keeps catalogue order and returns only its situation', () => {
  for (const situation of CATALOGUE_SITUATIONS) {
    const expected = CATALOGUE.filter((s) => s.situation === situation).map((s) => s.id);
    const got = statementsFor(situation);
    assert.deepEqual(
      got.map((s) => s.id),
      expected,
    );
    assert.ok(got.every((s) => s.situation === situation));
  }
});

test('the most generic statements come first', () => {
  assert.equal(statementsFor('loss')[0].text, "I'm so sorry to hear that. My condolences.");
  assert.match(statementsFor('good-news')[0].text, /^Congratulations/);
});

test('statements avoid the wording the rules flag, by construction', () => {
  const banned: Array<[RegExp, string]> = [
    [/\bcalm down\b|\brelax\b|\bat least\b|not (?:a|the) big deal|could be worse/i, 'dismissive'],
    [/\bI know (?:exactly )?how you feel\b|\bI understand how you feel\b|\byou must be\b/i, 'presumed feelings'],
    [/\bpoor thing\b|\bfeel sorry for you\b|\bbless your heart\b|\bpity\b/i, 'pity'],
    [/\bwe apologi[sz]e\b|\bany inconvenience\b|\bapologies for\b|mistakes were made/i, 'corporate apology'],
    [/never happen again|everything will be (?:fine|ok)|nothing to worry about|\bI guarantee\b|\bdon'?t worry\b/i, 'false reassurance'],
    [/\byou should have (?!received)|\bthat'?s on you\b|\byour fault\b|\bif you had\b|\byou failed\b/i, 'blame'],
    [/\bas I (?:already )?(?:explained|said)\b|\blike I said\b|\bvery simple\b|rocket science|\blisten carefully\b|\bhoney\b|\bsweetie\b/i, 'patronizing'],
  ];
  for (const s of CATALOGUE) {
    for (const [pattern, label] of banned) assert.doesNotMatch(s.text, pattern, `${s.id} sounds ${label}: ${s.text}`);
  }
  for (const s of statementsFor('policy-refusal')) assert.doesNotMatch(s.text, /\bsorry\b|\bapologi/i, `${s.id} apologizes for a policy`);
  for (const s of statementsFor('customer-wrong')) assert.doesNotMatch(s.text, /\bour (?:mistake|fault|error)\b|\bon us\b|\bwe messed up\b/i, `${s.id} accepts blame`);
});

test('company-error statements apologize in the first person, admit the error and lead to a resolution', () => {
  for (const s of statementsFor('company-error')) {
    assert.match(s.text, /\bI'?m (?:so |very |truly )?sorry\b|\bI apologi[sz]e\b/i, `${s.id} lacks an "I" apology`);
    assert.match(s.text, /\b(?:our|on us|we)\b/i, `${s.id} lacks an admission`);
    assert.match(s.text, /\bI'?(?:ll|m| will| am)\b|\bLet me\b|\bhere'?s what\b/i, `${s.id} lacks a step towards a resolution`);
  }
});

test('no statement draws a phrase-rule finding in a context that fits it', () => {
  const problems: string[] = [];
  for (const s of CATALOGUE) {
    const text = scenarioFor(s);
    const statementStart = text.lastIndexOf(`Agent: ${s.text}`);
    const { findings } = lint(text);
    for (const f of findings) {
      if (f.span.start >= statementStart && PHRASE_RULES.has(f.ruleId)) problems.push(`${s.id}: ${f.ruleId}: ${f.message}`);
    }
  }
  assert.deepEqual(problems, []);
});

/** One customer turn carrying the cue each situation answers, for the "Start with …" quick fixes. */
const CUE_TURN: Record<CatalogueSituation, string> = {
  loss: "Customer: My father passed away last week, so I couldn't log in.",
  frustration: "Customer: This is the third time I'm calling and I'm fed up.",
  'company-error': 'Customer: You sent me the wrong item and charged me twice.',
  'policy-refusal': "Customer: This is ridiculous. Waive the fee, I've been with you ten years.",
  'good-news': "Customer: We're having a baby girl, I'm so happy!",
  'customer-wrong': 'Customer: I forgot to pay my bill and I am so upset about the penalty.',
};

test('the first three statements of each situation acknowledge the customer (they are offered as "Start with …" fixes)', () => {
  const problems: string[] = [];
  for (const situation of CATALOGUE_SITUATIONS) {
    for (const s of statementsFor(situation).slice(0, 3)) {
      const text = `${CUE_TURN[situation]}\nAgent: ${s.text}\n`;
      for (const f of lint(text).findings) if (f.ruleId === 'unacknowledged-emotion') problems.push(`${s.id}: ${f.message}`);
    }
  }
  assert.deepEqual(problems, []);
});

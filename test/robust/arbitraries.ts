// fast-check generators for the property tests: hostile strings (NUL, lone surrogates, BOM, every
// line ending, RTL and zero-width marks, emoji) and script-like text built from the format's pieces.
import fc from 'fast-check';
import type { EmpathyConfig } from '../../server/src/engine/index.js';

/** Characters that break naive text handling. */
const NASTY_CHARS = [
  '\0',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  '\ufeff',
  '\r',
  '\n',
  '\r\n',
  '\t',
  '\v',
  '\f',
  '\u0085',
  '\u2028',
  '\u2029',
  '\u202e',
  '\u202d',
  '\u200f',
  '\u200e',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\u00a0',
  '\ufffd',
  '😢',
  '👩‍👩‍👧',
  '🇺🇦',
  'é',
  'e\u0301',
  'ß',
  'İ',
  'ﬃ',
  'ا',
  'ש',
  '中',
];

/** Pieces of the script syntax, so random strings hit the parser's branches. */
const SYNTAX_PIECES = [
  '---',
  '---\n',
  'situation:',
  ' company-at-fault',
  'Agent:',
  'agent :',
  'Customer:',
  'CUSTOMER:',
  'Rep:',
  ':',
  '# ',
  '#',
  '* ',
  '*',
  '->',
  ' -> ',
  '{',
  '}',
  '{customer_name}',
  '[',
  ']',
  '//',
  '// empathy-lint-disable-next-line ',
  'empathy-lint-disable',
  'empathy-lint-enable',
  '  ',
  '"',
  "'",
  "I'm sorry, but our policy",
  'calm down',
  'I know exactly how you feel',
  'my mother passed away',
];

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Arbitrary strings biased towards the characters and syntax that matter. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...NASTY_CHARS), weight: 3 },
      { arbitrary: fc.constantFrom(...SYNTAX_PIECES), weight: 3 },
      { arbitrary: fc.string({ unit: codeUnit, maxLength: 8 }), weight: 2 },
      { arbitrary: fc.string({ maxLength: 12 }), weight: 2 },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const FRONT_MATTER = [
  '',
  '---\ntitle: Wrong item\nsituation: company-at-fault\ncustomer: Dana Smith\n---\n',
  '---\nsituation: customer-at-fault\n---\n',
  '---\nsituation: no-fault\nextra: [1, 2]\n---\n',
  '---\nsituation: company-at-fault\n', // never closed
  '---\nsituation: [unclosed\n---\n', // invalid YAML
  '---\nsituation: 42\ntitle: {a: 1}\ncustomer: [x]\n---\n', // wrong types
  '---\nsituation: everyone-at-fault\n---\n', // unknown situation
  '---\n---\n',
  '---\n- a list\n- not a map\n---\n',
  '---\n\t: :\n---\n',
];

const AGENT_LINES = [
  "I'm sorry, but that's our policy.",
  'I apologize for our prices.',
  'Calm down, it is not a big deal.',
  'I know exactly how you feel.',
  'We apologize for any inconvenience.',
  'You should have read the terms.',
  'As I already explained, it is very simple.',
  'Everything will be fine, this will never happen again.',
  'Oh, you poor thing.',
  'I remember when my mom died, I was a wreck.',
  'I understand your frustration.',
  "I'm sorry, that was our mistake. I'll send the correct oven by Friday.",
  'Thank you for calling, {customer_name}. How can I help?',
  'You said "calm down" earlier, is that right?',
  'no problem at all',
  "I'm so sorry to hear that.",
  '',
];

const CUSTOMER_LINES = [
  'My mother passed away last week.',
  "I'm so frustrated, this is the third time!",
  'The price went up again!',
  'I got the job!',
  'I forgot to pay the bill, my fault.',
  'Why?',
  '',
];

const NAMES = ['opening', 'de-escalate', 'resolution', 'Ünïcode', 'a', 'b', '', 'nowhere'];

/** One line of a script (without its line break). */
const scriptLine: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.tuple(fc.constantFrom('Agent', 'agent', 'AGENT', 'Rep'), fc.constantFrom(...AGENT_LINES)).map(([l, t]) => `${l}: ${t}`), weight: 6 },
  { arbitrary: fc.tuple(fc.constantFrom('Customer', 'customer', 'Caller'), fc.constantFrom(...CUSTOMER_LINES)).map(([l, t]) => `${l}: ${t}`), weight: 5 },
  { arbitrary: fc.constantFrom(...NAMES).map((n) => `# ${n}`), weight: 2 },
  { arbitrary: fc.tuple(fc.constantFrom('Customer is calm', 'angry', ''), fc.constantFrom(...NAMES)).map(([l, t]) => `* ${l} -> ${t}`), weight: 2 },
  { arbitrary: fc.constantFrom(...NAMES).map((t) => `-> ${t}`), weight: 2 },
  { arbitrary: fc.constantFrom('[Customer sighs]', '[', '[]', '// a note', '//', '  and a continuation line', '\tcontinued {x}', 'Bob: hello', ': : :', 'no speaker at all', ''), weight: 2 },
  {
    arbitrary: fc.constantFrom(
      '// empathy-lint-disable-next-line policy-apology',
      '// empathy-lint-disable-next-line',
      '// empathy-lint-disable dismissive-phrasing, presumed-feelings',
      '// empathy-lint-enable dismissive-phrasing',
      '// empathy-lint-disable',
      '// empathy-lint-enable',
      '// empathy-lint-disable no-such-rule',
    ),
    weight: 1,
  },
  { arbitrary: hostileText.map((t) => t.replace(/[\r\n]/g, ' ')), weight: 1 },
);

/** Script-like text: optional BOM, front matter variant, lines with one or mixed line endings. */
export const scriptText: fc.Arbitrary<string> = fc
  .record({
    bom: fc.boolean(),
    frontMatter: fc.constantFrom(...FRONT_MATTER),
    lines: fc.array(scriptLine, { maxLength: 30 }),
    eol: fc.constantFrom('\n', '\r\n', '\r', 'mixed'),
    mixed: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 30 }),
    trailing: fc.boolean(),
  })
  .map(({ bom, frontMatter, lines, eol, mixed, trailing }) => {
    const breakAt = (i: number) => (eol === 'mixed' ? mixed[i % mixed.length] : eol);
    const fm = eol === '\n' || eol === 'mixed' ? frontMatter : frontMatter.replace(/\n/g, eol);
    const body = lines.map((l, i) => l + (i < lines.length - 1 || trailing ? breakAt(i) : '')).join('');
    return (bom ? '\ufeff' : '') + fm + body;
  });

/** A config with aliases and custom phrases (some regex-looking, all literal), used beside the defaults. */
export const SCRIPT_CONFIG: EmpathyConfig = {
  speakers: { agent: ['Rep'], customer: ['Caller'] },
  phrases: [
    { text: 'no problem', replacement: 'certainly' },
    { text: '(a+)+$', message: 'regex-looking phrase' },
    { text: 'calm down', replacement: 'calm down' },
  ],
  rules: { 'rote-empathy': ['warn', { maxRepeats: 1 }] },
};

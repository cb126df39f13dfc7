// Deterministic benchmark inputs: a mixed corpus of scenarios and call scripts at a given size, long
// linear files with a given line count, and branching scripts with many sections and cycles.
// A fixed seed makes every run lint the same bytes, so numbers from different days compare.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small seeded PRNG (mulberry32): same seed, same corpus, on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

// Lines are templates with <slots> filled at random (products, days, amounts, order numbers), and
// agent lines get an optional opener and follow-up, so most lines in a corpus are unique: a cache
// keyed on a line's text cannot make the engine look faster than it is on real scripts.

/** Customer turns: routine requests and ones that carry loss, frustration, good news or fault. */
const CUSTOMER_LINES = [
  'Hi, I would like to update the billing address on my account.',
  'My <product> was supposed to arrive on <day> and it still has not shown up.',
  'My <relative> passed away last month and the <service> is still in their name.',
  'I was billed <amount> twice and I only ever signed up for one <service>.',
  'We just had a baby, so I want to add a second line for my <relative>.',
  'This is the <nth> time I am calling about the same broken <product>, I am fed up.',
  'I forgot to cancel before the renewal date on <day>, is there anything you can do?',
  'The installer left a hole in my wall on <day> and never came back.',
  'I lost my job in <month> and I cannot afford the <amount> payment right now.',
  'Can you tell me when my <service> contract ends?',
  'I am really worried because I need the <product> for my exam on <day>.',
  'We are getting married in <month> and want to move both accounts together!',
  'Honestly I have been waiting for <weeks> weeks and nobody has called me back.',
  'I typed the wrong card number for order <order>, that was my fault.',
];

/** Agent turns that should pass: acknowledgement, ownership, concrete next steps. */
const CLEAN_AGENT_LINES = [
  'Thanks for calling <company>, this is <agent>. What can I do for you today?',
  'I am so sorry for your loss. I can move the <service> into your name today, {customer_name}.',
  'That is our mistake, and I will refund the <amount> to your card by <day>.',
  'Congratulations on the new baby! Let me set up that second line for you.',
  'I can hear how frustrating this has been, and I will stay on the line until the <product> is fixed.',
  'The renewal has gone through, but I can offer you a <amount> credit on next month instead.',
  'Could you read me the order number on your confirmation email?',
  'I have booked a technician for <day> between <hour> and <hour2>, and I will call you the day before.',
  'Let me check what payment plans we can offer you for the <service>.',
  'Is there anything else I can help you with today?',
  'I understand the exam is on <day>, so I will send the replacement <product> by express courier.',
  'You mentioned the <product> drops every evening; I have flagged order <order> for an engineer.',
];

/** Agent turns that carry the mistakes the rules look for, mostly paraphrased. */
const FLAWED_AGENT_LINES = [
  'I apologize, but the <fee> is something we have to charge.',
  'Sorry, our policy is that refunds are only given within <days> days.',
  'Relax, it is honestly not that big of a deal.',
  'Like I told you a minute ago, the <fee> is on the invoice.',
  'Oh you poor thing, that sounds dreadful.',
  'I know exactly how you are feeling right now.',
  'Trust me, nothing like this will ever happen again.',
  'Well, you really should have read the <service> contract before you signed it.',
  'We regret any inconvenience that may have been caused.',
  'My <relative> died last year too, so I totally get it, when did it happen?',
  'It is very simple, you just press the reset button on the <product>.',
  'I understand your frustration. I understand your frustration.',
  'Please calm down so I can help you with the <product>.',
  'You are absolutely right, that was entirely our fault and we will refund the <amount>.',
];

const CUSTOMER_DETAILS = ['My account number is <order>.', 'It was <amount> on the <day> bill.', 'I called on <day> as well.', 'The <product> is only <weeks> weeks old.'];
const AGENT_OPENERS = ['Okay.', 'Right.', 'Alright, {customer_name}.', 'Thanks for waiting.', 'I see.', 'One moment.', 'Got it.'];
const AGENT_FOLLOW_UPS = [
  'I have order <order> open here.',
  'Your reference number is <order>.',
  'You will see it on your <day> statement.',
  'The <product> is covered until <month>.',
  'I have added a note to the account for <agent>.',
  'That comes to <amount> in total.',
];

const SLOTS: Record<string, readonly string[]> = {
  product: ['router', 'oven', 'laptop', 'phone', 'mattress', 'washing machine', 'modem', 'tablet', 'smart meter', 'headset'],
  service: ['phone plan', 'broadband', 'insurance policy', 'streaming plan', 'gas account', 'membership'],
  relative: ['mother', 'father', 'husband', 'wife', 'grandmother', 'brother', 'sister', 'partner'],
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  month: ['January', 'March', 'May', 'June', 'August', 'October', 'December'],
  nth: ['third', 'fourth', 'fifth', 'sixth'],
  fee: ['cancellation fee', 'late fee', 'restocking fee', 'early termination charge', 'price rise', 'delivery charge'],
  company: ['Northwind', 'Acme', 'Contoso', 'Globex', 'Initech'],
  agent: ['Priya', 'Sam', 'Jordan', 'Alex', 'Mina', 'Tomas'],
  hour: ['8', '9', '10', '11'],
  hour2: ['12', '1', '2', '4'],
};

const NUMBER_SLOTS: Record<string, (random: Random) => string> = {
  amount: (random) => `$${10 + Math.floor(random() * 490)}.${String(Math.floor(random() * 100)).padStart(2, '0')}`,
  order: (random) => String(100_000 + Math.floor(random() * 900_000)),
  days: (random) => String(7 + Math.floor(random() * 60)),
  weeks: (random) => String(2 + Math.floor(random() * 10)),
};

/** Fills every <slot> in a template. */
function fill(random: Random, template: string): string {
  return template.replace(/<(\w+)>/g, (_, name: string) => {
    const numbers = NUMBER_SLOTS[name];
    if (numbers) return numbers(random);
    const words = SLOTS[name];
    return words ? pick(random, words) : name;
  });
}

/** An agent line: the core (clean or flawed), sometimes after an opener, sometimes with a follow-up. */
function agentLine(random: Random): string {
  const core = fill(random, random() < 0.35 ? pick(random, FLAWED_AGENT_LINES) : pick(random, CLEAN_AGENT_LINES));
  const opener = random() < 0.3 ? `${pick(random, AGENT_OPENERS)} ` : '';
  const followUp = random() < 0.7 ? ` ${fill(random, pick(random, AGENT_FOLLOW_UPS))}` : '';
  return `${opener}${core}${followUp}`;
}

const STAGE_DIRECTIONS = ['[Customer sighs]', '[Hold music for ten seconds]', '[Agent types]', '[Line crackles]'];
const COMMENTS = ['// trainer note: pause here before answering', '// empathy-lint-disable-next-line rote-empathy', '// keep this line short'];
const SITUATIONS = ['company-at-fault', 'customer-at-fault', 'no-fault'];
const NAMES = ['Dana Smith', 'Luis Ortega', 'Mei Chen', 'Amara Okafor', 'Jonas Berg'];
const CONTINUATIONS = ['  and I would appreciate a call back when it is sorted.', '  Also, the app keeps logging me out.'];

function frontMatter(random: Random, title: string): string[] {
  return ['---', `title: ${title}`, `situation: ${pick(random, SITUATIONS)}`, `customer: ${pick(random, NAMES)}`, '---'];
}

/** One body line of a conversation: mostly turns, sometimes a direction or comment; about a third of agent lines flawed. */
function conversationLines(random: Random): string[] {
  const r = random();
  if (r < 0.04) return [pick(random, STAGE_DIRECTIONS)];
  if (r < 0.07) return [pick(random, COMMENTS)];
  if (r < 0.5) {
    const detail = random() < 0.6 ? ` ${fill(random, pick(random, CUSTOMER_DETAILS))}` : '';
    const turn = `Customer: ${fill(random, pick(random, CUSTOMER_LINES))}${detail}`;
    return random() < 0.1 ? [turn, pick(random, CONTINUATIONS)] : [turn];
  }
  return [`Agent: ${agentLine(random)}`];
}

/** Characters `lines` take once joined with newlines. */
function sizeOf(lines: readonly string[]): number {
  let size = 0;
  for (const line of lines) size += line.length + 1;
  return size;
}

/** A linear mock-call scenario of about `bytes` characters. */
export function scenarioText(random: Random, bytes: number, title: string): string {
  const lines = frontMatter(random, title);
  let size = sizeOf(lines);
  while (size < bytes) {
    const more = conversationLines(random);
    lines.push(...more);
    size += sizeOf(more);
  }
  return lines.join('\n') + '\n';
}

/** A branching call script of about `bytes` characters: sections with choices, jumps, back edges and an end. */
export function callscriptText(random: Random, bytes: number, title: string): string {
  const lines = frontMatter(random, title);
  let size = sizeOf(lines);
  let section = 0;
  while (size < bytes) {
    const block = ['', `# step${section}`];
    const turns = 3 + Math.floor(random() * 6);
    for (let i = 0; i < turns; i++) block.push(...conversationLines(random));
    block.push(...exits(random, section));
    lines.push(...block);
    size += sizeOf(block);
    section++;
  }
  lines.push('', `# step${section}`, 'Agent: Thank you for your patience today.', '-> end');
  lines.push('', `# step${section + 1}`, 'Agent: I am sorry this took so long, and thank you for staying with me.', '-> end');
  return lines.join('\n') + '\n';
}

/** How a section leads on: two or three choices forward, sometimes a jump back (a cycle). */
function exits(random: Random, section: number): string[] {
  const out = [`* Customer is calm -> step${section + 1}`, `* Customer is upset -> step${section + 2}`];
  if (section > 2 && random() < 0.2) out.push(`* Customer asks to start over -> step${section - 3}`);
  if (random() < 0.1) out.push('-> end');
  return out;
}

export interface CorpusFile {
  name: string;
  text: string;
}

/** About `totalBytes` of scripts in `count` files (default ~30 KB each), half scenarios and half call scripts. */
export function corpusFiles(totalBytes: number, count = Math.max(2, Math.round(totalBytes / 30_000)), seed = 7): CorpusFile[] {
  const random = seededRandom(seed);
  const perFile = Math.floor(totalBytes / count);
  const files: CorpusFile[] = [];
  for (let i = 0; i < count; i++) {
    const name = `call${String(i).padStart(3, '0')}`;
    if (i % 2 === 0) files.push({ name: `${name}.scenario`, text: scenarioText(random, perFile, `Mock call ${i}`) });
    else files.push({ name: `${name}.callscript`, text: callscriptText(random, perFile, `Call script ${i}`) });
  }
  return files;
}

/** A team's stock lines, clean and flawed: the kind of script library the outside speed check lints. */
const STOCK_CUSTOMER = [
  'The package came crushed and the vase inside is broken.',
  'Why is there a second charge on my card this month?',
  'My wife died in March and the contract is still in her name.',
  'Twelve years I have paid you, and this is what I get?',
  'We just bought our first house, so I need to move the service!',
  'The engineer never came and I lost a day of pay waiting.',
  'Could you take the late fee off, just this one time?',
  'This is my fourth call about the same problem.',
];
const STOCK_AGENT = [
  'Thanks for calling, this is Jo. What can I do for you today?',
  "I'm sorry to hear that. Let me pull up your account now.",
  'I can see why that would be upsetting, and I want to sort it out for you.',
  "I'm sorry, but our policy does not allow refunds after thirty days.",
  "Relax, it's really not a big deal.",
  'I know exactly how you feel.',
  'Aw, you poor thing, that must be awful.',
  'Like I already said, the fee stands.',
  "Don't worry, everything will be fine.",
  'You should have read the terms before you signed.',
  'We apologize for any inconvenience this may have caused.',
  'That was our mistake, and I will ship the right item within 24 hours.',
  'What would make this right for you?',
  'Congratulations, that is great news!',
  "I hear you, and I appreciate that you've stayed with us so long.",
  'Is there anything else I can help with today?',
];

/**
 * About `totalBytes` of scripts in `count` files built from a few stock lines repeated (as a team's
 * script library is, and as the outside check's corpus is): caches keyed on line text do apply here.
 */
export function stockLineFiles(totalBytes: number, count = 200, seed = 7): CorpusFile[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const perFile = Math.floor(totalBytes / count);
  const files: CorpusFile[] = [];
  for (let i = 0; i < count; i++) {
    const branching = i % 2 === 1;
    const lines = ['---', `title: Stock call ${i}`, `situation: ${pick(['company-at-fault', 'customer-at-fault', 'no-fault'])}`, '---'];
    let size = sizeOf(lines);
    let section = 0;
    while (size < perFile) {
      const block: string[] = [];
      if (branching && random() < 0.08) {
        section++;
        block.push('', `# part${section}`, `* Customer is calm -> part${section + 1}`, `* Customer is upset -> part${section + 2}`);
      }
      block.push(random() < 0.45 ? `Customer: ${pick(STOCK_CUSTOMER)}` : `Agent: ${pick(STOCK_AGENT)}`);
      lines.push(...block);
      size += sizeOf(block);
    }
    if (branching) lines.push('', `# part${section + 1}`, 'Agent: Thank you for your patience.', '', `# part${section + 2}`, "Agent: I understand why you're upset.");
    files.push({ name: `stock${String(i).padStart(3, '0')}.${branching ? 'callscript' : 'scenario'}`, text: lines.join('\n') + '\n' });
  }
  return files;
}

/** A linear scenario of exactly `lineCount` lines. */
export function scenarioOfLines(lineCount: number, seed = 11): string {
  const random = seededRandom(seed);
  const lines = frontMatter(random, `Long scenario of ${lineCount} lines`);
  while (lines.length < lineCount) lines.push(...conversationLines(random));
  return lines.slice(0, lineCount).join('\n') + '\n';
}

/** A call script of `sections` sections, each with three turns, two choices forward and a back edge to an earlier section. */
export function branchingScript(sections: number, seed = 13): string {
  const random = seededRandom(seed);
  const lines = frontMatter(random, `Branching script with ${sections} sections`);
  for (let s = 0; s < sections; s++) {
    lines.push('', `# s${s}`);
    for (let t = 0; t < 3; t++) lines.push(...conversationLines(random));
    const next = (k: number) => (s + k < sections ? `s${s + k}` : 'end');
    lines.push(`* Customer is calm -> ${next(1)}`, `* Customer is upset -> ${next(2)}`);
    if (s > 0) lines.push(`* Customer wants to go back -> s${Math.floor(random() * s)}`);
  }
  return lines.join('\n') + '\n';
}

/** Writes files into `dir` (created); returns their absolute paths, sorted. */
export function writeFiles(dir: string, files: readonly CorpusFile[]): string[] {
  mkdirSync(dir, { recursive: true });
  return files.map((f) => {
    const path = join(dir, f.name);
    writeFileSync(path, f.text);
    return path;
  });
}

/** Share of distinct lines among all speaker lines: how little a cache keyed on line text could help. */
export function uniqueLineShare(texts: readonly string[]): number {
  const seen = new Set<string>();
  let total = 0;
  for (const text of texts) {
    for (const line of text.split('\n')) {
      if (!/^(?:Agent|Customer):/.test(line)) continue;
      total++;
      seen.add(line);
    }
  }
  return total ? seen.size / total : 0;
}

// rote-empathy: the same stock empathy phrase said again and again. The seeds: rote phrases "can
// sound condescending and insincere"; good empathy names the customer's actual situation, and
// "I understand your frustration" three times is worse than once.
import { leadingCue, statementsForMoment } from '../moment.js';
import { ownCopy, TextCache } from '../text-cache.js';
import { cuesBefore, findPhrases, matchSpan, memoized, type PhrasePattern } from '../rule-kit/phrase-rule.js';
import type { AgentFacts, Reporter, Rule, TurnContext } from '../rule-kit/rule.js';
import type { Span } from '../types.js';
import { oneOf } from '../phrase-families.js';
import { onLowerText } from '../regex.js';

/** Stock phrase families: two wordings of one formula count as the same phrase. */
const STOCK: PhrasePattern[] = [
  {
    id: 'understand-frustration',
    re: /\bi\s+(?:completely\s+|totally\s+|fully\s+|really\s+|do\s+|truly\s+)?understand\s+(?:your|the|how)\s+(?:frustrat\w*|concerns?|anger|upset|disappointment|annoyance)/,
  },
  { id: 'i-understand', re: /\bi\s+(?:completely\s+|totally\s+|fully\s+|really\s+|do\s+|truly\s+)?understand(?=\s*(?:[.,!;]|$|\s(?:completely|totally)\b))/ },
  { id: 'sorry-to-hear', re: /\b(?:i'?m|i\s+am)\s+(?:so\s+|very\s+|really\s+|truly\s+)?sorry\s+to\s+hear\b/ },
  { id: 'sorry-inconvenience', re: /\b(?:sorry|apologi[sz]e|apologies)\s+for\s+(?:any|the)\s+inconvenience\b/ },
  { id: 'hear-you', re: /\bi\s+(?:totally\s+|completely\s+)?hear\s+you\b/ },
  {
    id: 'frustrating',
    re: new RegExp(
      String.raw`\b${oneOf(String.raw`
      (?:that|this|it)\s+(?:must|would|can|could)\s+be\s+(?:so\s+|very\s+|really\s+|incredibly\s+)?frustrating
      i\s+know\s+(?:this|that|it)\s+(?:is|must\s+be)\s+(?:so\s+|very\s+|really\s+)?frustrating
      i\s+can\s+see\s+(?:why|how)\s+(?:that|this|it)\s+(?:would|must|could|is)\s+(?:be\s+)?(?:so\s+|very\s+|really\s+)?frustrating
    `)}\b`,
    ),
  },
  { id: 'can-imagine', re: /\bi\s+can\s+(?:only\s+)?imagine\b/ },
  { id: 'apologize-for-that', re: /\b(?:i\s+(?:do\s+)?apologi[sz]e|(?:i'?m\s+(?:so\s+|very\s+|really\s+)?)?sorry)\s+(?:for|about)\s+(?:that|this)\b/ },
  { id: 'see-your-point', re: /\bi\s+(?:can\s+)?see\s+your\s+point\b/ },
  { id: 'get-it', re: /\bi\s+(?:totally\s+|completely\s+)?get\s+it\b/ },
  { id: 'appreciate-patience', re: /\b(?:i|we)\s+(?:really\s+|truly\s+)?appreciate\s+your\s+(?:patience|understanding)\b/ },
];

/** A sentence that carries empathy; repeated word for word, it is rote even outside the stock families. */
const EMPATHY_SENTENCE =
  /\b(?:sorry|apolog\w*|understand|imagine|must\s+(?:be|have\s+been)|appreciate|hear\s+(?:you|how|that)|can\s+hear|that\s+sounds|frustrat\w*|stressful|annoying|difficult|upsetting|going\s+through|thank(?:s|\s+you)\s+for\s+sharing|a\s+lot\s+(?:of\s+pressure|to\s+(?:deal\s+with|carry|take\s+in))|hear\s+what\s+you'?re\s+saying|(?:completely|totally|perfectly)\s+valid|exhausting|tiring|maddening|draining|awful|terrible|horrible|rough|tough|hard)\b/i;

/** Longest sentence compared word for word: longer ones are specific, not stock. */
const MAX_STOCK_SENTENCE = 120;

/** Exact-repeat key of a sentence: its words, lower-cased. */
function sentenceKey(text: string): string {
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  let hash = 0;
  for (const ch of words.join(' ')) hash = (Math.imul(hash, 31) + ch.charCodeAt(0)) | 0;
  return `#${(hash >>> 0).toString(36)}`;
}

/** Parsed path states, by their text: states are re-read on every turn of a path. */
const PARSED = new TextCache<Map<string, number>>();

const NOTHING_SAID: ReadonlyMap<string, number> = new Map();

/** Path state: how often each family or sentence was said, as "id:count" entries (shared: copy before changing). */
function readCounts(state: string): ReadonlyMap<string, number> {
  if (!state) return NOTHING_SAID;
  const parsed = PARSED.get(state);
  if (parsed) return parsed;
  return new Map(state.split(',').map((e) => [e.slice(0, e.lastIndexOf(':')), Number(e.slice(e.lastIndexOf(':') + 1))] as [string, number]));
}

/** Sentences remembered per path: enough for a call, bounded so long scripts stay linear. */
const REMEMBERED_SENTENCES = 24;

function writeCounts(counts: ReadonlyMap<string, number>): string {
  const entries = [...counts];
  const sentences = entries.filter(([k]) => k.startsWith('#')).slice(-REMEMBERED_SENTENCES);
  const families = entries.filter(([k]) => !k.startsWith('#')).sort(([a], [b]) => (a < b ? -1 : 1));
  const kept = [...families, ...sentences];
  const state = kept.map(([k, v]) => `${k}:${v}`).join(',');
  PARSED.set(state, new Map(kept));
  return state;
}

/** Path states after counting some ids once more, by state and ids: the same turns recur on every path and edit. */
const NEXT_STATE = new TextCache<string>();

/** The state with each id in `counted` (each ending in \u0001) said once more. */
function nextState(state: string, before: ReadonlyMap<string, number>, counted: string): string {
  const key = `${state}\u0000${counted}`;
  const cached = NEXT_STATE.get(key);
  if (cached !== undefined) return cached;
  const counts = new Map(before);
  for (const id of counted.split('\u0001')) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  const next = writeCounts(counts);
  NEXT_STATE.set(key, next);
  return next;
}

interface Repeatable {
  id: string;
  start: number;
  end: number;
  /** Its message by how often it was said before, once made: findings of a repeated line share them. */
  messages?: Map<number, string>;
}

const NOTHING_REPEATABLE: readonly Repeatable[] = Object.freeze([]);

/** Every repeatable has one shape (its messages filled in later). */
const repeatable = (id: string, start: number, end: number): Repeatable => ({ id, start, end, messages: undefined });

/** Where a clause ends: "That sounds really stressful, um, let me see" opens with the part said by rote. */
const CLAUSE_END = /[,;:\u2014\u2013]|\s-\s/;

/**
 * The part of a sentence compared word for word: its leading clause when that clause is three words
 * or more ("I can hear how frustrating this is, so …" said again before new words), else the whole
 * sentence; nothing when the sentence is too long to be stock.
 */
function repeatedPart(text: string, sentence: Span): Span {
  const words = text.slice(sentence.start, sentence.end);
  const end = CLAUSE_END.exec(words)?.index ?? -1;
  if (end > 0 && end <= MAX_STOCK_SENTENCE && (words.slice(0, end).match(/[a-z']+/gi)?.length ?? 0) >= 3) return { start: sentence.start, end: sentence.start + end };
  return sentence.end - sentence.start <= MAX_STOCK_SENTENCE ? sentence : { start: sentence.start, end: sentence.start };
}

/** The part of a sentence compared word for word when it carries empathy, or null. */
function empathicPart(text: string, sentence: Span, empathy: RegExp): Span | null {
  const part = repeatedPart(text, sentence);
  if (empathy.test(text.slice(part.start, part.end))) return part;
  // "Thanks for sharing that with me, I really appreciate it": the empathy is past the leading clause.
  const wholeFits = part.end < sentence.end && sentence.end - sentence.start <= MAX_STOCK_SENTENCE;
  return wholeFits && empathy.test(text.slice(sentence.start, sentence.end)) ? sentence : null;
}

/** Stock phrases and empathy sentences of a turn, in order. */
function repeatablesOf(agent: AgentFacts): readonly Repeatable[] {
  const repeats = findPhrases(agent, 'rote-empathy', STOCK).map((m) => repeatable(m.pattern.id, m.start, m.end));
  const { masked } = agent;
  const empathy = onLowerText(EMPATHY_SENTENCE);
  // A part of a sentence holds an empathy word only if the line does (its edges are word edges in
  // the line too): most lines hold none, and then no sentence is cut into its parts.
  if (empathy.test(masked)) {
    for (const s of agent.sentences) {
      const said = empathicPart(masked, s, empathy);
      if (said) repeats.push(repeatable(sentenceKey(masked.slice(said.start, said.end)), said.start, said.end));
    }
  }
  return repeats.length === 0 ? NOTHING_REPEATABLE : repeats.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** What one turn does to a path state: the repeats it reports (with how often each was said) and the state after it. */
interface Transition {
  next: string;
  repeats: RepeatSaid[];
}

/** A repeat the turn reports, with how often it was said before. */
interface RepeatSaid {
  repeat: Repeatable;
  said: number;
}

/** Transitions kept per line of text: a line said in many different states is not worth remembering in each. */
const MAX_TRANSITIONS_PER_LINE = 64;

/** The effect of a turn with these repeatables on the path state `state` (a pure function of the three). */
function transition(state: string, repeats: readonly Repeatable[], allowed: number): Transition {
  const before = readCounts(state);
  let counted = '';
  /** Counts added in this turn, so a phrase said twice in one turn is a repeat too. */
  let thisTurn: Map<string, number> | undefined;
  let reportedUpTo = -1;
  const reported: RepeatSaid[] = [];
  for (const r of repeats) {
    const said = (before.get(r.id) ?? 0) + (thisTurn?.get(r.id) ?? 0);
    // A sentence already reported through its stock phrase is not reported twice.
    if (said >= allowed && r.start >= reportedUpTo) {
      reported.push({ repeat: r, said });
      reportedUpTo = r.end;
    }
    // Counting past the allowance changes nothing, and equal states let paths share work.
    if (said < allowed) {
      counted += `${r.id}\u0001`;
      (thisTurn ??= new Map()).set(r.id, (thisTurn.get(r.id) ?? 0) + 1);
    }
  }
  return { next: counted ? nextState(state, before, counted) : state, repeats: reported };
}

/** Transitions of this line's turns by path state (and allowance), kept in the line's memo: lines recur in the same states. */
const transitionsOf = (): Map<string, Transition> => new Map();

/**
 * The message for a repeat said `said` times before, made once per line (the repeatables are kept
 * per line of text) and count; flat, so it holds nothing of the document it was first found in.
 */
function repeatMessage(agent: AgentFacts, r: Repeatable, said: number): string {
  const messages = (r.messages ??= new Map());
  let message = messages.get(said);
  if (message === undefined) {
    message = ownCopy(
      `"${agent.turn.text.slice(r.start, r.end).trim()}" has been said ${said === 1 ? 'before' : `${said} times already`} in this call; repeated, it sounds scripted. Name the caller's actual situation instead.`,
    );
    messages.set(said, message);
  }
  return message;
}

function reportRepeat(ctx: TurnContext, step: RepeatSaid, report: Reporter): void {
  const { repeat: r, said } = step;
  const span = matchSpan(ctx.agent, r);
  report(span, () => ({
    message: repeatMessage(ctx.agent, r, said),
    suggestions: () =>
      // Something fresh for what the caller said (the first of a group is the stock one, likely said already).
      statementsForMoment(leadingCue(cuesBefore(ctx)), ctx.situation)
        .slice(1, 5)
        .map((text) => ({ title: `Replace with "${text}"`, fix: { span, text } })),
    pathSensitive: true,
  }));
}

export const roteEmpathy: Rule = {
  id: 'rote-empathy',
  description: 'Flags the same stock empathy phrase repeated across agent turns; reported on the repeat.',
  defaultSeverity: 'warn',
  fixable: false,
  tags: ['empathy', 'context'],
  options: {
    maxRepeats: {
      type: 'integer',
      default: 1,
      minimum: 1,
      description: 'How many times one stock phrase may be said on a path before the next use is reported. `1` means a phrase may be said once.',
    },
  },
  silentOn: (agent) => memoized(agent, 'rote-repeatables', repeatablesOf).length === 0,
  checkTurn(ctx, report) {
    const allowed = typeof ctx.options.maxRepeats === 'number' ? ctx.options.maxRepeats : 1;
    const repeats = memoized(ctx.agent, 'rote-repeatables', repeatablesOf);
    if (repeats.length === 0) return;
    const known = memoized(ctx.agent, 'rote-transitions', transitionsOf);
    const key = allowed === 1 ? ctx.state : `${allowed}\u0002${ctx.state}`;
    let step = known.get(key);
    if (!step) {
      step = transition(ctx.state, repeats, allowed);
      if (known.size < MAX_TRANSITIONS_PER_LINE) known.set(key, step);
    }
    for (let i = 0; i < step.repeats.length; i++) reportRepeat(ctx, step.repeats[i], report);
    return step.next;
  },
};

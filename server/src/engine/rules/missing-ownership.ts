// missing-ownership: when the company is at fault, the call must own it: an apology with an admission,
// then a concrete resolution (what and by when). The seeds: "she apologized, admitted to the mistake,
// then proceeded to the resolution … sorry, mistake, resolution until the customer cools down".
import { insideAny, sentenceAt } from '../language.js';
import { onLowerText } from '../regex.js';
import { ADMISSION_RE, APOLOGY_RE, DENIAL_RE, RESOLUTION_RE } from '../rule-kit/ownership.js';
import { findPhrases, memoized } from '../rule-kit/phrase-rule.js';
import { falseReassurance } from './false-reassurance.js';
import type { AgentFacts, Rule } from '../rule-kit/rule.js';

type Part = 'apology' | 'admission' | 'resolution';

/** Each part with its pattern and its bit in the path state (the parts said so far, as a number). */
const PARTS: Array<{ part: Part; re: RegExp; bit: number }> = [
  { part: 'apology', re: APOLOGY_RE, bit: 1 },
  { part: 'admission', re: ADMISSION_RE, bit: 2 },
  { part: 'resolution', re: RESOLUTION_RE, bit: 4 },
];

const WORDING: Record<Part, string> = {
  apology: 'an apology',
  admission: 'an admission of the mistake',
  resolution: 'a concrete resolution (what and by when)',
};

function saysPart(agent: AgentFacts, part: Part, re: RegExp): boolean {
  const m = onLowerText(re).exec(agent.masked);
  if (!m || insideAny(agent.quotes, m.index)) return false;
  if (part === 'resolution') return !promisedOnly(agent, m.index);
  return part !== 'admission' || !onLowerText(DENIAL_RE).test(agent.masked);
}

/** "You'll have it by tonight, I guarantee it": a promise nobody can keep is not a plan, whatever its date. */
function promisedOnly(agent: AgentFacts, offset: number): boolean {
  const sentence = sentenceAt(agent.sentences, offset, agent.masked.length);
  return findPhrases(agent, falseReassurance.id, falseReassurance.patterns).some((m) => m.start < sentence.end && m.end > sentence.start);
}

/** The parts a turn says, as bits (the same for every turn with these words). */
const partsSaid = (agent: AgentFacts): number => PARTS.reduce((bits, { part, re, bit }) => (saysPart(agent, part, re) ? bits | bit : bits), 0);

export const missingOwnership: Rule = {
  id: 'missing-ownership',
  description: 'In a company-at-fault situation, flags a call that never both apologizes with an admission and commits to a concrete resolution (what and by when).',
  defaultSeverity: 'warn',
  fixable: false,
  tags: ['apology', 'situation', 'context'],
  checkTurn(ctx) {
    if (ctx.situation !== 'company-at-fault') return;
    const had = Number(ctx.state);
    const have = had | memoized(ctx.agent, 'ownership-parts', partsSaid);
    return have === had ? ctx.state : String(have);
  },
  checkPathEnd(ctx, report) {
    if (ctx.situation !== 'company-at-fault' || !ctx.lastAgent) return;
    const have = Number(ctx.state);
    const missing = PARTS.filter(({ bit }) => (have & bit) === 0).map(({ part }) => part);
    if (missing.length === 0) return;
    const last = ctx.lastAgent;
    report(last.turn.textSpan, () => ({
      message: `The company is at fault, but the call ends without ${missing.map((p) => WORDING[p]).join(' or ')}. Own it: "I'm sorry, that was our mistake", then say what you'll do and by when.`,
      pathSensitive: true,
    }));
  },
};

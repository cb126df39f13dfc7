// missing-ownership: when the company is at fault, the call must own it: an apology with an admission,
// then a concrete resolution (what and by when). The seeds: "she apologized, admitted to the mistake,
// then proceeded to the resolution … sorry, mistake, resolution until the customer cools down".
import { insideAny } from '../language.js';
import { ADMISSION_RE, APOLOGY_RE, DENIAL_RE, RESOLUTION_RE } from './ownership.js';
import { memoized } from './phrases.js';
import type { AgentFacts, Rule } from './rule.js';

type Part = 'apology' | 'admission' | 'resolution';

const PARTS: Array<[Part, RegExp]> = [
  ['apology', APOLOGY_RE],
  ['admission', ADMISSION_RE],
  ['resolution', RESOLUTION_RE],
];

const WORDING: Record<Part, string> = {
  apology: 'an apology',
  admission: 'an admission of the mistake',
  resolution: 'a concrete resolution (what and by when)',
};

function saysPart(agent: AgentFacts, part: Part, re: RegExp): boolean {
  const m = re.exec(agent.masked);
  if (!m || insideAny(agent.quotes, m.index)) return false;
  return part !== 'admission' || !DENIAL_RE.test(agent.masked);
}

export const missingOwnership: Rule = {
  id: 'missing-ownership',
  description: 'In a company-at-fault situation, flags a call that never both apologizes with an admission and commits to a concrete resolution (what and by when).',
  defaultSeverity: 'warn',
  fixable: false,
  tags: ['apology', 'situation', 'context'],
  checkTurn(ctx) {
    if (ctx.situation !== 'company-at-fault') return;
    const have = new Set(ctx.state ? ctx.state.split(',') : []);
    for (const [part, re] of PARTS) if (!have.has(part) && memoized(ctx.agent, `ownership:${part}`, () => saysPart(ctx.agent, part, re))) have.add(part);
    return [...have].sort().join(',');
  },
  checkPathEnd(ctx, report) {
    if (ctx.situation !== 'company-at-fault' || !ctx.lastAgent) return;
    const have = new Set(ctx.state ? ctx.state.split(',') : []);
    const missing = PARTS.map(([part]) => part).filter((p) => !have.has(p));
    if (missing.length === 0) return;
    const last = ctx.lastAgent;
    report(last.turn.textSpan, () => ({
      message: `The company is at fault, but the call ends without ${missing.map((p) => WORDING[p]).join(' or ')}. Own it: "I'm sorry, that was our mistake", then say what you'll do and by when.`,
      pathSensitive: true,
    }));
  },
};

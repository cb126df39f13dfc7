// unacknowledged-emotion: the caller states an emotion, a loss, a company error, good news or their
// own mistake, and the agent's next turn is pure procedure. QA tools score this as "empathy needed and
// missing"; routine requests need none, and a poor attempt is left to the rule that names it.
import { statementsForMoment } from '../moment.js';
import type { CatalogueSituation } from '../catalogue-types.js';
import type { CustomerCue } from '../cues.js';
import { EMOTIONAL_CUES } from '../cues.js';
import { insideAny } from '../language.js';
import { blameAcceptance } from './blame-acceptance.js';
import { condescendingSympathy } from './condescending-sympathy.js';
import { customerBlame } from './customer-blame.js';
import { dismissivePhrasing } from './dismissive-phrasing.js';
import { earlyPersonalization } from './early-personalization.js';
import { falseReassurance } from './false-reassurance.js';
import { patronizingTone } from './patronizing-tone.js';
import { ADMISSION_RE } from '../rule-kit/ownership.js';
import { globalOnLowerText } from '../regex.js';
import { matchSpan, memoized, saysAnyOf } from '../rule-kit/phrase-rule.js';
import { modelHearsAcknowledgement, strongestMistake } from '../intent/line-intent.js';
import { presumedFeelings } from './presumed-feelings.js';
import type { AgentFacts, Rule, TurnContext } from '../rule-kit/rule.js';
import { oneOf } from '../phrase-families.js';

/** Any sign the agent responded to the person, not only the request (a clumsy sign counts: other rules judge it). */
const ACKNOWLEDGEMENT = new RegExp(
  String.raw`\b${oneOf(String.raw`
      sorry
      apolog\w*
      condolences
      sympath\w*
      understand\w*
      imagine
      hear(?:ing)?\s+(?:you|that|this|about)
      i\s+hear
      congrat\w*
      wonderful
      fantastic
      amazing
      exciting
      excited
      great\s+news
      good\s+news
      lovely
      how\s+(?:lovely|nice|exciting|wonderful|awful|terrible|frustrating|hard|tough|scary|stressful|upsetting)
      that'?s\s+(?:great|awesome|so\s+nice|terrible|awful|horrible|rough|tough|hard|not\s+okay|unacceptable|not\s+right|frustrating|exciting|wonderful|fantastic|amazing|lovely|brilliant)
      frustrat\w*
      upsetting
      annoying
      stressful
      disappointing
      must\s+(?:be|have\s+been|feel)
      that\s+sounds
      sounds\s+(?:like|really|so|awful|hard|stressful|frustrating|exciting|wonderful)
      i\s+(?:can\s+)?see\s+(?:why|how|that|your)
      i\s+get\s+(?:it|that|why)
      makes\s+sense
      no\s+wonder
      every\s+right
      thank(?:s|\s+you)\s+(?:so\s+much\s+)?for\s+(?:telling|sharing|letting|bringing|your\s+patience|explaining|being|your\s+understanding|calling\s+(?:us\s+)?about)
      appreciate
      feel\w*
      oh\s+no
      oh\s+my
      goodness
      heart
      shouldn'?t\s+have\s+(?:happened|had\s+to|to)
      (?:i|we)\s+won'?t\s+pretend\s+otherwise
      (?:it'?s|that'?s)\s+(?:a\s+)?(?:really\s+|very\s+)?(?:steep|hefty|high|big)\s+(?:rate|price|bill|charge|fee|amount|jump|increase)
      (?:the\s+)?(?:waiting|not\s+knowing|uncertainty)\s+(?:is|'s)\s+(?:often\s+)?the\s+hardest\s+part
      should\s+(?:not|never)\s+have\s+happened
      our\s+(?:mistake|fault|error)
      you'?re\s+(?:right|absolutely\s+right)
      fair\s+(?:point|enough)
      poor
      calm
      relax
      big\s+deal
      worr\w*
      glad
      happy\s+for\s+you
      thrilled
      delighted
      pleased\s+to\s+hear
      take\s+care\s+of\s+yourself
      hope\s+you
      hang\s+in\s+there
      sad
      heartbreaking
      tough
      hard\s+time
      difficult\s+time
      rough
      no\s+problem
      not\s+a\s+problem
      (?:that|it)\s+happens
      happens\s+to\s+(?:everyone|the\s+best|all\s+of\s+us)
      easy\s+mistake
      awful
      terrible
      horrible
      yikes
      ugh
      oh\s+dear
      bless
      excellent
      fair
      right\s+to\s+be
      unacceptable
      not\s+okay
      not\s+what\s+(?:we|you)
      that\s+must
      my\s+goodness
      what\s+a
      easy\s+to\s+(?:miss|overlook|mix\s+up|do|get\s+wrong)
      anyone\s+would
      wears?\s+(?:anyone|you|anybody)\s+down
      let\s*down
      i\s+can\s+hear
      hear\s+how
      i'?m\s+here\s+(?:for|to\s+help)
      not\s+alone
      you'?re\s+not\s+the\s+first
      i(?:'d|\s+would)\s+be\s+\w+\s+too
      i(?:'d|\s+would)\s+feel\s+the\s+same
      (?:natural|normal|understandable)\s+to\s+(?:be|feel)
      anyone'?s?
      owe\s+you
      (?:that'?s|that\s+is|it'?s|it\s+is)\s+not\s+on
      (?:is|are|'s|was|were)\s+(?:way\s+|far\s+|just\s+)?too\s+(?:much|many|long)
      happens\s+(?:a\s+lot|all\s+the\s+time|so\s+often|loads|more\s+than\s+you'?d\s+think)
      no\s+harm\s+done
      no\s+way\s+to\s+live
      take\s+(?:all\s+)?(?:your|the)\s+time
      no\s+rush
      you\s+(?:didn'?t|haven'?t|did\s+not|have\s+not)\s+(?:ruin|ruined|break|broken|broke|mess(?:ed)?\s+(?:it\s+)?up|done\s+anything\s+wrong)
    `)}\b`,
  'i',
);

/** Replies to the person (clumsy or not), judged by their own rules: not pure procedure. */
const ATTEMPTS = [earlyPersonalization, condescendingSympathy, dismissivePhrasing, presumedFeelings, falseReassurance, patronizingTone, customerBlame, blameAcceptance];

/** A short evaluative reaction to what the caller said: "That's a lot to carry", "Oh, that's serious". */
const REACTION = new RegExp(
  String.raw`(?:^|[.!?]\s+)(?:oh|ah|aw+|wow|gosh|goodness|oof|ouch|yikes|ugh|no)\b|\b(?:that|this|it)(?:'s|\s+is|\s+was|\s+sounds(?:\s+like)?|\s+must\s+(?:be|have\s+been)|\s+seems)\s+(?:(?:a|an|so|really|very|such\s+a|quite\s+a|totally|completely|genuinely|truly|incredibly|a\s+real|a\s+big|an\s+awful)\s+)*${oneOf(String.raw`
      lot\s+to\s+(?:carry|deal\s+with|handle|take\s+in)
      serious
      unsettling
      sensible
      understandable
      fair
      reasonable
      valid
      rough
      scary
      frightening
      worrying
      alarming
      concerning
      awful
      terrible
      horrible
      stressful
      upsetting
      annoying
      maddening
      infuriating
      disappointing
      exciting
      wonderful
      brilliant
      fantastic
      great
      amazing
      lovely
      nice
      big
      huge
      hard
      tough
      difficult
      painful
      sad
      heartbreaking
      nerve-wracking
      shock
      pain
      hassle
      nightmare
      blow
      ordeal
      mess
      worry
      milestone
      achievement
      news
      easy\s+(?:one\s+)?to\s+\w+
      common
      normal
      natural
    `)}\b`,
  'i',
);

/**
 * Acknowledging by naming what the situation costs the caller, what the moment means, or the effort
 * they have spent, or by taking the case on: "going without heating in January is miserable",
 * "a graduation only happens once", "chasing this for a month sounds draining", "I'm taking
 * personal ownership of this".
 */
const NAMES_THE_IMPACT = new RegExp(
  String.raw`\b${oneOf(String.raw`
      (?:having|going|being|waiting|chasing|dealing|spending|starting|losing|living|getting|juggling|sitting|ringing|calling|explaining|sorting|facing|finding|paying|hearing|learning|discovering|opening)\b[^.!?]{0,80}?\b(?:is|was|sounds|must\s+be|must\s+have\s+been|has\s+been|would\s+be)\s+(?:(?:so|really|very|pretty|genuinely|properly|incredibly|absolutely|such|a\s+real|no)\s+)*(?:wearing|draining|exhausting|tiring|miserable|awful|grim|hard|tough|rough|stressful|frustrating|maddening|infuriating|upsetting|worrying|scary|unsettling|a\s+(?:pain|nightmare|hassle|lot|worry|slog|grind)|fun|joke|unacceptable|not\s+on)
      (?:only|just)\s+happens?\s+once
      once\s+in\s+a\s+lifetime
      deserves\s+to\s+(?:go|be|run|feel)\s+(?:smoothly|well|right|perfectly|special)
      a\s+day\s+(?:you'?ll|to)\s+(?:remember|never\s+forget|treasure)
      easily\s+done
      (?:pretty|really|very|quite|super|so|fairly)\s+common
      happens\s+to\s+(?:a\s+lot\s+of|lots\s+of|plenty\s+of|loads\s+of|many)\s+(?:folks|people|customers|callers|us)
      (?:is|'s)\s+a\s+big\s+(?:one|deal\s+for\s+you|birthday|milestone)
      (?:can'?t|cannot|cannae|can\s+not)\s+(?:\w+\s+){0,3}(?:tell|promise|say|guarantee)\b[^.!?]*[.!?]?\s*what\s+i\s+(?:can|will)\s+do
      (?:a|such\s+a|that'?s\s+a)\s+(?:big|huge|special|proud|important)\s+(?:day|moment|milestone|occasion)
      (?:taking|take|have\s+taken)\s+(?:personal\s+|full\s+)?ownership
      (?:i'?m|i\s+am)\s+(?:personally\s+)?(?:taking\s+this\s+on|on\s+(?:it|this|your\s+case)|handling\s+this\s+(?:myself|personally))
      (?:lots|plenty|loads)\s+of\s+(?:people|customers|callers|folks)\s+(?:\w+\s+){0,2}(?:miss|overlook|get\s+caught|are\s+caught|mix\s+up|do\s+(?:that|this|the\s+same))
      (?:one\s+of\s+the\s+most\s+common|a\s+(?:really\s+)?common)\s+(?:\w+\s+){0,2}(?:mix-?ups?|mistakes?|slips?|questions?|things?)
      (?:the\s+)?last\s+thing\s+(?:you|anyone|anybody)\s+(?:need|needs|wants?)
      thank(?:s|\s+you)\s+for\s+(?:ringing|phoning|flagging|spotting|catching|acting|getting\s+in\s+touch)
      good\s+on\s+you
      well\s+spotted
      good\s+catch
      when\s+you'?re\s+ready
      take\s+(?:all\s+)?(?:the\s+time\s+you\s+need|your\s+time)
      something\s+(?:really\s+|so\s+)?(?:special|to\s+look\s+forward\s+to)
      (?:is|was|'s)\s+a\s+(?:rotten|horrible|awful|miserable|terrible|rough|hard|cruel)\s+(?:way|thing|time|night|day|week|position|spot)
      (?:is|was|'s)\s+(?:a\s+)?(?:huge|big|real|massive|terrible|awful|nasty|horrible)\s+(?:blow|shock|hit|loss)
      far\s+from\s+(?:alone|the\s+only\s+one)
      are\s+you\s+(?:okay|ok|alright|all\s+right|hurt|safe)
      adds?\s+up\s+(?:fast|quickly|so\s+quickly)
      on\s+top\s+of\s+(?:treatment|chemo|everything|all\s+that|the\s+move|the\s+funeral|work)
      (?:days?|weeks?|hours?|months?|nights?)\s+without\s+(?:your|a|any|the|power|heating|water|internet)\b
      (?:you'?ve|you\s+have)\s+(?:got\s+)?(?:enough|plenty|so\s+much)\s+(?:on\s+your\s+plate|to\s+(?:deal\s+with|do|think\s+about|sort)|calls\s+to\s+make|going\s+on)
      you'?re\s+(?:not|far\s+from)\s+the\s+only\s+one
      (?:lots|plenty|loads)\s+of\s+(?:\w+\s+)?(?:people|customers|callers|folks|dogs|cats|pets|kids|children)\s+(?:are|get|feel)\s+(?:just\s+)?(?:like\s+that|the\s+same|that\s+way)
    `)}`,
  'i',
);

/** Cues that call for acknowledgement again even after the agent has acknowledged once. */
const FRESH_CUES: ReadonlySet<CustomerCue> = new Set(['loss', 'hardship', 'distress', 'good-news', 'frustration', 'worry']);
/** Feelings stated again ask for acknowledgement again; events (a loss, good news) are acknowledged once. */
const REPEATING_CUES: ReadonlySet<CustomerCue> = new Set(['distress', 'frustration', 'worry']);

/** One bit per cue, for the path state; ANY marks that the agent has acknowledged something. */
const CUE_BIT: Record<CustomerCue, number> = {
  loss: 1,
  hardship: 2,
  frustration: 4,
  worry: 8,
  'good-news': 16,
  'company-error': 32,
  'customer-error': 64,
  hostility: 128,
  distress: 512,
};
const ANY = 256;
const bits = (cues: Iterable<CustomerCue>) => [...cues].reduce((acc, c) => acc | CUE_BIT[c], 0);
const EMOTIONAL = bits(EMOTIONAL_CUES);
const FRESH = bits(FRESH_CUES);
const REPEATING = bits(REPEATING_CUES);

/** Which cue a message names first, and which catalogue situation answers it. */
const CUE_ORDER: Array<[CustomerCue, string, CatalogueSituation]> = [
  ['loss', 'a loss', 'loss'],
  ['hardship', 'a hardship', 'loss'],
  ['distress', 'how upset they are', 'loss'],
  ['good-news', 'good news', 'good-news'],
  ['company-error', 'a problem on our side', 'company-error'],
  ['frustration', 'frustration', 'frustration'],
  ['worry', 'worry', 'frustration'],
  ['customer-error', 'their own slip', 'customer-wrong'],
];

export const unacknowledgedEmotion: Rule = {
  id: 'unacknowledged-emotion',
  description: "Flags an agent reply that answers a customer's stated emotion, loss, good news or problem with pure procedure and no acknowledgement.",
  defaultSeverity: 'warn',
  fixable: false,
  tags: ['empathy', 'context'],
  checkTurn(ctx, report) {
    // Path state: the cues the agent has already acknowledged on this path, so a follow-up question
    // about the same loss ("is there a bereavement fare?") does not ask for condolences again.
    // The state is a bit set (as a string): ANY once the agent acknowledged anything, then one bit per cue.
    const acked = ctx.state === '' ? 0 : Number(ctx.state);
    let said = 0;
    for (const c of ctx.customerBefore) for (const cue of c.cues) if (cue !== 'company-error' || GRIEVANCE.test(c.masked)) said |= CUE_BIT[cue];
    // Most turns answer a routine line: nothing to acknowledge, and the state only needs ANY once.
    if (said === 0 && (acked !== 0 || !acknowledgesIn(ctx))) return ctx.state;
    const pending = said & (REPEATING | (acked === 0 ? EMOTIONAL : FRESH & ~acked));
    const responded = acknowledgesIn(ctx);
    const state = String(responded ? acked | ANY | pending : acked);
    const trigger = CUE_ORDER.find(([cue]) => (pending & CUE_BIT[cue]) !== 0);
    if (!trigger || responded) return state;
    const masked = ctx.agent.masked;
    const first = ctx.agent.sentences[0] ?? { start: 0, end: masked.length };
    const start = matchSpan(ctx.agent, { start: first.start, end: first.start }).start;
    const customer = ctx.customerBefore[ctx.customerBefore.length - 1];
    report(matchSpan(ctx.agent, first), () => ({
      message: `The caller mentioned ${trigger[1]}, and this reply goes straight to procedure. Acknowledge it before moving on.`,
      suggestions: () =>
        statementsForMoment(trigger[0], ctx.situation, trigger[2])
          .slice(0, 4)
          .map((text) => ({ title: `Start with "${text}"`, fix: { span: { start, end: start }, text: `${text} ` } })),
      related: [{ message: `The caller mentioned ${trigger[1]} here.`, span: customer.turn.span }],
      pathSensitive: true,
    }));
    return state;
  },
};

/**
 * A company error told as a grievance ("You charged me twice!", "…and I took the day off") asks for
 * acknowledgement; one reported calmly ("I think I've been charged twice") is a request like any other.
 */
const GRIEVANCE =
  /\byou(?:r|'ve|'re)?\b|!|\b(?:again|still|took\s+(?:the|a)\s+(?:day|morning|afternoon)\s+off|had\s+to|wasted|ridiculous|unacceptable|seriously)\b|\bthey(?:'ve|\s+have)\s+(?:\w+\s+)?(?:broken|damaged|smashed|ruined|lost|scratched)\b/i;

/** Whether the turn acknowledges the caller, with or without the intent model as the config says (memoized per line for each). */
function acknowledgesIn(ctx: TurnContext): boolean {
  return ctx.options.intentModel === false ? memoized(ctx.agent, 'acknowledges:phrases', acknowledgesByPhrase) : memoized(ctx.agent, 'acknowledges', acknowledges);
}

/** Any acknowledgement, owning of the error, or attempt at empathy outside quotes, by phrase or as the intent model hears it. */
function acknowledges(agent: AgentFacts): boolean {
  return acknowledgesByPhrase(agent) || modelHearsAcknowledgement(agent) || strongestMistake(agent) >= ATTEMPT_PROBABILITY;
}

/** Any acknowledgement, owning of the error, or attempt at empathy outside quotes, by the rules' phrases alone. */
function acknowledgesByPhrase(agent: AgentFacts): boolean {
  for (const re of [ACKNOWLEDGEMENT, ADMISSION_RE, REACTION, NAMES_THE_IMPACT]) {
    const all = globalOnLowerText(re);
    all.lastIndex = 0;
    for (let m = all.exec(agent.masked); m !== null; m = all.exec(agent.masked)) if (!insideAny(agent.quotes, m.index)) return true;
  }
  return saysAnyOf(agent, ATTEMPTS);
}

/**
 * How likely a mistake must look to the model for the line to count as a (clumsy) attempt at
 * empathy: below a rule's own threshold, since here it only keeps this rule from calling the line
 * "pure procedure".
 */
const ATTEMPT_PROBABILITY = 0.5;

// dismissive-phrasing: minimizing the caller's problem or ordering their feelings. The seeds: let
// callers vent, acknowledge the frustration, never treat it as small.
import { cuesBefore, phraseRule, type PhrasePattern } from '../rule-kit/phrase-rule.js';
import { oneOf } from '../phrase-families.js';
import type { TurnContext } from '../rule-kit/rule.js';

const HEAR_YOU = 'I hear you';
const MATTERS = 'I can see why this matters to you';

const PATTERNS: PhrasePattern[] = [
  {
    id: 'calm-down',
    re: new RegExp(
      String.raw`\b(?:(?:you\s+)?(?:need|have)\s+to\s+|please\s+|just\s+|can\s+you\s+|could\s+you\s+|try\s+to\s+|i\s+need\s+you\s+to\s+)?${oneOf(String.raw`
      calm\s+down
      settle\s+down
      relax(?!\s+(?:the|your|a|an|my|this|that|these|those|its|our)\b)
      chill(?:\s+out)?
      simmer\s+down
      cool\s+(?:it|down|off)
      take\s+a\s+chill\s+pill
    `)}\b(?:,?\s+please\b)?`,
    ),
    negatable: true,
    // "Being told to calm down isn't right": the agent names what someone else said.
    unlessPrecededBy: /\b(?:being|been|was|were|got)\s+told\s+to\s+$/,
    fix: HEAR_YOU,
    suggestions: ["I can hear how upsetting this is, and I'm here to help"],
  },
  {
    id: 'no-big-deal',
    re: new RegExp(
      String.raw`\b${oneOf(String.raw`
      (?:it|this|that)(?:'s|\s+is|\s+was)\s+(?:really\s+|honestly\s+|just\s+)?(?:not\s+(?:such\s+|that\s+)?a\s+big\s+deal|no\s+big\s+deal|not\s+that\s+big\s+(?:of\s+)?a\s+deal|nothing\s+to\s+(?:get\s+)?(?:upset|worked\s+up|in\s+(?:such\s+)?a\s+state|so\s+stressed|panicked)\s+about|not\s+a\s+(?:huge|big)\s+(?:problem|issue)|not\s+the\s+end\s+of\s+the\s+world|(?:only|just)\s+(?:a\s+)?(?:few|little|small|minor|tiny)\s*\w*)
      no\s+big\s+deal
      not\s+the\s+end\s+of\s+the\s+world
      not\s+a\s+train\s+smash
      (?:it'?ll|it\s+will|it'?s\s+going\s+to)\s+be\s+over\s+before\s+you\s+know\s+it
      people\s+(?:\w+\s+){1,3}?(?:for\s+)?(?:far\s+|much\s+|a\s+lot\s+)?longer\s+than\s+that
      (?:it'?s|that'?s)\s+(?:such\s+)?a\s+(?:small|minor|little|tiny)\s+(?:thing|issue|problem|inconvenience|matter)
      (?:it|this|that)\s+is\s+(?:a\s+)?very\s+(?:small|minor|little|tiny)\s+(?:thing|issue|problem|matter)
      don'?t\s+take\s+(?:any\s+)?tension
    `)}\b`,
    ),
    fix: MATTERS,
    unlessFollowedBy: /^\s*(?:for\s+(?:us|me)\s+to|to\s+\w+|(?:,\s*)?(?:i|we)(?:'ll|\s+will|\s+can)\s+(?:fix|sort|take\s+care|change|update|send))/,
    // "I'm not going to pretend that's a small thing" disowns the very words.
    unlessPrecededBy: /\b(?:not\s+going\s+to|won'?t|will\s+not|wouldn'?t|would\s+never|never|don'?t\s+want\s+to|can'?t)\s+(?:\w+\s+){0,2}(?:pretend|say|tell\s+you|suggest|claim)\s+(?:that\s+)?$/,
  },
  {
    id: 'overreacting',
    re: new RegExp(
      String.raw`\byou(?:'re|\s+are)\s+(?:(?:really|being|just|a\s+bit|a\s+little|totally|way|kind\s+of|so)\s+)*${oneOf(String.raw`
      overreacting
      over-reacting
      being\s+(?:dramatic|emotional|unreasonable|ridiculous|hysterical|silly|too\s+sensitive)
      too\s+(?:sensitive|emotional)
      blowing\s+(?:this|it|things)\s+out\s+of\s+proportion
      making\s+(?:a\s+big\s+deal|a\s+mountain|too\s+much)
    `)}\b`,
    ),
    fix: MATTERS,
  },
  {
    id: 'dont-get-upset',
    re: /\b(?:(?:there'?s|there\s+is)\s+no\s+(?:need|reason)\s+to\s+(?:be|get)\s+(?:yourself\s+)?(?:so\s+|all\s+)?(?:upset|angry|mad|worked\s+up|emotional|excited|rude|hysterical)|(?:don'?t|do\s+not|no\s+need\s+to)\s+(?:get|be)\s+(?:yourself\s+)?(?:so\s+|all\s+)?(?:upset|angry|mad|worked\s+up|emotional|dramatic|hysterical|excited))\b/,
    fix: HEAR_YOU,
  },
  {
    id: 'could-be-worse',
    re: new RegExp(
      String.raw`\b${oneOf(String.raw`
      (?:it|things|this)\s+could\s+(?:always\s+)?be\s+(?:a\s+lot\s+|much\s+|way\s+)?worse
      look\s+on\s+the\s+bright\s+side
      (?:every|each)\s+cloud\s+has\s+a\s+silver\s+lining
      (?:it|everything)\s+happens\s+for\s+a\s+reason
    `)}\b`,
    ),
    fix: MATTERS,
  },
  // No preferred fix: the clause after "at least" is the caller's own situation and must stay theirs to rephrase.
  { id: 'at-least', re: /\bat\s+least\s+(?:you|your|it|nobody|no\s+one|he|she|they|we|the|my|this)\b(?:'\w+)?/, unlessPrecededBy: /\b(?:for|within|in|takes?|wait|by|of)\s+$/, suggestions: [] },
  {
    id: 'keep-emotions-out',
    re: new RegExp(
      String.raw`\b${oneOf(String.raw`
      (?:keep|leave)\s+(?:your\s+|the\s+)?(?:emotions?|feelings)\s+out\s+of\s+(?:this|it)
      let'?s\s+not\s+get\s+(?:so\s+)?(?:emotional|worked\s+up)
      (?:(?:just\s+)?stick\s+to\s+the\s+facts)
      hardly\s+(?:a\s+big\s+deal|the\s+end\s+of\s+the\s+world|a\s+disaster|a\s+tragedy)
      there'?(?:ll|\s+will)\s+be\s+(?:other|more|plenty\s+of\s+other)\s+\w+
    `)}`,
    ),
    fix: MATTERS,
  },
  {
    id: 'get-over-it',
    re: new RegExp(
      String.raw`\b${oneOf(String.raw`
      get\s+over\s+it
      cheer\s+up
      stop\s+(?:complaining|whining|crying|being\s+(?:so\s+)?(?:upset|dramatic|emotional))
      let\s+it\s+go
      don'?t\s+take\s+it\s+(?:so\s+)?personally
      (?:don'?t|let'?s\s+not)\s+be\s+(?:so\s+)?(?:sensitive|dramatic|emotional|silly)
    `)}\b`,
    ),
    unlessPrecededBy: /\b(?:can|let'?s|we\s+can|so\s+we\s+can|and)\s+$/,
    fix: HEAR_YOU,
  },
  {
    id: 'dont-stress',
    re: new RegExp(
      String.raw`\b(?:don'?t|no\s+need\s+to)\s+(?:you\s+)?(?:stress|fret|panic|freak\s+out|lose\s+(?:any\s+)?sleep)(?:\s+(?:about|over)\s+(?:it|this|that))?\b|\b(?:it'?s|that'?s|it\s+is)\s+(?:only|just)\s+a\s+${oneOf(String.raw`
      number
      piece\s+of\s+paper
      scratch
      dent
      formality
      technicality
      small\s+\w+
      minor\s+\w+
      little\s+\w+
    `)}(?:\s+on\s+a\s+(?:page|screen|bill))?\b`,
    ),
    fix: MATTERS,
  },
  // A non-apology regrets the caller's reaction, not what happened: "I'm sorry if you feel that way".
  {
    id: 'non-apology',
    re: new RegExp(
      String.raw`\b(?:i'?m\s+|i\s+am\s+|we'?re\s+)?(?:(?:so|very|really)\s+)?sorry\s+${oneOf(String.raw`
    (?:if|that)\s+you\s+(?:feel|felt|see\s+it|took\s+it|were\s+(?:offended|upset|unhappy))\s+(?:that\s+way|like\s+that|that)
    you\s+(?:feel|felt|see\s+it|think)\s+(?:that\s+way|like\s+that|so)
    if\s+(?:that|this|it|i|anything|anyone)\s+(?:\w+\s+)?(?:upset|offended|came\s+across|bothered|hurt)
  `)}`,
    ),
  },
  {
    id: 'mistakes-happen',
    re: /\b(?:mistakes|errors|these\s+things|accidents|delays)\s+(?:do\s+)?happen\b|\b(?:technicians|drivers|couriers|staff|they|we)\s+(?:are|'re)\s+(?:very\s+|really\s+|extremely\s+)?busy\s+(?:people|these\s+days|right\s+now)\b/,
    suggestions: ['That should not have happened'],
  },
  {
    id: 'its-only',
    re: new RegExp(
      String.raw`(?:\b(?:it'?s|that'?s|it\s+is|that\s+is)|(?<=(?:^|[,;:]\s*))is)\s+(?:only|just)\s+${oneOf(String.raw`
      a\s+(?:few|couple\s+of)\s+(?:dollars|bucks|days|hours)
      \$?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+few)\s*(?:dollars|bucks|cents|pounds|euros)?
      money
      a\s+(?:phone|bill|package|box|cutting\s+board|delay|fee|late\s+fee|windscreen|windshield|scratch|dent|chip|bag|suitcase|parcel|sofa|couch|dress|laptop|car|bike)
      one\s+(?:day|payment|fee)
    `)}\b|\b(?:that'?s|it'?s|that\s+is|it\s+is)\s+(?:\w+\s+)?(?:hardly\s+anything|next\s+to\s+nothing|nothing\s+really|peanuts|small\s+potatoes)\b|\b(?:hardly|not\s+really|nothing)\s+worth\s+(?:getting\s+(?:worked\s+up|upset|stressed|angry|annoyed)|worrying|stressing|the\s+fuss)\b`,
    ),
    fix: MATTERS,
  },
  {
    // "Shouting isn't going to get it here any faster", "let's all take a breath": ordering the caller's feelings.
    id: 'shouting-wont-help',
    re: /\b(?:shouting|yelling|swearing|getting\s+(?:angry|upset|worked\s+up))\s+(?:at\s+me\s+)?(?:isn'?t|is\s+not|won'?t|will\s+not|doesn'?t|does\s+not)\s+(?:going\s+to\s+)?(?:help|get|make|change|speed|fix)\b|\blet'?s\s+all\s+(?:just\s+)?take\s+a\s+(?:deep\s+)?breath\b/,
    fix: HEAR_YOU,
  },
  {
    // "Most guests don't even notice it": the caller's complaint measured against people who did not complain.
    id: 'most-people-dont-notice',
    re: /\bmost\s+(?:people|guests|customers|folks|callers|users|patients)\s+(?:don'?t|do\s+not|never|wouldn'?t|would\s+not)\s+(?:even\s+)?(?:notice|mind|care|complain)\b/,
    fix: MATTERS,
  },
  {
    // "I don't deal with the engineers, you'd have to ring them": not my department, in other words.
    id: 'not-my-department-ring-them',
    re: /\b(?:isn'?t|is\s+not|not|wasn'?t)\s+(?:really\s+)?my\s+(?:side\s+of\s+things|department|area|problem|job|concern)\b|\b(?:that'?s|it'?s)\s+(?:the\s+)?\w+(?:\s+\w+)?,?\s+not\s+me,?\s+you(?:'ll|\s+will)\s+(?:have|need)\s+to\s+(?:ring|call|contact|phone|email|speak\s+to)\b|\b(?:i|we)\s+(?:don'?t|do\s+not|can'?t)\s+(?:deal\s+with|handle|do|cover|look\s+after|speak\s+to|talk\s+to)\s+(?:that|those|them|the\s+\w+|\w+s)\b[^.!?]{1,40}?\byou(?:'d|\s+would|'ll|\s+will)?\s+(?:have|need)\s+to\s+(?:ring|call|contact|phone|email|speak\s+to|talk\s+to|chase)\b/,
  },
];

const NORMALIZING = /\b(?:happens|common|no\s+harm|easy\s+(?:mistake|to\s+do|to\s+miss)|easily\s+done|not\s+the\s+first|we\s+all|lots\s+of\s+(?:people|customers))\b/i;

const MONEY_TALK = /\b(?:charge[sd]?|charging|fee|fees|bill|billed|cost|costs|price|pay|paid|money|refund|overcharged|quid|bucks|dollars|pounds|euros|cents|pence)\b|[$£€]/i;

/** The caller's own slip, by their words or the call's situation, and not the company's error. */
function ownSlip(ctx: TurnContext): boolean {
  const cues = cuesBefore(ctx);
  return (cues.has('customer-error') || ctx.situation === 'customer-at-fault') && !cues.has('company-error');
}

export const dismissivePhrasing = phraseRule({
  id: 'dismissive-phrasing',
  description: 'Flags phrasing that minimizes the problem or orders the caller\'s feelings ("calm down", "it\'s not a big deal").',
  defaultSeverity: 'warn',
  fixable: true,
  tags: ['tone', 'emotion'],
  patterns: PATTERNS,
  // "At least three days" counts; "at least you have your health" consoles by minimizing.
  // Polite requests, phrasing owned by the agent, a service question and a fault located are not dismissal:
  // "sorry, if you can bear with me", "I shouldn't have put it that way", "what can I help you with?".
  modelRejects:
    /\bcalm\s+(?:sea|seas|water|waters|weather|conditions|day|night|spell)\b|\bsorry,?\s+if\s+you\s+(?:can|could|don'?t\s+mind|would|wouldn'?t\s+mind)\b|\b(?:do|put|say|phrase|word|handle)\s+it\s+that\s+way\b|\b(?:what|how)\s+(?:else\s+)?can\s+i\s+help\b|\b(?:able|need|needs)\s+to\s+get\s+to\s+(?:it|the\s+\w+)\b|\b(?:it'?s|it\s+is)\s+only\s+(?:your|the)\s+\w+\s+(?:that'?s\s+)?(?:refusing|failing|playing\s+up|stuck|faulty|at\s+fault)\b|\bjust\s+(?:so|get|give|pop|call|ring|send|email|let|pick|take|bring|keep|need|want|wanted|checking|confirm|there\s+if|a\s+(?:quick|moment|second|sec|minute)|in\s+case)\b|\bno\s+pressure\b|\bat\s+least\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|a\s+(?:few|couple|week|day|month|year)|an\s+hour|\w+\s+(?:days?|weeks?|hours?|minutes?|months?|years?|working|business))/,
  // "It's no big deal" to a caller who apologized for being a bother is graciousness, not dismissal.
  when: (match, ctx) =>
    // "Happens all the time, no harm done" to a caller's own slip is kind normalizing, not dismissal.
    !(match.pattern.id === 'intent-model' && ownSlip(ctx) && NORMALIZING.test(match.text)) &&
    // "Mistakes happen" forgives a caller's own slip; said about the company's failure it is an excuse.
    (match.pattern.id !== 'mistakes-happen' || (ctx.situation === 'company-at-fault' && !cuesBefore(ctx).has('customer-error'))) &&
    (match.pattern.id !== 'no-big-deal' || !ctx.customerBefore.some((c) => /\b(?:sorry|apologi[sz]e|(?:a|such\s+a)\s+(?:pain|bother|nuisance|hassle))\b/i.test(c.masked))) &&
    // "It's just 9.99 a month" in an offer prices an extra; it minimizes only a cost the caller raised or minds.
    (match.pattern.id !== 'its-only' || cuesBefore(ctx).size > 0 || ctx.customerBefore.some((c) => MONEY_TALK.test(c.masked))),
  // After good news "I can see why this matters to you" is the wrong tone: suggest, don't apply.
  adaptFix: (_fix, _match, ctx) => (cuesBefore(ctx).has('good-news') ? null : undefined),
  message: (match) => `"${match.text.trim()}" dismisses how the caller feels, which usually makes them more upset. Acknowledge the feeling first.`,
});

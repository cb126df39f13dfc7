// early-personalization: after a customer mentions a loss or hardship, the agent shares their own
// story or assumes details before the customer has said more. The seeds: start with unobtrusive,
// generic statements ("I'm so sorry to hear that, my condolences"); personalize only once the customer
// volunteers more — otherwise "you're more upset than the customer" and the call turns awkward.
import { leadingCue, statementsForMoment } from '../moment.js';
import { phraseRule, type PhrasePattern } from '../rule-kit/phrase-rule.js';
import { LOVED_ONE } from '../rule-kit/vocabulary.js';
import { oneOf } from '../phrase-families.js';

/** The agent's own story: a clause a rewrite drops wherever it rides along ("I know how you feel, the same thing happened to me"). */
export const OWN_STORY = new RegExp(
  String.raw`\b${oneOf(String.raw`
      when\s+(?:my|our)\s+(?:(?:own|late|dear)\s+)?${LOVED_ONE}\s+(?:passed|died|was|got|had|went|left)
      (?:i|we)\s+(?:also\s+|too\s+|just\s+|recently\s+)?lost\s+(?:my|our)\s+(?:own\s+)?(?:(?:old|little|lovely)\s+)?(?:${LOVED_ONE}|collie|lab(?:rador)?|spaniel|terrier|retriever|puppy|kitten|pony|horse|rabbit)
      my\s+(?:own\s+)?${LOVED_ONE}\s+(?:also\s+|too\s+|just\s+)?(?:passed(?:\s+away)?|died|had\s+(?:cancer|a\s+stroke|surgery)|was\s+(?:in\s+the\s+hospital|sick|diagnosed))
      i\s+remember\s+when\s+(?:my|i|we)
      (?:the\s+)?same\s+(?:thing\s+)?happened\s+to\s+(?:me|my|us)
      (?:that|this|it)\s+(?:exact\s+)?(?:same\s+)?(?:thing\s+)?happened\s+to\s+(?:me|us|my)
      my\s+own\s+${LOVED_ONE}
      i(?:'ve|\s+have)\s+(?:also\s+)?lost\s+(?:a|my|our)\s+(?:parent|child|baby|pet|${LOVED_ONE})
      i\s+(?:also\s+|too\s+|once\s+)?lost\s+(?:my\s+job|my\s+house|my\s+home|everything)
      when\s+i\s+(?:got|was)\s+(?:divorced|laid\s+off|fired|sick|diagnosed|evicted)
      \bmy\s+ex\b
      i\s+had\s+the\s+same\s+(?:surgery|operation|diagnosis|thing|problem)
      my\s+${LOVED_ONE}\s+(?:also\s+)?(?:has|had|have)\s+(?:\w+\s+){1,3}?(?:too|as\s+well)\b
      my\s+${LOVED_ONE}(?:'s|\s+has)\s+(?:also\s+)?got\s+(?:\w+\s+){1,3}?(?:too|as\s+well)\b
      my\s+${LOVED_ONE}\s+(?:also\s+)?(?:has|had)\s+(?:diabetes|cancer|dementia|alzheimer'?s|parkinson'?s|ms|a\s+stroke|heart\s+(?:disease|failure)|covid|depression)
      i\s+went\s+through\s+(?:mine|my\s+own|one|it|that|the\s+same|a\s+divorce|a\s+breakup)
      when\s+i\s+was\s+(?:young|younger|a\s+kid|little|a\s+child|a\s+teenager|pregnant)
      we\s+(?:also|too)\s+(?:had|lost|went)
      my\s+${LOVED_ONE}\s+(?:also\s+|too\s+|once\s+)?(?:went\s+through|had|lost|battled|fought|survived|suffered|dealt\s+with|got\s+(?:laid\s+off|sick|cancer|divorced)|was\s+(?:diagnosed|laid\s+off|let\s+go|made\s+redundant|in\s+(?:the\s+)?hospital))
      (?:this|that|it)\s+(?:one\s+)?(?:really\s+)?hits\s+(?:close\s+to\s+)?home\s+for\s+me
      i\s+(?:also\s+|too\s+|once\s+|actually\s+)?(?:got|was)\s+laid\s+off
      i\s+(?:also\s+|once\s+)?had\s+(?:a\s+miscarriage|cancer|surgery|chemo|a\s+stroke|a\s+heart\s+attack|my\s+own)
      (?:happened|went\s+through)\s+(?:that|this|it)\s+(?:myself|too)
      \b(?:had|went\s+through|lost|been\s+through|dealt\s+with|experienced|lived\s+through)\b[^.!?]{0,60}\bmyself\b
      i\s+had\s+to\s+put\s+(?:my|our)\s+(?:own\s+)?\w+\s+down
      my\s+(?:own\s+)?(?:basement|house|home|car|apartment|kitchen|flat|place)\s+(?:\w+\s+){0,2}?(?:flooded|burned|burnt|caught\s+fire|was\s+(?:flooded|robbed|broken\s+into|wrecked|totaled))
      we\s+lost\s+(?:nearly\s+|almost\s+|just\s+about\s+)?everything
      when\s+i\s+(?:lost|was\s+laid\s+off|got\s+laid\s+off|was\s+in\s+(?:the\s+)?hospital|had\s+(?:cancer|surgery|my\s+accident|an\s+accident)|went\s+through\s+my)
      i(?:'ve|\s+have)\s+been\s+(?:through|there|(?:exactly\s+)?where\s+you\s+are)
      my\s+${LOVED_ONE}\s+went\s+at\s+(?:\d+|sixty|seventy|fifty|forty|eighty)
      (?:i|we)\s+had\s+(?:exactly\s+|just\s+)?(?:this|that|the\s+same)(?:\s+\w+)?\s+(?:\w+\s+){0,2}?(?:ago|last\s+(?:year|month|winter|summer|spring))
      been\s+there(?:,?\s+done\s+that)?(?:,\s*\w+)?[.!,]\s+mine\b
      i\s+went\s+through\s+(?:the\s+same|something\s+similar|this|that|it)
      happened\s+to\s+me\s+(?:too|as\s+well|last)
      i\s+know\s+what\s+(?:it'?s|that'?s|it\s+is)\s+like,?\s+(?:my|i|when)
      (?:that|this)\s+reminds\s+me\s+of\s+(?:my|when)
    `)}`,
);

const PATTERNS: PhrasePattern[] = [
  { id: 'own-loss', re: OWN_STORY, countsWhenQuoted: false },
  {
    id: 'assumed-details',
    re: new RegExp(
      String.raw`\b${oneOf(String.raw`
      (?:he|she|they)\s+must\s+have\s+(?:been\s+(?:a\s+|an\s+|such\s+a\s+|so\s+)?\w+|suffered|loved|adored|treasured|cherished|doted\s+on|had|lived|gone|felt)
      (?:he|she|they)'?d\s+have\s+had\s+(?:the\s+best|a\s+(?:great|lovely|wonderful|happy|good))\s+life
      (?:his|her|their)\s+pride\s+and\s+joy
      (?:he|she)\s+sounds\s+like\s+(?:he|she)\s+was
      (?:he|she)'?d\s+have\s+loved\s+(?:that|this|it|you)
      (?:he|she)'?ll\s+have\s+been\s+the\s+(?:one|type|sort)\b
      that\s+generation\s+(?:always|never)
      i\s+bet\b
      i'?m\s+guessing\s+(?:one\s+of\s+you|you|he|she|they|the\s+\w+)
      (?:he|she|they)\s+(?:was|were)\s+probably\b
      i'?m\s+sure\s+it\s+was\s+(?:peaceful|quick|painless|for\s+the\s+best|a\s+relief)
      you\s+(?:two\s+)?must\s+have\s+(?:been\s+)?(?:married|together|close|best\s+friends|inseparable)
      (?:that|it)\s+must\s+(?:be|have\s+been)\s+(?:so\s+|very\s+|really\s+)?lonely
      i'?m\s+sure\s+(?:the|your)\s+(?:kids|children|family|lawyers?|doctors?|\w+)\s+(?:are|is|were|was|will|have)\b
      (?:it|that)\s+must\s+have\s+been\s+(?:your|his|her|their)\s+\w+
      when\s+(?:my|our)\s+(?:[\w'-]+\s+){1,3}(?:passed(?:\s+away)?|died|was\s+put\s+down|was\s+diagnosed|got\s+sick)
      was\s+it\s+(?:drugs|alcohol|cancer|suicide|an?\s+overdose|sudden|covid|his\s+heart|her\s+heart|(?:the\s+)?(?:drink|drinking|booze|gambling|pills)|depression)
      (?:was|were)\s+(?:he|she|they)\s+(?:sick|ill|suffering|in\s+pain)\s+(?:for\s+)?(?:a\s+)?long
      how\s+did\s+(?:he|she|they)\s+(?:die|pass)
      did\s+(?:he|she|they)\s+suffer
      i'?m\s+sure\s+(?:he|she|they)\s+(?:was|were|is|are|had|lived|would|knew|loved)
      (?:he|she|they)(?:'s|'re|\s+is|\s+are)\s+(?:in\s+a\s+better\s+place|not\s+suffering|at\s+peace|watching\s+over)
      (?:he|she|they)\s+lived\s+a\s+(?:long|full|good)\s+life
      you\s+must\s+have\s+been\s+(?:very\s+|so\s+|really\s+)?close
      (?:it|that)\s+must\s+have\s+been\s+(?:so\s+|very\s+)?(?:sudden|unexpected|expected|peaceful|painful\s+for\s+(?:him|her|them))
      (?:god|heaven)\s+(?:has|needed)\s+(?:a\s+plan|another\s+angel)
      time\s+heals
    `)}`,
    ),
  },
];

export const earlyPersonalization = phraseRule({
  id: 'early-personalization',
  description: 'Flags the agent sharing their own story or assuming details after a customer discloses a loss or hardship, before the customer has said more.',
  defaultSeverity: 'warn',
  fixable: false,
  tags: ['empathy', 'context'],
  patterns: PATTERNS,
  when: (_match, ctx) => ctx.disclosure !== null && !ctx.disclosure.volunteeredMore,
  messageInContext: (match, ctx) => {
    const what = ctx.disclosure!.customer.cues.includes('loss') ? 'loss' : 'situation';
    return match.pattern.id === 'assumed-details'
      ? `"${match.text.trim()}" assumes or asks for details of the caller's ${what} before they have offered any. Start with a simple "I'm so sorry to hear that" and let them decide what to share.`
      : `"${match.text.trim()}" personalizes before the caller has said more about their ${what}. Start with a simple "I'm so sorry to hear that" and let them decide whether to share.`;
  },
  suggestionMode: 'sentence',
  related: (ctx) => (ctx.disclosure ? [{ message: 'The customer disclosed this here.', span: ctx.disclosure.customer.turn.span }] : []),
  // Met as what the caller disclosed: a loss with condolences, a hardship without them.
  extraSuggestions: (ctx) => statementsForMoment(leadingCue(ctx.disclosure?.customer.cues ?? []), ctx.situation, 'loss').slice(0, 3),
});

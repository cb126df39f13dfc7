// false-reassurance: promising what the agent cannot know. The seeds list "offering false
// reassurances" among the common empathy mistakes; promise only what you control.
import { phraseRule, type PhrasePattern } from '../rule-kit/phrase-rule.js';
import { oneOf } from '../phrase-families.js';

/** "I can't promise", "I wish I could say": the agent is being honest, not reassuring falsely. */
const HONEST_HEDGE = new RegExp(
  String.raw`\b${oneOf(String.raw`
    can'?t
    cannot
    can\s+not
    won'?t
    wouldn'?t
    couldn'?t
    not\s+able\s+to
    unable\s+to
    wish\s+i\s+could
    don'?t\s+want\s+to
    rather\s+not
    not\s+going\s+to
    than
  `)}\s+(?:\w+\s+){0,3}?(?:promise|guarantee|say|tell\s+you|assure|swear)\b[^.!?]*$`,
  'i',
);

const PATTERNS: PhrasePattern[] = [
  {
    id: 'im-sure-it-will',
    re: /\bi'?m\s+(?:sure|certain|positive|confident)\s+(?:that\s+)?(?:it|they|he|she|everything|things|your\s+\w+(?:\s+\w+)?|the\s+\w+)(?:'ll|\s+will|\s+is\s+going\s+to|\s+are\s+going\s+to)\s+(?!be\s+(?:in\s+touch|able|happy\s+to))\w+/,
    negatable: true,
    suggestions: ["I'll keep an eye on it and update you"],
  },
  {
    id: 'will-ever-again',
    re: /\b(?:nothing|nobody|no\s+one|this|it|that|you)(?:\s+like\s+(?:this|that))?(?:'ll|\s+will|\s+is\s+going\s+to)\s+(?:ever|never)\s+(?:\w+\s+){1,5}?again\b/,
    unlessPrecededBy: HONEST_HEDGE,
    suggestions: ["I've flagged this so our team can work on preventing it"],
  },
  {
    id: 'will-go-perfectly',
    re: new RegExp(
      String.raw`\b(?:it|everything|things|your\s+\w+|the\s+\w+)(?:'ll|\s+will|\s+is\s+going\s+to)\s+(?:all\s+)?(?:go|run|turn\s+out)\s+${oneOf(String.raw`
      perfectly
      smoothly
      fine
      great
      without\s+a\s+hitch
      just\s+fine
      off\s+without\s+a\s+hitch
    `)}\b|\byou'?ll\s+see\b(?=\s*[.!])`,
    ),
    unlessPrecededBy: HONEST_HEDGE,
    suggestions: ['I hope it goes well'],
  },
  {
    // "You won't get any side effects at all", "this update won't cause a single problem again": nobody can
    // say that of a body or a machine.
    id: 'none-at-all',
    re: /\b(?:you|it|this|that|(?:the|this|that|your)\s+(?:new\s+)?\w+)\s+(?:won'?t|will\s+not|will\s+never)\s+(?:get|have|feel|notice|experience|see|cause(?:\s+you)?|give\s+you)\s+(?:any|a\s+single)\s+(?:\w+\s+)?(?:side\s+effects?|problems?|issues?|trouble|pain|reaction|bother|hassle|drop-?outs?|faults?|outages?|glitch(?:es)?)(?:\s+(?:with|from|after)(?:\s+\w+){1,3}?)?\s+(?:at\s+all|(?:ever\s+)?again)\b/,
    unlessPrecededBy: HONEST_HEDGE,
    suggestions: ["Most people don't notice much; here's what to watch for"],
  },
  {
    id: 'nothing-will-happen',
    re: /\bnothing\s+(?:bad\s+)?(?:will|is\s+going\s+to|'s\s+going\s+to)\s+happen\s+to\s+(?:you|your)\b/,
    unlessPrecededBy: HONEST_HEDGE,
    suggestions: ["Here's what I can tell you for certain"],
  },
  {
    id: 'sure-thing',
    re: /\b(?:it'?s|this\s+one'?s|that'?s|this\s+is|it\s+is|that\s+one'?s)\s+(?:\w+\s+)?(?:a\s+slam\s+dunk|in\s+the\s+bag|a\s+sure\s+thing|a\s+done\s+deal|a\s+dead\s+cert|a\s+shoo-?in|a\s+dead\s+certainty)\b/,
    unlessPrecededBy: HONEST_HEDGE,
    suggestions: ["Here's what I've done to give it the best chance"],
  },
  {
    id: 'prediction-i-promise',
    re: /,\s*(?:(?:i\s+)?(?:promise|guarantee|swear)(?:\s+you)?|guaranteed|no\s+(?:doubt|question)(?:\s+about\s+it)?|i'?m\s+(?:certain|sure|positive)\s+of\s+it|you\s+have\s+my\s+word|you\s+can\s+(?:count|bank|rely)\s+on\s+(?:that|it)|trust\s+me|i\s+(?:just\s+)?know\s+it)\b/,
    onlyIfPrecededBy:
      /\b(?:you|it|they|he|she|everything|this|that|things|nothing(?:\s+else)?|nobody|(?:your|the)\s+\w+(?:\s+\w+)?|(?!(?:i|we)\b)\w+)(?:'ll|\s+will|\s+won'?t|(?:\s+(?:are|is)|'s|'re)\s+going\s+to)\b/,
    unlessPrecededBy: HONEST_HEDGE,
    suggestions: ["I'll do everything I can"],
  },
  {
    id: 'hundred-percent',
    re: /\b100\s*(?:%|percent)\s*(?:,\s*)?(?=(?:they|it|you|everything|this|he|she|that)(?:'ll|\s+will|\s+are|\s+is))/,
    unlessPrecededBy: HONEST_HEDGE,
    suggestions: ["I'll do everything I can"],
  },
  {
    id: 'trust-me',
    re: /\btrust\s+me,?\s+(?=\S)(?=[^.!?]*\b(?:you|it|they|he|she|everything|this|that|nothing|(?:your|the)\s+\w+)(?:'ll|\s+will|\s+won'?t|\s+(?:is|are)\s+going\s+to|\s+always|\s+never)\b)|\b(?:won'?t|will\s+not)\s+be\s+affected\s+at\s+all\b|,\s*whatever\s+happens\b/,
    unlessPrecededBy: HONEST_HEDGE,
    suggestions: ["Here's what I can tell you for certain"],
  },
  {
    id: 'guaranteed-never',
    re: /\b(?:is|it'?s|this\s+is)\s+(?:\w+\s+)?guaranteed\s+(?:never\s+)?to\s+(?:happen|work|arrive|be\s+fixed|go\s+(?:through|fine))\b/,
    unlessPrecededBy: HONEST_HEDGE,
    suggestions: ["I'll do everything I can"],
  },
  {
    id: 'rest-assured',
    re: /\brest\s+assured,?\s+(?=(?:you|it|this|that|everything|nothing|there|they|the\s+\w+)\s+(?:\w+\s+){0,2}?(?:will|won'?t|'ll|is\s+going|are\s+going|never|always))/,
    suggestions: ["Here's what I'm doing to make sure this is handled"],
  },
  {
    id: 'wont-have-problem',
    re: new RegExp(
      String.raw`\byou(?:\s+won'?t|\s+will\s+not|'ll\s+never|\s+will\s+never)\s+(?:ever\s+)?${oneOf(String.raw`
      have\s+(?:a\s+single|any|another|one\s+more)\s+(?:problem|issue|complaint)
      have\s+to\s+(?:deal|worry)\s+(?:with|about)\s+(?:this|that|it)\s+again
      (?:see|hear|experience)\s+(?:this|that)\s+again
    `)}\b`,
    ),
    suggestions: ["I've flagged this so our team can work on preventing it"],
  },
  {
    id: 'will-work-out',
    re: new RegExp(
      String.raw`\b(?:it|everything|things|this|it\s+all)(?:'ll|\s+will|\s+is\s+going\s+to|'s\s+going\s+to)\s+(?:all\s+)?${oneOf(String.raw`
      work\s+out
      sort\s+itself\s+out
      be\s+sorted\s+in\s+no\s+time
      get\s+sorted(?:\s+out)?
      be\s+(?:covered|taken\s+care\s+of)\b(?=[^.!?]*\b(?:promise|trust\s+me|won'?t\s+pay|don'?t\s+worry|no\s+question))
    `)}\b|\b(?:these|such)\s+things\s+always\s+(?:work\s+out|do)\b`,
    ),
    unlessPrecededBy: HONEST_HEDGE,
    suggestions: ["Here's what I'm going to do next"],
  },
  {
    id: 'will-definitely',
    re: /\b(?:the\s+\w+|it|they|he|she|your\s+\w+(?:\s+\w+)?)\s+(?:will|'ll|is\s+going\s+to|are\s+going\s+to)\s+(?:definitely|certainly|absolutely|surely|100%|for\s+sure)\s+(?:be|arrive|get|work|go|come|show|pass|fix)\b/,
    unlessPrecededBy: HONEST_HEDGE,
    suggestions: ['I expect'],
  },
  {
    id: 'certain-to',
    re: new RegExp(
      String.raw`\b(?:is|are|it'?s)\s+(?:certain|guaranteed|sure|bound|100%\s+sure)\s+to\s+${oneOf(String.raw`
      go\s+through
      be\s+(?:approved|accepted|covered|fine|fixed)
      work
      arrive
      succeed
      pass
      get\s+approved
    `)}\b|\bno\s+question\s+about\s+it\b`,
    ),
    negatable: true,
    suggestions: ['I expect'],
  },
  {
    id: 'everything-will-be-fine',
    re: new RegExp(
      String.raw`\b(?:everything|things|it|this|all|it\s+all|you)${oneOf(String.raw`
      'll
      \s+will
      \s+is\s+going\s+to
      's\s+going\s+to
      \s+are\s+going\s+to
      're\s+going\s+to
      's\s+gonna
      \s+is\s+gonna
      \s+are\s+gonna
      're\s+gonna
    `)}\s+(?:(?:definitely|surely|absolutely|totally|all|certainly)\s+)*(?:be|turn\s+out)\s+(?:(?:just|totally|perfectly|absolutely|completely)\s+)?(?:fine|okay|ok|alright|all\s+right|perfect)\b(?!\s+(?:to\s+\w+|if|for\s+(?!a\s+(?:few|couple|while)|the\s+next|now|\w+\s+(?:days|weeks|hours))|with\s+(?:me|us|that|it)))`,
    ),
    negatable: true,
    unlessPrecededBy: HONEST_HEDGE,
    suggestions: ["I'll do everything I can to get this sorted", "Here's what I'm going to do next"],
  },
  {
    id: 'never-happen-again',
    re: new RegExp(
      String.raw`\b(?:this|it|that|something\s+like\s+this)\s+${oneOf(String.raw`
      will
      'll
      is\s+going\s+to
      won'?t
      will\s+not
      is\s+not\s+going\s+to
      isn'?t\s+going\s+to
    `)}\s+(?:ever\s+|never\s+(?:ever\s+)?)?(?:happen|occur)\s+(?:again|twice)\b|\bnever\s+(?:again|happen\s+again)\b`,
    ),
    unlessPrecededBy: HONEST_HEDGE,
    suggestions: ["I've flagged this so our team can work on preventing it"],
  },
  {
    id: 'i-promise',
    re: new RegExp(
      String.raw`\bi\s+(?:can\s+)?(?:promise|guarantee|swear|assure)\s+(?:you\s+)?(?:that\s+)?(?=${oneOf(String.raw`
      (?:this|it|that|everything|nothing)\s+(?:\w+\s+){0,2}?(?:will|won'?t|'ll|is\s+going\s+to|isn'?t\s+going\s+to|never|always|can'?t)
      it'?ll
      it'?s\s+(?:going|never)
      (?:they|he|she)(?:'ll|\s+will|'re\s+going\s+to)\s
      you(?:'ll|\s+will|'re\s+going\s+to)\s+(?!(?:\w+\s+){0,6}?(?:by|within|today|tomorrow|tonight)\b)
      we(?:'ll|\s+will)\s+never
      there\s+(?:will|won'?t)
    `)})`,
    ),
    negatable: true,
    suggestions: ["I'll do everything I can"],
  },
  {
    id: 'nothing-to-worry',
    re: new RegExp(
      String.raw`\b${oneOf(String.raw`
      (?:there'?s|there\s+is|you\s+have|you'?ve\s+got)\s+(?:absolutely\s+)?nothing\s+(?:at\s+all\s+)?to\s+worry\s+about
      nothing\s+(?:else\s+)?(?:will|can|is\s+going\s+to)\s+go\s+wrong
      (?:it'?s|this\s+is)\s+(?:100%|a\s+hundred\s+percent|completely)\s+guaranteed
      no\s+way\s+(?:this|it)\s+(?:will|can)\s+happen\s+again
      don'?t\s+(?:you\s+)?worry\s+about\s+a\s+(?:thing|single\s+thing)
    `)}\b`,
    ),
    unlessPrecededBy: HONEST_HEDGE,
    suggestions: ["Here's what I'm doing to make sure this is handled"],
  },
  // Predicting the caller's own future after a setback: "someone with your experience will be snapped up".
  {
    id: 'rosy-future',
    re: new RegExp(
      String.raw`\b(?:you|someone\s+(?:like\s+you|with\s+your\s+\w+(?:\s+\w+)?))(?:'ll|\s+will|\s+are\s+going\s+to|'re\s+going\s+to)\s+(?:(?:definitely|surely|easily|soon|quickly|all)\s+)?${oneOf(String.raw`
    be\s+snapped\s+up
    land\s+on\s+your\s+feet
    walk\s+(?:straight\s+|right\s+)?into\s+(?:a|another|one\s+of\s+(?:those|them)|a\s+new|the\s+next)\b
    bounce\s+back
    be\s+back\s+on\s+your\s+feet
    find\s+(?:something|another|a\s+new|a\s+better|someone)
    get\s+(?:a|another|a\s+new|a\s+better)\s+(?:job|one|role|position|place)
    look\s+back\s+on\s+(?:this|it|all\s+this)
    laugh\s+about\s+(?:this|it)
    come\s+out\s+(?:of\s+(?:this|it)\s+)?stronger
    get\s+through\s+this\s+(?:easily|no\s+problem|in\s+no\s+time)
  `)}`,
    ),
    negatable: true,
  },
  // "You'll make it for sure", "you'll get in, I'm positive": the caller's outcome as a certainty.
  {
    id: 'youll-make-it-for-sure',
    re: /\byou(?:'ll|\s+will)\s+(?:make\s+it|get\s+in|get\s+(?:a|the)\s+(?:place|spot|seat|job|loan|refund)|be\s+(?:approved|accepted|fine)),?\s+(?:for\s+sure|i'?m\s+(?:positive|sure|certain)|no\s+doubt|without\s+a\s+doubt|guaranteed|definitely)\b/,
    unlessPrecededBy: HONEST_HEDGE,
  },
  // Someone else's outcome promised to the caller: "my auntie beat it, so you will too".
  {
    id: 'so-will-you',
    re: /\b(?:beat|survived|got\s+through|pulled\s+through|recovered\s+from|came\s+through)\s+(?:it|that|this|the\s+\w+)\b[^.!?]{1,20}?\b(?:so|and)\s+(?:you(?:'ll|\s+will)|will\s+you|you'?re\s+going\s+to)(?:\s+\w+){0,3}?\s+(?:too|as\s+well)\b/,
    unlessPrecededBy: HONEST_HEDGE,
  },
  // A third party's decision stated as certain: "they'll pay out for sure", "the bank will refund it, no doubt".
  {
    id: 'third-party-for-sure',
    re: /\b(?:they|he|she|the\s+(?:\w+\s+)?(?:bank|insurer|airline|council|hospital|doctor|surgeon|engineer|court|landlord|company|courier|seller|school|employer))(?:'ll|\s+will)\s+(?:\w+\s+){1,4}?(?:for\s+sure|no\s+doubt|without\s+(?:a\s+)?doubt|100%|a\s+hundred\s+percent|guaranteed)\b/,
    negatable: true,
  },
  {
    id: 'guaranteed-outcome',
    re: /\b(?:i'?m|i\s+am)\s+(?:100%|a\s+hundred\s+percent|completely|absolutely|totally)\s+(?:sure|certain|positive)\s+(?:that\s+)?(?:this|it|everything|they|the\s+\w+)\s+(?:will|won'?t|is\s+going\s+to)\b/,
    suggestions: ['I expect'],
  },
];

export const falseReassurance = phraseRule({
  id: 'false-reassurance',
  description: 'Flags promises the agent cannot know ("everything will be fine", "this will never happen again").',
  defaultSeverity: 'warn',
  fixable: false,
  tags: ['reassurance'],
  // The promise is the whole sentence ("Trust me, the driver will definitely be there"): a rewrite replaces it.
  rewriteScope: 'sentence',
  patterns: PATTERNS,
  // A promise about what will happen: future or certainty words.
  modelNeeds: /\b(?:will|'ll|going\s+to|guarantee\w*|certain\w*|sure|definitely|never|always|promise|bound\s+to|100|no\s+doubt|for\s+sure|be\s+fine)\b/,
  // "Perfect for a family of four" says what a plan suits, not how things will turn out.
  // A scheduled commitment ("he'll be with you within the hour", "it'll be back to you by Friday the 21st")
  // is the agent's plan, not a promise about what nobody controls, unless it swears to the outcome.
  modelRejects:
    /\b(?:perfect|ideal|great|fine|right)\s+for\s+(?:a|an|you|your|the|families|people|anyone)\b|^(?!.*\b(?:definitely|guarantee\w*|promise|certain|100|no\s+doubt|for\s+sure|never|always|fine|perfect|no\s+problem|don'?t\s+worry|nothing\s+to\s+worry|safe|totally|completely|absolutely)\b).*\b(?:within\s+the\s+hour|within\s+(?:\d+|an?|one|two|three)\s+(?:minutes?|hours?|days?)|by\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|noon|\d|the\s+\d+)|till\s+then|until\s+then|no\s+charge)\b/,
  message: (match) => `"${match.text.trim()}" promises something you cannot know. Say what you will do, and by when, instead.`,
});

// customer-blame: blaming or lecturing the caller. The seeds: even when the customer is wrong, express
// understanding of their plight; paraphrasing their words back is understanding, not blame.
import { statementsFor } from '../catalogue.js';
import { phraseRule, type PhrasePattern } from '../rule-kit/phrase-rule.js';
import { oneOf } from '../phrase-families.js';

/** Things a customer does: "you should have read/checked/called". */
const CUSTOMER_ACTION = String.raw`${oneOf(String.raw`
    read
    checked
    called
    contacted
    r[ua]ng(?:\s+(?:us|me|up))?
    phoned
    paid
    followed
    kept
    known
    noticed
    asked
    reported
    updated
    saved
    backed\s+(?:\w+\s+)?up
    submitted
    returned
    looked
    cancell?ed
    ordered
    waited
    used
    tried
    signed
    registered
    written
    written\s+down
    double-checked
    reviewed
    verified
    confirmed
    set
    turned
    logged
    filled
    entered
    told\s+us
    let\s+us\s+know
    been\s+more\s+careful
    taken
    made\s+sure
    thought
    listened
    gone
    come
    bought
    chosen
    picked
    opted
    plugged
    charged
    installed
    downloaded
    clicked
    printed
    activated
    registered
    renewed
    scheduled
    booked
    tracked
    measured
    packed
    insured
    read\s+the\s+\w+
  `)}`;

const PATTERNS: PhrasePattern[] = [
  {
    id: 'should-have',
    re: new RegExp(
      String.raw`\byou\s+(?:really\s+|probably\s+|definitely\s+|clearly\s+)?${oneOf(String.raw`
      should(?:'ve|\s+have)
      ought\s+to\s+have
      needed\s+to(?:\s+have)?
      were\s+supposed\s+to(?:\s+have)?
    `)}\s+(?:(?:really|just|at\s+least|first|already|properly|carefully)\s+)?${CUSTOMER_ACTION}\b`,
    ),
    negatable: true,
  },
  {
    id: 'shouldnt-have',
    re: /\byou\s+(?:really\s+)?(?:shouldn'?t|should\s+not|should\s+never)\s+have\s+(?!had\s+to|been\s+(?:told|made|left|kept|put|sent|\w+ed|\w+en)\b|needed\s+to|to\b|received|got|heard)\w+/,
  },
  {
    id: 'your-fault',
    re: new RegExp(
      String.raw`\b${oneOf(String.raw`
      (?:it|this|that)(?:'s|\s+is|\s+was)\s+(?:really\s+|entirely\s+|all\s+|totally\s+|completely\s+|honestly\s+)?(?:your\s+(?:own\s+)?(?:fault|mistake|error|problem|responsibility|doing|bad)|on\s+you|down\s+to\s+you)
      you(?:'re|\s+are)\s+(?:the\s+one\s+)?(?:to\s+blame|at\s+fault|responsible\s+for\s+(?:this|that|the))
      (?:that'?s|this\s+is)\s+what\s+happens\s+when\s+(?:you|people|customers|folks)
      you\s+(?:brought|did)\s+this\s+(?:on|to)\s+yourself
      you\s+(?:caused|created)\s+(?:this|the\s+problem|the\s+issue)
      (?:that'?s|that\s+one'?s|this\s+is|it'?s)\s+(?:\w+\s+){0,2}a\s+you\s+(?:thing|problem|issue)
      (?:that|this)\s+(?:part|bit|one)\s+(?:was|is)\s+(?:all\s+|really\s+)?(?:down\s+to\s+you|on\s+you|your\s+(?:fault|doing|responsibility))
      (?:is|'s)\s+(?:really\s+)?(?:something|up\s+to)\s+(?:members|customers|you|people|owners|account\s+holders|tenants|policyholders|passengers)\s+(?:\w+\s+){0,2}(?:need|needs|have|has|ought)\s+to
      (?:brides|customers|people|members|tenants|drivers|owners|patients|passengers|account\s+holders)\s+(?:really\s+)?(?:ought\s+to|should|need\s+to|must)\s+(?:keep|check|read|remember|make\s+sure|know)
      (?:was|is|were)\s+(?:really\s+|always\s+|honestly\s+)?(?:yours|on\s+you)\s+to\s+(?:check|do|sort|catch|confirm|read|know|arrange|look\s+at)
      (?:was|were)\s+(?:not|never)\s+(?:\w+\s+)?(?:taken|done|followed|completed|submitted|registered|provided)\s+(?:in\s+your\s+case|by\s+you|on\s+your\s+(?:end|side|part))
    `)}\b`,
    ),
    negatable: true,
    // "None of this is down to you" clears the caller.
    unlessPrecededBy: /\b(?:none|no\s+part|not\s+(?:one\s+)?bit|nothing)\s+of\s+$/,
  },
  {
    id: 'you-failed-to',
    re: new RegExp(
      String.raw`\byou\s+(?:clearly\s+|obviously\s+|simply\s+|just\s+)?${oneOf(String.raw`
      failed
      neglected
      forgot
      didn'?t\s+bother
      never\s+bothered
      didn'?t\s+(?:read|check|follow|pay|update|notice|look|listen|call|tell)
      did\s+not\s+(?:read|check|follow|pay|update|notice|look|listen)
    `)}\b(?:\s+to)?`,
    ),
    unlessPrecededBy: /\b(?:if|when|in\s+case|whether|maybe|perhaps|it\s+looks\s+like|it\s+seems|i\s+see|i\s+noticed)\s+(?:\w+\s+){0,2}$/,
  },
  {
    id: 'if-you-had',
    re: new RegExp(
      String.raw`\bif\s+you(?:'d|\s+had)\s+(?:just\s+|only\s+|actually\s+|bothered\s+to\s+)?(?:${CUSTOMER_ACTION}|paid\s+attention|arrived|been\s+(?:on\s+time|more\s+careful|here)|shown\s+up|\w+ed)\b[^.!?]*?${oneOf(String.raw`
      \bwould(?:n'?t|nae|na)
      would\s+not
      would\s+have
      you'?d\s+have
      you'?d\s+know
      \bnone\s+of\s+this
      this\s+(?:wouldn'?t|would\s+never)
    `)}`,
    ),
  },
  {
    id: 'you-shouldnt-be',
    re: new RegExp(
      String.raw`\byou\s+(?:really\s+|honestly\s+|just\s+)?(?:shouldn'?t|should\s+not|should\s+never|can'?t\s+just|mustn'?t)\s+(?:be\s+)?${oneOf(String.raw`
      deleting
      delete
      sharing
      share
      giving
      give
      leaving
      leave
      clicking
      click
      opening
      open
      ignoring
      ignore
      letting
      let
      throwing
      throw
      downloading
      download
      installing
      install
      changing
      change
      messing
      mess
      skipping
      skip
      unplugging
      unplug
      writing\s+down
      storing
      store
      forgetting
      forget
    `)}\b`,
    ),
  },
  // "You can't just keep driving on it and expect it to hold": a lecture on what the caller did.
  { id: 'and-expect', re: /\b(?:you|y'?all|ya)\s+(?:can'?t|cannot|can\s+not)\s+(?:just\s+)?(?:keep\s+(?:on\s+)?)?[\w']+[^.!?]{1,60}?\band\s+(?:then\s+)?expect\b/ },
  // "If you had done that, it wouldn't be estimated": the same reproach as "if you had read…".
  { id: 'if-you-did-that', re: /\bif\s+(?:you|yuh|ya)\s+(?:did|had|'d)\s+(?:do\s+|done\s+)?(?:that|dat|this|so|it)\b[^.!?]{1,60}?\b(?:wouldn'?t|would\s+not|would\s+have|you'?d\s+have)\b/ },
  // "Going forward, it's always best to check the label": advice framed as the caller's lesson.
  {
    id: 'going-forward',
    re: /\b(?:going\s+forward|in\s+(?:the\s+)?future|from\s+now\s+on|for\s+next\s+time|next\s+time|for\s+future\s+reference),?\s+(?:(?:please\s+|kindly\s+)?(?:read|check|double-check|pay\s+attention|be\s+more\s+careful)|(?:(?!i\b|we\b|i'|we')[\w'-]+,?\s+){0,12}?(?:it'?s\s+(?:always\s+|really\s+|definitely\s+)?(?:best\s+to|wise\s+to|a\s+good\s+idea\s+to|worth)|always\s+(?!been\b)\w+|make\s+sure\s+(?:you|to)|remember\s+to|be\s+sure\s+to|you(?:'ll|\s+will)?\s+(?:really\s+|just\s+)?(?:should|need\s+to|must|want\s+to|have\s+to|better)))\b/,
  },
  // "If the fan were left running after showers it wouldn't come back": the caller's upkeep as the cause.
  {
    id: 'if-it-were-kept',
    re: /\bif\s+(?:the|your)\s+(?:\w+\s+){1,3}?(?:were|was|had\s+been|is)\s+(?:left|kept|turned|switched|cleaned|checked|serviced)\s+(?:on|running|open|clean|regularly|properly)\b(?!\s+by\b)[^.!?]+?\b(?:wouldn'?t|would\s+not|would\s+never)\b/,
  },
  // "Wouldn't it have been easier just to keep an eye on the boards?": the reproach as a question.
  { id: 'wouldnt-it-have-been-easier', re: /\b(?:wouldn'?t\s+it|would\s+it\s+not)\s+have\s+been\s+(?:(?:a\s+lot|much|far)\s+)?(?:easier|simpler|better|quicker|smarter|wiser)\s+(?:just\s+)?to\b/ },
  // "Had the final reading been sent in on moving day, none of this…": the caller's paperwork as the cause.
  {
    id: 'had-it-been-sent',
    re: /\bhad\s+(?:the|your)\s+(?:\w+\s+){0,2}?(?:meter\s+reading|reading|form|payment|paperwork|documents?|details|address|application|renewal)\s+been\s+(?:sent|made|paid|submitted|filled\s+in|returned|updated|provided|given|done)\b[^.!?]{1,60}?\b(?:none\s+of\s+this|this\s+(?:wouldn'?t|would\s+not)|it\s+(?:wouldn'?t|would\s+not)|we\s+(?:wouldn'?t|would\s+not))/,
  },
  // "You really ought to keep a torch in the house", "you should order three months ahead": a lecture on what the caller should do.
  {
    id: 'you-ought-to-keep',
    re: /\byou\s+(?:really\s+)?(?:ought\s+to|should)\s+(?:always\s+)?(?:keep\s+(?:a|an|some|spare)|order|book|plan|allow)\b[^.!?]{1,40}?\b(?:in\s+the\s+house|at\s+home|ahead|in\s+advance|beforehand|earlier|spare)\b/,
  },
  // "You need to set one up rather than relying on remembering": the caller's habits as the lesson.
  { id: 'rather-than-relying', re: /\byou\s+(?:really\s+)?(?:need|ought|have)\s+to\s+[^.!?]{1,40}?\brather\s+than\s+(?:relying\s+on|trying\s+to\s+remember|leaving\s+it)\b/ },
  { id: 'had-you', re: new RegExp(String.raw`\bhad\s+you\s+(?:just\s+|only\s+|actually\s+)?${CUSTOMER_ACTION}\b`) },
  {
    id: 'read-the-terms',
    re: new RegExp(
      String.raw`${oneOf(String.raw`
      \b(?:it'?s|it\s+is|it\s+was)\s+(?:clearly\s+|all\s+)?(?:(?:stated|written|explained|spelled\s+out|in\s+the\s+(?:terms|contract|manual|fine\s+print))\s+)+(?:in|on)?\s*(?:the\s+)?(?:terms|contract|manual|fine\s+print|agreement|website)?[^.!?]*?\byou\s+(?:agreed|signed|accepted)\b
      \byou\s+(?:agreed|signed\s+up)\s+to\s+(?:this|these|the|our)\s+(?:terms|conditions|policy|contract)\b
      \b(?:people|customers|folks|anyone)\s+who\s+(?:don'?t|do\s+not|never|can'?t|won'?t)\s+[^.!?]*\b(?:asking\s+for\s+(?:it|trouble)|deserve|only\s+have\s+themselves)
      \b(?:asking\s+for\s+trouble|(?:only\s+)?have\s+(?:yourself|yourselves)\s+to\s+blame)\b
      \b\w+ing\s+(?:\w+\s+){0,3}?(?:is|was)\s+(?:really\s+|entirely\s+|all\s+)?(?:down\s+to\s+you|on\s+you|your\s+responsibility)\b
      \bleaving\s+it\s+(?:until|till|to)\s+the\s+last\s+(?:\w+\s+)?(?:minute|moment|tablet|pill|dose|day)\b[^.!?]*\b(?:was|is)\s+(?:always\s+)?(?:going\s+to|bound\s+to)
      \b(?:that'?s|it'?s)\s+(?:just\s+|simply\s+)?the\s+(?:responsible|sensible|grown-?up|proper|adult)\s+(?:way|thing)\s+to\s+(?:do\s+it|handle\s+it|go\s+about\s+it)\b
      \bthe\s+(?:terms|rules|instructions|conditions)\s+were\s+(?:quite\s+|very\s+|perfectly\s+|pretty\s+|really\s+)?clear\b(?=\s*(?:[.,;!]|$))
      \bthe\s+(?:responsibility|onus)\s+(?:to\s+\w+\s+(?:them|it|this|that|the\s+\w+)\s+)?(?:was|is|lies|lay|rests|rested)\s+(?:(?:entirely|solely|with)\s+)*(?:yours|you)\b
    `)}`,
    ),
  },
  // A lecture on looking after one's things: "you need to look after your phone better".
  {
    id: 'look-after-better',
    re: /\byou\s+(?:really\s+)?(?:need|have|ought|should|must)\s+(?:to\s+)?(?:look\s+after|take\s+(?:better\s+)?care\s+of|keep\s+(?:a\s+)?(?:closer\s+)?(?:eye|track)\s+(?:on|of))\s+(?:your|those|these|the)\s+(?:\w+\s+){0,2}?(?:better|more\s+carefully|properly)\b/,
  },
  // A moral drawn for the caller: "lesson learned for next time", "you'd want to arrive three hours early next time".
  { id: 'lesson-learned', re: /\blesson\s+learn(?:ed|t)\b|\b(?:that'?s|there'?s)\s+a\s+lesson\b|\byou'?d\s+(?:want|need)\s+to\s+[^.!?]{3,60}?\b(?:next\s+time|in\s+future|from\s+now\s+on)\b/ },
  {
    id: 'you-need-to-be-more',
    re: /\byou\s+(?:really\s+|just\s+|seriously\s+)?(?:need|have)\s+to\s+be\s+more\s+(?:careful|responsible|organi[sz]ed|attentive)\b|\byou\s+should\s+(?:know|learn|be\s+more\s+careful)\s+(?:better|to)\b|\bthat'?s\s+(?:common\s+sense|basic\s+stuff)\b/,
  },
];

export const customerBlame = phraseRule({
  id: 'customer-blame',
  description: 'Flags blaming or lecturing the caller ("you should have…", "that\'s on you").',
  defaultSeverity: 'warn',
  fixable: false,
  tags: ['blame', 'tone'],
  patterns: PATTERNS,
  // A plain question is blame only when it asks why ("what took you so long?") or tags a statement ("…, alright?").
  modelNeeds: /^(?![^?]*\?\s*$)|\b(?:why|what\s+took|how\s+come)\b|,\s*(?:alright|all\s+right|okay|ok|right|yeah|yes|understood|got\s+it)\s*\?/,
  // What the company owed the caller is not blame: "you should have received it", "you shouldn't have to chase this".
  // A third party's doing told without a word to the caller ("the details were taken in a scam") blames nobody here.
  modelRejects:
    /\b(?:my|our)\s+colleague\b|\b(?:none\s+of\s+(?:this|it|that)\s+(?:is|was|'s)|(?:it|this|that)(?:'s|\s+is|\s+was)\s+not|(?:it|this|that)\s+(?:isn'?t|wasn'?t))\s+(?:down\s+to|on)\s+you\b|\bis\s+there\s+anything\b[^.!?]+\byou'?d\s+(?:want|like)\b|\byou'?ll\s+(?:get|receive|be\s+(?:sent|given|offered|refunded|first))\b|^(?!.*\b(?:you|your|yours|yourself|y'?all|ya|yuh)\b)(?=.*\b(?:scam\w*|fraud\w*|someone|somebody|criminals?|hack\w*|thie(?:f|ves)|stolen|skimm\w*|phish\w*)\b)|\byou\s+(?:should(?:'ve|\s+have)|ought\s+to\s+have)\s+(?:been\s+(?:told|sent|given|charged|notified|called|informed|offered|refunded|warned)|received|got|gotten|had|heard)\b|\byou\s+shouldn'?t\s+(?:have\s+)?(?:had\s+)?to\b/,
  message: (match) => `"${match.text.trim()}" blames the caller, which puts them on the defensive. Express understanding and move to what happens next.`,
  suggestionMode: 'sentence',
  extraSuggestions: () =>
    statementsFor('customer-wrong')
      .slice(0, 3)
      .map((s) => s.text),
});

// What "owning a mistake" sounds like: an apology, an admission, a concrete resolution (what and by
// when). Shared by missing-ownership (company at fault: all three are needed) and blame-acceptance
// (customer at fault: the admission is the problem).
import { APOLOGY } from './vocabulary.js';
import { oneOf } from '../phrase-families.js';

export const APOLOGY_RE = new RegExp(String.raw`\b${APOLOGY}\b(?!\s+to\s+(?:hear|say|bother|interrupt|keep))`, 'i');

/** A failing named as the company's: "a failing of our payment system", "a screw-up on our end" (an admission, and blame accepted when the caller erred). */
export const OWNED_FAILING = oneOf(String.raw`
    (?:a\s+)?failing\s+(?:of|in|on\s+the\s+part\s+of)\s+(?:our|the\s+company)
    (?:screw|cock|balls|stuff|mess|slip)-?\s?up\s+on\s+our\s+(?:end|side|part)
  `);

/** Admitting the company's fault: "that was our mistake", "we sent the wrong item", "we dropped the ball". */
export const ADMISSION_RE = new RegExp(
  String.raw`\b${oneOf(String.raw`
      our\s+(?:\w+\s+){0,2}(?:should(?:'ve|\s+have)|ought\s+to\s+have)\s+\w+
      (?:that'?s|that\s+is|it'?s|it\s+is|this\s+is|it\s+was|that\s+was)\s+(?:(?:all|entirely|completely)\s+)?down\s+to\s+(?:us|me|our\s+\w+)
      we\s+(?:\w+ed|got|put|took|wrote|set|read|keyed|had)\s+(?:\w+\s+){0,3}(?:wrong|wrongly)\b
      (?:one\s+of\s+)?our\s+(?:\w+\s+)?(?:techs?|technicians?|engineers?|staff|drivers?|couriers?|guys|lads|people|agents?|reps?|mechanics?|installers?|colleagues?|team)\s+(?:\w+\s+)?(?:caught|scratched|damaged|broke|dropped|lost|dented|cracked|forgot|missed|spilled|scuffed|knocked|mixed\s+up|misread|misheard)
      ${OWNED_FAILING}
      (?:the|this|that)\s+(?:mistake|error|fault)\s+(?:is|was|'s)\s+(?:all\s+|entirely\s+|completely\s+)?ours
      we\s+(?:really\s+)?should(?:\s+never|n'?t|\s+not)\s+have\s+\w+
      (?:faulty|broken|defective|failed|bad|wrong|incorrect)\s+(?:\w+\s+){0,2}on\s+our\s+(?:side|end)
      (?:he|she|they)\s+should(?:'ve|\s+have)\s+\w+[^.!?]{0,60}\band\s+(?:he|she|they)\s+(?:didn'?t|did\s+not)
      our\s+(?:\w+\s+)?(?:system|team|bank|app|software|payments?\s+team)\s+(?:\w+\s+){0,4}?(?:twice|by\s+mistake|in\s+error|incorrectly|wrongly)
      (?:that'?s|it'?s|that\s+is|this\s+is|it\s+was|that\s+was)\s+(?:(?:all|entirely|completely|totally)\s+)?on\s+our\s+(?:side|end)
      on\s+our\s+part
      we\s+(?:\w+\s+)?lost\s+(?:your|the)\s+\w+
      we\s+(?:sold|booked|took)\s+more\s+\w+\s+than
      (?:it\s+was|that\s+was|it'?s|that'?s)\s+our\s+(?:job|responsibility)\s+to\b
      (?:hold-?up|delay|problem|issue|error|mistake|fault|slip|outage|failure|glitch|bug|breakdown)\s+(?:was|is)\s+(?:all\s+)?on\s+our\s+(?:side|end)
      our\s+(?:\w+\s+)?(?:app|system|website|site|portal|software|letter|bill|statement|email|text|invoice)\s+(?:showed|gave|sent|said|displayed|listed|printed|quoted|had)\s+(?:you\s+)?(?:the\s+|a\s+|an\s+)?(?:wrong|incorrect)
      (?:happened|occurred|was\s+done|was\s+caused)\s+(?:on|during|in)\s+our\s+(?:delivery|watch|care|van|transit|handling|install\w*|visit)
      (?:it'?s|that'?s|it\s+is)\s+ours\s+to\s+(?:put\s+right|fix|sort|make\s+right)
      (?:is|was|'s)\s+on\s+our\s+(?:courier|driver|team|delivery|people|engineer|contractor|installer)s?\b
      (?:that'?s|that\s+is|this\s+is|it'?s)\s+us\s+(?:letting\s+you\s+down|failing\s+you|getting\s+(?:it|this)\s+wrong|dropping\s+the\s+ball)
      our\s+(?:\w+\s+){1,5}?(?:to|at|with|for)\s+the\s+wrong\s+(?:house|address|door|flat|person|account|number|branch|customer|date|day)
      (?:we|our)\b[^.!?]{0,60}\b(?:in\s+error|by\s+mistake|by\s+accident|incorrectly|wrongly)
      (?:we|i)\s+(?:\w+\s+)?(?:picked|packed|sent|shipped|gave|put|entered|processed|booked|charged|ordered|made|used|printed|applied|loaded|scheduled|delivered|mailed|posted|labell?ed)\s+(?:you\s+)?(?:the\s+|a\s+|an\s+)?(?:wrong|incorrect)
      our\s+(?:own\s+)?(?:\w+\s+){0,2}(?:mistake|error|fault|failure|oversight|mix-up)
      (?:down\s+to|because\s+of|caused\s+by|due\s+to)\s+[^.!?]{0,40}\bon\s+our\s+(?:side|end|part)
      (?:was|is|were|'s)\s+(?:all\s+|entirely\s+|completely\s+|totally\s+|clearly\s+|definitely\s+|really\s+)?(?:our|my)\s+(?:own\s+)?(?:fault|mistake|error|doing|bad|failure|oversight|slip)
      (?:mistake|error|fault|failure|glitch|bug|slip|oversight|problem)\s+(?:in|with|on|by|from|at)\s+(?:our|the\s+company'?s)\b
      (?:we|i)\s+(?:\w+\s+)?(?:took|charged|billed|sent|shipped|processed|debited|applied|deducted|posted|booked)\s+(?:\w+\s+){0,4}?(?:twice|by\s+mistake|in\s+error|incorrectly|wrongly|to\s+the\s+wrong)
      should(?:n'?t|\s+not|\s+never)\s+have\s+been\s+(?:charged|billed|sent|cut|cancell?ed|disconnected|debited|left|treated)
      (?:that|this|it)(?:'s|\s+is|\s+was)\s+(?:(?:completely|entirely|totally|definitely|absolutely|clearly|all)\s+)?(?:our|my|the\s+company'?s)\s+(?:own\s+)?(?:fault|mistake|error|bad|doing|responsibility|failure|oversight|slip)
      (?:our|the)\s+(?:\w+\s+)?(?:\w+'s)\s+(?:mistake|error|fault)
      (?:error|mistake|problem|fault|failure|glitch|slip)\s+on\s+our\s+(?:side|end|part)
      (?:failed|went\s+wrong|broke)\s+on\s+our\s+(?:side|end)
      we\s+(?:didn'?t|did\s+not)\s+catch
      we\s+had\s+an?\s+(?:\w+\s+)?(?:outage|error|glitch|problem|issue|bug|mix-up|failure)
      (?:happened|went\s+wrong|got\s+(?:stuck|lost|damaged|broken|mixed\s+up))\s+(?:in|at|during|with)\s+our\s+\w+
      (?:we|i)\s+missed\s+(?:your|the|both|two|all)\s+(?:\w+\s+)?(?:appointments?|deliver(?:y|ies)|deadline|calls?|visits?)
      (?:our|my)\s+(?:mistake|error|fault|bad)\b
      (?:we|i)\s+(?:really\s+|clearly\s+|totally\s+)?(?:made\s+(?:a|an|the)\s+(?:\w+\s+)?(?:mistake|error)|messed\s+up|screwed\s+up|dropped\s+the\s+ball|got\s+(?:it|this|that|your\s+\w+)\s+wrong|failed(?:\s+you|\s+to)?|let\s+you\s+down|sent\s+(?:you\s+)?(?:the\s+)?(?:wrong|incorrect)|shipped\s+(?:you\s+)?(?:the\s+)?(?:wrong|incorrect)|charged\s+you\s+(?:twice|incorrectly|by\s+mistake|in\s+error)|(?:should|shouldn'?t)\s+have)
      (?:that|this)\s+(?:should\s+(?:never|not)\s+have|shouldn'?t\s+have)\s+happened
      (?:that'?s|that\s+is|this\s+is|it'?s|it\s+was|that\s+was)\s+(?:(?:completely|entirely|totally|all|really|squarely|definitely)\s+)?on\s+(?:us|me)
      (?:sorry|apologi[sz]e|apologies)[^.!?]{0,12}?\b(?:we|our\s+\w+)\s+(?:\w+\s+)?(?:double-booked|lost|broke|forgot|missed|kept\s+you|gave|sent|shipped|charged|billed|cut|damaged|cancell?ed|mixed|mislabel\w*|overcharged|delivered|took|left|didn'?t)\b
      (?:was|were)\s+missed\s+on\s+our\s+(?:side|end|part)
      (?:we'?re|we\s+are)\s+(?:to\s+blame|at\s+fault|responsible)
      you\s+(?:really\s+)?should\s+have\s+(?:received|gotten|got|been\s+(?:sent|told|given))
      (?:an?\s+)?(?:honest\s+)?(?:mistake|error)\s+(?:on\s+our\s+(?:part|end|side)|(?:was\s+)?made\s+by\s+(?:us|our))
      (?:there\s+(?:was|has\s+been)\s+an?\s+(?:error|mistake)\s+(?:on\s+our|in\s+(?:your|our|the)))
      (?:our|the)\s+(?:\w+\s+){0,2}(?:team|department|warehouse|technician|driver|system)\s+(?:made\s+(?:a|an)\s+(?:mistake|error)|messed\s+up|got\s+it\s+wrong|sent\s+the\s+wrong|let\s+you\s+down|(?:didn'?t|never|did\s+not)\s+(?:show\s+up|come|arrive|call)|missed\s+(?:your|the)\s+appointment)
    `)}`,
  'i',
);

const COMMIT = String.raw`(?:i'?ll|i\s+will|we'?ll|we\s+will|i'?m\s+going\s+to|we'?re\s+going\s+to|i\s+am\s+going\s+to|i'?ve|i\s+have|we'?ve|we\s+have|i'?m|i\s+am|let\s+me|i\s+can(?!\s+(?:see|tell|hear)\b))`;
const ACTION = String.raw`${oneOf(String.raw`
    have\s+(?:it|them|this|that|the\s+\w+|your\s+\w+)\s+(?:at\s+your\s+door|to\s+you|with\s+you|back\s+to\s+you|delivered|sent|fixed|replaced|ready)
    reserv\w*
    hold
    held
    bring\w*
    brought
    comp\w*
    refil\w*
    unfreez\w*
    unblock\w*
    releas\w*
    regist\w*
    activat\w*
    unlock\w*
    reset\w*
    enabl\w*
    remov\w*
    tak\w*\s+(?:it|that|this|the\s+\w+)\s+off
    adjust\w*
    updat\w*
    add\w*
    set\s+up
    mail\w*
    email\w*
    post\w*
    courier\w*
    prepar\w*
    upgrad\w*
    appl(?:y|ied|ying)
    put\s+(?:\w+\s+){0,3}back
    reinstat\w*
    return\w*
    pay\w*
    paid
    cover\w*
    reimburs\w*
    list\w*
    rebook\w*
    send
    ship
    sent
    shipped
    sending
    shipping
    refund
    refunded
    refunding
    replace
    replaced
    replacing
    credit
    credited
    crediting
    reverse
    reversed
    reversing
    reschedul\w*
    waive
    waived
    deliver\w*
    process\w*
    arrang\w*
    issu\w*
    expedit\w*
    fix
    fixed
    fixing
    repair\w*
    repaint\w*
    re-?do\w*
    re-?fit\w*
    re-?install\w*
    re-?deliver\w*
    re-?send\w*
    swap\w*
    exchang\w*
    cancel\w*
    book\w*
    dispatch\w*
    request\w*
    order\w*
    reorder\w*
    plac\w*
    put\s+(?:in|through)
    push\w*\s+(?:(?:it|this|that|them)\s+)?through
    escalat\w*
    call\s+you\s+back
    driv\w*
    confirmed
    get\s+(?:him|her|them|someone|an?\s+\w+)\s+(?:out|round|over|there)
    verif\w*
    (?:phone|ring|call|text|email)\s+(?:you|her|him|them)(?:\s+back)?
    have\s+(?:the|a|our|your|her|his)\s+\w+\s+(?:ring|call|phone|contact|visit|email|text)
    get\s+(?:\w+\s+){0,3}?(?:assessed|approved|sorted|paid|processed|reviewed|looked\s+at|fixed|replaced|done)
    restor\w*
    reconnect\w*
    correct\w*
    have\s+(?:the|a|your)\s+\w+\s+(?:sent|shipped|delivered)
  `)}`;
const WHEN = String.raw`${oneOf(String.raw`
    within\s+(?:the\s+)?(?:next\s+)?(?:\d+|an?|one|two|three|four|five|seven|ten|twenty-four|forty-eight|24|48|72|hour|day|week)\b
    \bnow\b
    on\s+this\s+call
    while\s+we'?re\s+(?:on\s+the\s+phone|talking)
    before\s+we\s+hang\s+up
    (?:at|by|around|before)\s+(?:\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock)?|noon|midday|midnight|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+(?:o'?clock|thirty|fifteen|forty-five))?)\b
    on\s+the\s+\w+(?:th|st|nd|rd)\b
    for\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)\b
    by\s+the\s+\w+(?:th|st|nd|rd)\b
    this\s+morning
    already
    just\s+now
    by\s+(?:(?:this|next|the\s+end\s+of|end\s+of)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|noon|midnight|today|the\s+end|end\s+of|\d|week|day|business)
    \b(?:today|tonight|tomorrow|this\s+(?:morning|afternoon|evening|week)|next\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|business\s+day)|right\s+(?:now|away)|immediately|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+\d+)|in\s+(?:\d+|one|two|three|a\s+few|an?)\s+(?:business\s+)?(?:minutes?|hours?|days?|weeks?)|\d+\s*(?:business\s+)?(?:hours?|days?)|before\s+(?:thursday|friday|monday|tuesday|wednesday|saturday|sunday|the\s+\w+|your\s+\w+)|overnight|same[- ]day|first\s+thing)
  `)}`;

/** Something done or arriving, said without "I will": "the refund will be on your card", "the engineer replaced it". */
const OUTCOME = String.raw`${oneOf(String.raw`
    (?:will|'ll)\s+be\s+(?:at|in)\s+(?:the|your)\s+(?:counter|desk|branch|pharmacy|reception|account|letterbox|door)
    (?:will|'ll)\s+be\s+(?:back|credited|refunded|returned|sent|delivered|shipped|there|fixed|replaced|restored|reconnected|on\s+(?:your|its|the)\s+(?:way|card|account|statement|bill)|in\s+your\s+account|with\s+you|ready)
    (?:will|'ll)\s+(?:collect|pick\s+(?:it|them)\s+up|swap|repair|visit|call\s+you|ring\s+you|deliver|bring)
    (?:will|'ll)\s+(?:arrive|reach\s+you|show\s+up|show|appear|post|see\s+(?:the|a|it)|get\s+(?:it|the)|come|be\s+there)
    back\s+(?:on|up|online|working|in\s+service)
    (?:will|'ll)\s+have\s+(?:the|your)\s+(?:money|payment|refund|funds|parts?|car|keys|replacement)
    (?:is|are|'s|'re)\s+(?:bringing|sending|delivering|shipping|coming|heading|on\s+(?:its|their|his|her)\s+way)
    (?<!\b(?:was|were)\s)(?:replaced|fixed|reversed|refunded|credited|removed|restored|reconnected|sent|shipped|dispatched|booked|scheduled|cancell?ed|corrected|waived|reset|unlocked|reinstated|repaired|issued)\b
  `)}`;

/** A concrete resolution: a commitment to an action, with a time. */
export const RESOLUTION_RE = new RegExp(
  String.raw`\b${OUTCOME}[^.!?]*?${WHEN}|\b${WHEN}[^.!?]*?${OUTCOME}|\b${COMMIT}\s+(?:(?!(?:was|were)\b)\w+\s+){0,4}?${ACTION}\b[^.!?]*?${WHEN}|\b${WHEN}[^.!?]*?\b${COMMIT}\s+(?:(?!(?:was|were)\b)\w+\s+){0,4}?${ACTION}\b`,
  'i',
);

/** Negated admissions ("this wasn't our mistake") are not admissions. */
export const DENIAL_RE = /\b(?:(?:that|this|it)\s+(?:wasn'?t|isn'?t|is\s+not|was\s+not)\s+(?:\w+\s+)?(?:our|my)\s+(?:fault|mistake|error)|not\s+(?:our|my)\s+(?:fault|mistake|error))\b/i;

// What "owning a mistake" sounds like: an apology, an admission, a concrete resolution (what and by
// when). Shared by missing-ownership (company at fault: all three are needed) and blame-acceptance
// (customer at fault: the admission is the problem).
import { APOLOGY } from './vocabulary.js';

export const APOLOGY_RE = new RegExp(String.raw`\b${APOLOGY}\b(?!\s+to\s+(?:hear|say|bother|interrupt|keep))`, 'i');

/** Admitting the company's fault: "that was our mistake", "we sent the wrong item", "we dropped the ball". */
export const ADMISSION_RE = new RegExp(
  String.raw`\b(?:(?:that|this|it)(?:'s|\s+is|\s+was)\s+(?:(?:completely|entirely|totally|definitely|absolutely|clearly|all)\s+)?(?:our|my|the\s+company'?s)\s+(?:own\s+)?(?:fault|mistake|error|bad|doing|responsibility)|(?:our|my)\s+(?:mistake|error|fault|bad)\b|(?:we|i)\s+(?:really\s+|clearly\s+|totally\s+)?(?:made\s+(?:a|an|the)\s+(?:\w+\s+)?(?:mistake|error)|messed\s+up|screwed\s+up|dropped\s+the\s+ball|got\s+(?:it|this|that|your\s+\w+)\s+wrong|failed(?:\s+you|\s+to)?|let\s+you\s+down|sent\s+(?:you\s+)?(?:the\s+)?(?:wrong|incorrect)|shipped\s+(?:you\s+)?(?:the\s+)?(?:wrong|incorrect)|charged\s+you\s+(?:twice|incorrectly|by\s+mistake|in\s+error)|(?:should|shouldn'?t)\s+have)|(?:that|this)\s+(?:should\s+(?:never|not)\s+have|shouldn'?t\s+have)\s+happened|(?:that'?s|that\s+is|this\s+is)\s+on\s+(?:us|me)|(?:we'?re|we\s+are)\s+(?:to\s+blame|at\s+fault|responsible)|you\s+(?:really\s+)?should\s+have\s+(?:received|gotten|got|been\s+(?:sent|told|given))|(?:an?\s+)?(?:honest\s+)?(?:mistake|error)\s+(?:on\s+our\s+(?:part|end|side)|(?:was\s+)?made\s+by\s+(?:us|our))|(?:there\s+(?:was|has\s+been)\s+an?\s+(?:error|mistake)\s+(?:on\s+our|in\s+(?:your|our|the)))|(?:our|the)\s+(?:\w+\s+){0,2}(?:team|department|warehouse|technician|driver|system)\s+(?:made\s+(?:a|an)\s+(?:mistake|error)|messed\s+up|got\s+it\s+wrong|sent\s+the\s+wrong|let\s+you\s+down|(?:didn'?t|never|did\s+not)\s+(?:show\s+up|come|arrive|call)|missed\s+(?:your|the)\s+appointment))`,
  'i',
);

const COMMIT = String.raw`(?:i'?ll|i\s+will|we'?ll|we\s+will|i'?m\s+going\s+to|we'?re\s+going\s+to|i\s+am\s+going\s+to|i'?ve|i\s+have|we'?ve|we\s+have|i'?m|i\s+am|let\s+me|i\s+can)`;
const ACTION = String.raw`(?:send|ship|sent|shipped|sending|shipping|refund|refunded|refunding|replace|replaced|replacing|credit|credited|crediting|reverse|reversed|reversing|reschedul\w*|waive|waived|deliver\w*|process\w*|arrang\w*|issu\w*|expedit\w*|fix|fixed|fixing|repair\w*|cancel\w*|book\w*|dispatch\w*|request\w*|order\w*|put\s+(?:in|through)|escalat\w*|call\s+you\s+back|restor\w*|reconnect\w*|correct\w*|transfer\w*|have\s+(?:the|a|your)\s+\w+\s+(?:sent|shipped|delivered))`;
const WHEN = String.raw`(?:within\s+(?:the\s+next\s+)?(?:\d+|an?|one|two|three|four|five|seven|ten|twenty-four|forty-eight|24|48|72)\b|by\s+(?:(?:this|next|the\s+end\s+of|end\s+of)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|noon|midnight|today|the\s+end|end\s+of|\d|week|day|business)|\b(?:today|tonight|tomorrow|this\s+(?:morning|afternoon|evening|week)|next\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|business\s+day)|right\s+(?:now|away)|immediately|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+\d+)|in\s+(?:\d+|one|two|three|a\s+few|an?)\s+(?:business\s+)?(?:minutes?|hours?|days?|weeks?)|\d+\s*(?:business\s+)?(?:hours?|days?)|before\s+(?:thursday|friday|monday|tuesday|wednesday|saturday|sunday|the\s+\w+|your\s+\w+)|overnight|same[- ]day|first\s+thing))`;

/** A concrete resolution: a commitment to an action, with a time. */
export const RESOLUTION_RE = new RegExp(String.raw`\b${COMMIT}\s+(?:\w+\s+){0,4}?${ACTION}\b[^.!?]*?${WHEN}|\b${WHEN}[^.!?]*?\b${COMMIT}\s+(?:\w+\s+){0,4}?${ACTION}\b`, 'i');

/** Negated admissions ("this wasn't our mistake") are not admissions. */
export const DENIAL_RE = /\b(?:(?:that|this|it)\s+(?:wasn'?t|isn'?t|is\s+not|was\s+not)\s+(?:\w+\s+)?(?:our|my)\s+(?:fault|mistake|error)|not\s+(?:our|my)\s+(?:fault|mistake|error))\b/i;

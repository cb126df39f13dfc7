// blame-acceptance: in a customer-at-fault call, accepting a fault the company does not have. The
// seeds: "if the company is right and the customer is wrong, they must avoid accepting blame — while
// expressing understanding of the customer's plight".
import { statementsFor } from '../catalogue.js';
import { phraseRule, type PhrasePattern } from '../rule-kit/phrase-rule.js';
import { OWNED_FAILING } from '../rule-kit/ownership.js';
import { oneOf } from '../phrase-families.js';

const PATTERNS: PhrasePattern[] = [
  {
    id: 'our-fault',
    re: new RegExp(
      String.raw`\b${oneOf(String.raw`
    (?:our|my)\s+(?:own\s+)?fault(?:\s+entirely|\s+completely|\s+really)?
      (?:that|this|it)(?:'s|\s+is|\s+was)\s+(?:(?:completely|entirely|totally|definitely|absolutely|all|really|honestly|clearly|probably)\s+)?(?:our|my|the\s+company'?s)\s+(?:own\s+)?(?:fault|mistake|error|bad|doing|failure|oversight)
      (?:our|my)\s+(?:bad|mistake|error)\b
      (?:that|this|it)(?:\s+one)?(?:'s|\s+is|\s+was)\s+(?:(?:completely|entirely|totally|all|really|partly|partially|half|at\s+least\s+partly)\s+)?on\s+(?:us|me)
      (?:failure|mistake|error|fault|slip)\s+on\s+our\s+(?:end|side|part)
      we\s+let\s+(?:that|this|it)\s+happen
      ${OWNED_FAILING}
    `)}`,
    ),
    negatable: true,
  },
  // Running the company down to side with the caller: "that booking app is garbage, our tech people have no idea".
  {
    id: 'runs-down-the-company',
    re: new RegExp(
      String.raw`\b${oneOf(String.raw`
      (?:that|the|this|our)\s+(?:\w+\s+)?(?:app|system|website|site|portal|software|form|process)\s+(?:is|'s)\s+(?:(?:absolute|total|complete|just|honestly)\s+)?(?:garbage|rubbish|useless|a\s+joke|trash|crap|a\s+nightmare|hopeless)
      our\s+(?:\w+\s+){0,2}(?:people|team|staff|guys|lot)\s+(?:have\s+no\s+idea|haven'?t\s+a\s+clue|don'?t\s+know)\s+what\s+they'?re\s+doing
      our\s+(?:\w+\s+){0,2}(?:people|team|staff|guys|lot|agents|reps)\s+(?:are|were)\s+(?:(?:very|so|really|just|totally)\s+)?(?:careless|useless|incompetent|hopeless|clueless|sloppy)
      our\s+\w+'s\s+(?:fault|mistake|error)
      (?:make|makes|made)\s+a\s+(?:hames|hash|mess|balls|pig'?s\s+ear|dog'?s\s+dinner)\s+of
      (?:the|our)\s+(?:\w+\s+)?(?:team|staff|people|department|agent|rep)\b(?:\s+(?:that|who)\s+(?:\w+\s+){1,4}?)?\s*(?:really\s+)?(?:dropped\s+the\s+ball|messed\s+(?:it\s+)?up|screwed\s+(?:it\s+)?up|got\s+it\s+wrong)
    `)}\b`,
    ),
  },
  {
    id: 'we-messed-up',
    re: new RegExp(
      String.raw`\b(?:we|i)\s+(?:really\s+|totally\s+|clearly\s+)?${oneOf(String.raw`
      messed\s+up
      screwed\s+up
      dropped\s+the\s+ball
      made\s+(?:a|an)\s+(?:\w+\s+)?(?:mistake|error)
      let\s+you\s+down
      failed\s+you
      got\s+(?:this|that|it)\s+wrong
    `)}\b`,
    ),
    negatable: true,
  },
  {
    id: 'we-are-to-blame',
    re: /\b(?:we'?re|we\s+are|i'?m|i\s+am)\s+(?:totally\s+|completely\s+|entirely\s+)?(?:to\s+blame|at\s+fault|responsible\s+for\s+(?:this|that|the\s+(?:mistake|error|problem|mix-up)))\b/,
    negatable: true,
  },
  {
    id: 'we-should-have',
    re: new RegExp(
      String.raw`\b(?:we|i)\s+(?:really\s+)?(?:should(?:'ve|\s+have|\s+never\s+have|n'?t\s+have|\s+not\s+have)|ought\s+to\s+have)\s+${oneOf(String.raw`
      charged
      billed
      sent
      let
      allowed
      reminded
      warned
      told
      notified
      explained
      made\s+(?:it|that|this)\s+clearer
      caught
      stopped
      flagged
      checked
    `)}\b`,
    ),
    negatable: true,
  },
  {
    id: 'our-system-should-have',
    re: /\bour\s+(?:\w+\s+)?(?:system|team|staff|process|software|app|website|site|center|centre|department)\s+(?:really\s+)?(?:should(?:'ve|\s+have)|shoulda)\s+(?:caught|flagged|stopped|warned|prevented|noticed|blocked|reminded|told)\b/,
    negatable: true,
  },
  { id: 'apologize-for-our-error', re: /\b(?:apologi[sz]e|sorry|apologies)\s+for\s+(?:our|my|the\s+company'?s)\s+(?:mistake|error|fault|oversight|mix-up)\b/, negatable: true },
];

export const blameAcceptance = phraseRule({
  id: 'blame-acceptance',
  description: 'In a customer-at-fault situation, flags the agent accepting a fault the company does not have.',
  defaultSeverity: 'warn',
  fixable: false,
  tags: ['apology', 'situation'],
  patterns: PATTERNS,
  when: (_match, ctx) => ctx.situation === 'customer-at-fault',
  message: (match) => `"${match.text.trim()}" accepts a fault the company does not have (situation: customer-at-fault). Show understanding of the caller's plight without taking the blame.`,
  suggestionMode: 'sentence',
  extraSuggestions: () =>
    statementsFor('customer-wrong')
      .slice(0, 3)
      .map((s) => s.text),
});

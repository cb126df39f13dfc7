// impersonal-apology: corporate, passive apologies with no "I" and no specifics. The seeds: "use
// personal pronouns ('I' and 'you') to show personal involvement"; own the mistake specifically.
import { phraseRule, type PhrasePattern } from '../rule-kit/phrase-rule.js';
import { oneOf } from '../phrase-families.js';

const PERSONAL = "I'm sorry for the trouble this has caused you";

/** The vague objects that make an apology a formula: "any inconvenience", "the trouble". */
const VAGUE = String.raw`(?:(?:any|the|all\s+the|this|that|your)\s+|(?=inconvenience))(?:${oneOf(String.raw`
    inconvenience
    trouble
    issues?
    problems?
    confusion
    frustration
    difficult(?:y|ies)
    hassle
    disruption
    disappointment
    discomfort
    embarrassment
    distress
    upset
    stress
    anxiety
  `)}(?:\s+(?:this|that|it)\s+(?:may|might|could|has|have)?\s*(?:have\s+)?(?:caused|created)(?:\s+you)?|\s+caused(?:\s+(?:to\s+)?you)?|\s+(?:you\s+)?(?:may\s+have\s+|might\s+have\s+)?(?:experienced|suffered))?)`;

/** "… the trouble with your delivery": the apology names what went wrong. */
const SPECIFIC = /^\s+(?:with|in|on|of|regarding|about|over)\s+(?:your|the|this|that)\b/i;

/** What a corporate apology speaks for: "the company regrets", "the airline apologizes". */
const ORGANIZATION = oneOf(String.raw`
  company
  bank
  airline
  store
  team
  management
  hotel
  clinic
  practice
  firm
  business
  organi[sz]ation
  department
  shop
  utility
  provider
  carrier
`);

const PATTERNS: PhrasePattern[] = [
  {
    id: 'we-apologize-vague',
    re: new RegExp(
      String.raw`\b(?:we|the\s+${ORGANIZATION})\s+(?:(?:do|sincerely|truly|deeply|greatly)\s+)?(?:(?:are\s+)?apologi[sz]es?|regrets?|are\s+(?:so\s+|very\s+|truly\s+)?sorry|'re\s+(?:so\s+|very\s+|truly\s+)?sorry)\s+(?:for|about)\s+${VAGUE}`,
    ),
    unlessFollowedBy: SPECIFIC,
    fix: PERSONAL,
  },
  {
    id: 'apologies-vague',
    re: new RegExp(String.raw`\b(?:(?:our|sincere|many|my)\s+)?(?:apologies|sorry)\s+(?:for|about)\s+${VAGUE}`),
    unlessPrecededBy: /\bi(?:'m|\s+am)?\s+(?:\w+\s+)?$/,
    unlessFollowedBy: SPECIFIC,
    fix: PERSONAL,
  },
  {
    id: 'please-accept',
    re: /\bplease\s+accept\s+our\s+(?:sincere\s+|deepest\s+|humble\s+)?apolog(?:ies|y)(?:\s+for\s+(?:any|the)\s+\w+(?:\s+(?:this|that)\s+(?:may\s+have\s+)?caused(?:\s+you)?)?)?/,
    fix: PERSONAL,
  },
  {
    id: 'we-regret-inconvenience',
    re: new RegExp(
      String.raw`\b(?:(?:we|the\s+${ORGANIZATION})\s+regrets?|it\s+is\s+regrettable\s+that|(?:the|any)\s+inconvenience(?:\s+(?:this\s+)?(?:caused|may\s+have\s+caused))?\s+(?:is|was)\s+(?:deeply\s+|sincerely\s+)?regretted)\b(?:\s+(?:any|the)\s+(?:inconvenience|trouble|issues?|confusion)(?:\s+(?:this|that)\s+(?:may\s+have\s+)?caused)?)?`,
    ),
    fix: PERSONAL,
  },
  {
    // "Sincere apologies from all of us at Bay State for the disruption": from a company, for nothing named.
    id: 'apologies-from-all-of-us',
    re: /\b(?:(?:sincere|our|many|deepest)\s+)?apologies\s+from\s+(?:all\s+of\s+us|everyone|the\s+(?:whole\s+)?team|us\s+all)(?:\s+(?:at|here\s+at)\s+[\w'&-]+(?:\s+[\w'&-]+){0,2}?)?\s+for\s+(?:the|any|all\s+the)\s+(?:disruption|inconvenience|trouble|delay|hassle|confusion)\b/,
    fix: PERSONAL,
  },
  {
    id: 'sends-its-apologies',
    re: new RegExp(String.raw`\b(?:we|the\s+${ORGANIZATION}|management)\s+(?:sends?|extends?|offers?|passes\s+on)\s+(?:its|our|their)\s+(?:sincere\s+|deepest\s+|humble\s+)?apologies\b`),
    fix: PERSONAL,
  },
  {
    // "Apologies for the delay in callback experienced": the passive tail says the trouble just happened to somebody.
    id: 'apologies-for-what-was-experienced',
    re: /\b(?:(?:our|sincere|many|deepest)\s+)?apologies\s+for\s+(?:the|any)\s+(?:\w+\s+){1,4}?(?:experienced|encountered)\b/,
    fix: PERSONAL,
  },
  // "The company is sorry for the error": an organisation's feeling, with no one in it.
  { id: 'the-company-is-sorry', re: new RegExp(String.raw`\bthe\s+${ORGANIZATION}\s+(?:is|are)\s+(?:(?:so|very|truly|deeply|really)\s+)?sorry\b`), fix: PERSONAL },
  { id: 'mistakes-were-made', re: /\b(?:mistakes|errors)\s+(?:were|have\s+been)\s+made\b/, fix: 'we made a mistake' },
  { id: 'inconvenience-caused', re: /\b(?:any|the)\s+inconvenience\s+(?:this|that|it)\s+(?:may|might)\s+have\s+caused(?:\s+you)?(?=\s*[.!]?$)/, fix: 'the trouble this has caused you' },
];

export const impersonalApology = phraseRule({
  id: 'impersonal-apology',
  description: 'Flags corporate, passive apologies with no "I" and no specifics ("we apologize for any inconvenience").',
  defaultSeverity: 'warn',
  fixable: true,
  tags: ['apology'],
  patterns: PATTERNS,
  // Corporate apologies have no one behind them: none with "I" or "my" in the sentence.
  modelNeeds: /^(?=.*\b(?:apolog\w*|regret\w*|sorry|inconvenience)\b)(?!.*\b(?:i|i'm|i'd|i've|my|me)\b)/,
  message: (match) => `"${match.text.trim()}" is a formula with no one behind it. Apologize as yourself and name what went wrong.`,
});

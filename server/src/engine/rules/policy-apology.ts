// policy-apology: apologizing for a price, fee, rule or policy itself. The seeds: "never apologize for
// pricing or policies; those elements are put in place to protect the business" — state them plainly
// and move to what can be done.
import { statementsFor } from '../catalogue.js';
import { EMOTIONAL_CUES } from '../cues.js';
import { APOLOGY, POLICY_PHRASE, REFUSAL } from '../rule-kit/vocabulary.js';
import { phraseRule, type PhrasePattern } from '../rule-kit/phrase-rule.js';
import { oneOf } from '../phrase-families.js';

const PLAIN_STATEMENT = 'Let me explain how this works and what I can do for you.';
/** Said in place of a removed policy apology when the caller is upset. */
const ACKNOWLEDGE = 'I understand.';

/** "sorry that the new fee … you/your": about the change's effect on the customer, not the rule. */
// "on your plan" only says where the fee sits; it is not what the fee does to the caller.
const EFFECT_TAIL = String.raw`\s+(?:[\w']+\s+){0,5}?(?:you|your)\b(?!\s+(?:plan|account|bill|policy|card|statement|contract|booking|order|membership|subscription|tariff)\b)`;

const PATTERNS: PhrasePattern[] = [
  {
    // "I'm sorry we even have the idle fee": sorry that the rule exists.
    id: 'sorry-we-have-the-fee',
    re: new RegExp(String.raw`\b${APOLOGY}\s+(?:that\s+)?(?:we|they|the\s+\w+)\s+(?:even\s+|still\s+|actually\s+)?(?:have|charge|apply|use|need|require)\s+${POLICY_PHRASE}\b`),
    negatable: true,
    fix: '',
  },
  {
    // "I'm really sorry it's set up like that": sorry for how the rule is made, not for the caller.
    id: 'sorry-its-set-up-that-way',
    re: new RegExp(
      String.raw`\b${APOLOGY}\s+(?:that\s+)?(?:it'?s|it\s+is|they'?re|they\s+are|the\s+\w+(?:\s+\w+)?\s+(?:is|are))\s+(?:set\s+up|done|structured|designed|worded|written|arranged)\s+(?:like\s+(?:that|this)|that\s+way|this\s+way)\b`,
    ),
    negatable: true,
    fix: '',
  },
  {
    id: 'apology-for-policy',
    re: new RegExp(String.raw`\b${APOLOGY}\s+(?:for|about|regarding)\s+(?:the\s+fact\s+that\s+)?${POLICY_PHRASE}\b`),
    negatable: true,
    fix: '',
  },
  {
    id: 'apology-that-policy',
    re: new RegExp(String.raw`\b${APOLOGY}\s+(?:(?:that|if)\s+)?${POLICY_PHRASE}\b(?!${EFFECT_TAIL})`),
    negatable: true,
    fix: '',
  },
  {
    // Allowed by default (option allowEffectApology): sorry for what a change does to the customer.
    id: 'apology-for-effect',
    re: new RegExp(String.raw`\b${APOLOGY}\s+(?:(?:that|if|the\s+way|how)\s+)?${POLICY_PHRASE}${EFFECT_TAIL}`),
    negatable: true,
    fix: '',
  },
  {
    // "I'm sorry, but our policy…", "I do apologize for that, Rosa, but the fee…", "So sorry, we're not allowed to…"
    id: 'apology-then-policy',
    re: new RegExp(
      String.raw`\b${APOLOGY}(?:\s+(?:to\s+(?:say|tell\s+you|inform\s+you|be\s+the\s+bearer\s+of\s+bad\s+news)(?:\s+(?:this|that|it))?|(?:for|about)\s+(?:this|that|it)))?(?:\s*,?\s*(?:sir|ma'?am|madam|miss|(?:mr|mrs|ms)\.?\s+\w+)\b)?(?:\s*,\s*[\w'-]+\s*)?(?:\s*[,;:.\u2014-]\s*(?:(?:but|however)\b,?\s*)?|\s+(?:but|however)\b,?\s*)`,
    ),
    onlyIfFollowedBy: new RegExp(
      String.raw`^\s*(?:(?:but|however)\s+)?[^.!?]{0,160}?\b${oneOf(String.raw`
        ${POLICY_PHRASE}
        ${REFUSAL}
        that'?s\s+(?:just\s+)?(?:how\s+it\s+(?:is|works)|the\s+way\s+it\s+is)
        rules\s+are\s+rules
        that'?s\s+(?:just\s+)?how\s+(?:the|we|our)\s+(?:\w+\s+)?(?:does|do|works?|runs?)\s+(?:it|things)
        (?:nothing|nothin'?)\s+(?:i|we)\s+can\s+do\s+about\s+(?:the|our|that|it)
        (?:as\s+)?per\s+our
        (?:won'?t|doesn'?t|does\s+not|will\s+not)\s+let\s+(?:me|us)
        how\s+the\s+(?:rules?|polic(?:y|ies)|system|terms)\s+(?:are|is|works?)
        costs?\s+(?:\$|\d|an?\s|one|two|three|four|five|ten|twenty|fifty|\w+\s+(?:dollars|pounds|euros))
        is\s+(?:still\s+)?(?:\$\d|\d+\s+(?:dollars|pounds|euros))
      `)}\b`,
      'i',
    ),
    // An apology for the company's own error is not an apology for the policy.
    unlessFollowedBy: new RegExp(
      String.raw`^\s*(?:(?:i|we)\s+(?:misread|misunderstood|got|made|charged|sent|gave)|to\s+hear)|^[^.!?]*\b${oneOf(String.raw`
        mistake
        error
        wrong(?:ly)?
        by\s+accident
        accidentally
        glitch
        shouldn'?t\s+have
        in\s+error
        twice
        (?:duplicate|double|extra)\s+(?:charges?|fees?|payments?|billing|debits?)
        incorrect
        unexpected
        we\s+should\s+have
        our\s+(?:mistake|error|fault)
        (?:that'?s|it'?s)\s+on\s+(?:us|me|our\s+side)
        no\s+(?:charge|fee|cost)
        free\s+of\s+charge
        won'?t\s+be\s+charged
      `)}\b`,
      'i',
    ),
    // A self-correction ("a white — sorry, a white filling's from £95") or an apology after owning the
    // company's slip ("our system messed up there, I'm sorry") is not an apology for the price.
    unlessPrecededBy: /(?:[\u2014\u2013]|\s-|\bi\s+mean,?)\s*$|\b(?:messed\s+up|our\s+(?:mistake|error|fault|bad)|got\s+(?:it|that)\s+wrong|shouldn'?t\s+have)\b[^.!?]*$/,
    negatable: true,
    fix: '',
  },
];

export const policyApology = phraseRule({
  id: 'policy-apology',
  description: 'Flags an apology for a price, fee, rule or policy itself, instead of stating it plainly and offering what can be done.',
  defaultSeverity: 'warn',
  fixable: true,
  tags: ['apology', 'policy'],
  options: {
    allowEffectApology: {
      type: 'boolean',
      default: true,
      description: 'Allow an apology for a change\'s effect on the customer ("I\'m sorry the new price makes this harder for you"). Set to `false` to flag those too.',
    },
  },
  patterns: PATTERNS,
  // The model finds apologies; this one must be for a rule, price or refusal, not for the company's own error.
  modelNeeds: new RegExp(
    String.raw`^(?=.*\b(?:sorry|apologi[sz]e|apologies|regret|afraid)\b)(?=.*\b${oneOf(String.raw`
      polic(?:y|ies)
      fees?
      just\s+how\s+(?:the\s+\w+|it|things|our\s+\w+)\s+works?
      lets\s+us
      allows?\s+us
      charges?
      prices?
      rules?
      terms
      conditions
      costs?
      rates?
      allowed
      can'?t
      cannot
      unable
      not\s+able
      procedure
      regulations?
      law
      system
      that'?s\s+(?:just\s+)?(?:how|the\s+way)
      hands\s+are\s+tied
      nothing\s+(?:i|we)\s+can\s+do
      out\s+of\s+my\s+hands
    `)}\b)(?!.*\b(?:mistake|error|fault|wrong|glitch|shouldn'?t\s+have|misread|misheard|misunderstood|mixed\s+(?:it|that|them)\s+up)\b)`,
  ),
  when: (match, ctx) => match.pattern.id !== 'apology-for-effect' || ctx.options.allowEffectApology === false,
  message: (match) => `"${match.text.trim()}" apologizes for the policy itself, which makes a fair rule sound like a mistake. State the policy plainly and say what you can do instead.`,
  extraSuggestions: () =>
    statementsFor('policy-refusal')
      .slice(0, 3)
      .map((s) => s.text),
  suggestionMode: 'prefix',
  adaptFix(fix, match, ctx) {
    // Deleting an apology that is the whole turn would leave the agent silent: say something useful instead.
    const turn = ctx.agent.turn.textSpan;
    if (fix.text === '' && fix.span.start <= turn.start && fix.span.end >= turn.end) {
      return { title: `Replace with "${PLAIN_STATEMENT}"`, fix: { span: fix.span, text: PLAIN_STATEMENT } };
    }
    // A whole apology sentence before others: what follows may lean on it ("They went up"), so no safe rewrite.
    if (fix.text === '' && match.start === match.sentence.start) return null;
    // The apology may have been the only acknowledgement of an upset caller: keep one, without the apology.
    const upset = ctx.customerBefore.some((c) => c.cues.some((cue) => EMOTIONAL_CUES.has(cue)));
    if (upset && fix.text !== '' && fix.span.start === turn.start) {
      return { title: `Say "${ACKNOWLEDGE}" instead of "${match.text.trim()}"`, fix: { span: fix.span, text: `${ACKNOWLEDGE} ${fix.text}` } };
    }
    return undefined;
  },
});

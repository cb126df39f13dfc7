// presumed-feelings: claiming to know how the caller feels. The seeds: "don't assume you know what
// the customer is feeling"; common empathy mistakes include "assuming you know what the customer is feeling".
import { cuesBefore, phraseRule, replacementFix, type PhrasePattern } from '../rule-kit/phrase-rule.js';
import { OWN_STORY } from './early-personalization.js';
import { acknowledgementFor, leadingCue } from '../moment.js';
import { wordsEnd } from '../clauses.js';
import { onLowerText } from '../regex.js';
import { NEGATIVE_FEELING } from '../rule-kit/vocabulary.js';

/** Cues of a feeling the caller said outright. */
const STATED_FEELINGS = ['distress', 'worry', 'frustration'] as const;

const IMAGINE = 'I can only imagine how hard this must be';

const PATTERNS: PhrasePattern[] = [
  {
    id: 'know-how-you-feel',
    re: /\bi\s+(?:(?:totally|completely|fully|really|truly|absolutely|just|certainly|definitely)\s+)?(?:know|understand|get)\s+(?:(?:exactly|just|precisely|perfectly|totally|completely|fully)\s+)?(?:how|what)\s+you(?:'re|\s+are|\s+must\s+be|\s+must)?\s+(?:feel(?:ing)?|going\s+through|experiencing|dealing\s+with)\b/,
    negatable: true,
    fix: IMAGINE,
    suggestions: ["I can see why you'd feel that way"],
  },
  {
    id: 'know-exactly-what-its-like',
    re: /\bi\s+(?:know|understand)\s+(?:exactly|just|precisely)\s+(?:what\s+(?:it'?s|it\s+is|that'?s)\s+like|how\s+(?:hard|painful|frustrating|difficult|upsetting|stressful)\s+(?:this|it|that)\s+(?:is|must\s+be|feels))\b/,
    negatable: true,
    fix: IMAGINE,
  },
  {
    id: 'relate-to-how-you-feel',
    re: /\bi\s+(?:can\s+)?(?:totally\s+|completely\s+|really\s+|fully\s+)?relate\s+to\s+(?:exactly\s+)?(?:how|what)\s+you(?:'re|\s+are)?\s+(?:feel(?:ing)?|going\s+through)\b/,
    negatable: true,
    fix: IMAGINE,
  },
  {
    id: 'feel-your-pain',
    re: /\bi\s+(?:can\s+)?(?:totally\s+|really\s+|completely\s+)?(?:feel|share)\s+(?:exactly\s+)?(?:your\s+pain|what\s+you(?:'re|\s+are)\s+feeling)\b/,
    negatable: true,
    fix: IMAGINE,
  },
  {
    id: 'you-must-be',
    re: new RegExp(String.raw`\byou\s+must\s+(?:be|feel)\s+(?:(?:so|very|really|absolutely|completely|totally|pretty|quite)\s+)?(?:feeling\s+)?${NEGATIVE_FEELING}\b`),
    fix: 'this must be so hard',
    suggestions: ['I can only imagine how this feels'],
  },
  {
    // "Of course you're heartbroken", "you're livid, I know": the feeling told back as a fact.
    id: 'of-course-youre',
    re: new RegExp(
      String.raw`\bof\s+course\s+you(?:'re|\s+are|\s+feel)\s+(?:(?:so|very|really|absolutely|completely)\s+)?${NEGATIVE_FEELING}\b|\byou(?:'re|\s+are)\s+${NEGATIVE_FEELING},?\s+i\s+know\b|\b(?:absolutely\s+|really\s+|so\s+)?${NEGATIVE_FEELING},?\s+you(?:'ll|\s+will|\s+must)\s+be\b|\bi'?m\s+sure\s+you(?:'re|\s+are)\s+(?:(?:so|very|really|absolutely|completely)\s+)?${NEGATIVE_FEELING}\b|\b(?:it'?s|it\s+is)\s+(?:perfectly\s+|very\s+|quite\s+)?(?:clear|obvious|plain)\s+(?:to\s+me\s+)?that\s+you(?:'re|\s+are)\s+(?:\w+\s+)?${NEGATIVE_FEELING}\b`,
    ),
    fix: 'this must be so hard',
    suggestions: [],
  },
  {
    id: 'you-are-obviously',
    re: new RegExp(
      String.raw`\byou(?:'re|\s+are)\s+(?:obviously|clearly|probably|definitely|surely|certainly|no\s+doubt|undoubtedly|doubtless)\s+(?:feeling\s+)?(?:(?:very|so|really|extremely|quite|pretty)\s+)?${NEGATIVE_FEELING}\b`,
    ),
    fix: 'this sounds really hard',
    suggestions: [],
  },
  {
    id: 'i-know-youre',
    re: new RegExp(
      String.raw`\bi\s+(?:just\s+)?know\s+(?:that\s+)?you(?:'re|\s+are|\s+feel|\s+must\s+(?:be|feel))\s+(?:(?:so|very|really|feeling|totally|completely|absolutely|pretty|quite)\s+)*${NEGATIVE_FEELING}\b`,
    ),
    negatable: true,
    fix: 'I can hear this has been hard',
    suggestions: [],
  },
  {
    id: 'i-can-tell-youre',
    re: new RegExp(String.raw`\bi\s+can\s+(?:tell|see)\s+(?:that\s+)?you(?:'re|\s+are|\s+feel)\s+(?:(?:really|so|very|quite|pretty|extremely|absolutely)\s+)?${NEGATIVE_FEELING}\b`),
    negatable: true,
    fix: 'this sounds really hard',
  },
  {
    // British "you'll be gutted" is "you must be gutted": a claim, not a prediction.
    id: 'youll-be-feeling',
    re: new RegExp(
      String.raw`\byou(?:'ll|\s+will)\s+(?:be|have\s+been)\s+(?:(?:so|very|really|absolutely|completely|totally|utterly|pretty|quite|just|feeling)\s+)*(?:${NEGATIVE_FEELING}|lost\s+without)\b|\b(?:he|she|they)(?:'ll|\s+will)\s+be\s+(?:(?:so|very|really|absolutely|completely|totally|utterly)\s+)*${NEGATIVE_FEELING}\b(?=[^.!?]{0,12}\bi\s+(?:know|can\s+tell|bet)\b)`,
    ),
    negatable: true,
    fix: 'this must be so hard',
  },
  {
    // "I know that will have left you feeling let down": the claim made about the event's effect.
    id: 'i-know-it-left-you',
    re: new RegExp(
      String.raw`\b(?:i\s+(?:just\s+)?know\s+(?:that\s+)?)?(?:this|that|it)(?:\s+\w+)?\s+(?:will\s+have|must\s+have|'ll\s+have)\s+(?:left|made)\s+you\s+(?:feel(?:ing)?\s+)?(?:(?:so|very|really|completely|totally|absolutely)\s+)?${NEGATIVE_FEELING}\b`,
    ),
    negatable: true,
    fix: 'this must be so hard',
  },
  {
    id: 'i-bet-youre',
    re: new RegExp(String.raw`\b(?:i\s+)?bet\s+you(?:'re|\s+are|\s+were|\s+feel|'ve\s+been)\s+(?:(?:so|very|really|absolutely|totally|feeling)\s+)*${NEGATIVE_FEELING}\b`),
    negatable: true,
    fix: 'this sounds really hard',
  },
  {
    id: 'know-the-feeling',
    re: /\bi\s+(?:totally\s+|really\s+|completely\s+|definitely\s+|so\s+)?know\s+(?:the|that)\s+feeling\b/,
    negatable: true,
    fix: IMAGINE,
  },
  {
    id: 'i-know-how-feeling',
    re: new RegExp(
      String.raw`\bi\s+(?:know|understand)\s+(?:exactly\s+|just\s+)?how\s+(?:(?:so|very|really|totally)\s+)?${NEGATIVE_FEELING}(?:(?:\s*,\s*|\s+and\s+|\s+or\s+)${NEGATIVE_FEELING})*\s+you(?:'re|\s+are|\s+must\s+be|\s+feel|\s+must\s+feel)\b`,
    ),
    negatable: true,
    fix: IMAGINE,
    suggestions: [],
  },
];

export const presumedFeelings = phraseRule({
  id: 'presumed-feelings',
  description: 'Flags claims to know how the caller feels ("I know exactly how you feel", "you must be furious").',
  defaultSeverity: 'warn',
  fixable: true,
  tags: ['emotion'],
  patterns: PATTERNS,
  modelNeeds: /\byou(?:r|'re|'d|'ve)?\b/,
  // "You must be logged in" is a requirement, not a claim about feelings.
  modelRejects: /\byou\s+must\s+(?:first\s+|also\s+)?(?:be\s+)?(?:logged|signed|registered|over|under|at\s+least|eligible|present|enrolled|verified|the\s+\w+|an?\s+\w+|\d)/,
  // Mirroring a caller's joy is what the seeds recommend for happy news, so only unhappy contexts count.
  // "Of course you're scared" to a caller who said so validates what they said; to one who did not, it tells them.
  when(match, ctx) {
    const cues = cuesBefore(ctx);
    return !cues.has('good-news') && !(match.pattern.id === 'of-course-youre' && STATED_FEELINGS.some((cue) => cues.has(cue)));
  },
  // Said for what the caller showed (worry is not grief), and without the agent's own story riding along.
  adaptFix(_fix, match, ctx) {
    const fix = replacementFix(ctx.agent, match, acknowledgementFor(leadingCue(cuesBefore(ctx))));
    const base = ctx.agent.turn.textSpan.start;
    const end = wordsEnd(ctx.agent.turn.text, match.sentence);
    if (onLowerText(OWN_STORY).test(ctx.agent.masked.slice(match.end, end))) fix.span = { start: fix.span.start, end: base + end };
    return { title: `Say "${fix.text}"`, fix };
  },
  message: (match) => `"${match.text.trim()}" tells the caller how they feel; many will answer "no, you don't". Name what you can see or imagine instead.`,
});

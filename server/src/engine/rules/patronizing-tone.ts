// patronizing-tone: talking down to the caller. Research (TalkDown) finds condescension is usually
// well-meant; these are the phrases that carry it regardless of intent.
import { phraseRule, saysAnyOf, type PhrasePattern } from '../rule-kit/phrase-rule.js';
import { oneOf } from '../phrase-families.js';
import { condescendingSympathy } from './condescending-sympathy.js';
import { dismissivePhrasing } from './dismissive-phrasing.js';
import { falseReassurance } from './false-reassurance.js';
import { policyApology } from './policy-apology.js';

/** Mistakes a pet name often rides along with ("I'm sorry, hon, that's the policy"): there the mistake is what to fix. */
const RIDES_ALONG_WITH = [condescendingSympathy, policyApology, falseReassurance, dismissivePhrasing];

const RECAP = 'To recap';

/** Phrases that point out the agent already explained; the rest judge the caller's ability. */
const REPEAT_PATTERNS = new Set(['as-i-said', 'as-ive-said', 'already-told-you', 'for-the-nth-time']);

/** "It's easy for us to fix": about the agent's side, not the caller's ability. */
const SIMPLE_FOR_US = /^\s*(?:for\s+(?:me|us)|on\s+our\s+(?:end|side)|to\s+(?:fix|sort|resolve|change|set\s+up|update)\b|to\s+(?:miss|overlook|mix|get\s+(?:confused|wrong)))/;

const PATTERNS: PhrasePattern[] = [
  {
    id: 'as-i-said',
    re: new RegExp(
      String.raw`\b(?:as|like)\s+i\s+(?:(?:already|just|have\s+already|'ve\s+already|previously|clearly|literally|was)\s+)*(?:said|saying|explained|explaining|mentioned|told\s+you|stated|pointed\s+out)(?:\s+${oneOf(String.raw`
      before
      earlier
      already
      twice
      several\s+times
      many\s+times
      a\s+(?:minute|moment|second|few\s+minutes)\s+ago
      just\s+now
      on\s+the\s+last\s+call
    `)})?`,
    ),
    fix: RECAP,
    suggestions: ['Just so we are on the same page'],
  },
  { id: 'as-ive-said', re: /\bas\s+i'?ve\s+(?:already\s+)?(?:said|explained|mentioned|told\s+you|stated)(?:\s+(?:before|earlier|already|twice))?/, fix: RECAP },
  {
    id: 'already-told-you',
    re: new RegExp(
      String.raw`\bi(?:'ve|\s+have)?\s+(?:already\s+)?(?:told|explained\s+(?:this|that|it)\s+to)\s+you\s+${oneOf(String.raw`
      already
      twice
      before
      this
      several\s+times
      many\s+times
      three\s+times
      a\s+few\s+times
    `)}\b|\bi\s+already\s+(?:told|explained)\b|\bi\s+(?:did\s+)?(?:literally\s+)?just\s+(?:told|tell|said|explained)\s+(?:you|that)\b`,
    ),
    suggestions: ['Let me go over that again'],
  },
  {
    id: 'for-the-nth-time',
    re: /\bfor\s+the\s+(?:last|third|fourth|fifth|hundredth|umpteenth|tenth)\s+time\b|\b(?:once|one\s+more\s+time)\s+again\b|\bi'?ll\s+say\s+(?:it|this)\s+(?:again|one\s+more\s+time|slowly)/,
    suggestions: ['Let me go over that again'],
  },
  {
    id: 'its-very-simple',
    re: /\b(?:it|this|that)(?:'s|\s+is|\s+was)\s+(?:really|very|quite|pretty|super|so|actually|extremely|incredibly)\s+(?:simple|easy|basic|obvious|straightforward)\b/,
    negatable: true,
    unlessFollowedBy: SIMPLE_FOR_US,
    suggestions: ["Here's how it works"],
  },
  {
    id: 'its-simple-you-just',
    re: /\b(?:it|this|that)(?:'s|\s+is)\s+(?:simple|easy|basic|obvious)\b(?=\s*(?:[,.!:;\u2014-]\s*)?(?:you\s+just|just|all\s+you|simply|you\s+only|$|[.!]))/,
    negatable: true,
    unlessFollowedBy: SIMPLE_FOR_US,
    suggestions: ["Here's how it works"],
  },
  {
    id: 'not-rocket-science',
    re: /\b(?:it'?s\s+|this\s+is(?:n'?t|\s+not)\s+|it\s+is(?:n'?t|\s+not)\s+)?(?:not\s+)?rocket\s+science\b|\b(?:it'?s|this\s+is|it\s+is)\s+(?:really\s+|honestly\s+|just\s+)?not\s+(?:that\s+|so\s+)?(?:hard|difficult|complicated)\b|\bisn'?t\s+(?:that\s+)?(?:hard|difficult|complicated)\b/,
    suggestions: ["Here's how it works"],
  },
  {
    // "I believe I have covered this", "one would have thought that fairly self-explanatory".
    id: 'already-covered',
    re: /\bi\s+(?:believe|think)\s+(?:i|we)(?:'ve|\s+have)\s+(?:already\s+)?(?:covered|explained|answered|been\s+over|gone\s+over)\s+(?:this|that)\b|\bself-?explanatory\b|\bback\s+to\s+basics\b|\bi'?ll\s+make\s+it\s+(?:more\s+)?simpler?\s+for\s+you\b|\bit'?s\s+(?:kind\s+of\s+|sort\s+of\s+|right\s+there\s+)?in\s+the\s+name\b|\b(?:a|an)\s+(?:fairly|pretty|really|very)\s+(?:simple|easy|basic)\s+one\b/,
    negatable: true,
    unlessFollowedBy: SIMPLE_FOR_US,
    suggestions: ["Here's how it works"],
  },
  {
    id: 'anyone-can',
    re: /\b(?:anyone|anybody|everyone|everybody|a\s+child|a\s+kid)\s+(?:can|could)\s+(?:do|figure|understand|manage)\b|\beveryone\s+(?:knows|else\s+(?:knows|manages|figures))\b/,
    suggestions: ['Many people find this step confusing'],
  },
  {
    id: 'listen-carefully',
    re: new RegExp(
      String.raw`\b${oneOf(String.raw`
      listen\s+(?:to\s+me\s+)?(?:carefully|closely|very\s+carefully)
      listen\s+to\s+me
      pay\s+attention
      you\s+(?:need|have)\s+to\s+(?:listen|understand\s+that|pay\s+attention)
      let\s+me\s+explain\s+(?:it\s+|this\s+)?(?:again\s+)?(?:slowly|very\s+slowly|one\s+more\s+time|in\s+simple\s+terms)
    `)}\b`,
    ),
    suggestions: ['Let me walk you through it'],
  },
  {
    id: 'do-you-understand',
    re: /\b(?:do\s+you\s+understand(?:\s+(?:me|that|now))?|are\s+you\s+following(?:\s+me)?|(?:have\s+)?(?:you\s+)?got\s+(?:it|that))\s*\?/,
    suggestions: ['Does that make sense?', 'Would it help if I went over any part again?'],
  },
  {
    id: 'endearment',
    re: /(?:^|[,!.]\s*|\boh\s+|\bokay\s+|\bnow\s+)(?:sweetie|honey|hon|hun|sweetheart|darling|dearie|sugar|sweet\s*pea|young\s+(?:lady|man)|little\s+lady|buddy|pal|kiddo)\b(?!\s+(?:ham|glaze|jar|bee))/,
    suggestions: [''],
  },
  {
    id: 'obviously-you',
    re: new RegExp(
      String.raw`\b(?:obviously|clearly),?\s+you\s+(?:just\s+|simply\s+)?${oneOf(String.raw`
      didn'?t
      did\s+not
      don'?t
      do\s+not
      haven'?t
      can'?t
      need
      should
      have\s+to
      must
      click
      press
      go
      tap
      open
      enter
      type
      select
      log
    `)}\b|\bof\s+course,?\s+you\s+(?:didn'?t|did\s+not|don'?t|do\s+not|haven'?t|can'?t|should|have\s+to|must)\b`,
    ),
    suggestions: ['It looks like'],
  },
  { id: 'good-girl', re: /\b(?:good\s+(?:girl|boy)|atta\s*(?:boy|girl)|see,?\s+(?:that\s+wasn'?t\s+so\s+hard|it'?s\s+easy))\b/, suggestions: ['Thank you, that worked'] },
  {
    id: 'slowly-this-time',
    re: new RegExp(
      String.raw`\b${oneOf(String.raw`
      (?:slowly|more\s+slowly)\s+this\s+time
      so\s+(?:that\s+)?you\s+can\s+(?:keep\s+up|follow|understand\s+it)
      spell\s+it\s+out(?:\s+for\s+you)?
      in\s+(?:plain|simple)\s+english
      let\s+me\s+dumb\s+(?:it|this)\s+down
      (?:it'?s|it\s+is)\s+(?:literally\s+)?in\s+the\s+name
      anyone\s+could\s+(?:find|do|see|work\s+out)\s+(?:it|that)
      any\s+(?:kid|child|toddler|five-year-old|schoolkid)\s+(?:can|could)
      (?:we|i)(?:'ve|\s+have)?\s+(?:already\s+)?(?:went|gone|been)\s+(?:through|over)\s+(?:this|that)\s+already
      (?:we|i)(?:'ve|\s+have)\s+already\s+(?:gone|been)\s+(?:through|over)\s+(?:this|that)\s+(?:twice|(?:two|three|several)\s+times)
      (?:did\s+i\s+not|didn'?t\s+i)\s+(?:just\s+)?(?:walk\s+you\s+through|explain|tell\s+you|go\s+(?:over|through))
      nice\s+and\s+slow(?:ly)?\s+for\s+you
      (?:ye|you)\s+(?:cannae|can'?t|cannot|couldn'?t)\s+(?:possibly\s+)?miss\s+it,?\s+(?:really|honestly|surely|seriously)
      try\s+(?:and|to)\s+(?:follow|keep\s+up)(?:\s+along)?(?:\s+with\s+me)?\s+this\s+time
      (?:make|put|keep)\s+it\s+(?:simpler|easier|more\s+basic)\s+for\s+you\s+this\s+time
      (?:break|chop|cut)\s+(?:it|this)\s+(?:down\s+)?into\s+(?:really\s+|very\s+|nice\s+)?(?:small|tiny|little|baby)\s+(?:pieces|steps|bits|chunks)
      (?:i'?ll|let\s+me)\s+(?:go|walk)\s+(?:through\s+it\s+|over\s+it\s+)?(?:really\s+)?slowly
    `)}\b`,
    ),
    suggestions: ['Let me walk you through it'],
  },
  {
    id: 'even-a-child',
    re: new RegExp(
      String.raw`\beven\s+(?:a\s+(?:child|kid|toddler|five-year-old|monkey)|my\s+${oneOf(String.raw`
      grand(?:mother|ma|pa|father|dad)
      nan
      gran
      kids?
      son
      daughter
      mum
      mom
      dad
      mother
      father
    `)})\s+(?:can|could|manages?|managed|gets?|got|figured|does|did)\b|\b(?:confusing|hard|tricky|difficult)\s+for\s+some\s+people\b|\bsome\s+people\s+(?:just\s+)?(?:find|struggle|get\s+confused)\b`,
    ),
    suggestions: ["Here's how it works"],
  },
  // "My seven-year-old can do it": the same comparison as "even a child could".
  { id: 'my-kid-can', re: /\bmy\s+(?:(?:\w+-year-old|little|young)\s+)?(?:kids?|son|daughter|nan|gran|grandma|grandmother|granny|mum|mom|niece|nephew|\w+-year-old)\s+(?:can|could|manages?|does)\b/ },
  {
    id: 'you-wouldnt-understand',
    re: /\byou\s+(?:wouldn'?t|won'?t|couldn'?t|would\s+not|probably\s+wouldn'?t)\s+(?:really\s+|even\s+)?(?:understand|get|follow)\s+(?:it|this|that|the\s+details)\b|\b(?:too\s+technical\s+for\s+you|(?<!roof\s)over\s+your\s+head|above\s+your\s+pay\s+grade)\b/,
    suggestions: ["Here's the short version"],
  },
  // "Please stay with me" before a hold or a transfer asks the caller not to hang up: not talking down.
  {
    id: 'try-to-keep-up',
    re: /\b(?:try\s+to\s+keep\s+up|stay\s+with\s+me|are\s+you\s+(?:still\s+)?with\s+me)\b/,
    unlessPrecededBy: /\b(?:please|so|just)\s+$|\b(?:hold|line|transfer\w*|connect\w*|call(?:ing)?)\b[^.!?]*$/,
    suggestions: ['Let me know if I should slow down'],
  },
];

export const patronizingTone = phraseRule({
  id: 'patronizing-tone',
  description: 'Flags talking down to the caller ("as I already explained", "like I said", "it\'s very simple").',
  defaultSeverity: 'warn',
  fixable: true,
  tags: ['tone'],
  patterns: PATTERNS,
  // A pet name is reported on its own; beside another mistake in the turn it is that mistake's tone, not a second one.
  when: (match, ctx) => match.pattern.id !== 'endearment' || !saysAnyOf(ctx.agent, RIDES_ALONG_WITH),
  // Paraphrasing the caller ("like you said, you've restarted it twice") is listening, not talking down.
  // Step-by-step instructions ("go to Settings, then point the camera at it") are help, not talking down.
  modelRejects:
    /\b(?:like|as)\s+you\s+(?:said|mentioned|told\s+(?:me|us)|explained)\b|\b(?:is|was|'s)\s+a\s+real\s+(?:pain|nuisance|hassle|headache|worry|blow)\b|\b(?:go\s+to|tap|click|press|select|open|scan|enter|type|swipe|plug)\b[^.!?]+\b(?:then|and)\s+(?:\w+\s+){0,4}?(?:go\s+to|tap|click|press|select|open|scan|enter|type|point|hold|swipe|plug)\b/,
  message: (match) =>
    `"${match.text.trim()}" ${REPEAT_PATTERNS.has(match.pattern.id) ? 'points out that you already explained, which talks down to the caller. Explain again without saying so.' : 'talks down to the caller, even when meant kindly. Explain the step plainly instead.'}`,
});

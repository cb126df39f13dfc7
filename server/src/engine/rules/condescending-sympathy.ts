// condescending-sympathy: pity instead of empathy. The seeds: customers "want understanding, not
// pity"; rote sympathy "can sound condescending and insincere".
import { phraseRule, cuesBefore, type PhrasePattern } from '../rule-kit/phrase-rule.js';
import { oneOf } from '../phrase-families.js';

const PATTERNS: PhrasePattern[] = [
  {
    id: 'poor-thing',
    re: new RegExp(
      String.raw`\b(?:oh,?\s+)?${oneOf(String.raw`
      you\s+poor\s+(?:little\s+)?(?:thing|dear|soul|baby|darling|man|woman|lady|girl|boy|child|lamb|creature|love|pet|duck|sweetheart|honey|sod|mite)
      poor\s+(?:you|thing|dear|baby)\b
      you\s+poor,?\s+poor\s+\w+
      such\s+a\s+(?:pitiful|pathetic|sad|poor)\s+(?:little\s+)?\w+
      kawawa\s+(?:ka|naman)
      (?:deepest|great|such|real)\s+pity\s+for
      pity\s+(?:for\s+)?(?:a\s+person|someone|anyone|people)\s+(?:in|like|placed)
    `)}`,
    ),
    fix: "I'm so sorry you're dealing with this",
  },
  {
    id: 'sorry-for-you',
    re: /\b(?:i\s+)?(?:really\s+|truly\s+)?(?:feel|felt|am|'m)\s+(?:so\s+|really\s+|very\s+|truly\s+|just\s+)*(?:sorry|bad|awful|terrible|dreadful)\s+for\s+you\b/,
    negatable: true,
    fix: "I'm so sorry you're going through this",
  },
  {
    id: 'sorry-for-people-like-you',
    re: /\b(?:feel|am|'m)\s+(?:\w+\s+)?(?:sorry|bad)\s+for\s+(?:people|someone|anyone|folks)\s+(?:in|like)\s+(?:your|you)\b/,
    negatable: true,
    fix: "I'm sorry you're dealing with this",
  },
  {
    id: 'pity',
    re: /\b(?:i\s+)?(?:(?:(?:really|honestly|do|really\s+do|truly)\s+)?pity\s+(?:you|ya|ye|anyone\s+(?:in\s+your\s+(?:position|shoes|situation)|going\s+through)|people\s+(?:like\s+you|in\s+your\s+(?:position|shoes|situation)))|take\s+pity\s+on\s+(?:you|ya)|feel\s+pity\s+for\s+(?:you|ya))\b/,
    negatable: true,
    fix: 'I can see how hard this has been',
  },
  { id: 'bless-your-heart', re: /\bbless\s+your\s+(?:little\s+)?heart\b/, fix: 'I appreciate you telling me this' },
  { id: 'how-sad-for-you', re: /\b(?:how|that'?s\s+so|that\s+is\s+so|what\s+a)\s+(?:sad|pathetic|pitiful|shame)\s+for\s+you\b/, fix: 'that sounds really hard' },
  { id: 'pitiful-situation', re: /\byour\s+(?:sad|pitiful|pathetic|unfortunate)\s+(?:little\s+)?(?:situation|life|story|state|position|circumstances|predicament)\b/, fix: 'your situation' },
  { id: 'aww', re: /\baw+,?\s+(?:sweetie|honey|hun|sweetheart|dear|you\s+poor)\b/, fix: "I'm so sorry" },
];

export const condescendingSympathy = phraseRule({
  id: 'condescending-sympathy',
  description: 'Flags pity that sounds condescending ("you poor thing", "I feel sorry for you") instead of empathy.',
  defaultSeverity: 'warn',
  fixable: true,
  tags: ['sympathy', 'tone'],
  patterns: PATTERNS,
  modelNeeds: /\b(?:you|your|you're|poor|bless|pity)\b/,
  message: (match) => `"${match.text.trim()}" sounds like pity, and callers hear it as talking down. Acknowledge what happened instead.`,
  extraSuggestions: (ctx) => (cuesBefore(ctx).has('loss') ? ["I'm so sorry to hear that"] : ['I can only imagine how tough that must be']),
});

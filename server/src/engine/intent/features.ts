// What the intent model reads in a line: its words, stemmed (Porter2, from wink-porter2-stemmer),
// as unigrams, bigrams and trigrams, with words after a negation marked, so "calm down" and "I won't
// tell you to calm down" differ. Training (scripts/train) and the engine share this file, so a
// feature means the same thing at both ends.
import stem from 'wink-porter2-stemmer';

/** One word of a line, with where it stands (relative to the text given). */
export interface Token {
  /** The normalized form the features use: a stem, or a class such as <num>. */
  form: string;
  start: number;
  end: number;
  /** True when a negation stands a few words before it in the same clause. */
  negated: boolean;
}

/** One feature and the tokens it covers (for explanations). */
export interface Feature {
  key: string;
  first: number;
  last: number;
}

const WORD = /\$\s?\d[\d,.]*|£\s?\d[\d,.]*|€\s?\d[\d,.]*|\d[\d,.:]*%?|[a-z]+(?:['’][a-z]+)*|[!?]/g;
const NEGATORS = new Set(['not', 'never', 'no', 'cannot', 'nobody', 'nothing', 'without', 'hardly']);
/** How many words a negation reaches. */
const NEGATION_REACH = 4;
/** British spellings folded to American before stemming ("apologise" = "apologize"). */
const BRITISH_ISE = /^(apolog|organ|real|recogn|priorit|sympath|emphas|minim|custom|special|final|author)is(e|ed|es|ing)$/;

const STEMS = new Map<string, string>();
/** Stems memoized: a script's vocabulary is small and repeats. Bounded so a hostile file cannot grow it. */
const MAX_STEMS = 50_000;

/** Longer "words" are not words (a pasted hash, a hostile file): one class, never stemmed (the stemmer is slow on them). */
const MAX_WORD_LENGTH = 40;

/** The stem of one lower-case word, contractions kept whole ("you're", "won't"). */
function formOf(word: string): string {
  if (word.length > MAX_WORD_LENGTH) return '<long>';
  // By the first character, not a regex per word: this runs on every word of every distinct sentence.
  const first = word.charCodeAt(0);
  if (first === 0x24 || first === 0xa3 || first === 0x20ac) return '<money>'; // $ £ €
  if (first >= 0x30 && first <= 0x39) return word.endsWith('%') ? '<pct>' : '<num>';
  const plain = word.includes('’') ? word.replace(/’/g, "'") : word;
  if (plain.includes("'")) return plain;
  let stemmed = STEMS.get(plain);
  if (stemmed === undefined) {
    stemmed = stem(plain.replace(BRITISH_ISE, '$1iz$2'));
    if (STEMS.size < MAX_STEMS) STEMS.set(plain, stemmed);
  }
  return stemmed;
}

/**
 * True when the gap between two words holds clause punctuation. (The gap holds no words, so a clause
 * word such as "but" is a token, not a break; this scans the few characters without a copy.)
 */
function breaksClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 46 || c === 33 || c === 63) return true; // , ; : . ! ?
  }
  return false;
}

/** True for a word that negates what follows ("not", "won't", "never"). */
function negates(word: string): boolean {
  return NEGATORS.has(word) || endsInNt(word);
}

/** Ends in "n't" (either apostrophe): read by character, as this runs on every word of every distinct sentence. */
function endsInNt(word: string): boolean {
  const n = word.length;
  if (n < 3 || word.charCodeAt(n - 1) !== 0x74 || word.charCodeAt(n - 3) !== 0x6e) return false; // t, n
  const apostrophe = word.charCodeAt(n - 2);
  return apostrophe === 0x27 || apostrophe === 0x2019; // ' or ’
}

/** The tokens of `text` (lower-case expected), skipping the spans in `skip` (quoted words). */
export function tokenize(text: string, skip: readonly { start: number; end: number }[] = []): Token[] {
  const tokens: Token[] = [];
  let negationLeft = 0;
  let last = 0;
  // exec on the one global pattern, not matchAll (which copies the pattern for every sentence).
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = m.index;
    if (negationLeft > 0 && breaksClause(text, last, start)) negationLeft = 0;
    last = start + m[0].length;
    if (skip.length > 0 && skip.some((s) => start >= s.start && start < s.end)) continue;
    const word = m[0];
    tokens.push({ form: formOf(word), start, end: last, negated: negationLeft > 0 });
    if (negates(word)) negationLeft = NEGATION_REACH;
    else if (negationLeft > 0) negationLeft--;
  }
  return tokens;
}

/** Sentence lengths (in words) that get a feature of their own, so a long sentence's many weak cues are weighed as such. */
const LENGTH_BUCKETS = [4, 8, 14, 22, 32];

/** The length feature of a sentence: "#len<N" for the first bucket it fits. */
export function lengthKey(count: number): string {
  const bucket = LENGTH_BUCKETS.find((limit) => count < limit);
  return bucket === undefined ? '#len+' : `#len<${bucket}`;
}

/** Every feature of a token list: its length, start marker, unigrams (negation-marked), bigrams and trigrams. */
export function featuresOf(tokens: readonly Token[]): Feature[] {
  const features: Feature[] = [{ key: lengthKey(tokens.length), first: 0, last: Math.max(0, tokens.length - 1) }];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    features.push({ key: t.negated ? `~${t.form}` : t.form, first: i, last: i });
    if (i === 0) features.push({ key: `^${t.form}`, first: i, last: i });
    if (i + 1 < tokens.length) features.push({ key: `${t.form} ${tokens[i + 1].form}`, first: i, last: i + 1 });
    if (i + 2 < tokens.length) features.push({ key: `${t.form} ${tokens[i + 1].form} ${tokens[i + 2].form}`, first: i, last: i + 2 });
  }
  return features;
}

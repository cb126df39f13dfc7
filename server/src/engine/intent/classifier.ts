// The intent model at run time: reads the shipped weights once, then scores a sentence for every
// label with one pass over its features. Pure: no I/O beyond the bundled JSON, no network.
import modelFile from './intent-model.json';
import { lengthKey, type Feature, type Token } from './features.js';
import { INTENT_LABELS, type IntentLabel, type IntentModelFile } from './model-format.js';

/** A feature's weight for every label, in INTENT_LABELS order. */
type WeightRow = Float32Array;

/** A feature of the model: its key (as featuresOf spells it) and where its weights start in the model's buffer. */
interface KnownFeature {
  key: string;
  at: number;
}

interface LoadedModel {
  /** Features that are not n-grams (length, unigram, negated unigram, start), by key. */
  rows: Map<string, KnownFeature>;
  /** Every word form some feature is made of, numbered: an n-gram with any other form cannot be in the model. */
  formIds: Map<string, number>;
  /** A form's unigram, negated unigram and sentence-start features by its number (no key string made to look one up). */
  plainOf: (KnownFeature | undefined)[];
  negatedOf: (KnownFeature | undefined)[];
  startOf: (KnownFeature | undefined)[];
  /** Bigrams and trigrams by their forms' numbers (see ngramId): no key string is made to look one up. */
  ngrams: Map<number, KnownFeature>;
  /** Every feature's weights, one label after another (a feature's row from its `at`). */
  weights: Float32Array;
  bias: Float32Array;
  thresholds: Float32Array;
}

let loaded: LoadedModel | undefined;

/** The model as lookup rows, built on first use (the CLI pays for it only when a line is classified). */
function model(): LoadedModel {
  if (loaded) return loaded;
  const file = modelFile as unknown as IntentModelFile;
  const labels = INTENT_LABELS.length;
  const bias = new Float32Array(labels);
  const thresholds = new Float32Array(labels);
  let entries = 0;
  for (const label of INTENT_LABELS) entries += Object.keys(file.weights[label]?.features ?? {}).length;
  // Every row a stretch of one buffer, read by offset: the CLI loads the model once per run, and
  // ~19,000 buffers (or views) of their own took a while.
  const buffer = new Float32Array(entries * labels);
  const byKey = new Map<string, number>();
  INTENT_LABELS.forEach((label, index) => {
    const weights = file.weights[label];
    bias[index] = weights?.bias ?? -10;
    thresholds[index] = file.thresholds[label] ?? 1.01;
    const features = weights?.features ?? {};
    for (const key in features) {
      let at = byKey.get(key);
      if (at === undefined) byKey.set(key, (at = byKey.size * labels));
      buffer[at + index] = features[key];
    }
  });
  const rows = new Map<string, KnownFeature>();
  const formIds = new Map<string, number>();
  const idOf = (form: string): number => {
    let id = formIds.get(form);
    if (id === undefined) formIds.set(form, (id = formIds.size));
    return id;
  };
  const grams: [string[], KnownFeature][] = [];
  const plainOf: (KnownFeature | undefined)[] = [];
  const negatedOf: (KnownFeature | undefined)[] = [];
  const startOf: (KnownFeature | undefined)[] = [];
  for (const [key, at] of byKey) {
    if (!key.includes(' ')) {
      const feature = { key, at };
      const first = key.charCodeAt(0);
      const byForm = first === NEGATED_MARK ? negatedOf : first === START_MARK ? startOf : plainOf;
      byForm[idOf(unmarked(key))] = feature;
      rows.set(key, feature);
      continue;
    }
    const parts = key.split(' ');
    for (const part of parts) idOf(unmarked(part));
    grams.push([parts, { key, at }]);
  }
  // Numbered once every form is known: an n-gram's number needs the count of forms.
  const ngrams = new Map<number, KnownFeature>();
  for (const [parts, feature] of grams) {
    let id = -1;
    for (const part of parts) id = ngramId(id, formIds.get(part)!, formIds.size);
    ngrams.set(id, feature);
  }
  return (loaded = { rows, formIds, plainOf, negatedOf, startOf, ngrams, weights: buffer, bias, thresholds });
}

const NEGATED_MARK = 0x7e; // ~
const START_MARK = 0x5e; // ^

/** A feature part without its negation (~) or sentence-start (^) mark: the word form. */
function unmarked(part: string): string {
  const first = part.charCodeAt(0);
  return first === NEGATED_MARK || first === START_MARK ? part.slice(1) : part;
}

/**
 * The number of an n-gram extended by one form (`prefix` -1 for none): prefix·(forms+1) + form + 1,
 * distinct for every sequence of up to three forms and exact in a double for any model this size.
 */
function ngramId(prefix: number, form: number, forms: number): number {
  return prefix < 0 ? form : (prefix + 1) * (forms + 1) + form + 1;
}

/** A sentence's scores: probability per label, and the features the model knows, for explanations. */
export interface SentenceScores {
  probabilities: Float32Array;
  /** Worked out when first read: most sentences are scored and never explained. */
  readonly known: readonly { feature: Feature; row: WeightRow }[];
  /** Features' values: each known feature counts 1/sqrt(n), as in training. */
  scale: number;
}

/**
 * Scores one sentence's tokens for every label. The features are featuresOf's, in its order, but an
 * n-gram is only looked up when every word of it is one the model knows, by its forms' numbers: most
 * are not, and no key string is made for them (this runs on every distinct agent sentence).
 */
export function scoreTokens(tokens: readonly Token[]): SentenceScores {
  const labels = INTENT_LABELS.length;
  // Each label's sum in doubles, bias first, then each feature in featuresOf's order: the same sums as
  // adding up the known features' rows one by one.
  const { bias, weights } = model();
  const sums = Float64Array.from(bias);
  eachKnownFeature(tokens, (found) => {
    for (let label = 0; label < labels; label++) sums[label] += weights[found.at + label];
  });
  const probabilities = new Float32Array(labels);
  for (let label = 0; label < labels; label++) probabilities[label] = 1 / (1 + Math.exp(-sums[label]));
  return new Scores(probabilities, tokens);
}

/** Scores whose explanation (the known features and the tokens they cover) is listed again only when asked. */
class Scores implements SentenceScores {
  readonly scale = 1;
  private listed: { feature: Feature; row: WeightRow }[] | undefined;

  constructor(
    readonly probabilities: Float32Array,
    private readonly tokens: readonly Token[],
  ) {}

  get known(): readonly { feature: Feature; row: WeightRow }[] {
    if (!this.listed) {
      const listed: { feature: Feature; row: WeightRow }[] = [];
      const { weights } = model();
      const labels = INTENT_LABELS.length;
      eachKnownFeature(this.tokens, (found, first, last) => listed.push({ feature: { key: found.key, first, last }, row: weights.subarray(found.at, found.at + labels) }));
      this.listed = listed;
    }
    return this.listed;
  }
}

/** Calls `visit` with each of the sentence's features the model knows, in featuresOf's order, with the tokens it covers. */
function eachKnownFeature(tokens: readonly Token[], visit: (found: KnownFeature, first: number, last: number) => void): void {
  const { rows, formIds, plainOf, negatedOf, startOf, ngrams } = model();
  const forms = formIds.size;
  const n = tokens.length;
  const ids = tokens.map((t) => formIds.get(t.form) ?? -1);
  const length = rows.get(lengthKey(n));
  if (length) visit(length, 0, Math.max(0, n - 1));
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    if (id < 0) continue;
    const unigram = tokens[i].negated ? negatedOf[id] : plainOf[id];
    if (unigram) visit(unigram, i, i);
    const start = i === 0 ? startOf[id] : undefined;
    if (start) visit(start, i, i);
    if (i + 1 < n && ids[i + 1] >= 0) {
      const bigram = ngramId(id, ids[i + 1], forms);
      const pair = ngrams.get(bigram);
      if (pair) visit(pair, i, i + 1);
      const triple = i + 2 < n && ids[i + 2] >= 0 ? ngrams.get(ngramId(bigram, ids[i + 2], forms)) : undefined;
      if (triple) visit(triple, i, i + 2);
    }
  }
}

/** The index of a label in score arrays. */
export function labelIndex(label: IntentLabel): number {
  return INTENT_LABELS.indexOf(label);
}

/** The calibrated threshold of a label. */
export function thresholdOf(label: IntentLabel): number {
  return model().thresholds[labelIndex(label)];
}

/** How many of the strongest features an explanation quotes. */
const EVIDENCE_FEATURES = 2;
/** An explanation quotes at most this many words. */
const EVIDENCE_MAX_TOKENS = 8;

/**
 * The tokens (first and last index) that pushed hardest towards `label`: the span of its strongest
 * features, so a message can quote the words that carried the verdict.
 */
export function strongestTokens(scores: SentenceScores, label: IntentLabel): { first: number; last: number } | undefined {
  const index = labelIndex(label);
  const ranked = scores.known
    .filter((k) => k.row[index] > 0)
    // Longer n-grams first on ties: they quote more of the phrase.
    .sort((a, b) => b.row[index] - a.row[index] || b.feature.last - b.feature.first - (a.feature.last - a.feature.first) || a.feature.first - b.feature.first)
    .slice(0, EVIDENCE_FEATURES);
  if (ranked.length === 0) return undefined;
  let first = ranked[0].feature.first;
  let last = ranked[0].feature.last;
  for (const k of ranked.slice(1)) {
    const wider = { first: Math.min(first, k.feature.first), last: Math.max(last, k.feature.last) };
    if (wider.last - wider.first < EVIDENCE_MAX_TOKENS) ({ first, last } = wider);
  }
  return { first, last };
}

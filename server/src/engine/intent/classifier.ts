// The intent model at run time: reads the shipped weights once, then scores a sentence for every
// label with one pass over its features. Pure: no I/O beyond the bundled JSON, no network.
import modelFile from './intent-model.json';
import { lengthKey, type Feature, type Token } from './features.js';
import { INTENT_LABELS, type IntentLabel, type IntentModelFile } from './model-format.js';

/** A feature's weight for every label, in INTENT_LABELS order. */
type WeightRow = Float32Array;

/** A feature of the model: its key (as featuresOf spells it) and its weights. */
interface KnownFeature {
  key: string;
  row: WeightRow;
}

interface LoadedModel {
  /** Features that are not n-grams (length, unigram, negated unigram, start), by key. */
  rows: Map<string, KnownFeature>;
  /** Every word form some feature is made of, numbered: an n-gram with any other form cannot be in the model. */
  formIds: Map<string, number>;
  /** Bigrams and trigrams by their forms' numbers (see ngramId): no key string is made to look one up. */
  ngrams: Map<number, KnownFeature>;
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
  // Every row a view of one buffer: the CLI loads the model once per run, and ~19,000 buffers of their own took a while.
  const buffer = new Float32Array(entries * labels);
  const byKey = new Map<string, WeightRow>();
  INTENT_LABELS.forEach((label, index) => {
    const weights = file.weights[label];
    bias[index] = weights?.bias ?? -10;
    thresholds[index] = file.thresholds[label] ?? 1.01;
    const features = weights?.features ?? {};
    for (const key in features) {
      let row = byKey.get(key);
      if (!row) byKey.set(key, (row = buffer.subarray(byKey.size * labels, (byKey.size + 1) * labels)));
      row[index] = features[key];
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
  for (const [key, row] of byKey) {
    if (!key.includes(' ')) {
      idOf(unmarked(key));
      rows.set(key, { key, row });
      continue;
    }
    const parts = key.split(' ');
    for (const part of parts) idOf(unmarked(part));
    grams.push([parts, { key, row }]);
  }
  // Numbered once every form is known: an n-gram's number needs the count of forms.
  const ngrams = new Map<number, KnownFeature>();
  for (const [parts, feature] of grams) {
    let id = -1;
    for (const part of parts) id = ngramId(id, formIds.get(part)!, formIds.size);
    ngrams.set(id, feature);
  }
  return (loaded = { rows, formIds, ngrams, bias, thresholds });
}

/** A feature part without its negation (~) or sentence-start (^) mark: the word form. */
function unmarked(part: string): string {
  const first = part.charCodeAt(0);
  return first === 0x7e || first === 0x5e ? part.slice(1) : part;
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
  known: { feature: Feature; row: WeightRow }[];
  /** Features' values: each known feature counts 1/sqrt(n), as in training. */
  scale: number;
}

/**
 * Scores one sentence's tokens for every label. The features are featuresOf's, in its order, but an
 * n-gram is only looked up when every word of it is one the model knows, by its forms' numbers: most
 * are not, and no key string is made for them (this runs on every distinct agent sentence).
 */
export function scoreTokens(tokens: readonly Token[]): SentenceScores {
  const { rows, formIds, ngrams, bias } = model();
  const forms = formIds.size;
  const known: { feature: Feature; row: WeightRow }[] = [];
  const add = (found: KnownFeature | undefined, first: number, last: number): void => {
    if (found) known.push({ feature: { key: found.key, first, last }, row: found.row });
  };
  const n = tokens.length;
  const ids = tokens.map((t) => formIds.get(t.form) ?? -1);
  add(rows.get(lengthKey(n)), 0, Math.max(0, n - 1));
  for (let i = 0; i < n; i++) {
    if (ids[i] < 0) continue;
    const form = tokens[i].form;
    add(rows.get(tokens[i].negated ? `~${form}` : form), i, i);
    if (i === 0) add(rows.get(`^${form}`), i, i);
    if (i + 1 < n && ids[i + 1] >= 0) {
      const bigram = ngramId(ids[i], ids[i + 1], forms);
      add(ngrams.get(bigram), i, i + 1);
      if (i + 2 < n && ids[i + 2] >= 0) add(ngrams.get(ngramId(bigram, ids[i + 2], forms)), i, i + 2);
    }
  }
  const scale = 1;
  const probabilities = new Float32Array(INTENT_LABELS.length);
  for (let label = 0; label < INTENT_LABELS.length; label++) {
    let z = bias[label];
    for (const k of known) z += k.row[label] * scale;
    probabilities[label] = 1 / (1 + Math.exp(-z));
  }
  return { probabilities, known, scale };
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

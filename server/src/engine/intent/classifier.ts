// The intent model at run time: reads the shipped weights once, then scores a sentence for every
// label with one pass over its features. Pure: no I/O beyond the bundled JSON, no network.
import modelFile from './intent-model.json';
import { lengthKey, type Feature, type Token } from './features.js';
import { INTENT_LABELS, type IntentLabel, type IntentModelFile } from './model-format.js';

/** A feature's weight for every label, in INTENT_LABELS order. */
type WeightRow = Float32Array;

interface LoadedModel {
  rows: Map<string, WeightRow>;
  /** Every word form some feature is made of: an n-gram with any other form cannot be in the model. */
  forms: Set<string>;
  bias: Float32Array;
  thresholds: Float32Array;
}

let loaded: LoadedModel | undefined;

/** The model as lookup rows, built on first use (the CLI pays for it only when a line is classified). */
function model(): LoadedModel {
  if (loaded) return loaded;
  const file = modelFile as unknown as IntentModelFile;
  const rows = new Map<string, WeightRow>();
  const forms = new Set<string>();
  const bias = new Float32Array(INTENT_LABELS.length);
  const thresholds = new Float32Array(INTENT_LABELS.length);
  INTENT_LABELS.forEach((label, index) => {
    const weights = file.weights[label];
    bias[index] = weights?.bias ?? -10;
    thresholds[index] = file.thresholds[label] ?? 1.01;
    for (const [key, weight] of Object.entries(weights?.features ?? {})) {
      let row = rows.get(key);
      if (!row) {
        rows.set(key, (row = new Float32Array(INTENT_LABELS.length)));
        for (const part of key.split(' ')) forms.add(part.replace(/^[~^]/, ''));
      }
      row[index] = weight;
    }
  });
  return (loaded = { rows, forms, bias, thresholds });
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
 * n-gram is only spelled out when every word of it is one the model knows: most are not, and then
 * no string is made for them (this runs on every distinct agent sentence).
 */
export function scoreTokens(tokens: readonly Token[]): SentenceScores {
  const { rows, forms, bias } = model();
  const known: { feature: Feature; row: WeightRow }[] = [];
  const look = (key: string, first: number, last: number): void => {
    const row = rows.get(key);
    if (row) known.push({ feature: { key, first, last }, row });
  };
  const n = tokens.length;
  const inModel = tokens.map((t) => forms.has(t.form));
  look(lengthKey(n), 0, Math.max(0, n - 1));
  for (let i = 0; i < n; i++) {
    if (!inModel[i]) continue;
    const form = tokens[i].form;
    look(tokens[i].negated ? `~${form}` : form, i, i);
    if (i === 0) look(`^${form}`, i, i);
    if (i + 1 < n && inModel[i + 1]) {
      const bigram = `${form} ${tokens[i + 1].form}`;
      look(bigram, i, i + 1);
      if (i + 2 < n && inModel[i + 2]) look(`${bigram} ${tokens[i + 2].form}`, i, i + 2);
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

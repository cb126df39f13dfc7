// `npm run train`: trains the intent model from corpus/lines/*.jsonl and writes
// server/src/engine/intent/intent-model.json. Deterministic: the same corpus gives the same bytes.
//   --check   rebuild in memory and fail if the shipped file differs (used by the tests)
// One logistic model per label over stemmed n-grams (features.ts). Thresholds are calibrated for
// precision first on out-of-fold predictions: the corpus is cut in five folds (by a hash of each
// line, so stable as the corpus grows), each scored by a model trained on the other four. The
// shipped weights are then trained on every line.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { featuresOf, tokenize } from '../../server/src/engine/intent/features.js';
import { INTENT_LABELS, type IntentLabel, type IntentModelFile } from '../../server/src/engine/intent/model-format.js';
import { maskText, quotedSpans, sentenceSpans } from '../../server/src/engine/language.js';
import { readCorpus, type CorpusRow } from './corpus.js';
import { predict, train, type Example, type TrainOptions } from './logistic.js';

export const MODEL_PATH = join(__dirname, '..', '..', 'server', 'src', 'engine', 'intent', 'intent-model.json');

const OPTIONS: Omit<TrainOptions, 'positiveWeight'> = { epochs: 20, l2: 3e-3, learningRate: 0.5, seed: 20261206 };
/** A feature must occur in this many corpus lines to be learned: one-off words only memorize. */
const MIN_LINES_PER_FEATURE = 2;
/** Folds for the out-of-fold calibration. */
const FOLDS = 5;
/** Out-of-fold precision a label's threshold must reach. */
const PRECISION_TARGET = 0.9;
/**
 * Labels held to a higher bar: minimizing shares most of its words with kind normalizing and
 * reassurance ("that happens more often than you'd think"), so its false alarms cost the most trust.
 */
const PRECISION_TARGET_FOR: Partial<Record<IntentLabel, number>> = { 'dismissive-phrasing': 0.93 };
/** Thresholds never go below this: a finding should be the model's clear verdict. */
const MIN_THRESHOLD = 0.8;
/** Weights smaller than this are left out of the shipped file (they cannot tip a verdict). */
const MIN_WEIGHT = 0.3;

interface Prepared {
  row: CorpusRow;
  keys: string[];
  /** Which of the five folds the line falls in. */
  fold: number;
  /** A sentence cut from a clean line: an example for the mistake labels, not for acknowledges. */
  sentenceOnly?: boolean;
}

/** The engine judges a turn sentence by sentence: each sentence of a line with no mistake is a clean example too. */
function cleanSentences(prepared: readonly Prepared[]): Prepared[] {
  const out: Prepared[] = [];
  for (const p of prepared) {
    if (p.row.labels.length > 0) continue;
    const masked = maskText(p.row.agent, [], 0);
    const spans = sentenceSpans(masked);
    if (spans.length < 2) continue;
    for (const span of spans) {
      const sentence = p.row.agent.slice(span.start, span.end);
      // Whether a sentence alone acknowledges anything is unknown: it teaches the mistake labels only.
      out.push({ row: { ...p.row, agent: sentence, acknowledges: p.row.acknowledges }, keys: lineKeys(sentence), fold: p.fold, sentenceOnly: true });
    }
  }
  return out;
}

/** The features of an agent line, read exactly as the engine reads an agent turn. */
export function lineKeys(text: string): string[] {
  const placeholders = [...text.matchAll(/\{[^{}\n]*\}/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const masked = maskText(text, placeholders, 0);
  return [...new Set(featuresOf(tokenize(masked, quotedSpans(masked))).map((f) => f.key))];
}

/** FNV-1a, for the stable development split. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const normalized = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** One row per distinct agent line (the first wins), with its features and split. */
function prepare(rows: readonly CorpusRow[]): Prepared[] {
  const seen = new Set<string>();
  const out: Prepared[] = [];
  for (const row of rows) {
    const key = normalized(row.agent);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ row, keys: lineKeys(row.agent), fold: hash(key) % FOLDS });
  }
  return out;
}

/** Whether a row is an example for `label`, and which way; undefined leaves it out of that label's training. */
function target(p: Prepared, label: IntentLabel): boolean | undefined {
  const row = p.row;
  if (label === 'acknowledges') return p.sentenceOnly ? undefined : row.acknowledges;
  // Owning a fault is right when the company is at fault: such lines say nothing about blame-acceptance.
  if (label === 'blame-acceptance' && row.situation === 'company-at-fault') return undefined;
  return row.labels.includes(label);
}

/** Each line's features as vocabulary indices, worked out once for every label and fold. */
const indexed = new WeakMap<Prepared, Int32Array>();

function examplesFor(prepared: readonly Prepared[], label: IntentLabel, index: Map<string, number>): Example[] {
  const examples: Example[] = [];
  for (const p of prepared) {
    const positive = target(p, label);
    if (positive === undefined) continue;
    let features = indexed.get(p);
    if (!features) indexed.set(p, (features = Int32Array.from(p.keys.flatMap((k) => (index.has(k) ? [index.get(k)!] : [])))));
    examples.push({ features, positive });
  }
  return examples;
}

function trainLabel(examples: readonly Example[], featureCount: number): ReturnType<typeof train> {
  const positives = examples.filter((e) => e.positive).length;
  const positiveWeight = positives === 0 ? 1 : Math.min(4, Math.sqrt((examples.length - positives) / positives));
  return train(examples, featureCount, { ...OPTIONS, positiveWeight });
}

interface Calibration {
  threshold: number;
  precision: number;
  recall: number;
  positives: number;
}

/** The lowest threshold whose development precision reaches the target (1.01, never firing, if none does). */
function calibrate(scored: { p: number; positive: boolean }[], target: number): Calibration {
  const positives = scored.filter((s) => s.positive).length;
  for (let t = MIN_THRESHOLD; t < 0.991; t = Math.round((t + 0.02) * 100) / 100) {
    const fired = scored.filter((s) => s.p >= t);
    const tp = fired.filter((s) => s.positive).length;
    if (fired.length >= 2 && tp / fired.length >= target) return { threshold: t, precision: tp / fired.length, recall: positives ? tp / positives : 0, positives };
  }
  return { threshold: 1.01, precision: 0, recall: 0, positives };
}

/** Precision and recall at a few thresholds, for tuning (TRAIN_CURVES=1). */
function curve(scored: { p: number; positive: boolean }[]): string {
  const positives = scored.filter((s) => s.positive).length;
  return [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]
    .map((t) => {
      const fired = scored.filter((s) => s.p >= t);
      const tp = fired.filter((s) => s.positive).length;
      return `${t}: P ${(tp / Math.max(1, fired.length)).toFixed(2)} R ${(tp / Math.max(1, positives)).toFixed(2)}`;
    })
    .join(' | ');
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/** Trains every label and returns the model file's text, with a report of the calibration. */
export function buildModel(): { json: string; report: string[] } {
  const { rows, bytes } = readCorpus();
  const lines = prepare(rows);
  const prepared = [...lines, ...cleanSentences(lines)];
  const lineCounts = new Map<string, number>();
  for (const p of prepared) for (const k of p.keys) lineCounts.set(k, (lineCounts.get(k) ?? 0) + 1);
  const vocabulary = [...lineCounts]
    .filter(([, n]) => n >= MIN_LINES_PER_FEATURE)
    .map(([k]) => k)
    .sort();
  const index = new Map(vocabulary.map((k, i) => [k, i]));
  const report = [`${rows.length} rows, ${lines.length} distinct agent lines (+${prepared.length - lines.length} sentences of clean ones), ${vocabulary.length} features`];
  const thresholds = {} as Record<IntentLabel, number>;
  const weights = {} as IntentModelFile['weights'];
  for (const label of INTENT_LABELS) {
    const outOfFold: { p: number; positive: boolean }[] = [];
    for (let fold = 0; fold < FOLDS; fold++) {
      const model = trainLabel(
        examplesFor(
          prepared.filter((p) => p.fold !== fold),
          label,
          index,
        ),
        vocabulary.length,
      );
      // Whole lines only: the sentences cut from clean lines are training material, not what is measured.
      for (const e of examplesFor(
        prepared.filter((p) => p.fold === fold && !p.sentenceOnly),
        label,
        index,
      ))
        outOfFold.push({ p: predict(model, e.features), positive: e.positive });
    }
    const calibration = calibrate(outOfFold, PRECISION_TARGET_FOR[label] ?? PRECISION_TARGET);
    if (process.env.TRAIN_CURVES) console.log(label, curve(outOfFold));
    thresholds[label] = calibration.threshold;
    const full = trainLabel(examplesFor(prepared, label, index), vocabulary.length);
    const features: Record<string, number> = {};
    vocabulary.forEach((key, i) => {
      const w = round(full.weights[i], 2);
      if (Math.abs(w) >= MIN_WEIGHT) features[key] = w;
    });
    weights[label] = { bias: round(full.bias, 4), features };
    report.push(
      `${label.padEnd(24)} positives ${String(calibration.positives).padStart(4)}  threshold ${calibration.threshold.toFixed(2)}  precision ${calibration.precision.toFixed(2)}  recall ${calibration.recall.toFixed(2)}  features ${Object.keys(features).length}`,
    );
  }
  const model: IntentModelFile = {
    version: 1,
    trainedOn: { lines: lines.length, corpusSha256: createHash('sha256').update(Buffer.concat(bytes)).digest('hex'), epochs: OPTIONS.epochs, l2: OPTIONS.l2, seed: OPTIONS.seed },
    labels: [...INTENT_LABELS],
    thresholds,
    weights,
  };
  return { json: `${JSON.stringify(model)}\n`, report };
}

function main(argv: string[]): number {
  const started = Date.now();
  const { json, report } = buildModel();
  if (argv.includes('--check')) {
    const shipped = readFileSync(MODEL_PATH, 'utf8');
    if (shipped !== json) {
      console.error(`train --check: ${MODEL_PATH} differs from what the corpus trains; run npm run train`);
      return 1;
    }
    console.log('train --check: the shipped model is what the corpus trains');
    return 0;
  }
  writeFileSync(MODEL_PATH, json);
  for (const line of report) console.log(line);
  console.log(`wrote ${MODEL_PATH} (${(json.length / 1024).toFixed(0)} KB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

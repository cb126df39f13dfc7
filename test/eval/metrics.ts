// Precision, recall and F1 over (file, line, rule) pairs, per rule and micro-averaged.
import type { Label } from './labels.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface Comparison {
  truePositives: Label[];
  falsePositives: Label[];
  falseNegatives: Label[];
}

/** Identity of a label for set comparison. */
export function labelKey(label: Label): string {
  return `${label.file}\u0000${label.line}\u0000${label.ruleId}`;
}

/** Splits predictions and expectations into TP / FP / FN; duplicates on both sides count once. */
export function compareLabels(expected: Label[], predicted: Label[]): Comparison {
  const expectedKeys = new Map(expected.map((l) => [labelKey(l), l]));
  const predictedKeys = new Map(predicted.map((l) => [labelKey(l), l]));
  const truePositives = [...predictedKeys].filter(([k]) => expectedKeys.has(k)).map(([, l]) => l);
  const falsePositives = [...predictedKeys].filter(([k]) => !expectedKeys.has(k)).map(([, l]) => l);
  const falseNegatives = [...expectedKeys].filter(([k]) => !predictedKeys.has(k)).map(([, l]) => l);
  return { truePositives, falsePositives, falseNegatives };
}

/** P/R/F1 from counts; an empty denominator scores 1 when nothing was missed or invented, so silence on a clean set is perfect. */
export function scoresOf(counts: Counts): Scores {
  const { tp, fp, fn } = counts;
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Counts of one comparison restricted to a rule (or all rules when ruleId is undefined). */
export function countsOf(comparison: Comparison, ruleId?: string): Counts {
  const keep = (l: Label): boolean => ruleId === undefined || l.ruleId === ruleId;
  return {
    tp: comparison.truePositives.filter(keep).length,
    fp: comparison.falsePositives.filter(keep).length,
    fn: comparison.falseNegatives.filter(keep).length,
  };
}

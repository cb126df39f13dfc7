// The shipped intent model's file format, shared by the trainer that writes it and the engine that reads it.

/** What the model recognizes in a line: a rule's mistake, or that the line acknowledges the caller. */
export const INTENT_LABELS = [
  'policy-apology',
  'early-personalization',
  'condescending-sympathy',
  'patronizing-tone',
  'dismissive-phrasing',
  'presumed-feelings',
  'false-reassurance',
  'customer-blame',
  'impersonal-apology',
  'blame-acceptance',
  'acknowledges',
] as const;

export type IntentLabel = (typeof INTENT_LABELS)[number];

/** intent-model.json: one logistic model per label over shared features. */
export interface IntentModelFile {
  version: 1;
  /** How the corpus was split and trained, so a reader of the file knows what made it. */
  trainedOn: { lines: number; corpusSha256: string; epochs: number; l2: number; seed: number };
  labels: IntentLabel[];
  /** Probability at or above which a label counts (calibrated on the development split, precision first). */
  thresholds: Record<IntentLabel, number>;
  /** Per label: bias, then "feature key" → weight (features with negligible weight left out). */
  weights: Record<IntentLabel, { bias: number; features: Record<string, number> }>;
}

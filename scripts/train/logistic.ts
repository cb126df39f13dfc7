// Binary logistic regression over sparse binary features, trained by seeded stochastic gradient
// descent with L2: the same corpus and seed give the same weights, bit for bit, on any machine
// (plain float64 arithmetic in a fixed order).
import { seededRandom } from '../../test/bench/corpus.js';

/** One example: the indices of its features (each worth 1/sqrt(n)), and its target. */
export interface Example {
  features: Int32Array;
  positive: boolean;
}

export interface TrainOptions {
  epochs: number;
  l2: number;
  learningRate: number;
  seed: number;
  /** Weight of a positive example's loss (rare labels would otherwise be ignored). */
  positiveWeight: number;
}

export interface LogisticModel {
  bias: number;
  weights: Float64Array;
}

/** The model's probability for one example. */
export function predict(model: LogisticModel, features: Int32Array): number {
  if (features.length === 0) return 1 / (1 + Math.exp(-model.bias));
  const value = 1;
  let z = model.bias;
  for (const f of features) z += model.weights[f] * value;
  return 1 / (1 + Math.exp(-z));
}

/** Trains one label's model over `featureCount` features. */
export function train(examples: readonly Example[], featureCount: number, options: TrainOptions): LogisticModel {
  const model: LogisticModel = { bias: 0, weights: new Float64Array(featureCount) };
  const order = examples.map((_, i) => i);
  const random = seededRandom(options.seed);
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const example = examples[i];
      const rate = options.learningRate / (1 + step++ * 1e-4);
      const p = predict(model, example.features);
      const weight = example.positive ? options.positiveWeight : 1;
      const gradient = (p - (example.positive ? 1 : 0)) * weight;
      const value = 1;
      model.bias -= rate * gradient;
      for (const f of example.features) model.weights[f] -= rate * (gradient * value + options.l2 * model.weights[f]);
    }
  }
  return model;
}

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}

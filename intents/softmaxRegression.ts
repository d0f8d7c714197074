// Multinomial logistic regression over sparse binary features, trained by seeded stochastic gradient descent.

export interface SparseExample {
  featureIds: number[];
  labelIndex: number;
}

export interface SoftmaxRegressionModel {
  labels: string[];
  featureCount: number;
  /**
   * weights[feature * labels.length + label]: a message's few features each read their labels' weights side by side,
   * one cache line instead of one per label, which matters in a busy server where the model is out of the cache.
   */
  weights: Float64Array;
  biases: Float64Array;
}

export interface SoftmaxTrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /**
   * Runs from differently shuffled orders whose weights are averaged: one run's result leans on
   * the order it saw the examples in, their average much less.
   */
  runs: number;
}

export const DEFAULT_SOFTMAX_TRAINING: SoftmaxTrainingOptions = { epochs: 15, learningRate: 0.8, l2: 1e-5, seed: 7, runs: 1 };

/** A small deterministic generator, so the same corpus always trains the same model. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const exponentials = scores.map((score) => Math.exp(score - max));
  const sum = exponentials.reduce((total, value) => total + value, 0);
  return exponentials.map((value) => value / sum);
}

/** Each text counts once however long it is: feature values are scaled to unit length. */
function featureValue(featureIds: readonly number[]): number {
  return featureIds.length === 0 ? 0 : 1 / Math.sqrt(featureIds.length);
}

/** Each label's score adds its features' weights in the order of `featureIds`, as training did. */
function logits(weights: Float64Array, biases: Float64Array, featureIds: readonly number[]): number[] {
  const value = featureValue(featureIds);
  const labelCount = biases.length;
  const scores = Array.from(biases);
  for (const id of featureIds) {
    const offset = id * labelCount;
    for (let label = 0; label < labelCount; label++) scores[label] += weights[offset + label] * value;
  }
  return scores;
}

export function trainSoftmaxRegression(
  examples: readonly SparseExample[],
  labels: readonly string[],
  featureCount: number,
  options: SoftmaxTrainingOptions = DEFAULT_SOFTMAX_TRAINING,
): SoftmaxRegressionModel {
  const weights = new Float64Array(labels.length * featureCount);
  const biases = new Float64Array(labels.length);
  for (let run = 0; run < options.runs; run++) {
    const model = trainOneRun(examples, labels.length, featureCount, options, options.seed + run);
    for (let i = 0; i < weights.length; i++) weights[i] += model.weights[i] / options.runs;
    for (let i = 0; i < biases.length; i++) biases[i] += model.biases[i] / options.runs;
  }
  return { labels: [...labels], featureCount, weights, biases };
}

function trainOneRun(
  examples: readonly SparseExample[],
  labelCount: number,
  featureCount: number,
  options: SoftmaxTrainingOptions,
  seed: number,
): { weights: Float64Array; biases: Float64Array } {
  const weights = new Float64Array(labelCount * featureCount);
  const biases = new Float64Array(labelCount);
  const random = seededRandom(seed);
  const order = examples.map((_, index) => index);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const rate = options.learningRate / (1 + epoch * 0.2);
    const shrink = 1 - rate * options.l2;
    for (const index of order) {
      const { featureIds, labelIndex } = examples[index];
      const probabilities = softmax(logits(weights, biases, featureIds));
      const value = featureValue(featureIds);
      for (let label = 0; label < labelCount; label++) {
        const gradient = probabilities[label] - (label === labelIndex ? 1 : 0);
        biases[label] -= rate * gradient;
        for (const id of featureIds) {
          const at = id * labelCount + label;
          weights[at] = weights[at] * shrink - rate * gradient * value;
        }
      }
    }
  }
  return { weights, biases };
}

export function softmaxRegressionProbabilities(model: SoftmaxRegressionModel, featureIds: readonly number[]): number[] {
  const known = featureIds.filter((id) => id < model.featureCount);
  return softmax(logits(model.weights, model.biases, known));
}

import assert from 'node:assert/strict';
import { softmaxRegressionProbabilities, trainSoftmaxRegression } from '../../intents/softmaxRegression';

const LABELS = ['greet', 'goodbye'];
/** Features 0–1 say hello, 2–3 say goodbye, 4 appears in both. */
const EXAMPLES = [
  { featureIds: [0, 4], labelIndex: 0 },
  { featureIds: [1, 4], labelIndex: 0 },
  { featureIds: [0, 1], labelIndex: 0 },
  { featureIds: [2, 4], labelIndex: 1 },
  { featureIds: [3, 4], labelIndex: 1 },
  { featureIds: [2, 3], labelIndex: 1 },
];
const OPTIONS = { epochs: 5, learningRate: 0.8, l2: 1e-5, seed: 7, runs: 1 };

describe('trainSoftmaxRegression', () => {
  it('learns which features point to which label', () => {
    const model = trainSoftmaxRegression(EXAMPLES, LABELS, 5, OPTIONS);
    const [greet] = softmaxRegressionProbabilities(model, [0]);
    const [, goodbye] = softmaxRegressionProbabilities(model, [3]);
    assert.ok(greet > 0.5 && goodbye > 0.5, `greet ${greet}, goodbye ${goodbye}`);
  });

  it('averages the weights of runs that saw the examples in different orders', () => {
    const first = trainSoftmaxRegression(EXAMPLES, LABELS, 5, OPTIONS);
    const second = trainSoftmaxRegression(EXAMPLES, LABELS, 5, { ...OPTIONS, seed: OPTIONS.seed + 1 });
    const averaged = trainSoftmaxRegression(EXAMPLES, LABELS, 5, { ...OPTIONS, runs: 2 });
    assert.notDeepEqual([...first.weights], [...second.weights], 'the two orders should train different weights');
    averaged.weights.forEach((weight, index) => assert.ok(Math.abs(weight - (first.weights[index] + second.weights[index]) / 2) < 1e-12));
    averaged.biases.forEach((bias, index) => assert.ok(Math.abs(bias - (first.biases[index] + second.biases[index]) / 2) < 1e-12));
  });
});

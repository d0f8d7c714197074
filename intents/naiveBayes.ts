// Multinomial naive Bayes over sparse feature ids, scored in log space so long texts never underflow.

export interface NaiveBayesModel {
  labels: string[];
  logPriors: number[];
  /** logLikelihoods[label][feature] */
  logLikelihoods: number[][];
  /** Log-likelihood of a feature the label never saw in training. */
  unseenLogLikelihoods: number[];
}

export interface SparseExample {
  featureIds: number[];
  labelIndex: number;
}

export function trainNaiveBayes(
  examples: readonly SparseExample[],
  labels: readonly string[],
  featureCount: number,
  smoothing = 0.5,
): NaiveBayesModel {
  const counts = labels.map(() => new Float64Array(featureCount));
  const totals = new Float64Array(labels.length);
  const documents = new Float64Array(labels.length);
  for (const { featureIds, labelIndex } of examples) {
    documents[labelIndex]++;
    for (const id of featureIds) counts[labelIndex][id]++;
    totals[labelIndex] += featureIds.length;
  }
  const denominators = labels.map((_, index) => totals[index] + smoothing * featureCount);
  return {
    labels: [...labels],
    logPriors: labels.map((_, index) => Math.log((documents[index] + 1) / (examples.length + labels.length))),
    logLikelihoods: counts.map((row, index) =>
      Array.from(row, (count) => Math.log((count + smoothing) / denominators[index])),
    ),
    unseenLogLikelihoods: denominators.map((denominator) => Math.log(smoothing / denominator)),
  };
}

/** Log joint scores per label, in the order of `model.labels`. */
export function naiveBayesLogScores(model: NaiveBayesModel, featureIds: readonly number[]): number[] {
  return model.labels.map((_, index) => {
    const likelihoods = model.logLikelihoods[index];
    let score = model.logPriors[index];
    for (const id of featureIds) score += likelihoods[id] ?? model.unseenLogLikelihoods[index];
    return score;
  });
}

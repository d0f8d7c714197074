// natural's BayesClassifier over our own feature arrays, with balanced classes and scores turned into probabilities.
import { BayesClassifier } from 'natural/lib/natural/classifiers';
import { softmax } from './softmaxRegression';

/**
 * natural's Classifier turns a token array into a 0/1 vector by searching the array once per
 * known feature; looking features up in an index gives the same vector in a fraction of the time.
 * A feature seen in one training document only is left out of the vector: it cannot tell classes
 * apart, and the vector's length is what natural's training and scoring loops cost.
 */
class IndexedBayesClassifier extends BayesClassifier {
  private featureIndex: Map<string, number> | undefined;
  /** A balanced class adds one document several times; its vector is built once. */
  private readonly vectors = new WeakMap<string[], number[]>();

  override textToFeatures(observation: string | string[]): number[] {
    if (typeof observation === 'string') throw new Error('IndexedBayesClassifier.textToFeatures: expects feature arrays');
    const known = this.vectors.get(observation);
    if (known) return known;
    this.featureIndex ??= new Map(
      Object.entries(this.features)
        .filter(([, documents]) => documents >= MINIMUM_DOCUMENTS)
        .map(([feature], index) => [feature, index]),
    );
    const vector = new Array<number>(this.featureIndex.size).fill(0);
    for (const feature of observation) {
      const index = this.featureIndex.get(feature);
      if (index !== undefined) vector[index] = 1;
    }
    this.vectors.set(observation, vector);
    return vector;
  }
}

/**
 * natural smooths an unseen feature by the class's document count, so a small class is barely
 * penalised for words it never saw and wins too often; repeating the documents of smaller classes
 * until every class has about as many removes that bias (and the prior with it).
 * Cross-validated on the training corpora: smoothing 0.1 beat 1 and 0.01.
 */
const SMOOTHING = 0.1;
const MINIMUM_DOCUMENTS = 2;
/** Balancing a rare clause against the whole corpus would copy it dozens of times for little gain. */
const MAXIMUM_COPIES = 4;
/** Scores are products of many small likelihoods; below this they are all but certain of one label. */
const SMALLEST_SCORE = Number.MIN_VALUE;

export interface BayesExample {
  features: readonly string[];
  label: string;
}

export class NaturalBayes {
  private constructor(
    private readonly classifier: IndexedBayesClassifier,
    private readonly labels: readonly string[],
  ) {}

  static train(examples: readonly BayesExample[], labels: readonly string[]): NaturalBayes {
    const counts = new Map<string, number>();
    for (const { label } of examples) counts.set(label, (counts.get(label) ?? 0) + 1);
    const largest = Math.max(...counts.values());
    const classifier = new IndexedBayesClassifier(undefined, SMOOTHING);
    for (const { features, label } of examples) {
      const copies = Math.min(MAXIMUM_COPIES, Math.max(1, Math.round(largest / (counts.get(label) ?? largest))));
      const document = [...features];
      for (let copy = 0; copy < copies; copy++) classifier.addDocument(document, label);
    }
    classifier.train();
    return new NaturalBayes(classifier, labels);
  }

  /**
   * Probabilities in the order of `labels`. Dividing the log scores by `temperature` softens
   * naive Bayes' overconfidence (it counts correlated features as independent evidence).
   */
  probabilities(features: readonly string[], temperature: number): number[] {
    const scores = new Map(this.classifier.getClassifications([...features]).map(({ label, value }) => [label, value]));
    return softmax(this.labels.map((label) => Math.log(Math.max(scores.get(label) ?? 0, SMALLEST_SCORE)) / temperature));
  }
}

// natural's BayesClassifier over our own feature arrays, with balanced classes and scores turned into probabilities.
import { BayesClassifier } from 'natural/lib/natural/classifiers';
import { softmax } from './softmaxRegression';

/**
 * natural's Classifier turns a token array into a 0/1 vector by searching the array once per
 * known feature; looking features up in an index gives the same vector in a fraction of the time.
 * A feature seen in fewer than `minimumDocuments` training documents is left out of the vector:
 * it cannot tell classes apart, and the vector's length is what natural's training loop costs.
 */
class IndexedBayesClassifier extends BayesClassifier {
  private featureIndex: Map<string, number> | undefined;
  /**
   * natural's training loop hands each document's vector straight to the Bayes counts and keeps
   * none, so one vector serves every document: a vector per document was most of training's memory.
   */
  private vector: number[] = [];
  private setPositions: number[] = [];
  /** Per class, the logarithm of each feature's likelihood; built on first use, like the feature index. */
  private logLikelihoods: Map<string, Float64Array> | undefined;

  constructor(
    smoothing: number,
    private readonly minimumDocuments: number,
  ) {
    super(undefined, smoothing);
  }

  /** natural's restore gives a plain BayesClassifier; the feature index is rebuilt on first use. */
  static override restore(json: Record<string, unknown>): IndexedBayesClassifier {
    const restored: IndexedBayesClassifier = Object.setPrototypeOf(BayesClassifier.restore(json), IndexedBayesClassifier.prototype);
    restored.featureIndex = undefined;
    restored.vector = [];
    restored.setPositions = [];
    restored.logLikelihoods = undefined;
    return restored;
  }

  override textToFeatures(observation: string | string[]): number[] {
    if (typeof observation === 'string') throw new Error('IndexedBayesClassifier.textToFeatures: expects feature arrays');
    const index = this.indexOfFeatures();
    if (this.vector.length !== index.size) this.vector = new Array<number>(index.size).fill(0);
    for (const position of this.setPositions) this.vector[position] = 0;
    this.setPositions = this.positionsOf(observation);
    for (const position of this.setPositions) this.vector[position] = 1;
    return this.vector;
  }

  /**
   * natural's Bayes scores a class as its share of the documents times the product of (count or smoothing) / the class's
   * total over the features present, adding up logarithms. Those logarithms depend only on the class and the feature,
   * so they are taken once per model; a score adds the same numbers in the same order, so it is the number natural gives.
   */
  scoreOf(positions: readonly number[], label: string): number {
    const logLikelihoods = this.logLikelihoodsOf(label);
    if (!logLikelihoods) return 0;
    let logSum = 0;
    for (const position of positions) logSum += logLikelihoods[position];
    return (this.classifier.classTotals[label] / this.classifier.totalExamples) * Math.exp(logSum);
  }

  /** The distinct known features' positions, in the order the features come. */
  positionsOf(features: readonly string[]): number[] {
    const index = this.indexOfFeatures();
    const positions: number[] = [];
    const seen = new Set<number>();
    for (const feature of features) {
      const position = index.get(feature);
      if (position === undefined || seen.has(position)) continue;
      seen.add(position);
      positions.push(position);
    }
    return positions;
  }

  /** The training documents are only needed to train again, which a restored model never does. */
  toJSON(): Record<string, unknown> {
    const { docs, featureIndex, vector, setPositions, logLikelihoods, ...model } = this;
    return { ...model, docs: [] };
  }

  private logLikelihoodsOf(label: string): Float64Array | undefined {
    this.logLikelihoods ??= new Map();
    let table = this.logLikelihoods.get(label);
    const counts = this.classifier.classFeatures[label];
    if (table || !counts) return table;
    const { smoothing, classTotals } = this.classifier;
    table = new Float64Array(this.indexOfFeatures().size).map((_, position) => Math.log((counts[position] || smoothing) / classTotals[label]));
    this.logLikelihoods.set(label, table);
    return table;
  }

  private indexOfFeatures(): Map<string, number> {
    this.featureIndex ??= new Map(
      Object.entries(this.features)
        .filter(([, documents]) => documents >= this.minimumDocuments)
        .map(([feature], position) => [feature, position]),
    );
    return this.featureIndex;
  }
}

/** Balancing a rare clause against the whole corpus would copy it dozens of times for little gain. */
const MAXIMUM_COPIES = 4;
/** Scores are products of many small likelihoods; below this they are all but certain of one label. */
const SMALLEST_SCORE = Number.MIN_VALUE;

export interface BayesExample {
  features: readonly string[];
  label: string;
}

export interface BayesOptions {
  smoothing: number;
  minimumDocuments: number;
}

export class NaturalBayes {
  private constructor(
    private readonly classifier: IndexedBayesClassifier,
    private readonly labels: readonly string[],
  ) {}

  /**
   * natural smooths an unseen feature by the class's document count, so a small class is barely
   * penalised for words it never saw and wins too often; repeating the documents of smaller classes
   * until every class has about as many removes that bias (and the prior with it).
   */
  static train(examples: readonly BayesExample[], labels: readonly string[], options: BayesOptions): NaturalBayes {
    const counts = new Map<string, number>();
    for (const { label } of examples) counts.set(label, (counts.get(label) ?? 0) + 1);
    const largest = Math.max(...counts.values());
    const classifier = new IndexedBayesClassifier(options.smoothing, options.minimumDocuments);
    for (const { features, label } of examples) {
      const copies = Math.min(MAXIMUM_COPIES, Math.max(1, Math.round(largest / (counts.get(label) ?? largest))));
      const document = [...features];
      for (let copy = 0; copy < copies; copy++) classifier.addDocument(document, label);
    }
    classifier.train();
    return new NaturalBayes(classifier, labels);
  }

  /** Rebuilds a model from `toJSON`'s output, as written by `npm run build`. */
  static restore(json: Record<string, unknown>, labels: readonly string[]): NaturalBayes {
    return new NaturalBayes(IndexedBayesClassifier.restore(json), labels);
  }

  toJSON(): Record<string, unknown> {
    return this.classifier.toJSON();
  }

  /**
   * Probabilities in the order of `labels`. Dividing the log scores by `temperature` softens
   * naive Bayes' overconfidence (it counts correlated features as independent evidence).
   */
  probabilities(features: readonly string[], temperature: number): number[] {
    const positions = this.classifier.positionsOf(features);
    return softmax(this.labels.map((label) => Math.log(Math.max(this.classifier.scoreOf(positions, label), SMALLEST_SCORE)) / temperature));
  }
}

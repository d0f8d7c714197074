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
   * natural's Bayes also scores a sparse observation (an object of feature positions), visiting only
   * the features present instead of the whole vocabulary; the scores are the same as for the 0/1 vector.
   */
  override getClassifications(observation: string | string[]) {
    if (typeof observation === 'string') throw new Error('IndexedBayesClassifier.getClassifications: expects feature arrays');
    const sparse: Record<number, number> = { ...this.positionsOf(observation) };
    return this.classifier.getClassifications(sparse as unknown as number[]);
  }

  /** The training documents are only needed to train again, which a restored model never does. */
  toJSON(): Record<string, unknown> {
    const { docs, featureIndex, vector, setPositions, ...model } = this;
    return { ...model, docs: [] };
  }

  private positionsOf(features: readonly string[]): number[] {
    const index = this.indexOfFeatures();
    return [...new Set(features)].map((feature) => index.get(feature)).filter((position) => position !== undefined);
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
    const scores = new Map(this.classifier.getClassifications([...features]).map(({ label, value }) => [label, value]));
    return softmax(this.labels.map((label) => Math.log(Math.max(scores.get(label) ?? 0, SMALLEST_SCORE)) / temperature));
  }
}

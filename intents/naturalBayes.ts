// natural's BayesClassifier over our own feature arrays, with balanced classes and scores turned into probabilities.
import { BayesClassifier } from 'natural/lib/natural/classifiers';
import { decodeFloat64, encodeFloat64 } from './float64Encoding';
import { softmax } from './softmaxRegression';

/**
 * What a trained Bayes model scores with: the features it kept; per label (in the order of the labels) its share of the
 * training documents, null for a label that had no documents; and the logarithm of each feature's likelihood per label,
 * at `logLikelihoods[position * labels + label]` (a message's features each read their labels side by side).
 */
interface BayesTables {
  vocabulary: readonly string[];
  priors: ReadonlyArray<number | null>;
  logLikelihoods: Float64Array;
}

/** What `npm run build` writes for one Bayes model: its tables, the likelihoods packed by `encodeFloat64`. */
export interface NaturalBayesJson {
  vocabulary: string[];
  priors: Array<number | null>;
  logLikelihoods: string;
}

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

  override textToFeatures(observation: string | string[]): number[] {
    if (typeof observation === 'string') throw new Error('IndexedBayesClassifier.textToFeatures: expects feature arrays');
    const index = this.indexOfFeatures();
    if (this.vector.length !== index.size) this.vector = new Array<number>(index.size).fill(0);
    for (const position of this.setPositions) this.vector[position] = 0;
    this.setPositions = positionsOf(index, observation);
    for (const position of this.setPositions) this.vector[position] = 1;
    return this.vector;
  }

  /**
   * natural's Bayes scores a class as its share of the documents times the product of (count or smoothing) / the class's
   * total over the features present, adding up logarithms. Those logarithms depend only on the class and the feature,
   * so they are taken once, here; a score adds the same numbers in the same order, so it is the number natural gives.
   */
  tables(labels: readonly string[]): BayesTables {
    const vocabulary = [...this.indexOfFeatures().keys()];
    const { smoothing, classTotals, classFeatures, totalExamples } = this.classifier;
    const logLikelihoods = new Float64Array(vocabulary.length * labels.length);
    labels.forEach((label, labelIndex) => {
      const counts = classFeatures[label];
      if (!counts) return;
      for (let position = 0; position < vocabulary.length; position++) {
        logLikelihoods[position * labels.length + labelIndex] = Math.log((counts[position] || smoothing) / classTotals[label]);
      }
    });
    return { vocabulary, priors: labels.map((label) => (classFeatures[label] ? classTotals[label] / totalExamples : null)), logLikelihoods };
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

/** The distinct known features' positions, in the order the features come. */
function positionsOf(index: ReadonlyMap<string, number>, features: readonly string[]): number[] {
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
  private readonly featureIndex: ReadonlyMap<string, number>;

  private constructor(private readonly tables: BayesTables) {
    this.featureIndex = new Map(tables.vocabulary.map((feature, position) => [feature, position]));
  }

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
    return new NaturalBayes(classifier.tables(labels));
  }

  /** Rebuilds a model from `toJSON`'s output, as written by `npm run build`. */
  static restore(json: NaturalBayesJson, labels: readonly string[]): NaturalBayes {
    const logLikelihoods = decodeFloat64(json.logLikelihoods);
    if (json.priors.length !== labels.length || logLikelihoods.length !== json.vocabulary.length * labels.length) {
      throw new Error('NaturalBayes.restore: the tables do not fit the labels and the vocabulary');
    }
    return new NaturalBayes({ vocabulary: json.vocabulary, priors: json.priors, logLikelihoods });
  }

  toJSON(): NaturalBayesJson {
    const { vocabulary, priors, logLikelihoods } = this.tables;
    return { vocabulary: [...vocabulary], priors: [...priors], logLikelihoods: encodeFloat64(logLikelihoods) };
  }

  /**
   * Probabilities in the order of `labels`. Dividing the log scores by `temperature` softens
   * naive Bayes' overconfidence (it counts correlated features as independent evidence).
   */
  probabilities(features: readonly string[], temperature: number): number[] {
    const { priors, logLikelihoods } = this.tables;
    const logSums = new Array<number>(priors.length).fill(0);
    for (const position of positionsOf(this.featureIndex, features)) {
      const offset = position * priors.length;
      for (let label = 0; label < priors.length; label++) logSums[label] += logLikelihoods[offset + label];
    }
    return softmax(
      priors.map((prior, label) => Math.log(Math.max(prior === null ? 0 : prior * Math.exp(logSums[label]), SMALLEST_SCORE)) / temperature),
    );
  }
}

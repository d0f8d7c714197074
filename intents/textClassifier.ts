// A language-aware text classifier for any label set: natural's naive Bayes and logistic regression voting on probabilities.
import type { Language } from '../src/domain/vocabulary';
import { type ClassifierSettings, ENGINE_SETTINGS } from './engineSettings';
import { decodeFloat64, encodeFloat64 } from './float64Encoding';
import { NaturalBayes, type NaturalBayesJson } from './naturalBayes';
import {
  type SoftmaxRegressionModel,
  type SparseExample,
  softmaxRegressionProbabilities,
  trainSoftmaxRegression,
} from './softmaxRegression';
import { symptomCueFeatures } from './symptomCues';
import { type FeatureSettings, textFeatures, wordPairs } from './textFeatures';
import { tokenize } from './tokenizer';

export interface LabelledText {
  text: string;
  label: string;
}

export interface LabelScore {
  label: string;
  /** Probability; the scores of one ranking sum to 1. */
  score: number;
}

export interface TextClassifierOptions {
  featureCache?: FeatureCache;
  settings?: ClassifierSettings;
  features?: FeatureSettings;
}

/** What `npm run build` writes for one classifier; the settings are not in it but in the model's settings hash. */
export interface TextClassifierJson {
  labels: string[];
  /** Regression feature names in weight order. */
  features: string[];
  /** The regression's weights and biases, each packed by `encodeFloat64`. */
  regression: { weights: string; biases: string };
  /** null when the settings leave Bayes out of the vote. */
  bayes: NaturalBayesJson | null;
}

/** A sentence's features as every head sees them, and its word pairs for the heads that use them. */
export interface SentenceFeatures {
  shared: string[];
  pairs: string[];
}

/** Several heads trained on, or asked about, the same sentences featurise each once instead of once per head. */
export type FeatureCache = Map<string, SentenceFeatures>;

function sentenceFeaturesOf(text: string, lang: Language, settings: FeatureSettings, cache?: FeatureCache): SentenceFeatures {
  const cached = cache?.get(text);
  if (cached) return cached;
  const tokens = tokenize(text, lang);
  const features = { shared: textFeatures(tokens, lang, settings), pairs: wordPairs(tokens) };
  cache?.set(text, features);
  return features;
}

/** Character grams carry a mark (`~` English, `#` Chinese); words do not. */
function isWord(feature: string): boolean {
  return !feature.startsWith('~') && !feature.startsWith('#');
}

/** The shared features plus what this head adds: word pairs in its languages, and symptom hints. */
function featuresOf(
  text: string,
  lang: Language,
  settings: ClassifierSettings,
  features: FeatureSettings,
  cache?: FeatureCache,
): string[] {
  const { shared, pairs } = sentenceFeaturesOf(text, lang, features, cache);
  return [
    ...shared,
    ...(settings.wordPairs.includes(lang) ? pairs : []),
    ...(settings.symptomCueWeight > 0 ? symptomCueFeatures(text, settings.symptomCueWeight) : []),
  ];
}

function frequentFeatures(documents: ReadonlyArray<readonly string[]>, minimumDocuments: number): Map<string, number> {
  const documentCounts = new Map<string, number>();
  for (const features of documents) {
    for (const feature of features) documentCounts.set(feature, (documentCounts.get(feature) ?? 0) + 1);
  }
  const index = new Map<string, number>();
  for (const [feature, count] of documentCounts) if (count >= minimumDocuments) index.set(feature, index.size);
  return index;
}

export class TextClassifier {
  private constructor(
    private readonly lang: Language,
    private readonly settings: ClassifierSettings,
    private readonly featureSettings: FeatureSettings,
    readonly labels: readonly string[],
    private readonly featureIndex: ReadonlyMap<string, number>,
    private readonly bayes: NaturalBayes | null,
    private readonly regression: SoftmaxRegressionModel,
  ) {}

  static train(examples: readonly LabelledText[], lang: Language, options: TextClassifierOptions = {}): TextClassifier {
    if (examples.length === 0) throw new Error('TextClassifier.train: no examples');
    const settings = options.settings ?? ENGINE_SETTINGS.intent;
    const featureSettings = options.features ?? ENGINE_SETTINGS.features;
    const labels = [...new Set(examples.map((example) => example.label))].sort();
    const featured = examples.map(({ text, label }) => ({
      features: featuresOf(text, lang, settings, featureSettings, options.featureCache),
      label,
    }));
    const featureIndex = frequentFeatures(
      featured.map(({ features }) => features),
      settings.regressionMinimumDocuments,
    );
    const sparse: SparseExample[] = featured.map(({ features, label }) => ({
      featureIds: features.map((feature) => featureIndex.get(feature)).filter((id) => id !== undefined),
      labelIndex: labels.indexOf(label),
    }));
    const bayes =
      settings.regressionWeight < 1
        ? NaturalBayes.train(featured, labels, { smoothing: settings.bayesSmoothing, minimumDocuments: settings.bayesMinimumDocuments })
        : null;
    return new TextClassifier(
      lang,
      settings,
      featureSettings,
      labels,
      featureIndex,
      bayes,
      trainSoftmaxRegression(sparse, labels, featureIndex.size, settings.regression),
    );
  }

  /** Rebuilds a classifier from `toJSON`'s output; `settings` must be the ones it was trained with. */
  static restore(json: TextClassifierJson, lang: Language, settings: ClassifierSettings, features: FeatureSettings): TextClassifier {
    const featureIndex = new Map(json.features.map((feature, id) => [feature, id]));
    const regression = {
      labels: json.labels,
      featureCount: json.features.length,
      weights: decodeFloat64(json.regression.weights),
      biases: decodeFloat64(json.regression.biases),
    };
    if (regression.weights.length !== json.labels.length * json.features.length || regression.biases.length !== json.labels.length) {
      throw new Error('TextClassifier.restore: regression weights do not fit the labels and features');
    }
    const bayes = json.bayes ? NaturalBayes.restore(json.bayes, json.labels) : null;
    return new TextClassifier(lang, settings, features, json.labels, featureIndex, bayes, regression);
  }

  toJSON(): TextClassifierJson {
    return {
      labels: [...this.labels],
      features: [...this.featureIndex.keys()],
      regression: { weights: encodeFloat64(this.regression.weights), biases: encodeFloat64(this.regression.biases) },
      bayes: this.bayes?.toJSON() ?? null,
    };
  }

  /**
   * The share of the sentence's words (not character grams) this classifier learned from: a sentence of words it
   * never saw ("giraffe accountant lemonade") can still get a confident label, from whatever little it shares.
   */
  knownWordShare(text: string, featureCache?: FeatureCache): number {
    const words = sentenceFeaturesOf(text, this.lang, this.featureSettings, featureCache).shared.filter(isWord);
    if (words.length === 0) return 0;
    return words.filter((word) => this.featureIndex.has(word)).length / words.length;
  }

  /**
   * Every label with its probability, most likely first. Heads asked about the same sentence share
   * `featureCache`, so it is tokenised once.
   */
  classify(text: string, featureCache?: FeatureCache): LabelScore[] {
    const features = featuresOf(text, this.lang, this.settings, this.featureSettings, featureCache);
    const featureIds = features.map((feature) => this.featureIndex.get(feature)).filter((id) => id !== undefined);
    const regression = softmaxRegressionProbabilities(this.regression, featureIds);
    const bayes = this.bayes?.probabilities(features, this.settings.bayesTemperature);
    const weight = this.settings.regressionWeight;
    return this.labels
      .map((label, index) => ({
        label,
        score: bayes ? weight * regression[index] + (1 - weight) * bayes[index] : regression[index],
      }))
      .sort((a, b) => b.score - a.score);
  }
}

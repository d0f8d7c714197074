// A language-aware text classifier for any label set: naive Bayes and logistic regression voting on probabilities.
import type { Language } from '../src/domain/vocabulary';
import { type NaiveBayesModel, type SparseExample, naiveBayesLogScores, trainNaiveBayes } from './naiveBayes';
import {
  type SoftmaxRegressionModel,
  softmax,
  softmaxRegressionProbabilities,
  trainSoftmaxRegression,
} from './softmaxRegression';
import { textFeatures } from './textFeatures';
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

export interface TextClassifierModel {
  format: 'netposa-text-classifier/1';
  lang: Language;
  features: string[];
  bayes: NaiveBayesModel;
  regression: SoftmaxRegressionModel;
  /** Share of the vote given to logistic regression; naive Bayes gets the rest. */
  regressionWeight: number;
}

export interface TextClassifierOptions {
  regressionWeight?: number;
  /**
   * Features already computed for these texts: several heads trained on one corpus
   * tokenise each sentence once instead of once per head.
   */
  featureCache?: Map<string, string[]>;
}

function featuresOf(text: string, lang: Language, cache?: Map<string, string[]>): string[] {
  const cached = cache?.get(text);
  if (cached) return cached;
  const features = textFeatures(tokenize(text, lang), lang);
  cache?.set(text, features);
  return features;
}

/**
 * Naive Bayes is sure of itself on a handful of words; dividing its log scores by this
 * temperature keeps it from out-shouting logistic regression in the vote.
 */
const BAYES_TEMPERATURE = 4;
const DEFAULT_REGRESSION_WEIGHT = 0.6;

export class TextClassifier {
  private readonly featureIndex: Map<string, number>;

  private constructor(private readonly model: TextClassifierModel) {
    this.featureIndex = new Map(model.features.map((feature, index) => [feature, index]));
  }

  static train(examples: readonly LabelledText[], lang: Language, options: TextClassifierOptions = {}): TextClassifier {
    if (examples.length === 0) throw new Error('TextClassifier.train: no examples');
    const labels = [...new Set(examples.map((example) => example.label))].sort();
    const featureIndex = new Map<string, number>();
    const sparse: SparseExample[] = examples.map(({ text, label }) => ({
      featureIds: featuresOf(text, lang, options.featureCache).map((feature) => {
        let id = featureIndex.get(feature);
        if (id === undefined) {
          id = featureIndex.size;
          featureIndex.set(feature, id);
        }
        return id;
      }),
      labelIndex: labels.indexOf(label),
    }));
    return new TextClassifier({
      format: 'netposa-text-classifier/1',
      lang,
      features: [...featureIndex.keys()],
      bayes: trainNaiveBayes(sparse, labels, featureIndex.size),
      regression: trainSoftmaxRegression(sparse, labels, featureIndex.size),
      regressionWeight: options.regressionWeight ?? DEFAULT_REGRESSION_WEIGHT,
    });
  }

  static fromJSON(model: TextClassifierModel): TextClassifier {
    if (model.format !== 'netposa-text-classifier/1') {
      throw new Error(`TextClassifier.fromJSON: unknown model format "${String(model.format)}"`);
    }
    return new TextClassifier(model);
  }

  toJSON(): TextClassifierModel {
    return this.model;
  }

  get labels(): readonly string[] {
    return this.model.bayes.labels;
  }

  /** Every label with its probability, most likely first. */
  classify(text: string): LabelScore[] {
    const featureIds = featuresOf(text, this.model.lang)
      .map((feature) => this.featureIndex.get(feature))
      .filter((id): id is number => id !== undefined);
    const bayes = softmax(naiveBayesLogScores(this.model.bayes, featureIds).map((score) => score / BAYES_TEMPERATURE));
    const regression = softmaxRegressionProbabilities(this.model.regression, featureIds);
    const weight = this.model.regressionWeight;
    return this.labels
      .map((label, index) => ({ label, score: weight * regression[index] + (1 - weight) * bayes[index] }))
      .sort((a, b) => b.score - a.score);
  }
}

// The assistant's NLU: language, intent, symptom, policy-clause mentions and entities of one utterance.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type ClauseId, type IntentName, LANGUAGES, type Language, type Symptom, isIntent, isSymptom } from '../src/domain/vocabulary';
import { type LabelledLine, describeLineError, labelledLineSchema, readJsonLines } from './corpusFile';
import { EntityExtractor } from './entities';
import { ExclusionDetector } from './exclusionDetector';
import { detectLanguage } from './language';
import { TextClassifier } from './textClassifier';
import type { Recognition, RecognizeOptions, Recognizer } from './types';

export const DEFAULT_CORPUS_DIRECTORY = path.join(__dirname, 'corpus');

const NO_SYMPTOM = 'none';
const FAULT_SYMPTOM_THRESHOLD = 0.3;

export interface RecognizerOptions {
  /** Model names from the product registry, recognised as `entities.model`. */
  models?: readonly string[];
  /** Where `en.train.jsonl` and `zh.train.jsonl` live. */
  corpusDirectory?: string;
}

interface LanguageHeads {
  intent: TextClassifier;
  symptom: TextClassifier;
  exclusions: ExclusionDetector;
}

function trainLanguage(lines: readonly LabelledLine[], lang: Language): LanguageHeads {
  const featureCache = new Map<string, string[]>();
  return {
    intent: TextClassifier.train(lines.map(({ text, intent }) => ({ text, label: intent })), lang, { featureCache }),
    symptom: TextClassifier.train(
      lines.map(({ text, symptom }) => ({ text, label: symptom ?? NO_SYMPTOM })),
      lang,
      { featureCache },
    ),
    exclusions: ExclusionDetector.train(
      lines.map(({ text, exclusions = [] }) => ({ text, mentioned: exclusions })),
      lang,
      featureCache,
    ),
  };
}

class CorpusRecognizer implements Recognizer {
  private readonly entities: EntityExtractor;

  constructor(
    private readonly heads: Record<Language, LanguageHeads>,
    models: readonly string[],
    /** The reference day when a call gives none; only the edge knows the real clock. */
    private readonly defaultToday: () => string,
  ) {
    this.entities = new EntityExtractor(models);
  }

  recognize(text: string, options: RecognizeOptions = {}): Recognition {
    const lang = detectLanguage(text);
    const heads = this.heads[lang];
    const ranking = heads.intent
      .classify(text)
      .filter((score): score is { label: IntentName; score: number } => isIntent(score.label))
      .map(({ label, score }) => ({ intent: label, score }));
    const [best] = ranking;
    const cues = heads.exclusions.detect(text);
    return {
      text,
      lang,
      intent: best.intent,
      confidence: best.score,
      ranking,
      symptom: this.symptomOf(heads.symptom, text, best.intent),
      exclusions: [...new Set(cues.filter((cue) => !cue.negated).map((cue) => cue.clause))] as ClauseId[],
      cues,
      entities: this.entities.extract(text, lang, options.today ?? this.defaultToday()),
    };
  }

  /**
   * The symptom head decides whether a fault is described at all, so a bare "1, 3" or "none of
   * these" gets none; when it leans to "no fault" but the intent is a fault report, a symptom
   * still fairly likely is believed. Cross-validated on the training corpora: 0.892 symptom
   * accuracy, against 0.864 for always giving a fault report its likeliest symptom.
   */
  private symptomOf(head: TextClassifier, text: string, intent: IntentName): Symptom | null {
    const ranking = head.classify(text);
    const [top] = ranking;
    if (isSymptom(top.label)) return top.label;
    const best = ranking.find((score) => isSymptom(score.label));
    if (!best || !isSymptom(best.label)) return null;
    return intent === 'report_fault' && best.score >= FAULT_SYMPTOM_THRESHOLD ? best.label : null;
  }
}

function todayOfClock(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Trains a recognizer from labelled lines per language (tests and experiments pass their own). */
export function trainRecognizer(
  corpora: Record<Language, readonly LabelledLine[]>,
  options: RecognizerOptions = {},
  today: () => string = todayOfClock,
): CorpusRecognizer {
  const heads = Object.fromEntries(LANGUAGES.map((lang) => [lang, trainLanguage(corpora[lang], lang)])) as Record<
    Language,
    LanguageHeads
  >;
  return new CorpusRecognizer(heads, options.models ?? [], today);
}

/** Reads `{en,zh}.train.jsonl` (never the held-out test files); a bad line stops training with its location. */
export function readTrainingCorpora(directory: string = DEFAULT_CORPUS_DIRECTORY): Record<Language, LabelledLine[]> {
  const corpora = {} as Record<Language, LabelledLine[]>;
  for (const lang of LANGUAGES) {
    const file = path.join(directory, `${lang}.train.jsonl`);
    if (!existsSync(file)) throw new Error(`readTrainingCorpora: missing training corpus ${file}`);
    const { lines, errors } = readJsonLines(file, labelledLineSchema);
    if (errors.length > 0) throw new Error(`readTrainingCorpora: ${errors.map(describeLineError).join('; ')}`);
    corpora[lang] = lines.map((line) => line.value);
  }
  return corpora;
}

export function createRecognizer(options: RecognizerOptions = {}): Recognizer {
  return trainRecognizer(readTrainingCorpora(options.corpusDirectory), options);
}

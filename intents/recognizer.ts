// The assistant's NLU: language, intent, symptom, policy-clause mentions and entities of one utterance.
import { existsSync, readdirSync } from 'node:fs';
import { DASH_BETWEEN_PHRASES } from './clauseFragments';
import path from 'node:path';
import type { z } from 'zod';
import { type ClauseId, type IntentName, LANGUAGES, type Language, type Symptom, isIntent, isSymptom } from '../src/domain/vocabulary';
import {
  type AnswerLabel,
  type AnswerLine,
  type LabelledLine,
  answerLineSchema,
  type SymptomLine,
  describeLineError,
  labelledLineSchema,
  readJsonLines,
  symptomLineSchema,
} from './corpusFile';
import { chineseAsRead } from './chineseAsRead';
import { ENGINE_SETTINGS, type EngineSettings } from './engineSettings';
import { complainsAboutService } from './complaints';
import { EntityExtractor } from './entities';
import { ExclusionDetector } from './exclusionDetector';
import { detectLanguage } from './language';
import {
  DEFAULT_MODEL_FILE,
  type LanguageHeadsJson,
  type RecognizerModelJson,
  corpusFilesOf,
  corpusHashOf,
  readRecognizerModel,
  engineHashOf,
  INTENTS_SOURCE_FOLDER,
} from './recognizerModel';
import { type FeatureCache, type LabelScore, TextClassifier } from './textClassifier';
import type { Recognition, RecognizeOptions, Recognizer } from './types';
import { checkedAgainstAge } from './warrantyAge';
import { asksForRepair, onlySymptomHinted } from './symptomCues';
import { supposes } from './answers/options';

export const DEFAULT_CORPUS_DIRECTORY = path.join(INTENTS_SOURCE_FOLDER, 'corpus');

const NO_SYMPTOM = 'none';

export interface RecognizerOptions {
  /** Model names from the product registry, recognised as `entities.model`. */
  models?: readonly string[];
  /** Where `en.train.jsonl` and `zh.train.jsonl` live. */
  corpusDirectory?: string;
  /** The model `npm run build` wrote; used only when built from these corpora and settings. */
  modelFile?: string;
  settings?: EngineSettings;
}

interface LanguageHeads {
  intent: TextClassifier;
  symptom: TextClassifier;
  exclusions: ExclusionDetector;
  answer: TextClassifier | null;
}

/**
 * What one language's heads learn from. Every head learns from `lines`; the others teach some
 * heads only, because given to the intent head too they cost it accuracy in cross-validation.
 */
export interface TrainingCorpus {
  lines: readonly LabelledLine[];
  /**
   * Extra fault descriptions, and checklist answers that describe no fault, for the symptom head:
   * they lifted fault-line symptom accuracy 0.910 → 0.926 at the same intent accuracy (0.927),
   * where the intent head, given them too, leaned towards report_fault and lost 0.003; weighting
   * the regression's examples to balance the classes did not win that back.
   */
  symptomLines: readonly SymptomLine[];
  /**
   * Long tickets, implicit mentions of policy clauses and invented customers' messages, for the
   * clause heads: cross-validated exclusion F1 went 0.872 → 0.880. Given to the intent head too,
   * the first half cost it 0.005, on messages that mix a fault story with a question.
   */
  clauseLines: readonly LabelledLine[];
  /** Replies to yes/no-style questions, for the answer head alone: their labels are not intents. */
  answerLines: readonly AnswerLine[];
}

/** The same words as the customer typed them: a reading keeps every position. */
function asTyped(words: string, read: string, typed: string): string {
  const at = read.indexOf(words);
  return at < 0 ? words : typed.slice(at, at + words.length);
}

/** The first phrase of a message that goes on after a comma, a full stop or a pause ("这个…"), if it does. */
function leadingPhrase(text: string): string | undefined {
  const match = /^\s*([^,，。.!！;；、…\n]{1,16})[,，。.!！;；、…\n]+\s*\S/u.exec(text.replace(DASH_BETWEEN_PHRASES, ', '));
  return match?.[1].trim() || undefined;
}

/** What the answer head says when no answer lines taught it: nothing is read as an answer. */
const NO_ANSWER_HEAD: Recognition['answer'] = { label: 'other', score: 1, knownWordShare: 0 };

function trainLanguage({ lines, symptomLines, clauseLines, answerLines }: TrainingCorpus, lang: Language, settings: EngineSettings): LanguageHeads {
  const featureCache: FeatureCache = new Map();
  return {
    intent: TextClassifier.train(
      lines.map(({ text, intent }) => ({ text, label: intent })),
      lang,
      { featureCache, settings: settings.intent, features: settings.features },
    ),
    symptom: TextClassifier.train(
      [...lines, ...symptomLines].map(({ text, symptom }) => ({ text, label: symptom ?? NO_SYMPTOM })),
      lang,
      { featureCache, settings: settings.symptom, features: settings.features },
    ),
    exclusions: ExclusionDetector.train(
      [...lines, ...clauseLines].map(({ text, exclusions = [] }) => ({ text, mentioned: exclusions })),
      lang,
      { featureCache, settings },
    ),
    answer:
      answerLines.length > 0
        ? TextClassifier.train(
            answerLines.map(({ text, answer }) => ({ text, label: answer })),
            lang,
            { featureCache, settings: settings.answer, features: settings.features },
          )
        : null,
  };
}

function restoreLanguage(json: LanguageHeadsJson, lang: Language, settings: EngineSettings): LanguageHeads {
  return {
    intent: TextClassifier.restore(json.intent, lang, settings.intent, settings.features),
    symptom: TextClassifier.restore(json.symptom, lang, settings.symptom, settings.features),
    exclusions: ExclusionDetector.restore(json.exclusions, lang, settings),
    answer: json.answer ? TextClassifier.restore(json.answer, lang, settings.answer, settings.features) : null,
  };
}

/**
 * The symptom head decides whether a fault is described at all, so a bare "1, 3" or "none of
 * these" gets none; when it leans to "no fault" but the intent is a fault report, a symptom
 * still fairly likely (at least `threshold`) is believed.
 */
export function symptomOfRanking(ranking: readonly LabelScore[], intent: IntentName, threshold: number): Symptom | null {
  const [top] = ranking;
  if (isSymptom(top.label)) return top.label;
  const best = ranking.find((score) => isSymptom(score.label));
  if (!best || !isSymptom(best.label)) return null;
  return intent === 'report_fault' && best.score >= threshold ? best.label : null;
}

/**
 * The symptom a fault's own words name when the head gave it to no fault: "…保修期内因产品质量问题免费维修。我这台…现在开机没图像，
 * 请给我开免费维修单" (the head heard the question). Said with a question of cover, only a repair asked for or a missing
 * picture counts.
 */
function symptomInWords(text: string, intent: IntentName): Symptom | null {
  const hinted = onlySymptomHinted(text);
  if (hinted === undefined) return null;
  return intent === 'report_fault' || (QUESTIONS_OF_COVER.has(intent) && faultSaidOutright(text, hinted)) ? hinted : null;
}

const QUESTIONS_OF_COVER: ReadonlySet<IntentName> = new Set<IntentName>(['check_warranty', 'repair_cost']);

/** What may come ("过了保修期以后授权出问题还管吗？", "if it ever breaks") is no fault told. */
const WHAT_MAY_COME = /以后|将来|\b(?:in (?:the )?future|later on|ever)\b/iu;

/**
 * A repair asked for, or a picture said to be missing, beside the question: "…现在开机没图像，请给我开免费维修单". A fault
 * only named with a price question ("球机修一下大概多少钱？…变焦不好使了") is the question's subject, answered first.
 */
function faultSaidOutright(text: string, hinted: Symptom): boolean {
  const told = asksForRepair(text) || hinted === 'no_video';
  return told && !supposes(text) && !WHAT_MAY_COME.test(text);
}

export class CorpusRecognizer implements Recognizer {
  private readonly entities: EntityExtractor;

  constructor(
    private readonly heads: Record<Language, LanguageHeads>,
    private readonly faultSymptomThreshold: number,
    models: readonly string[],
    /** The reference day when a call gives none; only the edge knows the real clock. */
    private readonly defaultToday: () => string,
  ) {
    this.entities = new EntityExtractor(models);
  }

  recognize(typed: string, options: RecognizeOptions = {}): Recognition {
    // Every reader below sees traditional characters, Cantonese and pinyin slips as Mainland Mandarin; evidence quotes the
    // words as typed.
    const text = chineseAsRead(typed);
    const lang = detectLanguage(text);
    const heads = this.heads[lang];
    const featureCache: FeatureCache = new Map();
    const ranking = heads.intent
      .classify(text, featureCache)
      .filter((score): score is { label: IntentName; score: number } => isIntent(score.label))
      .map(({ label, score }) => ({ intent: label, score }));
    const [best] = ranking;
    const today = options.today ?? this.defaultToday();
    const { entities, earliestDate } = this.entities.extractWithAge(text, lang, today);
    const cues = checkedAgainstAge(heads.exclusions.detect(text, featureCache), text, lang, earliestDate, today);
    const lead = leadingPhrase(text);
    return {
      text,
      typed,
      lang,
      intent: best.intent,
      confidence: best.score,
      ranking,
      knownWordShare: heads.intent.knownWordShare(text, featureCache),
      symptom:
        symptomOfRanking(heads.symptom.classify(text, featureCache), best.intent, this.faultSymptomThreshold) ??
        symptomInWords(text, best.intent),
      exclusions: [...new Set(cues.filter((cue) => !cue.negated).map((cue) => cue.clause))] as ClauseId[],
      cues: text === typed ? cues : cues.map((cue) => ({ ...cue, text: asTyped(cue.text, text, typed) })),
      entities,
      complaint: complainsAboutService(text),
      answer: this.answerOf(heads, text, featureCache),
      ...(lead ? { answerLead: this.answerOf(heads, lead, new Map()) } : {}),
    };
  }

  private answerOf(heads: LanguageHeads, text: string, featureCache: FeatureCache): Recognition['answer'] {
    if (!heads.answer) return NO_ANSWER_HEAD;
    const [best] = heads.answer.classify(text, featureCache);
    return { label: best.label as AnswerLabel, score: best.score, knownWordShare: heads.answer.knownWordShare(text, featureCache) };
  }

  /** The trained heads as `npm run build` writes them. */
  toJSON(): RecognizerModelJson['heads'] {
    return Object.fromEntries(
      LANGUAGES.map((lang) => {
        const { intent, symptom, exclusions, answer } = this.heads[lang];
        return [lang, { intent: intent.toJSON(), symptom: symptom.toJSON(), exclusions: exclusions.toJSON(), answer: answer?.toJSON() ?? null }];
      }),
    ) as RecognizerModelJson['heads'];
  }
}

function todayOfClock(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Trains a recognizer from each language's corpus (tests and experiments pass their own). */
export function trainRecognizer(
  corpora: Record<Language, TrainingCorpus>,
  options: RecognizerOptions = {},
  today: () => string = todayOfClock,
): CorpusRecognizer {
  const settings = options.settings ?? ENGINE_SETTINGS;
  const heads = Object.fromEntries(LANGUAGES.map((lang) => [lang, trainLanguage(corpora[lang], lang, settings)])) as Record<
    Language,
    LanguageHeads
  >;
  return new CorpusRecognizer(heads, settings.faultSymptomThreshold, options.models ?? [], today);
}

/** A recognizer from a built model's heads; `settings` must be the ones they were trained with. */
export function restoreRecognizer(
  json: RecognizerModelJson['heads'],
  options: RecognizerOptions = {},
  today: () => string = todayOfClock,
): CorpusRecognizer {
  const settings = options.settings ?? ENGINE_SETTINGS;
  const heads = Object.fromEntries(LANGUAGES.map((lang) => [lang, restoreLanguage(json[lang], lang, settings)])) as Record<
    Language,
    LanguageHeads
  >;
  return new CorpusRecognizer(heads, settings.faultSymptomThreshold, options.models ?? [], today);
}

function readValidLines<T>(file: string, schema: z.ZodType<T>): T[] {
  const { lines, errors } = readJsonLines(file, schema);
  if (errors.length > 0) throw new Error(`readTrainingCorpora: ${errors.map(describeLineError).join('; ')}`);
  return lines.map((line) => line.value);
}

/**
 * Reads `{en,zh}.train.jsonl` and, when present, `{en,zh}.symptoms.jsonl`, `{en,zh}.clauses.jsonl`
 * and `{en,zh}.answers.jsonl` (never the held-out test files); a bad line stops training with its location.
 */
export function readTrainingCorpora(directory: string = DEFAULT_CORPUS_DIRECTORY): Record<Language, TrainingCorpus> {
  const corpora = {} as Record<Language, TrainingCorpus>;
  for (const lang of LANGUAGES) {
    const { train, symptoms, clauses, answers } = corpusFilesOf(directory, lang);
    if (!existsSync(train)) throw new Error(`readTrainingCorpora: missing training corpus ${train}`);
    corpora[lang] = {
      lines: readValidLines(train, labelledLineSchema),
      symptomLines: existsSync(symptoms) ? readValidLines(symptoms, symptomLineSchema) : [],
      clauseLines: existsSync(clauses) ? readValidLines(clauses, labelledLineSchema) : [],
      answerLines: existsSync(answers) ? readValidLines(answers, answerLineSchema) : [],
    };
  }
  return corpora;
}

/**
 * The held-out files of intents, symptoms and clauses, `<lang>.test.jsonl` and any
 * `<lang>.<part>.test.jsonl` beside them, each with its language; none is ever trained on.
 * The answer head's held-out lines have labels of their own (`answerTestFileOf`), as have the complaint lines
 * (`bench/complaints.ts`).
 */
export function heldOutFiles(directory: string = DEFAULT_CORPUS_DIRECTORY): Array<{ file: string; lang: Language }> {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.test.jsonl') && !name.endsWith('.answers.test.jsonl') && !name.endsWith('.feedback.test.jsonl'))
    .sort()
    .flatMap((name) => {
      const lang = LANGUAGES.find((candidate) => name.startsWith(`${candidate}.`));
      return lang ? [{ file: path.join(directory, name), lang }] : [];
    });
}

/** The stamp a built model must carry to be used with these options. */
export function modelStampOf(options: RecognizerOptions = {}): Pick<RecognizerModelJson, 'corpusHash' | 'engineHash'> {
  return {
    corpusHash: corpusHashOf(options.corpusDirectory ?? DEFAULT_CORPUS_DIRECTORY),
    engineHash: engineHashOf(options.settings ?? ENGINE_SETTINGS),
  };
}

/**
 * A customer's first message in each language would otherwise pay for what loads lazily on first use (the Chinese
 * segmenter's dictionary, the date parser's locales, the heads' first compilation): 50–150 ms instead of about 1 ms.
 * Reading one message a language at start-up pays it before anyone waits.
 */
export function warmUp(recognizer: Recognizer, today: string): void {
  for (const text of ['我的摄像机去年3月买的，从杆子上掉下来了，现在没有画面', 'my camera bought last March fell off the pole and has no video']) {
    recognizer.recognize(text, { today });
  }
}

/** Loads the model `npm run build` wrote when it matches the corpora and settings; otherwise trains here. */
export function createRecognizer(options: RecognizerOptions = {}): Recognizer {
  const modelFile = options.modelFile ?? DEFAULT_MODEL_FILE;
  const built = existsSync(modelFile) ? readRecognizerModel(modelFile, modelStampOf(options)) : undefined;
  return built ? restoreRecognizer(built, options) : trainRecognizer(readTrainingCorpora(options.corpusDirectory), options);
}

// The trained recognizer as a JSON file (`npm run build`), stamped with what it was trained from so a stale one is never used.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CLAUSE_IDS, LANGUAGES, type Language } from '../src/domain/vocabulary';
import { PROJECT_ROOT } from '../src/projectRoot';
import type { EngineSettings } from './engineSettings';
import type { ExclusionDetectorJson } from './exclusionDetector';
import type { TextClassifierJson } from './textClassifier';

/** This folder's TypeScript sources, corpora and model, also when the code runs compiled from dist/. */
export const INTENTS_SOURCE_FOLDER = path.join(PROJECT_ROOT, 'intents');
export const DEFAULT_MODEL_FILE = path.join(INTENTS_SOURCE_FOLDER, 'model', 'recognizer.json');

export interface LanguageHeadsJson {
  intent: TextClassifierJson;
  symptom: TextClassifierJson;
  exclusions: ExclusionDetectorJson;
  /** null when the corpora held no answer lines. */
  answer: TextClassifierJson | null;
}

export interface RecognizerModelJson {
  /** SHA-256 of the training corpora the heads learned from. */
  corpusHash: string;
  /** SHA-256 of the engine settings and source they were trained with. */
  engineHash: string;
  heads: Record<Language, LanguageHeadsJson>;
}

const classifierSchema = z.object({
  labels: z.array(z.string()).min(1),
  features: z.array(z.string()),
  regression: z.object({ weights: z.string(), biases: z.string() }),
  bayes: z
    .object({
      vocabulary: z.array(z.string()),
      priors: z.array(z.number().nullable()),
      logLikelihoods: z.string(),
    })
    .nullable(),
});

const languageHeadsSchema = z.object({
  intent: classifierSchema,
  symptom: classifierSchema,
  exclusions: z.object(Object.fromEntries(CLAUSE_IDS.map((clause) => [clause, classifierSchema])) as Record<
    (typeof CLAUSE_IDS)[number],
    typeof classifierSchema
  >),
  answer: classifierSchema.nullable(),
});

const modelSchema = z.object({
  corpusHash: z.string(),
  engineHash: z.string(),
  heads: z.object(Object.fromEntries(LANGUAGES.map((lang) => [lang, languageHeadsSchema])) as Record<Language, typeof languageHeadsSchema>),
});

function sha256(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/** The training files of one language; the symptom, clause and answer lines are optional. */
export function corpusFilesOf(directory: string, lang: Language): { train: string; symptoms: string; clauses: string; answers: string } {
  return {
    train: path.join(directory, `${lang}.train.jsonl`),
    symptoms: path.join(directory, `${lang}.symptoms.jsonl`),
    clauses: path.join(directory, `${lang}.clauses.jsonl`),
    answers: path.join(directory, `${lang}.answers.jsonl`),
  };
}

/** The answer head's held-out lines, scored apart from the intent test files. */
export function answerTestFileOf(directory: string, lang: Language): string {
  return path.join(directory, `${lang}.answers.test.jsonl`);
}

/** Hashes the training files byte for byte, in the order of LANGUAGES. */
export function corpusHashOf(directory: string): string {
  return sha256(
    LANGUAGES.flatMap((lang) => {
      const { train, ...optional } = corpusFilesOf(directory, lang);
      if (!existsSync(train)) throw new Error(`corpusHashOf: missing training corpus ${train}`);
      return [readFileSync(train, 'utf8'), ...Object.values(optional).map((file) => (existsSync(file) ? readFileSync(file, 'utf8') : ''))];
    }),
  );
}

/**
 * The settings, and the source of this folder: a change to tokenising, features or training
 * makes a built model stale as surely as new settings do.
 */
export function engineHashOf(settings: EngineSettings): string {
  const sources = readdirSync(INTENTS_SOURCE_FOLDER)
    .filter((name) => /\.[cm]?ts$/u.test(name))
    .sort()
    .map((name) => `${name}\n${readFileSync(path.join(INTENTS_SOURCE_FOLDER, name), 'utf8')}`);
  return sha256([JSON.stringify(settings), ...sources]);
}

export function writeRecognizerModel(file: string, model: RecognizerModelJson): void {
  mkdirSync(path.dirname(file), { recursive: true });
  // Each UTF-16 unit apart (no `u` flag), so a character outside the BMP becomes its surrogate pair, as JSON spells it.
  const ascii = JSON.stringify(model).replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
  writeFileSync(file, ascii);
}

/**
 * The model's heads when the file exists, is well formed and was built from these corpora by this
 * engine; otherwise undefined, and the caller trains afresh.
 */
export function readRecognizerModel(
  file: string,
  expected: Pick<RecognizerModelJson, 'corpusHash' | 'engineHash'>,
): RecognizerModelJson['heads'] | undefined {
  if (!existsSync(file)) return undefined;
  let json: unknown;
  try {
    // Written in ASCII (writeRecognizerModel): read byte for byte, without decoding 26 MB of UTF-8.
    const text = readFileSync(file, 'latin1');
    if (/[^\x00-\x7f]/u.test(text)) return undefined;
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const stamp = z.object({ corpusHash: z.string(), engineHash: z.string() }).safeParse(json);
  if (!stamp.success || stamp.data.corpusHash !== expected.corpusHash || stamp.data.engineHash !== expected.engineHash) {
    return undefined;
  }
  const parsed = modelSchema.safeParse(json);
  return parsed.success ? (parsed.data.heads as RecognizerModelJson['heads']) : undefined;
}

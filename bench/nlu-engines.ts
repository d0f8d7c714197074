// Measures other engines against our recognizer on the cross-validation folds and the Braun et al. corpora
// (`npm run bench:nlu-engines [-- [--braun DIRECTORY] ENGINE ...]`).
import { containerBootstrap } from '@nlpjs/core';
import { LangEn } from '@nlpjs/lang-en-min';
import { LangZh } from '@nlpjs/lang-zh';
import { Nlp } from '@nlpjs/nlp';
import { BayesClassifier, LogisticRegressionClassifier } from 'natural/lib/natural/classifiers';
import { CLAUSE_IDS, type ClauseId, LANGUAGES, type Language } from '../src/domain/vocabulary';
import { classificationReport, multiLabelReport } from '../intents/evaluation';
import { type TrainingCorpus, readTrainingCorpora, trainRecognizer } from '../intents/recognizer';
import { type LabelledText, TextClassifier } from '../intents/textClassifier';
import { tokenize } from '../intents/tokenizer';
import { BRAUN_CORPORA, DEFAULT_BRAUN_DIRECTORY, readBraunCorpus } from './braunCorpora';
import { CROSS_VALIDATION_TODAY, FOLDS, foldPart, seededShuffle } from './crossValidationFolds';

/** A trained single-label classifier: the label it finds likeliest. */
type Classify = (text: string) => Promise<string>;

/** Reads intents and policy-clause mentions of one language, as an engine trained on a fold does. */
interface Reader {
  read(text: string): Promise<{ intent: string; exclusions: readonly ClauseId[] }>;
}

interface EngineUnderTest {
  /**
   * natural's logistic regression trains by full-batch gradient descent over dense vectors: minutes for
   * a few hundred sentences, hours for a fold. It learns from this many of each fold's lines, and from
   * no clause lines.
   */
  trainingLineLimit?: number;
  /** Whether it also learns one mentioned/absent head per clause (the intent head alone otherwise). */
  readsClauses: boolean;
  train(corpus: TrainingCorpus, lang: Language): Promise<Reader>;
  /** A single-label classifier, for the Braun et al. corpora. */
  classifier(examples: readonly LabelledText[], lang: Language): Promise<Classify>;
}

const MENTIONED = 'mentioned';
const ABSENT = 'absent';

/**
 * What natural is given: English as written, for its own tokenizer and Porter stemmer; Chinese as
 * jieba's words, as our recognizer cuts them, since natural's tokenizers cannot segment Chinese.
 */
function naturalInput(text: string, lang: Language): string | string[] {
  return lang === 'en' ? text : tokenize(text, lang);
}

function clauseExamples({ lines, clauseLines }: TrainingCorpus, clause: ClauseId): LabelledText[] {
  return [...lines, ...clauseLines].map(({ text, exclusions = [] }) => ({ text, label: exclusions.includes(clause) ? MENTIONED : ABSENT }));
}

/** An engine that only knows single-label classifiers reads clauses with one binary head each. */
async function readerOf(
  classifier: (examples: readonly LabelledText[], lang: Language) => Promise<Classify>,
  corpus: TrainingCorpus,
  lang: Language,
  readsClauses: boolean,
): Promise<Reader> {
  const intent = await classifier(corpus.lines.map(({ text, intent: label }) => ({ text, label })), lang);
  const clauses = readsClauses
    ? await Promise.all(CLAUSE_IDS.map(async (clause) => ({ clause, classify: await classifier(clauseExamples(corpus, clause), lang) })))
    : [];
  return {
    async read(text) {
      const exclusions: ClauseId[] = [];
      for (const { clause, classify } of clauses) if ((await classify(text)) === MENTIONED) exclusions.push(clause);
      return { intent: await intent(text), exclusions };
    },
  };
}

async function naturalBayes(examples: readonly LabelledText[], lang: Language): Promise<Classify> {
  const classifier = new BayesClassifier();
  for (const { text, label } of examples) classifier.addDocument(naturalInput(text, lang), label);
  classifier.train();
  return async (text) => classifier.classify(naturalInput(text, lang));
}

async function naturalLogisticRegression(examples: readonly LabelledText[], lang: Language): Promise<Classify> {
  const classifier = new LogisticRegressionClassifier();
  for (const { text, label } of examples) classifier.addDocument(naturalInput(text, lang), label);
  classifier.train();
  return async (text) => classifier.classify(naturalInput(text, lang));
}

async function nlpJs(examples: readonly LabelledText[], lang: Language): Promise<Classify> {
  const container = await containerBootstrap();
  container.use(Nlp);
  container.use(lang === 'en' ? LangEn : LangZh);
  const nlp = container.get('nlp');
  // Offline and in memory: no model file is read or written.
  nlp.settings.autoSave = false;
  nlp.settings.autoLoad = false;
  nlp.settings.calculateSentiment = false;
  nlp.addLanguage(lang);
  for (const { text, label } of examples) nlp.addDocument(lang, text, label);
  await silenced(() => nlp.train());
  return async (text) => {
    const result = await nlp.process(lang, text);
    // Below its own threshold NLP.js answers None; the likeliest label is what the benchmarks score.
    return result.classifications?.find(({ intent }) => intent !== 'None')?.intent ?? result.intent;
  };
}

/** NLP.js logs every training epoch to the console; the table is what this bench prints. */
async function silenced<T>(work: () => Promise<T>): Promise<T> {
  const { log, warn } = console;
  console.log = () => undefined;
  console.warn = () => undefined;
  try {
    return await work();
  } finally {
    console.log = log;
    console.warn = warn;
  }
}

const ENGINES: Record<string, EngineUnderTest> = {
  'our recognizer (vote, cues, negation)': {
    readsClauses: true,
    async train(corpus, lang) {
      const recognizer = trainRecognizer({ ...emptyCorpora(), [lang]: corpus }, {});
      return {
        async read(text) {
          const { intent, exclusions } = recognizer.recognize(text, { today: CROSS_VALIDATION_TODAY });
          return { intent, exclusions };
        },
      };
    },
    async classifier(examples, lang) {
      const classifier = TextClassifier.train(examples, lang);
      return async (text) => classifier.classify(text)[0].label;
    },
  },
  'natural BayesClassifier': {
    readsClauses: true,
    train: (corpus, lang) => readerOf(naturalBayes, corpus, lang, true),
    classifier: naturalBayes,
  },
  'natural LogisticRegressionClassifier': {
    readsClauses: false,
    trainingLineLimit: 300,
    train: (corpus, lang) => readerOf(naturalLogisticRegression, corpus, lang, false),
    classifier: naturalLogisticRegression,
  },
  '@nlpjs/nlp': {
    readsClauses: true,
    train: (corpus, lang) => readerOf(nlpJs, corpus, lang, true),
    classifier: nlpJs,
  },
};

/** The recognizer trains both languages; the one not measured learns from a single line so it costs nothing. */
function emptyCorpora(): Record<Language, TrainingCorpus> {
  const placeholder: TrainingCorpus = { lines: [{ text: 'hello', intent: 'greet' }], symptomLines: [], clauseLines: [], answerLines: [] };
  return { en: placeholder, zh: placeholder };
}

interface LanguageResult {
  intentAccuracy: number;
  exclusionF1: number | null;
  trainingSecondsPerFold: number;
  msPerMessage: number;
}

async function crossValidate(engine: EngineUnderTest, corpus: TrainingCorpus, lang: Language): Promise<LanguageResult> {
  const shuffled = seededShuffle(corpus.lines);
  const pairs: Array<{ intent: string; predicted: string; exclusions: readonly string[]; found: readonly string[] }> = [];
  let trainingMs = 0;
  let readingMs = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const training = foldPart(shuffled, fold, false).slice(0, engine.trainingLineLimit);
    const started = performance.now();
    const reader = await engine.train(
      { ...corpus, lines: training, clauseLines: engine.trainingLineLimit === undefined ? corpus.clauseLines : [] },
      lang,
    );
    trainingMs += performance.now() - started;
    for (const line of foldPart(shuffled, fold, true)) {
      const readingStarted = performance.now();
      const { intent, exclusions } = await reader.read(line.text);
      readingMs += performance.now() - readingStarted;
      pairs.push({ intent: line.intent, predicted: intent, exclusions: line.exclusions ?? [], found: exclusions });
    }
  }
  return {
    intentAccuracy: classificationReport(pairs.map(({ intent, predicted }) => ({ actual: intent, predicted }))).accuracy,
    exclusionF1: engine.readsClauses
      ? multiLabelReport(pairs.map(({ exclusions, found }) => ({ actual: exclusions, predicted: found })), CLAUSE_IDS).micro.f1
      : null,
    trainingSecondsPerFold: trainingMs / FOLDS / 1000,
    msPerMessage: readingMs / pairs.length,
  };
}

/** Overall accuracy on all the corpora's test sentences, each corpus trained on its own training split. */
async function braunAccuracy(engine: EngineUnderTest, directory: string): Promise<number> {
  let correct = 0;
  let total = 0;
  for (const name of BRAUN_CORPORA) {
    const { training, test } = readBraunCorpus(directory, name);
    const classify = await engine.classifier(training, 'en');
    for (const { text, label } of test) {
      correct += (await classify(text)) === label ? 1 : 0;
      total++;
    }
  }
  return correct / total;
}

function cell(value: number | null, digits = 3): string {
  return value === null ? '–' : value.toFixed(digits);
}

async function main(args: readonly string[]): Promise<void> {
  const braunOption = args.indexOf('--braun');
  const braunDirectory = braunOption >= 0 ? args[braunOption + 1] : DEFAULT_BRAUN_DIRECTORY;
  const names = braunOption >= 0 ? args.filter((_, index) => index !== braunOption && index !== braunOption + 1) : args;
  const unknown = names.filter((name) => !(name in ENGINES));
  if (unknown.length > 0) throw new Error(`unknown engines: ${unknown.join(', ')}; known: ${Object.keys(ENGINES).join(', ')}`);
  const corpora = readTrainingCorpora();
  process.stdout.write(
    `${FOLDS}-fold cross-validation on ${LANGUAGES.map((lang) => `${corpora[lang].lines.length} ${lang}`).join(' + ')} training lines (clause heads also learn the clause lines); ` +
      'exclusion F1 is micro-F1 over the clauses; Braun et al. is overall accuracy on its 274 test sentences\n\n' +
      '| engine | lang | intent accuracy | exclusion F1 | training s/fold | recognise ms/message |\n| --- | --- | --- | --- | --- | --- |\n',
  );
  const braun: string[] = [];
  for (const name of names.length > 0 ? names : Object.keys(ENGINES)) {
    const engine = ENGINES[name];
    const label = engine.trainingLineLimit ? `${name} (${engine.trainingLineLimit} lines a fold)` : name;
    for (const lang of LANGUAGES) {
      const result = await crossValidate(engine, corpora[lang], lang);
      process.stdout.write(
        `| ${label} | ${lang} | ${cell(result.intentAccuracy)} | ${cell(result.exclusionF1)} | ${cell(result.trainingSecondsPerFold, 1)} | ${cell(result.msPerMessage, 2)} |\n`,
      );
    }
    braun.push(`${name}: ${cell(await braunAccuracy(engine, braunDirectory))}`);
  }
  process.stdout.write(`\nBraun et al. overall accuracy\n${braun.join('\n')}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});

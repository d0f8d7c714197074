// k-fold cross-validation of the recognizer on the training corpora only, for choosing the engine settings (`npm run bench:nlu-cv [-- CANDIDATE ...]`)
// and the routing threshold and margin (`-- routing`; `-- routing-held-out` scores the held-out half of the off-topic set, once),
// and the answer head (`-- answers`; `-- answers-held-out` scores `<lang>.answers.test.jsonl`, once).
import path from 'node:path';
import { CLAUSE_IDS, LANGUAGES, type Language, isSymptom } from '../src/domain/vocabulary';
import { type AnswerLine, type LabelledLine, answerLineSchema, readJsonLines, readOffTopicHalves, readOffTopicLines } from '../intents/corpusFile';
import { type ClassifierSettings, ENGINE_SETTINGS, type EngineSettings } from '../intents/engineSettings';
import { classificationReport, multiLabelReport } from '../intents/evaluation';
import { DEFAULT_CORPUS_DIRECTORY, type TrainingCorpus, createRecognizer, readTrainingCorpora, trainRecognizer } from '../intents/recognizer';
import type { Recognition, Recognizer } from '../intents/types';
import { DIALOG_INTENTS, ROUTING_SETTINGS, type RoutingSettings, understoodIntent } from '../dialogs/routing';
import { answerTestFileOf } from '../intents/recognizerModel';
import type { SoftmaxTrainingOptions } from '../intents/softmaxRegression';
import { TextClassifier } from '../intents/textClassifier';
import type { FeatureSettings } from '../intents/textFeatures';
import { CROSS_VALIDATION_TODAY as TODAY, FOLDS, foldPart, seededShuffle } from './crossValidationFolds';


type Head = 'intent' | 'symptom' | 'exclusion';
const ALL_HEADS: readonly Head[] = ['intent', 'symptom', 'exclusion'];
/** `faultSymptom` is symptom accuracy on the lines that carry one: most lines describe no fault and would hide it. */
type Scores = Record<Head | 'faultSymptom', number>;
const SCORE_COLUMNS: ReadonlyArray<{ key: keyof Scores; title: string }> = [
  { key: 'intent', title: 'intent' },
  { key: 'symptom', title: 'symptom' },
  { key: 'faultSymptom', title: 'fault' },
  { key: 'exclusion', title: 'excl.' },
];

type ClassifierChange = Partial<Omit<ClassifierSettings, 'regression'>> & { regression?: Partial<SoftmaxTrainingOptions> };

function withClassifiers(change: ClassifierChange, heads: readonly Head[]): EngineSettings {
  const settings = structuredClone(ENGINE_SETTINGS);
  for (const head of heads) settings[head] = { ...settings[head], ...change, regression: { ...settings[head].regression, ...change.regression } };
  return settings;
}

function withRegression(change: Partial<SoftmaxTrainingOptions>, heads: readonly Head[] = ALL_HEADS): EngineSettings {
  return withClassifiers({ regression: change }, heads);
}

function withMentionThresholds(change: (threshold: number) => number): EngineSettings {
  const thresholds = Object.fromEntries(CLAUSE_IDS.map((clause) => [clause, change(ENGINE_SETTINGS.mentionThresholds[clause])]));
  return { ...ENGINE_SETTINGS, mentionThresholds: thresholds as EngineSettings['mentionThresholds'] };
}

function withFeatures(change: Partial<FeatureSettings>): EngineSettings {
  return { ...ENGINE_SETTINGS, features: { ...ENGINE_SETTINGS.features, ...change } };
}

/** Engine settings, and which head-specific lines (`*.symptoms.jsonl`, `*.clauses.jsonl`) to leave out. */
interface Candidate {
  settings: EngineSettings;
  leaveOut?: 'symptomLines' | 'clauseLines';
}

function settingsOnly(settings: EngineSettings): Candidate {
  return { settings };
}

/** Each candidate changes the current settings in one way, so its effect can be read off alone. */
const CANDIDATES: Record<string, Candidate> = {
  current: settingsOnly(ENGINE_SETTINGS),
  'regression weight 0.6': settingsOnly(withClassifiers({ regressionWeight: 0.6 }, ['intent', 'symptom'])),
  'regression weight 0.8': settingsOnly(withClassifiers({ regressionWeight: 0.8 }, ['intent', 'symptom'])),
  'regression only': settingsOnly(withClassifiers({ regressionWeight: 1 }, ALL_HEADS)),
  'exclusion regression weight 0.5': settingsOnly(withClassifiers({ regressionWeight: 0.5 }, ['exclusion'])),
  'exclusion regression weight 0.7': settingsOnly(withClassifiers({ regressionWeight: 0.7 }, ['exclusion'])),
  'Bayes temperature 5': settingsOnly(withClassifiers({ bayesTemperature: 5 }, ALL_HEADS)),
  'Bayes temperature 12': settingsOnly(withClassifiers({ bayesTemperature: 12 }, ALL_HEADS)),
  'Bayes smoothing 0.03': settingsOnly(withClassifiers({ bayesSmoothing: 0.03 }, ALL_HEADS)),
  'Bayes smoothing 0.3': settingsOnly(withClassifiers({ bayesSmoothing: 0.3 }, ALL_HEADS)),
  'Bayes features in 2+ documents': settingsOnly(withClassifiers({ bayesMinimumDocuments: 2 }, ALL_HEADS)),
  'Bayes features in 4+ documents': settingsOnly(withClassifiers({ bayesMinimumDocuments: 4 }, ALL_HEADS)),
  'clause heads: regression features in 2+ documents': settingsOnly(withClassifiers({ regressionMinimumDocuments: 2 }, ['exclusion'])),
  'regression features in 2+ documents': settingsOnly(withClassifiers({ regressionMinimumDocuments: 2 }, ALL_HEADS)),
  'one regression run': settingsOnly(withRegression({ runs: 1 })),
  '10 epochs': settingsOnly(withRegression({ epochs: 10 })),
  '20 epochs': settingsOnly(withRegression({ epochs: 20 })),
  'learning rates halved': settingsOnly(withClassifiers({ regression: { learningRate: 0.8 } }, ['symptom', 'exclusion'])),
  'intent learning rate 1.6': settingsOnly(withRegression({ learningRate: 1.6 }, ['intent'])),
  'L2 1e-4': settingsOnly(withRegression({ l2: 1e-4 })),
  'fault symptom threshold 0.05': settingsOnly({ ...ENGINE_SETTINGS, faultSymptomThreshold: 0.05 }),
  'fault symptom threshold 0.15': settingsOnly({ ...ENGINE_SETTINGS, faultSymptomThreshold: 0.15 }),
  'fault symptom threshold 0.2': settingsOnly({ ...ENGINE_SETTINGS, faultSymptomThreshold: 0.2 }),
  'one mention threshold 0.6': settingsOnly(withMentionThresholds(() => 0.6)),
  'mention thresholds 0.1 lower': settingsOnly(withMentionThresholds((threshold) => threshold - 0.1)),
  'mention thresholds 0.1 higher': settingsOnly(withMentionThresholds((threshold) => threshold + 0.1)),
  'English character 5-grams': settingsOnly(withFeatures({ englishCharacterGram: 5 })),
  'Chinese character 3-grams': settingsOnly(withFeatures({ chineseCharacterGram: 3 })),
  'English word pairs for intents too': settingsOnly(withClassifiers({ wordPairs: ['en'] }, ['intent'])),
  'Chinese word pairs too': settingsOnly(withClassifiers({ wordPairs: ['en', 'zh'] }, ['symptom', 'exclusion'])),
  'no word pairs': settingsOnly(withClassifiers({ wordPairs: [] }, ALL_HEADS)),
  'no symptom cues': settingsOnly(withClassifiers({ symptomCueWeight: 0 }, ['symptom'])),
  'symptom cues weighing 1': settingsOnly(withClassifiers({ symptomCueWeight: 1 }, ['symptom'])),
  'symptom cues weighing 4': settingsOnly(withClassifiers({ symptomCueWeight: 4 }, ['symptom'])),
  'symptom cues for every head': settingsOnly(withClassifiers({ symptomCueWeight: 3 }, ALL_HEADS)),
  'without the symptom lines': { settings: ENGINE_SETTINGS, leaveOut: 'symptomLines' },
  'without the clause lines': { settings: ENGINE_SETTINGS, leaveOut: 'clauseLines' },
};

interface Prediction {
  lang: Language;
  line: LabelledLine;
  intent: string;
  symptom: string;
  exclusions: readonly string[];
}

function symptomAccuracy(predictions: readonly Prediction[]): number {
  return classificationReport(predictions.map(({ line, symptom }) => ({ actual: line.symptom ?? 'none', predicted: symptom }))).accuracy;
}

function scoresOf(predictions: readonly Prediction[]): Scores {
  return {
    intent: classificationReport(predictions.map(({ line, intent }) => ({ actual: line.intent, predicted: intent }))).accuracy,
    symptom: symptomAccuracy(predictions),
    faultSymptom: symptomAccuracy(predictions.filter(({ line }) => isSymptom(line.symptom))),
    exclusion: multiLabelReport(
      predictions.map(({ line, exclusions }) => ({ actual: line.exclusions ?? [], predicted: exclusions })),
      CLAUSE_IDS,
    ).micro.f1,
  };
}

interface Fold {
  recognizer: Recognizer;
  heldOut: Record<Language, LabelledLine[]>;
  trainingMs: number;
}

/** Folds split the training lines; symptom and clause lines only ever train, so scores with and without them compare. */
function* folds(corpora: Record<Language, TrainingCorpus>, { settings, leaveOut }: Candidate): Generator<Fold> {
  const shuffled = Object.fromEntries(LANGUAGES.map((lang) => [lang, seededShuffle(corpora[lang].lines)])) as Record<
    Language,
    LabelledLine[]
  >;
  for (let fold = 0; fold < FOLDS; fold++) {
    const split = (lang: Language, held: boolean) => foldPart(shuffled[lang], fold, held);
    const started = performance.now();
    const foldCorpus = (lang: Language): TrainingCorpus => ({
      ...corpora[lang],
      ...(leaveOut ? { [leaveOut]: [] } : {}),
      lines: split(lang, false),
    });
    const recognizer = trainRecognizer(
      Object.fromEntries(LANGUAGES.map((lang) => [lang, foldCorpus(lang)] as const)) as Record<Language, TrainingCorpus>,
      { settings },
    );
    const trainingMs = performance.now() - started;
    yield { recognizer, trainingMs, heldOut: Object.fromEntries(LANGUAGES.map((lang) => [lang, split(lang, true)])) as Record<Language, LabelledLine[]> };
  }
}

function crossValidate(corpora: Record<Language, TrainingCorpus>, candidate: Candidate) {
  const predictions: Prediction[] = [];
  let trainingMs = 0;
  for (const fold of folds(corpora, candidate)) {
    trainingMs += fold.trainingMs;
    for (const lang of LANGUAGES) {
      for (const line of fold.heldOut[lang]) {
        const recognition = fold.recognizer.recognize(line.text, { today: TODAY });
        // A sentence the language detector sends to the other model is scored as the recognizer saw it.
        predictions.push({ lang, line, intent: recognition.intent, symptom: recognition.symptom ?? 'none', exclusions: recognition.exclusions });
      }
    }
  }
  return {
    perLanguage: Object.fromEntries(LANGUAGES.map((lang) => [lang, scoresOf(predictions.filter((p) => p.lang === lang))])) as Record<
      Language,
      Scores
    >,
    overall: scoresOf(predictions),
    trainingMsPerFold: trainingMs / FOLDS,
  };
}

function row(name: string, result: ReturnType<typeof crossValidate>): string {
  const cells = [...LANGUAGES.map((lang) => result.perLanguage[lang]), result.overall].flatMap((scores) =>
    SCORE_COLUMNS.map(({ key }) => scores[key].toFixed(3).padStart(8)),
  );
  return `${name.padEnd(38)}${cells.join('')}${Math.round(result.trainingMsPerFold).toString().padStart(15)}`;
}

/** What routing needs of a recognition, kept so each setting is scored without recognising again. */
interface RoutedLine {
  lang: Language;
  recognition: Recognition;
}

const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];
const MARGINS = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4];
const KNOWN_WORD_SHARES = [0, 0.25, 0.34, 0.5, 0.6, 0.67];
const MOST_IN_SCOPE_LOST = 0.05;

/** In-scope lines (any intent but out_of_scope) the fallback would answer instead. */
function lostShare(lines: readonly RoutedLine[], settings: RoutingSettings): number {
  return lines.filter(({ recognition }) => understoodIntent(recognition, settings) === undefined).length / lines.length;
}

/** Off-topic lines that would start a dialog. */
function startedShare(lines: readonly RoutedLine[], settings: RoutingSettings): number {
  return lines.filter(({ recognition }) => DIALOG_INTENTS.has(understoodIntent(recognition, settings) ?? 'out_of_scope')).length / lines.length;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function offTopicHalves(lang: Language) {
  return readOffTopicHalves(path.join(DEFAULT_CORPUS_DIRECTORY, `${lang}.offtopic.jsonl`));
}

/**
 * The routing threshold and margin: each fold's recognizer routes its held-out training lines and
 * the tuning half of the off-topic set; every setting of the grid is then scored on those answers.
 */
function routingSweep(corpora: Record<Language, TrainingCorpus>): void {
  const inScope: RoutedLine[] = [];
  const offTopic: RoutedLine[] = [];
  for (const fold of folds(corpora, settingsOnly(ENGINE_SETTINGS))) {
    for (const lang of LANGUAGES) {
      for (const line of fold.heldOut[lang].filter(({ intent }) => intent !== 'out_of_scope')) {
        inScope.push({ lang, recognition: fold.recognizer.recognize(line.text, { today: TODAY }) });
      }
      for (const line of offTopicHalves(lang).tuning) offTopic.push({ lang, recognition: fold.recognizer.recognize(line.text, { today: TODAY }) });
    }
  }
  process.stdout.write(
    `${FOLDS}-fold cross-validation: ${inScope.length} in-scope training lines, the tuning half of the off-topic set routed by each fold's recognizer (${offTopic.length} routings)\n` +
      'each cell: in-scope lines lost to the fallback / off-topic routings that start a dialog\n',
  );
  const results: Array<{ settings: RoutingSettings; lost: number; started: number }> = [];
  for (const minKnownWordShare of KNOWN_WORD_SHARES) {
    process.stdout.write(`\nat least ${minKnownWordShare} of the words known\n`);
    process.stdout.write(`${'threshold'.padEnd(10)}${MARGINS.map((margin) => `margin ${margin}`.padStart(16)).join('')}\n`);
    for (const intentThreshold of THRESHOLDS) {
      const cells = MARGINS.map((ambiguityMargin) => {
        const settings = { ...ROUTING_SETTINGS, intentThreshold, ambiguityMargin, minKnownWordShare };
        const result = { settings, lost: lostShare(inScope, settings), started: startedShare(offTopic, settings) };
        results.push(result);
        return `${percent(result.lost)} / ${percent(result.started)}`.padStart(16);
      });
      process.stdout.write(`${String(intentThreshold).padEnd(10)}${cells.join('')}\n`);
    }
  }
  // No setting keeps every off-topic line out at a loss a customer would accept: the fewest dialogs started, losing at most this much.
  const eligible = results.filter(({ lost }) => lost <= MOST_IN_SCOPE_LOST).sort((a, b) => a.started - b.started || a.lost - b.lost);
  process.stdout.write(`\nfewest off-topic dialogs at most ${percent(MOST_IN_SCOPE_LOST)} in-scope lost, best first:\n`);
  for (const { settings, lost, started } of eligible.slice(0, 5)) {
    const perLanguage = LANGUAGES.map((lang) => `${lang} ${percent(lostShare(inScope.filter((line) => line.lang === lang), settings))}`).join(', ');
    process.stdout.write(`  ${JSON.stringify(settings)}: ${(lost * 100).toFixed(2)}% lost (${perLanguage}), ${(started * 100).toFixed(2)}% started\n`);
  }
}

/** Once, after the settings are chosen: the shipped model and settings on both halves of the off-topic set. */
function routingHeldOut(): void {
  const recognizer = createRecognizer();
  for (const lang of LANGUAGES) {
    const { tuning, heldOut } = offTopicHalves(lang);
    const secondRound = readOffTopicLines(path.join(DEFAULT_CORPUS_DIRECTORY, `${lang}.offtopic2.jsonl`));
    for (const [name, lines] of [['tuning', tuning], ['held-out', heldOut], ['second round', secondRound]] as const) {
      const routed = lines.map((line) => ({ lang, recognition: recognizer.recognize(line.text, { today: TODAY }) }));
      const leaks = routed.filter(({ recognition }) => DIALOG_INTENTS.has(understoodIntent(recognition) ?? 'out_of_scope'));
      process.stdout.write(
        `${lang} ${name} half, ${lines.length} lines: ${leaks.length} start a dialog (${percent(leaks.length / lines.length)})` +
          `${leaks.map(({ recognition }) => `\n  ${recognition.intent} ${recognition.confidence.toFixed(2)}: ${recognition.text}`).join('')}\n`,
      );
    }
  }
}

/** The answer head alone, trained on each language's answer lines as `trainRecognizer` trains it. */
const ANSWER_CANDIDATES: Record<string, ClassifierSettings> = {
  chosen: ENGINE_SETTINGS.answer,
  'with Bayes in the vote': { ...ENGINE_SETTINGS.answer, regressionWeight: 0.7 },
  'no word pairs': { ...ENGINE_SETTINGS.answer, wordPairs: [] },
  'word pairs en+zh': { ...ENGINE_SETTINGS.answer, wordPairs: ['en', 'zh'] },
  'learning rate 3.2': { ...ENGINE_SETTINGS.answer, regression: { ...ENGINE_SETTINGS.answer.regression, learningRate: 3.2 } },
};

function answerAccuracy(pairs: ReadonlyArray<{ expected: string; got: string }>): string {
  return (pairs.filter(({ expected, got }) => expected === got).length / pairs.length).toFixed(3);
}

function answerCrossValidation(corpora: Record<Language, TrainingCorpus>): void {
  process.stdout.write(`${FOLDS}-fold cross-validation of the answer head on ${LANGUAGES.map((lang) => `${corpora[lang].answerLines.length} ${lang}`).join(' + ')} answer lines
`);
  process.stdout.write(`${'candidate'.padEnd(24)}${LANGUAGES.map((lang) => lang.padStart(8)).join('')}     all
`);
  for (const [name, settings] of Object.entries(ANSWER_CANDIDATES)) {
    const results = LANGUAGES.map((lang) => {
      const shuffled = seededShuffle(corpora[lang].answerLines);
      return Array.from({ length: FOLDS }, (_, fold) => {
        const training = foldPart(shuffled, fold, false);
        const head = TextClassifier.train(training.map(({ text, answer }) => ({ text, label: answer })), lang, { settings, features: ENGINE_SETTINGS.features });
        return foldPart(shuffled, fold, true)
          .map(({ text, answer }) => ({ expected: answer, got: head.classify(text)[0].label }));
      }).flat();
    });
    process.stdout.write(`${name.padEnd(24)}${results.map((pairs) => answerAccuracy(pairs).padStart(8)).join('')}${answerAccuracy(results.flat()).padStart(8)}\n`);
  }
}

/** The built recognizer, as the assistant runs it, on the answer lines written apart before any error was looked at. */
function answerHeldOut(): void {
  const recognizer = createRecognizer();
  for (const lang of LANGUAGES) {
    const { lines, errors }: { lines: Array<{ value: AnswerLine }>; errors: unknown[] } = readJsonLines(answerTestFileOf(DEFAULT_CORPUS_DIRECTORY, lang), answerLineSchema);
    if (errors.length > 0) throw new Error(`answerHeldOut: ${JSON.stringify(errors)}`);
    const pairs = lines.map(({ value }) => ({ text: value.text, expected: value.answer, got: recognizer.recognize(value.text, { today: TODAY }).answer.label }));
    const misses = pairs.filter(({ expected, got }) => expected !== got);
    process.stdout.write(
      `${lang} answers held out, ${pairs.length} lines: accuracy ${answerAccuracy(pairs)}` +
        `${misses.map(({ text, expected, got }) => `\n  ${expected} read as ${got}: ${text}`).join('')}\n`,
    );
  }
}

function main(names: readonly string[]): void {
  if (names[0] === 'answers') return answerCrossValidation(readTrainingCorpora());
  if (names[0] === 'answers-held-out') return answerHeldOut();
  if (names[0] === 'routing') return routingSweep(readTrainingCorpora());
  if (names[0] === 'routing-held-out') return routingHeldOut();
  const unknown = names.filter((name) => !(name in CANDIDATES));
  if (unknown.length > 0) throw new Error(`unknown candidates: ${unknown.join(', ')}; known: ${Object.keys(CANDIDATES).join(', ')}`);
  const corpora = readTrainingCorpora();
  const groupWidth = 8 * SCORE_COLUMNS.length;
  const groups = [...LANGUAGES, 'all'].map((group) => ` ${group} `.padStart(groupWidth / 2 + 3, '-').padEnd(groupWidth, '-')).join('');
  const columns = [...LANGUAGES, 'all'].map(() => SCORE_COLUMNS.map(({ title }) => title.padStart(8)).join('')).join('');
  process.stdout.write(`${FOLDS}-fold cross-validation on ${LANGUAGES.map((lang) => `${corpora[lang].lines.length} ${lang}`).join(' + ')} training lines, ${LANGUAGES.map((lang) => `${corpora[lang].symptomLines.length} ${lang}`).join(' + ')} symptom lines and ${LANGUAGES.map((lang) => `${corpora[lang].clauseLines.length} ${lang}`).join(' + ')} clause lines\n`);
  process.stdout.write('fault = symptom accuracy on the lines that carry a symptom\n');
  process.stdout.write(`${''.padEnd(38)}${groups}\n${'candidate'.padEnd(38)}${columns}  train ms/fold\n`);
  for (const name of names.length > 0 ? names : Object.keys(CANDIDATES)) {
    process.stdout.write(`${row(name, crossValidate(corpora, CANDIDATES[name]))}\n`);
  }
}

main(process.argv.slice(2));

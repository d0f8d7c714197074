// Scores the intent classifier on the Braun et al. (2017) public corpora beside the published results.
import path from 'node:path';
import { classificationReport } from '../intents/evaluation';
import { TextClassifier } from '../intents/textClassifier';
import { BRAUN_CORPORA, DEFAULT_BRAUN_DIRECTORY, readBraunCorpus } from './braunCorpora';

/** From ../shared/nlu-benchmark/README.md: the paper's F1 per corpus and overall, and accuracies measured there. */
const PUBLISHED: Array<{ system: string; scores: [number, number, number, number] | [null, null, null, number] }> = [
  { system: 'LUIS (F1)', scores: [0.98, 0.9, 0.81, 0.91] },
  { system: 'Watson Conversation (F1)', scores: [0.97, 0.92, 0.83, 0.92] },
  { system: 'API.ai / Dialogflow (F1)', scores: [0.93, 0.85, 0.8, 0.87] },
  { system: 'Rasa (F1)', scores: [0.98, 0.86, 0.74, 0.88] },
  { system: 'NLP.js 4 (F1)', scores: [0.99, 0.93, 0.83, 0.93] },
  { system: 'natural LogisticRegression (accuracy)', scores: [null, null, null, 0.898] },
  { system: 'natural Bayes (accuracy)', scores: [null, null, null, 0.843] },
  { system: 'NLP.js (accuracy)', scores: [null, null, null, 0.931] },
];

function column(value: number | null): string {
  return (value === null ? '–' : value.toFixed(3)).padStart(11);
}

function run(directory: string): void {
  const started = Date.now();
  const allPairs: Array<{ actual: string; predicted: string }> = [];
  const rows: Array<{ name: string; accuracy: number; macroF1: number; tested: number }> = [];
  for (const name of BRAUN_CORPORA) {
    const { training, test } = readBraunCorpus(directory, name);
    const classifier = TextClassifier.train(training, 'en');
    const pairs = test.map(({ text, label }) => ({ actual: label, predicted: classifier.classify(text)[0].label }));
    const report = classificationReport(pairs);
    rows.push({ name, accuracy: report.accuracy, macroF1: report.macroF1, tested: pairs.length });
    allPairs.push(...pairs.map(({ actual, predicted }) => ({ actual: `${name}:${actual}`, predicted: `${name}:${predicted}` })));
  }
  const overall = classificationReport(allPairs);
  const header = `${'system'.padEnd(40)}${['Chatbot', 'AskUbuntu', 'WebApps', 'overall'].map((title) => title.padStart(11)).join('')}`;
  const lines = [
    `Braun et al. corpora from ${directory} (trained on the training split, scored on all ${overall.total} test sentences)`,
    header,
    `${'this engine (accuracy)'.padEnd(40)}${rows.map((row) => column(row.accuracy)).join('')}${column(overall.accuracy)}`,
    `${'this engine (macro-F1)'.padEnd(40)}${rows.map((row) => column(row.macroF1)).join('')}${column(overall.macroF1)}`,
    ...PUBLISHED.map(({ system, scores }) => `${system.padEnd(40)}${scores.map(column).join('')}`),
    `trained and scored in ${Date.now() - started} ms`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

run(path.resolve(process.argv[2] ?? DEFAULT_BRAUN_DIRECTORY));

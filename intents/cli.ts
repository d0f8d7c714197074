// The `npm run nlu` command (CONTRACT §3): predict, eval and crossfit over JSON Lines.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CLAUSE_IDS, SYMPTOMS } from '../src/domain/vocabulary';
import {
  type LineError,
  describeLineError,
  freeLabelLineSchema,
  labelledLineSchema,
  parseJsonLines,
  readJsonLines,
} from './corpusFile';
import { EntityExtractor } from './entities';
import {
  classificationReport,
  formatClassificationReport,
  formatMultiLabelReport,
  multiLabelReport,
} from './evaluation';
import { createRecognizer, heldOutFiles } from './recognizer';
import { TextClassifier } from './textClassifier';
import type { Recognition, Recognizer } from './types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;
const predictLineSchema = z.object({ text: z.string().min(1), today: z.string().regex(ISO_DATE).optional() });

const USAGE = `usage:
  nlu predict [--today YYYY-MM-DD]     JSON Lines {"text"} on stdin -> predictions on stdout
  nlu eval [FILE.jsonl ...]            scores labelled files (default: intents/corpus/*.test.jsonl)
  nlu crossfit TRAIN.jsonl TEST.jsonl  trains a fresh English intent classifier on TRAIN, predicts TEST`;

interface PredictOutput {
  text: string;
  lang: Recognition['lang'];
  intent: string;
  confidence: number;
  symptom: Recognition['symptom'];
  exclusions: Recognition['exclusions'];
  entities: Recognition['entities'];
}

function toOutput(recognition: Recognition): PredictOutput {
  const { text, lang, intent, confidence, symptom, exclusions, entities } = recognition;
  return { text, lang, intent, confidence: Number(confidence.toFixed(4)), symptom, exclusions, entities };
}

function reportErrors(errors: readonly LineError[]): void {
  for (const error of errors) process.stderr.write(`${describeLineError(error)}\n`);
}

function todayOption(args: string[]): string | undefined {
  const index = args.indexOf('--today');
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (!value || !ISO_DATE.test(value)) throw new Error('--today needs a date as YYYY-MM-DD');
  return value;
}

function readStdin(): string {
  return readFileSync(0, 'utf8');
}

/** Bad lines are reported on stderr and skipped; every good line is answered, in order. */
function predict(recognizer: Recognizer, input: string, today: string): number {
  const { lines, errors } = parseJsonLines(input, 'stdin', predictLineSchema);
  reportErrors(errors);
  for (const { value } of lines) {
    const recognition = recognizer.recognize(value.text, { today: value.today ?? today });
    process.stdout.write(`${JSON.stringify(toOutput(recognition))}\n`);
  }
  return errors.length > 0 ? 1 : 0;
}

function evaluate(recognizer: Recognizer, files: readonly string[], today: string): number {
  const examples = files.flatMap((file) => {
    const { lines, errors } = readJsonLines(file, labelledLineSchema);
    reportErrors(errors);
    return lines.map((line) => line.value);
  });
  const predictions = examples.map((example) => ({ example, recognition: recognizer.recognize(example.text, { today }) }));
  const intents = classificationReport(
    predictions.map(({ example, recognition }) => ({ actual: example.intent, predicted: recognition.intent })),
  );
  const symptomPairs = predictions.map(({ example, recognition }) => ({
    actual: example.symptom ?? 'none',
    predicted: recognition.symptom ?? 'none',
  }));
  const symptoms = classificationReport(symptomPairs);
  // Most lines describe no fault and are easy; the lines that name one are what the dialogs rely on.
  const faultSymptoms = classificationReport(symptomPairs.filter(({ actual }) => actual !== 'none'));
  const exclusions = multiLabelReport(
    predictions.map(({ example, recognition }) => ({ actual: example.exclusions ?? [], predicted: recognition.exclusions })),
    CLAUSE_IDS,
  );
  process.stdout.write(
    [
      `files: ${files.map((file) => path.relative(process.cwd(), file)).join(', ')}`,
      formatClassificationReport('intent', intents),
      formatClassificationReport(`symptom (labels ${SYMPTOMS.join(', ')}; none = no fault)`, symptoms),
      `fault-line symptom accuracy ${faultSymptoms.accuracy.toFixed(4)} (${faultSymptoms.total} examples)`,
      formatMultiLabelReport('exclusions', exclusions),
    ].join('\n\n') + '\n',
  );
  return 0;
}

function crossfit(trainFile: string, testFile: string, today: string): number {
  const train = readJsonLines(trainFile, freeLabelLineSchema);
  const test = readJsonLines(testFile, predictLineSchema);
  reportErrors([...train.errors, ...test.errors]);
  if (train.lines.length === 0) throw new Error(`${trainFile}: no usable training lines`);
  const classifier = TextClassifier.train(
    train.lines.map(({ value }) => ({ text: value.text, label: value.intent })),
    'en',
  );
  const entities = new EntityExtractor();
  for (const { value } of test.lines) {
    const [best] = classifier.classify(value.text);
    const output = {
      text: value.text,
      lang: 'en',
      intent: best.label,
      confidence: Number(best.score.toFixed(4)),
      symptom: null,
      exclusions: [],
      entities: entities.extract(value.text, 'en', value.today ?? today),
    };
    process.stdout.write(`${JSON.stringify(output)}\n`);
  }
  return train.errors.length + test.errors.length > 0 ? 1 : 0;
}

function main(args: string[]): number {
  const [command, ...rest] = args;
  const today = todayOption(rest) ?? new Date().toISOString().slice(0, 10);
  const files = rest.filter((arg, index) => arg !== '--today' && rest[index - 1] !== '--today');
  switch (command) {
    case 'predict':
      return predict(createRecognizer(), readStdin(), today);
    case 'eval': {
      const targets = files.length > 0 ? files : heldOutFiles().map(({ file }) => file);
      return evaluate(createRecognizer(), targets, today);
    }
    case 'crossfit':
      if (files.length !== 2) throw new Error('crossfit needs TRAIN.jsonl and TEST.jsonl');
      return crossfit(files[0], files[1], today);
    default:
      process.stderr.write(`${USAGE}\n`);
      return 2;
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`nlu: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}

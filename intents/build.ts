// `npm run build`: trains the recognizer on the training corpora and writes it where `createRecognizer` loads it from.
import { statSync } from 'node:fs';
import path from 'node:path';
import { modelStampOf, readTrainingCorpora, restoreRecognizer, trainRecognizer } from './recognizer';
import { DEFAULT_MODEL_FILE, readRecognizerModel, writeRecognizerModel } from './recognizerModel';

/** Loads the model the way createRecognizer does, so the time measured is what start-up pays. */
function timeLoading(): number | undefined {
  const started = performance.now();
  const heads = readRecognizerModel(DEFAULT_MODEL_FILE, modelStampOf());
  if (!heads) return undefined;
  restoreRecognizer(heads);
  return performance.now() - started;
}

function build(): void {
  const shownFile = path.relative(process.cwd(), DEFAULT_MODEL_FILE);
  // `npm start` and `npm test` build first; a model already built from these corpora by this engine is kept.
  const currentLoadingMs = timeLoading();
  if (currentLoadingMs !== undefined) {
    process.stdout.write(`nlu: ${shownFile} is up to date (loads in ${Math.round(currentLoadingMs)} ms)\n`);
    return;
  }
  const stamp = modelStampOf();
  const trainingStarted = performance.now();
  const recognizer = trainRecognizer(readTrainingCorpora());
  const trainingMs = performance.now() - trainingStarted;
  writeRecognizerModel(DEFAULT_MODEL_FILE, { ...stamp, heads: recognizer.toJSON() });
  const loadingMs = timeLoading();
  if (loadingMs === undefined) throw new Error(`build: ${shownFile} does not read back as a current model`);
  const megabytes = statSync(DEFAULT_MODEL_FILE).size / 1e6;
  process.stdout.write(
    `nlu: trained in ${Math.round(trainingMs)} ms, wrote ${shownFile} (${megabytes.toFixed(1)} MB), loads in ${Math.round(loadingMs)} ms\n`,
  );
}

build();

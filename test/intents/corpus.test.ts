import assert from 'node:assert/strict';
import path from 'node:path';
import { labelledLineSchema, readJsonLines } from '../../intents/corpusFile';
import { DEFAULT_CORPUS_DIRECTORY, readTrainingCorpora } from '../../intents/recognizer';
import { LANGUAGES } from '../../src/domain/vocabulary';

/** Case, spacing and punctuation aside, two sentences are the same sentence. */
function sentenceKey(text: string): string {
  return text.toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, '');
}

describe('the NLU corpora', () => {
  const training = readTrainingCorpora();

  for (const lang of LANGUAGES) {
    it(`holds out a test split (${lang}) that repeats no training or symptom line`, () => {
      const { lines, errors } = readJsonLines(path.join(DEFAULT_CORPUS_DIRECTORY, `${lang}.test.jsonl`), labelledLineSchema);
      assert.deepEqual(errors, []);
      const trained = new Set([...training[lang].lines, ...training[lang].symptomLines].map(({ text }) => sentenceKey(text)));
      const repeated = lines.map(({ value }) => value.text).filter((text) => trained.has(sentenceKey(text)));
      assert.ok(lines.length > 300, `${lang}: the test split is too small to measure anything`);
      assert.deepEqual(repeated, []);
    });
  }
});

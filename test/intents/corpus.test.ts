import assert from 'node:assert/strict';
import path from 'node:path';
import { answerLineSchema, labelledLineSchema, readJsonLines, readOffTopicHalves, readOffTopicLines } from '../../intents/corpusFile';
import { DEFAULT_CORPUS_DIRECTORY, heldOutFiles, readTrainingCorpora } from '../../intents/recognizer';
import { answerTestFileOf } from '../../intents/recognizerModel';
import { LANGUAGES } from '../../src/domain/vocabulary';

/** Case, spacing and punctuation aside, two sentences are the same sentence. */
function sentenceKey(text: string): string {
  return text.toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, '');
}

describe('the NLU corpora', () => {
  const training = readTrainingCorpora();
  const heldOut = heldOutFiles();

  it('hold out test files in every language', () => {
    for (const lang of LANGUAGES) assert.ok(heldOut.some((file) => file.lang === lang), lang);
  });

  for (const { file, lang } of heldOut) {
    it(`hold out ${file.split('/').pop()}, which repeats no line trained on`, () => {
      const { lines, errors } = readJsonLines(file, labelledLineSchema);
      assert.deepEqual(errors, []);
      const { lines: trainingLines, symptomLines, clauseLines } = training[lang];
      const trained = new Set([...trainingLines, ...symptomLines, ...clauseLines].map(({ text }) => sentenceKey(text)));
      const repeated = lines.map(({ value }) => value.text).filter((text) => trained.has(sentenceKey(text)));
      assert.ok(lines.length >= 100, `${file}: too few lines to measure anything`);
      assert.deepEqual(repeated, []);
    });
  }

  for (const lang of LANGUAGES) {
    it(`hold ${lang}.offtopic.jsonl and ${lang}.offtopic2.jsonl apart: at least 50 lines, none trained on`, () => {
      const { tuning, heldOut } = readOffTopicHalves(path.join(DEFAULT_CORPUS_DIRECTORY, `${lang}.offtopic.jsonl`));
      const secondRound = readOffTopicLines(path.join(DEFAULT_CORPUS_DIRECTORY, `${lang}.offtopic2.jsonl`));
      const { lines, symptomLines, clauseLines } = training[lang];
      const trained = new Set([...lines, ...symptomLines, ...clauseLines].map(({ text }) => text.trim()));
      assert.ok(tuning.length + heldOut.length >= 50);
      assert.deepEqual([...tuning, ...heldOut, ...secondRound].map(({ text }) => text).filter((text) => trained.has(text.trim())), []);
    });
  }

  for (const lang of LANGUAGES) {
    it(`hold out ${lang}.answers.test.jsonl: at least 100 answer lines, none trained on`, () => {
      const { lines, errors } = readJsonLines(answerTestFileOf(DEFAULT_CORPUS_DIRECTORY, lang), answerLineSchema);
      assert.deepEqual(errors, []);
      const trained = new Set(training[lang].answerLines.map(({ text }) => sentenceKey(text)));
      assert.ok(training[lang].answerLines.length >= 400, `${lang}: too few answer lines to train on`);
      assert.ok(lines.length >= 100);
      assert.deepEqual(lines.map(({ value }) => value.text).filter((text) => trained.has(sentenceKey(text))), []);
    });
  }
});

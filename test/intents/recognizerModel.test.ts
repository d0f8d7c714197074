import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LabelledLine, SymptomLine } from '../../intents/corpusFile';
import { ENGINE_SETTINGS } from '../../intents/engineSettings';
import {
  createRecognizer,
  modelStampOf,
  readTrainingCorpora,
  restoreRecognizer,
  type TrainingCorpus,
  trainRecognizer,
} from '../../intents/recognizer';
import { engineHashOf, readRecognizerModel, writeRecognizerModel } from '../../intents/recognizerModel';
import type { Language } from '../../src/domain/vocabulary';

const TODAY = '2025-11-20';
const today = () => TODAY;

const SENTENCES = [
  'My NP-IPC2043 fell off the pole and shows no video',
  'how much will the repair cost if the warranty ran out last year?',
  'we flashed a custom firmware and now it keeps rebooting',
  'where is my repair, case RMA-20251101-0042',
  '摄像头从杆子上掉下来了，现在没有画面',
  '保修过了吗？修一下要多少钱',
  '刷机以后一直重启',
  '谢谢，再见',
];

const NO_VIDEO_LINE: SymptomLine = { text: 'black screen, no picture', symptom: 'no_video' };
/** Two, because the clause heads' regressions leave out what a single sentence says. */
const SNAPPED_BRACKET_LINES: LabelledLine[] = [
  { text: 'the bracket snapped and it hung by its cable all weekend', intent: 'report_fault', symptom: 'other', exclusions: ['abnormal_cause'] },
  { text: 'bracket snapped, the dome hung by its cable', intent: 'report_fault', symptom: 'other', exclusions: ['abnormal_cause'] },
];

/** Two tiny corpora that teach opposite intents for the same words, so which one a recognizer learned from shows. */
function tinyLines(swapped: boolean): Record<Language, LabelledLine[]> {
  const [first, second] = swapped ? (['goodbye', 'greet'] as const) : (['greet', 'goodbye'] as const);
  return {
    en: [
      { text: 'hello there', intent: first },
      { text: 'hi, good morning', intent: first },
      { text: 'bye for now', intent: second },
      { text: 'see you, thanks', intent: second },
    ],
    zh: [
      { text: '你好', intent: first },
      { text: '早上好', intent: first },
      { text: '再见', intent: second },
      { text: '拜拜，谢谢', intent: second },
    ],
  };
}

function tinyCorpora(swapped: boolean): Record<Language, TrainingCorpus> {
  const lines = tinyLines(swapped);
  return {
    en: { lines: lines.en, symptomLines: [], clauseLines: [], answerLines: [] },
    zh: { lines: lines.zh, symptomLines: [], clauseLines: [], answerLines: [] },
  };
}

function writeCorpora(directory: string, corpora: Record<Language, LabelledLine[]>): void {
  for (const [lang, lines] of Object.entries(corpora)) {
    writeFileSync(path.join(directory, `${lang}.train.jsonl`), lines.map((line) => JSON.stringify(line)).join('\n'));
  }
}

describe('recognizer model file', () => {
  describe('built from the training corpora', function builtModel() {
    // On two shared cores training both languages' corpora has taken close to a minute.
    this.timeout(180000);
    const modelFile = path.join(mkdtempSync(path.join(tmpdir(), 'nlu-model-')), 'recognizer.json');
    let trained: ReturnType<typeof trainRecognizer>;

    before(() => {
      trained = trainRecognizer(readTrainingCorpora(), {}, today);
      writeRecognizerModel(modelFile, { ...modelStampOf(), heads: trained.toJSON() });
    });

    it('restores a recognizer that recognizes English and Chinese exactly as the trained one', () => {
      const heads = readRecognizerModel(modelFile, modelStampOf());
      assert.ok(heads, 'the model just written should be read back');
      const restored = restoreRecognizer(heads, {}, today);
      for (const sentence of SENTENCES) {
        assert.deepEqual(restored.recognize(sentence), trained.recognize(sentence), sentence);
      }
    });

    it('is written in ASCII, and not read once something writes raw UTF-8 into it', () => {
      const written = readFileSync(modelFile);
      assert.ok(written.every((byte) => byte < 0x80), 'the model file should hold ASCII only');
      const edited = path.join(path.dirname(modelFile), 'edited.json');
      writeFileSync(edited, written.toString('latin1').replace('"labels":[', '"labels":["摄像机",'), 'utf8');
      assert.equal(readRecognizerModel(edited, modelStampOf()), undefined);
    });

    it('is not read with the stamp of other settings', () => {
      const otherSettings = { ...ENGINE_SETTINGS, faultSymptomThreshold: ENGINE_SETTINGS.faultSymptomThreshold / 2 };
      const stamp = { ...modelStampOf(), engineHash: engineHashOf(otherSettings) };
      assert.equal(readRecognizerModel(modelFile, stamp), undefined);
    });
  });

  describe('createRecognizer', () => {
    it('uses a built model whose stamp matches the corpora', () => {
      const directory = mkdtempSync(path.join(tmpdir(), 'nlu-corpus-'));
      writeCorpora(directory, tinyLines(false));
      const modelFile = path.join(directory, 'recognizer.json');
      // Heads learned from the swapped corpora, stamped as if built from the ones on disk: only loading explains them.
      const swapped = trainRecognizer(tinyCorpora(true));
      writeRecognizerModel(modelFile, { ...modelStampOf({ corpusDirectory: directory }), heads: swapped.toJSON() });
      const recognizer = createRecognizer({ corpusDirectory: directory, modelFile });
      assert.equal(recognizer.recognize('hello there').intent, 'goodbye');
      assert.equal(recognizer.recognize('你好').intent, 'goodbye');
    });

    it('trains afresh when the corpora changed after the model was built', () => {
      const directory = mkdtempSync(path.join(tmpdir(), 'nlu-corpus-'));
      writeCorpora(directory, tinyLines(true));
      const modelFile = path.join(directory, 'recognizer.json');
      writeRecognizerModel(modelFile, { ...modelStampOf({ corpusDirectory: directory }), heads: trainRecognizer(tinyCorpora(true)).toJSON() });
      writeCorpora(directory, tinyLines(false));
      assert.equal(readRecognizerModel(modelFile, modelStampOf({ corpusDirectory: directory })), undefined);
      const recognizer = createRecognizer({ corpusDirectory: directory, modelFile });
      assert.equal(recognizer.recognize('hello there').intent, 'greet');
      assert.equal(recognizer.recognize('你好').intent, 'greet');
    });

    it('trains afresh when only the symptom lines changed', () => {
      const directory = mkdtempSync(path.join(tmpdir(), 'nlu-corpus-'));
      writeCorpora(directory, tinyLines(false));
      const stampBefore = modelStampOf({ corpusDirectory: directory });
      writeFileSync(path.join(directory, 'en.symptoms.jsonl'), JSON.stringify(NO_VIDEO_LINE));
      assert.notEqual(modelStampOf({ corpusDirectory: directory }).corpusHash, stampBefore.corpusHash);
    });
  });

  describe('clause lines', () => {
    it('are read beside the training lines and teach the clause heads only', () => {
      const directory = mkdtempSync(path.join(tmpdir(), 'nlu-corpus-'));
      writeCorpora(directory, tinyLines(false));
      const stampBefore = modelStampOf({ corpusDirectory: directory });
      writeFileSync(path.join(directory, 'en.clauses.jsonl'), SNAPPED_BRACKET_LINES.map((line) => JSON.stringify(line)).join('\n'));
      assert.notEqual(modelStampOf({ corpusDirectory: directory }).corpusHash, stampBefore.corpusHash);
      const corpora = readTrainingCorpora(directory);
      assert.deepEqual(corpora.en.clauseLines, SNAPPED_BRACKET_LINES);
      const recognition = trainRecognizer(corpora, {}, today).recognize(SNAPPED_BRACKET_LINES[0].text);
      assert.ok(recognition.ranking.every(({ intent }) => intent !== 'report_fault'), 'the intent head never saw the line');
      assert.deepEqual(recognition.exclusions, ['abnormal_cause']);
    });
  });

  describe('symptom lines', () => {
    it('are read beside the training lines and teach the symptom head only', () => {
      const directory = mkdtempSync(path.join(tmpdir(), 'nlu-corpus-'));
      writeCorpora(directory, tinyLines(false));
      writeFileSync(path.join(directory, 'en.symptoms.jsonl'), `${JSON.stringify(NO_VIDEO_LINE)}\n`);
      const corpora = readTrainingCorpora(directory);
      assert.deepEqual(corpora.en.symptomLines, [NO_VIDEO_LINE]);
      assert.deepEqual(corpora.zh.symptomLines, []);
      const recognition = trainRecognizer(corpora, {}, today).recognize('black screen, no picture at all');
      // The intent head never saw a fault report, so it cannot answer one; the symptom head learned the words.
      assert.notEqual(recognition.intent, 'report_fault');
      assert.ok(recognition.ranking.every(({ intent }) => intent !== 'report_fault'));
      assert.equal(recognition.symptom, 'no_video');
    });

    it('refuses a symptom line with an intent, naming the file and line', () => {
      const directory = mkdtempSync(path.join(tmpdir(), 'nlu-corpus-'));
      writeCorpora(directory, tinyLines(false));
      const file = path.join(directory, 'zh.symptoms.jsonl');
      writeFileSync(file, [JSON.stringify({ text: '都不是', symptom: null }), JSON.stringify({ text: '黑屏了', intent: 'report_fault', symptom: 'no_video' })].join('\n'));
      assert.throws(
        () => readTrainingCorpora(directory),
        (error: Error) => error.message.includes(`${file}:2:`) && error.message.includes('intent'),
      );
    });
  });
});

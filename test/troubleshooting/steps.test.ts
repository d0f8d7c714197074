// Tests the wording of the troubleshooting steps: language parity, length, language purity and safety.
import assert from 'node:assert/strict';
import routines from '../../src/troubleshooting/routines.json';
import englishSteps from '../../src/troubleshooting/steps.en.json';
import chineseSteps from '../../src/troubleshooting/steps.zh.json';

const english: Record<string, string> = englishSteps;
const chinese: Record<string, string> = chineseSteps;

// What fits one chat bubble without scrolling; Chinese packs about twice the meaning per character.
const MAX_ENGLISH_CHARACTERS = 350;
const MAX_CHINESE_CHARACTERS = 180;

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const HAN = /[\u4e00-\u9fff]/;

const ENGLISH_DISASSEMBLY = /\b(open|opening|remove|unscrew|disassemble|take apart)\b[^.;:!?]{0,30}\b(housing|casing|case|chassis|enclosure|cover|dome)\b/gi;
const ENGLISH_NEGATION = /\b(don't|do not|never|no need to)\b/i;
const CHINESE_DISASSEMBLY = /拆开|拆下|拆机|拆卸|开盖|打开(?:外壳|机壳|机箱|球罩)/g;
const CHINESE_NEGATION = /不要|请勿|切勿|不必|别/;

/** Phrases that ask for the device to be opened, i.e. those not inside a negated sentence. */
function instructionsToOpen(text: string, disassembly: RegExp, negation: RegExp, sentenceEnd: RegExp): string[] {
  return [...text.matchAll(disassembly)]
    .filter((match) => {
      const before = text.slice(0, match.index);
      const sentenceStart = Math.max(...[...before.matchAll(sentenceEnd)].map((end) => (end.index ?? 0) + 1), 0);
      return !negation.test(before.slice(sentenceStart));
    })
    .map((match) => match[0]);
}
const englishInstructionsToOpen = (text: string) =>
  instructionsToOpen(text, ENGLISH_DISASSEMBLY, ENGLISH_NEGATION, /[.;!?]/g);
const chineseInstructionsToOpen = (text: string) =>
  instructionsToOpen(text, CHINESE_DISASSEMBLY, CHINESE_NEGATION, /[。；！？]/g);

const characters = (text: string) => [...text].length;

describe('troubleshooting step texts', () => {
  it('writes the same steps in English and Chinese', () => {
    assert.deepEqual(Object.keys(chinese).sort(), Object.keys(english).sort());
  });

  it('uses every written step in some routine, and writes every step a routine names', () => {
    const named = new Set(Object.values(routines).flatMap((bySymptom) => Object.values(bySymptom).flat()));
    assert.deepEqual([...named].sort(), Object.keys(english).sort());
  });

  it('names each step after the symptom it belongs to', () => {
    for (const [category, bySymptom] of Object.entries(routines)) {
      for (const [symptom, stepIds] of Object.entries(bySymptom)) {
        for (const id of stepIds) assert.ok(id.startsWith(`${symptom}.`), `${category}/${symptom} uses ${id}`);
      }
    }
  });

  for (const [language, texts] of [
    ['English', english],
    ['Chinese', chinese],
  ] as const) {
    it(`has no empty or duplicated ${language} texts`, () => {
      const seen = new Map<string, string>();
      for (const [id, text] of Object.entries(texts)) {
        assert.ok(text.trim().length > 0, `${id} is empty`);
        assert.equal(seen.get(text), undefined, `${id} repeats ${seen.get(text)}`);
        seen.set(text, id);
      }
    });

    it(`keeps ${language} texts free of markup that a chat client would swallow`, () => {
      for (const [id, text] of Object.entries(texts)) assert.doesNotMatch(text, /[<>]\S|\S[<>]/, id);
    });
  }

  it('writes Chinese texts in Chinese characters', () => {
    for (const [id, text] of Object.entries(chinese)) assert.match(text, HAN, id);
  });

  it('writes English texts without Chinese characters or full-width punctuation', () => {
    for (const [id, text] of Object.entries(english)) assert.doesNotMatch(text, CJK, id);
  });

  it(`keeps English steps within ${MAX_ENGLISH_CHARACTERS} characters and Chinese steps within ${MAX_CHINESE_CHARACTERS}`, () => {
    for (const [id, text] of Object.entries(english)) {
      assert.ok(characters(text) <= MAX_ENGLISH_CHARACTERS, `${id}: ${characters(text)} characters`);
    }
    for (const [id, text] of Object.entries(chinese)) {
      assert.ok(characters(text) <= MAX_CHINESE_CHARACTERS, `${id}: ${characters(text)} characters`);
    }
  });

  it('recognises an instruction to open the housing, and a warning against it', () => {
    assert.deepEqual(englishInstructionsToOpen('Open the housing and check the board.'), ['Open the housing']);
    assert.deepEqual(englishInstructionsToOpen("Check the cable. Please don't open the housing."), []);
    assert.deepEqual(chineseInstructionsToOpen('请拆开外壳检查主板。'), ['拆开']);
    assert.deepEqual(chineseInstructionsToOpen('请检查线缆。请不要自行拆开外壳。'), []);
  });

  it('never tells the customer to open the housing', () => {
    for (const [id, text] of Object.entries(english)) assert.deepEqual(englishInstructionsToOpen(text), [], id);
    for (const [id, text] of Object.entries(chinese)) assert.deepEqual(chineseInstructionsToOpen(text), [], id);
  });
});

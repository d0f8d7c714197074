import assert from 'node:assert/strict';
import { createRecognizer } from '../../intents/recognizer';
import type { Recognizer } from '../../intents/types';

const TODAY = '2025-11-20';

describe('Recognizer (trained on intents/corpus/*.train.jsonl)', () => {
  let recognizer: Recognizer;
  before(function trainOnce() {
    // Training both languages takes 15 s on an idle two-core machine, several times that beside other work.
    this.timeout(180000);
    recognizer = createRecognizer({ models: ['NP-IPC2043'] });
  });

  it('takes a whole fault report in one English sentence', () => {
    const result = recognizer.recognize('My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video', { today: TODAY });
    assert.equal(result.lang, 'en');
    assert.equal(result.intent, 'report_fault');
    assert.equal(result.symptom, 'no_video');
    assert.deepEqual(result.exclusions, ['abnormal_cause']);
    assert.equal(result.entities.serial, 'NPC21A00012345');
    assert.equal(result.entities.model, 'NP-IPC2043');
  });

  it('takes the symptom a fault told beside a question of cover names in its words, and none from a question alone', () => {
    const told = recognizer.recognize('你们的服务政策我看过了：保修期内因产品质量问题免费维修。我这台序列号NPC25B00055061，现在开机没图像，请给我开免费维修单。', { today: TODAY });
    assert.equal(told.symptom, 'no_video');
    const asked = recognizer.recognize('is the IR on these cameras covered by the warranty?', { today: TODAY });
    assert.equal(asked.symptom, null);
  });

  it('takes the same fault report in Chinese', () => {
    const result = recognizer.recognize('我的NP-IPC2043，序列号NPC21A00012345，从杆子上摔下来了，现在没有画面', { today: TODAY });
    assert.equal(result.lang, 'zh');
    assert.equal(result.intent, 'report_fault');
    assert.equal(result.symptom, 'no_video');
    assert.deepEqual(result.exclusions, ['abnormal_cause']);
    assert.equal(result.entities.serial, 'NPC21A00012345');
    assert.equal(result.entities.model, 'NP-IPC2043');
  });

  it('reads a fault typed with pinyin slips ("摄向头", "黑平") as the words meant', () => {
    const result = recognizer.recognize('你好 俺家猪场的摄向头坏了 手机上看不着了 黑平', { today: TODAY });
    assert.equal(result.intent, 'report_fault');
    assert.equal(result.symptom, 'no_video');
  });

  it('lets a date past every warranty answer the customer\'s own question about it', () => {
    const result = recognizer.recognize('Our NVR is from 2017, is it still covered by the warranty?', { today: TODAY });
    assert.ok(result.exclusions.includes('expired'));
    assert.ok(!result.cues.some((cue) => cue.clause === 'expired' && cue.negated));
    assert.ok(!recognizer.recognize('Our NVR is from 2017 and it is still covered by the warranty', { today: TODAY }).exclusions.includes('expired'));
  });

  it('finds no exclusion in "it was never dropped"', () => {
    const result = recognizer.recognize('it was never dropped', { today: TODAY });
    assert.deepEqual(result.exclusions, []);
    assert.ok(result.cues.some((cue) => cue.clause === 'abnormal_cause' && cue.negated));
  });

  it('gives probabilities that sum to one', () => {
    const { ranking } = recognizer.recognize('where do I send the camera for repair?');
    const total = ranking.reduce((sum, entry) => sum + entry.score, 0);
    assert.ok(Math.abs(total - 1) < 1e-9);
  });

  it('leaves the symptom empty for a greeting', () => {
    assert.equal(recognizer.recognize('hello there').symptom, null);
  });

  for (const answer of ['1, 3', 'none of these', '都不是']) {
    it(`gives no symptom for the short answer "${answer}"`, () => {
      assert.equal(recognizer.recognize(answer, { today: TODAY }).symptom, null);
    });
  }

  it('still gives a symptom to a plain fault report', () => {
    assert.equal(recognizer.recognize('my camera keeps rebooting', { today: TODAY }).symptom, 'power');
  });

  it('does not read a purchase date alone as an exclusion', () => {
    assert.deepEqual(recognizer.recognize('bought last March', { today: TODAY }).exclusions, []);
  });

  for (const contact of ['Li Wei, 138 1234 5678, Hangzhou', '13812345678']) {
    it(`does not read the contact details "${contact}" as a confident request for a person`, () => {
      const result = recognizer.recognize(contact, { today: TODAY });
      assert.ok(result.intent !== 'human_agent' || result.confidence < 0.4, `${result.intent} ${result.confidence}`);
    });
  }

  it('finds second-hand goods from a marketplace in everyday words', () => {
    assert.deepEqual(recognizer.recognize('got the cam on ebay, it never showed a picture', { today: TODAY }).exclusions, [
      'unofficial_channel',
    ]);
  });

  it('reads a lapsed warranty in Chinese word order as expired', () => {
    assert.ok(recognizer.recognize('保修肯定过了 现在不开机', { today: TODAY }).exclusions.includes('expired'));
  });

  describe('reads a two-digit year as the most recent such year, for the date and the product\'s age alike', () => {
    const DAY = '2026-12-07';
    const recent: Array<[string, string]> = [
      ['我的摄像头24年5月买的，没有画面了', '2024-05-01'],
      ['买的时候是26年，现在没画面', '2026-01-01'],
      ['my camera was bought in May 24, no video', '2024-05-01'],
      ['bought 05/24, no video now', '2024-05-01'],
    ];
    for (const [text, date] of recent) {
      it(`finds "${text}" bought ${date}, within every warranty's reach`, () => {
        const result = recognizer.recognize(text, { today: DAY });
        assert.equal(result.entities.date, date);
        assert.deepEqual(result.exclusions, []);
      });
    }

    const old: Array<[string, string]> = [
      ['15年买的，现在不开机', '2015-01-01'],
      ['bought in Dec 19, no power', '2019-12-01'],
    ];
    for (const [text, date] of old) {
      it(`finds "${text}" bought ${date}, past every warranty`, () => {
        const result = recognizer.recognize(text, { today: DAY });
        assert.equal(result.entities.date, date);
        assert.ok(result.exclusions.includes('expired'), result.exclusions.join());
      });
    }
  });
});

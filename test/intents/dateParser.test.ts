import assert from 'node:assert/strict';
import { purchaseYearIn, readDates } from '../../intents/dateParser';

const TODAY = '2026-12-07';

describe('readDates', () => {
  describe('reads a two-digit year as the most recent such year not after today', () => {
    const cases: Array<[string, 'en' | 'zh', string]> = [
      ['我的摄像头24年5月买的，没有画面了', 'zh', '2024-05-01'],
      ['买的时候是23年，现在没画面', 'zh', '2023-01-01'],
      ['26年3月装的', 'zh', '2026-03-01'],
      ['27年买的', 'zh', '1927-01-01'],
      ['bought in May 24, no video', 'en', '2024-05-01'],
      ['bought 05/24, no video now', 'en', '2024-05-01'],
      ["got it May '24", 'en', '2024-05-01'],
      ['bought in Dec 99', 'en', '1999-12-01'],
      ['bought in Jan 27', 'en', '1927-01-01'],
    ];
    for (const [text, lang, date] of cases) {
      it(`"${text}" → ${date}`, () => {
        const read = readDates(text, lang, TODAY);
        assert.deepEqual([read.date, read.earliest], [date, date]);
      });
    }
  });

  it('names the purchase date only when a word about buying is said in the same phrase', () => {
    assert.equal(readDates('no video since Monday, we bought it last March', 'en', TODAY).bought, '2026-03-01');
    assert.equal(readDates('昨天开始没画面，去年三月买的', 'zh', TODAY).bought, '2025-03-01');
    const story = readDates('playback shows nothing for last week, timeline empty. is this covered? bought it on Tmall', 'en', TODAY);
    assert.equal(story.bought, undefined);
    assert.equal(story.date, '2026-11-30');
  });

  it('takes a lone year that dates the product as its purchase date, and not one that dates an event', () => {
    assert.equal(readDates('ours is NP-NVR3216 from 2019', 'en', TODAY).bought, '2019-01-01');
    assert.equal(readDates('the cameras of the 2021 project', 'en', TODAY).bought, '2021-01-01');
    assert.equal(readDates('offline since 2019', 'en', TODAY).bought, undefined);
    assert.equal(readDates('in 2019 we had a storm', 'en', TODAY).bought, undefined);
  });

  it('still reads a month and its day where the words say a day', () => {
    assert.equal(readDates('bought on May 24', 'en', TODAY).date, '2026-05-24');
    assert.equal(readDates('bought 5/24', 'en', TODAY).date, '2026-05-24');
    assert.equal(readDates('bought in May 24, 2024', 'en', TODAY).date, '2024-05-24');
    assert.equal(readDates('bought 12/05/24', 'en', TODAY).date, '2024-12-05');
  });

  describe('reads a season as its first month, a part of a year and a half year as said', () => {
    const cases: Array<[string, 'en' | 'zh', string]> = [
      ['summer 2024 maybe', 'en', '2024-06-01'],
      ["spring of '23", 'en', '2023-03-01'],
      ['last summer', 'en', '2026-06-01'],
      ['last winter', 'en', '2025-12-01'],
      ['early 2023', 'en', '2023-01-01'],
      ['bought it end of 2022', 'en', '2022-12-01'],
      ['mid-2021', 'en', '2021-06-01'],
      ['a year and a half ago', 'en', '2025-06-07'],
      ['24年夏天买的', 'zh', '2024-06-01'],
      ['去年夏天', 'zh', '2025-06-01'],
      ['一年半以前买的', 'zh', '2025-06-07'],
      ['买了一年半了', 'zh', '2025-06-07'],
    ];
    for (const [text, lang, date] of cases) {
      it(`"${text}" → ${date}`, () => assert.equal(readDates(text, lang, TODAY).date, date));
    }
    it('leaves a season without a year, and a fall that is no season, alone', () => {
      assert.deepEqual(readDates('in the summer it overheats', 'en', TODAY), {});
      assert.deepEqual(readDates('the fall of the camera broke the lens', 'en', TODAY), {});
    });
  });

  it('does not take a length of time for a year', () => {
    assert.deepEqual(readDates('保修期是10年吗', 'zh', TODAY), {});
  });
});

describe('purchaseYearIn', () => {
  for (const [text, expected] of [
    ['2022 I believe', '2022-01-01'],
    ['2021年吧', '2021-01-01'],
    ['probably 2019', '2019-01-01'],
    ['2027', undefined],
    ['NPC21A00012345', undefined],
    ['2022 or 2023, not sure', undefined],
    ['no idea', undefined],
  ] as const) {
    it(`reads "${text}" as ${String(expected)}`, () => assert.equal(purchaseYearIn(text, '2026-12-07'), expected));
  }
});

import assert from 'node:assert/strict';
import { serialOutOfReach, serialWithCorrectedDigits, tellsWhereTheSerialIs } from '../../intents/corrections';

describe('corrections', () => {
  describe('serialWithCorrectedDigits', () => {
    const serial = 'NPS24B00001930';
    for (const text of ['sorry typo, last digits are 1390 not 1930', 'not 1930 but 1390', '不好意思，后四位是1390不是1930', '序列号不是1930，是1390']) {
      it(`puts the digits right in "${text}"`, () => assert.equal(serialWithCorrectedDigits(serial, text), 'NPS24B00001390'));
    }
    for (const text of ['bought 2 not 3 cameras', 'it was 2023 not 2024', 'the last digits are 1390']) {
      it(`corrects nothing in "${text}"`, () => assert.equal(serialWithCorrectedDigits(serial, text), undefined));
    }
  });

  describe('serialOutOfReach', () => {
    for (const text of ["can't reach, it's on the ceiling very high, no ladder now", 'the label is worn off', '装在天花板上，太高了够不着', '标签找不到了', '铭牌锈得啥也看不出来了', "the plate's sun-bleached, I can only make out NPP2... the rest is gone", "I don't have it, it's in our asset spreadsheet and the colleague with access is on leave", 'not to hand right now', '现在手上没有', '没带', 'dont have it with me', '序列号在机器上 我现在不在车场 看不了 你先给我登记上']) {
      it(`reads "${text}" as a serial nobody can read now`, () => assert.equal(serialOutOfReach(text), true));
    }
    for (const text of ['NPC21A00012345', 'it is on the bottom', '在底下贴着', "I don't have video on channel 2", '手机上没有画面', '他不在公司的时候画面就卡']) {
      it(`does not read "${text}" so`, () => assert.equal(serialOutOfReach(text), false));
    }
  });

  describe('tellsWhereTheSerialIs', () => {
    for (const text of ['its on the box in the guard room: NPP25B00009035', 'the label is on the camera up a 6 metre pole', '标签在杆子顶上 够不着', '铭牌上抄的']) {
      it(`reads "${text}" as where the serial is`, () => assert.equal(tellsWhereTheSerialIs(text), true));
    }
    for (const text of ['it fell off the pole last week', 'the box fell off the shelf', 'NPC21A00012345, it got wet in the storm']) {
      it(`does not read "${text}" so`, () => assert.equal(tellsWhereTheSerialIs(text), false));
    }
  });
});

import assert from 'node:assert/strict';
import { namesSeller, saysOnlyWhenBought } from '../../intents/exclusionCues';

describe('namesSeller', () => {
  const seller = 'Beijing Zhongan Tianyuan Technology Co., Ltd.';
  for (const text of ['We bought it from Zhongan Tianyuan', '是从Zhongan Tianyuan买的', 'got it from zhongan']) {
    it(`hears the seller of the sales record in "${text}"`, () => assert.equal(namesSeller(text, seller), true));
  }
  for (const text of ['through a reseller in Beijing', 'bought it from a technology company', 'from Zhonganxin Trading']) {
    it(`hears no such seller in "${text}"`, () => assert.equal(namesSeller(text, seller), false));
  }
});

describe('saysOnlyWhenBought', () => {
  for (const [text, lang] of [['bought 2018', 'en'], ['NPC18A00001234 bought in March 2019 I think', 'en'], ['大概2019年3月份买的', 'zh']] as const) {
    it(`reads "${text}" as a purchase date and nothing else`, () => assert.equal(saysOnlyWhenBought(text, lang), true));
  }
  for (const [text, lang] of [['bought 2018 on ebay', 'en'], ['it fell in 2019', 'en'], ['2019年闲鱼上买的', 'zh'], ['bought it used', 'en']] as const) {
    it(`reads more than a purchase date in "${text}"`, () => assert.equal(saysOnlyWhenBought(text, lang), false));
  }
});

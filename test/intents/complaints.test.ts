import assert from 'node:assert/strict';
import { complainsAboutService } from '../../intents/complaints';

describe('complainsAboutService', () => {
  for (const text of [
    'This is the third time I report this and nobody called back',
    'your support is useless, two weeks waiting for an answer',
    '你们售后太差了，等了两周没人理',
    '说好三天回电话，现在都一周了',
    'I want to speak to your manager about how this was handled',
  ]) {
    it(`hears a complaint in "${text}"`, () => assert.equal(complainsAboutService(text), true));
  }
  for (const text of [
    'the stupid camera keeps rebooting',
    'no complaints, all good',
    "I'm not complaining, just asking whether a site visit is free",
    '不是投诉哈，就问下保修期内上门收不收费',
    'You guys are quick, thanks',
    'not bad at all',
    '摄像头没画面了',
    '这个鬼摄像头又掉线了，气死我了，交换机那边要怎么设',
    '画面卡顿严重，这垃圾网络真要命',
    '不是在投诉哈，就是想问问维修大概要多久',
  ]) {
    it(`hears no complaint in "${text}"`, () => assert.equal(complainsAboutService(text), false));
  }
});

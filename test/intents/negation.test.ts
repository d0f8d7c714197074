import assert from 'node:assert/strict';
import type { ClauseId, Language } from '../../src/domain/vocabulary';
import { isDenied, onlyAsks, statesDenial } from '../../intents/negation';

/** The mention is the whole one-clause message, found by a learned head rather than a cue word. */
function deniedAlone(clause: ClauseId, text: string, lang: Language): boolean {
  return isDenied(clause, text, text, text, lang);
}

describe('negation', () => {
  describe('words that only ask or suppose, which are neither a mention nor a denial', () => {
    const asking: Array<[string, Language]> = [
      ['摔一下的话还管保修不', 'zh'],
      ['如果是进水坏的还保修吗', 'zh'],
      ['is water damage covered by the warranty', 'en'],
      ['what if it was dropped by the installer', 'en'],
    ];
    for (const [text, lang] of asking) it(`"${text}" only asks`, () => assert.equal(onlyAsks(text, text, lang), true));

    const saying: Array<[string, Language]> = [
      ['上个月掉地上了一回', 'zh'],
      ['没摔过', 'zh'],
      ['it was never dropped', 'en'],
      ['the installer dropped it last week', 'en'],
    ];
    for (const [text, lang] of saying) it(`"${text}" says or denies, and does not only ask`, () => assert.equal(onlyAsks(text, text, lang), false));
  });

  describe('a question about a kind of damage or purchase in general', () => {
    const general: Array<[ClauseId, string, Language]> = [
      ['abnormal_cause', 'is water damage covered by the warranty', 'en'],
      ['force_majeure', 'are earthquake damages covered by your warranty', 'en'],
      ['unofficial_channel', 'what is the warranty for a refurbished unit', 'en'],
      ['unofficial_channel', '二手设备能享受保修吗', 'zh'],
      ['unofficial_channel', '水货保不保修', 'zh'],
    ];
    for (const [clause, text, lang] of general) {
      it(`"${text}" does not say ${clause} happened`, () => assert.equal(deniedAlone(clause, text, lang), true));
    }

    const own: Array<[ClauseId, string, Language]> = [
      ['abnormal_cause', 'is my camera covered after the water damage', 'en'],
      ['unofficial_channel', 'Is a camera I bought on eBay covered by your warranty?', 'en'],
      ['abnormal_cause', '进水了还保修吗', 'zh'],
      ['unauthorized_repair', '拆过的还能保吗', 'zh'],
    ];
    for (const [clause, text, lang] of own) {
      it(`"${text}" asks about the customer's own ${clause}`, () => assert.equal(deniedAlone(clause, text, lang), false));
    }
  });

  it('reads "if" anywhere before the cue as a condition', () => {
    assert.equal(isDenied('expired', 'how much does it cost if the warranty is over', 'how much does it cost if the warranty is over', 'how much does it cost if the warranty is ', 'en'), true);
  });

  describe('a disaster that passed the equipment by, said anywhere in the message', () => {
    const cases: Array<[string, string, Language]> = [
      ["There was a hurricane nearby but our building wasn't affected at all.", 'There was a hurricane nearby', 'en'],
      ['we had a typhoon warning last week but nothing happened to the site', 'we had a typhoon warning last week', 'en'],
      ['老是掉线 台风那几天都没事 这两天才开始', '台风那几天都没事', 'zh'],
      ['跟那次洪水没关系哈，是这两天才离线的', '跟那次洪水没关系哈', 'zh'],
    ];
    for (const [message, fragment, lang] of cases) {
      it(`"${message}" denies force majeure`, () => assert.equal(isDenied('force_majeure', message, fragment, fragment, lang), true));
    }
    it('a disaster that did the damage is not denied', () => {
      const message = 'the typhoon knocked the pole over and the flood came through the valley';
      assert.equal(isDenied('force_majeure', message, message, message, 'en'), false);
    });
  });

  describe('work by someone NetPosa authorised', () => {
    it('denies an unauthorised repair by a certified installer', () => {
      assert.equal(deniedAlone('unauthorized_repair', 'the installer is a NetPosa certified partner', 'en'), true);
      assert.equal(deniedAlone('unauthorized_repair', '你们合作伙伴的安装师傅装的', 'zh'), true);
    });
    it('keeps it when the installer is said to be uncertified', () => {
      assert.equal(deniedAlone('unauthorized_repair', 'a non certified installer opened it', 'en'), false);
      assert.equal(deniedAlone('unauthorized_repair', 'our own guy (not certified) opened it', 'en'), false);
      assert.equal(deniedAlone('unauthorized_repair', '他们没有你们的授权，拆开修过', 'zh'), false);
    });
    it('reads software from the official site as official, and 非正版 as not', () => {
      assert.equal(deniedAlone('unofficial_software', '刚刷了你们官网的固件', 'zh'), true);
      assert.equal(deniedAlone('unofficial_software', '装了个非正版的平台', 'zh'), false);
      assert.equal(deniedAlone('unofficial_channel', '授权是从你们那买的正版', 'zh'), true);
    });
  });

  it('reads 过保了没事 as an expired warranty the customer accepts, and 还保不保 as a question', () => {
    assert.equal(isDenied('expired', '过保了没事 付费修也行', '过保了没事', '', 'zh'), false);
    assert.equal(isDenied('expired', '2024年6月买的，现在还保不保', '现在还保不保', '现在还', 'zh'), true);
  });

  it('reads "not one of your distributors" and 比官方便宜 as unofficial sellers', () => {
    assert.equal(deniedAlone('unofficial_channel', 'I got it from a random seller (not one of your distributors)', 'en'), false);
    assert.equal(deniedAlone('unofficial_channel', '这个授权码是在别人那买的，比官方便宜一半', 'zh'), false);
  });

  it('reads 别人 as someone else, not a negation', () => {
    assert.equal(deniedAlone('unauthorized_repair', '找别人拆开修过', 'zh'), false);
    assert.equal(deniedAlone('abnormal_cause', '别摔它', 'zh'), true);
  });

  it('reads use as the manual says, in any clause of the message, as a denied improper use', () => {
    const message = 'the indoor cam is used inside an office, as designed, and the mic stopped working';
    assert.equal(isDenied('improper_use', message, 'the indoor cam is used inside an office', 'the indoor cam is used inside an office', 'en'), true);
    assert.equal(deniedAlone('improper_use', 'the indoor cam is used outside in the rain', 'en'), false);
  });

  it('reads an outdoor model installed outdoors as proper use', () => {
    assert.equal(deniedAlone('improper_use', 'the outdoor cam is rated for rain and used outside', 'en'), true);
    assert.equal(deniedAlone('improper_use', '户外型号装在室外的', 'zh'), true);
    assert.equal(deniedAlone('improper_use', 'rated for indoor use only but it hangs under an open carport', 'en'), false);
  });

  it('reads "is it still under warranty?" as a question, not a denied expiry', () => {
    assert.equal(statesDenial('expired', 'bought 2017, is it still under warranty?', 'en'), false);
    assert.equal(statesDenial('expired', 'bought 2017 and it is still under warranty', 'en'), true);
  });

  it('reads a warranty that still runs as a denied expiry', () => {
    assert.equal(deniedAlone('expired', 'warranty runs till 2028 on this one', 'en'), true);
    assert.equal(deniedAlone('expired', '去年12月刚买的，保修还有两年多', 'zh'), true);
  });
});

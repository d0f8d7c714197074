// The fault conversation end to end through the main dialog, in English and in Chinese.
import assert from 'node:assert/strict';
import { startConversation, recognizer, type TestConversation } from './conversationHarness';
import type { ClauseId } from '../../src/domain/vocabulary';

interface Wording {
  stillBroken: string;
  fixed: string;
  none: string;
  yes: string;
  contact: string;
  stepPattern: RegExp;
  checklistPattern: RegExp;
  casePattern: RegExp;
  chargedPattern: RegExp;
  freePattern: RegExp;
  reviewPattern: RegExp;
  /** The centre's address in the customer's language. */
  eastCentreAddress: RegExp;
}

const WORDING: Record<'en' | 'zh', Wording> = {
  en: {
    stillBroken: 'Still not working',
    fixed: 'Yes, it works now',
    none: 'None of these',
    yes: 'yes',
    contact: 'Li Wei, 138 1234 5678, Hangzhou',
    stepPattern: /Step \d+ of \d+/,
    checklistPattern: /Has any of these happened/,
    casePattern: /Your repair case is open: RMA-20261125-\d{4}/,
    chargedPattern: /would be charged/,
    freePattern: /looks like a free repair/,
    reviewPattern: /Nothing is decided yet/,
    eastCentreAddress: /988 Shenchang Road, Minhang District, Shanghai/,
  },
  zh: {
    stillBroken: '还是不行',
    fixed: '好了，能用了',
    none: '以上都没有',
    yes: '是的',
    contact: '王伟，13812345678，杭州',
    stepPattern: /第 \d+\/\d+ 步/,
    checklistPattern: /是否发生过以下情况/,
    casePattern: /维修单已创建：RMA-20261125-\d{4}/,
    chargedPattern: /本次维修需要收费/,
    freePattern: /享受免费保修/,
    reviewPattern: /还不能确定是否收费/,
    eastCentreAddress: /上海市闵行区申长路 988 号/,
  },
};

/** Answers "still broken" to every troubleshooting step and returns the first reply that is not a step. */
async function throughTroubleshooting(convo: TestConversation, reply: string, words: Wording): Promise<string> {
  let current = reply;
  for (let guard = 0; words.stepPattern.test(current) && guard < 8; guard += 1) current = await convo.say(words.stillBroken);
  return current;
}

async function onlyCase(convo: TestConversation) {
  const cases = await convo.stores.cases.list();
  assert.equal(cases.length, 1, 'exactly one case is opened');
  return cases[0];
}

before(function () {
  this.timeout(180000);
  recognizer();
});

const OPENINGS = {
  en: {
    inWarranty: 'My NP-IPC2043 SN NPC21A00012345 has no video since this morning',
    fell: 'My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video',
    expired: 'the camera NPC19A00003310 shows no video at all',
    unauthorised: 'camera NPC24C00047707 keeps rebooting every few minutes',
    unknownSerial: 'my camera NPC99Z00000001 has no picture',
    neverDropped: 'My NP-IPC2043 SN NPC21A00012345 was never dropped but the video is black',
  },
  zh: {
    inWarranty: '我的NP-IPC2043，序列号NPC21A00012345，从早上到现在一直没有画面',
    fell: '我的NP-IPC2043序列号NPC21A00012345从杆子上掉下来了，现在没有画面',
    expired: '摄像机NPC19A00003310没有画面了',
    unauthorised: '摄像头NPC24C00047707一直反复重启',
    unknownSerial: '我的摄像头NPC99Z00000001没有画面',
    neverDropped: '我的NP-IPC2043序列号NPC21A00012345没有摔过，但是黑屏没画面',
  },
};

for (const lang of ['en', 'zh'] as const) {
  const words = WORDING[lang];
  const opening = OPENINGS[lang];

  describe(`FaultReportDialog (${lang})`, function () {
    this.timeout(120000);

    it('solves the problem with troubleshooting and offers feedback, opening no case', async () => {
      const convo = startConversation();
      const first = await convo.say(opening.inWarranty);
      assert.match(first, /NP-IPC2043/);
      assert.match(first, words.stepPattern);
      const afterFix = await convo.say(words.fixed);
      assert.match(afterFix, lang === 'en' ? /glad it's working/ : /恢复正常/);
      assert.match(afterFix, lang === 'en' ? /rate this chat/ : /打个分/);
      assert.equal((await convo.stores.cases.list()).length, 0);
    });

    it('opens a free case for an in-warranty product with no exclusion, at the centre for the customer’s city', async () => {
      const convo = startConversation();
      const afterSteps = await throughTroubleshooting(convo, await convo.say(opening.inWarranty), words);
      assert.match(afterSteps, words.checklistPattern);
      const assessed = await convo.say(words.none);
      assert.match(assessed, words.freePattern);
      // Free or not, the customer decides whether a case is opened.
      assert.match(assessed, /open a repair case\?|开维修单吗/);
      await convo.say(words.yes);
      const opened = await convo.say(words.contact);
      assert.match(opened, words.casePattern);
      assert.match(opened, words.eastCentreAddress);
      const repairCase = await onlyCase(convo);
      assert.equal(repairCase.assessment, 'free');
      assert.equal(repairCase.warranty.status, 'in_warranty');
      assert.equal(repairCase.warranty.endDate, '2028-06-10');
      assert.equal(repairCase.serviceCenterId, 'sh-east');
      assert.equal(repairCase.symptom, 'no_video');
      assert.equal(repairCase.contact.phone.replace(/\D/g, ''), '13812345678');
      assert.match(repairCase.contact.name, lang === 'en' ? /Li Wei/ : /王伟/);
      assert.deepEqual(repairCase.exclusions, []);
    });

    it('routes by the city when the customer names its province too and rules out a look-alike one, keeping the name clean', async () => {
      const convo = startConversation();
      await throughTroubleshooting(convo, await convo.say(opening.inWarranty), words);
      await convo.say(words.none);
      await convo.say(words.yes);
      await convo.say(lang === 'en' ? 'Li Na, 13503512287, Taiyuan, Shanxi (not Shaanxi)' : '李娜，13503512287，太原，山西（不是陕西）');
      const repairCase = await onlyCase(convo);
      assert.equal(repairCase.serviceCenterId, 'bj-north');
      assert.equal(repairCase.contact.name, lang === 'en' ? 'Li Na' : '李娜');
    });

    it('fills serial, model, symptom and a fall from one sentence and charges the repair, quoting the customer', async () => {
      const convo = startConversation();
      const assessed = await convo.say(opening.fell);
      assert.doesNotMatch(assessed, words.stepPattern, 'no troubleshooting for a camera that fell');
      assert.doesNotMatch(assessed, words.checklistPattern, 'no screening once the repair is charged anyway');
      assert.match(assessed, words.chargedPattern);
      assert.match(assessed, lang === 'en' ? /clause 4/ : /第\s*4\s*条/);
      assert.match(assessed, lang === 'en' ? /fell off the pole/ : /掉下来/);
      await convo.say(words.yes);
      assert.match(await convo.say(words.contact), words.casePattern);
      const repairCase = await onlyCase(convo);
      assert.equal(repairCase.assessment, 'charged');
      assert.deepEqual(repairCase.exclusions.map((exclusion) => exclusion.clause), ['abnormal_cause']);
    });

    const checklistClauses: ClauseId[] = ['abnormal_cause', 'force_majeure', 'improper_use', 'unofficial_software', 'unauthorized_repair', 'unofficial_channel'];
    checklistClauses.forEach((clause, index) => {
      it(`charges the repair when the screening answer reveals ${clause}`, async () => {
        const convo = startConversation();
        // A product the registry does not know, so the checklist shows all six items in policy order.
        await convo.say(opening.unknownSerial);
        await convo.say(lang === 'en' ? "yes that's the right serial" : '对，序列号没错');
        await convo.say('NP-IPC2043');
        const afterDate = await convo.say(lang === 'en' ? 'bought it in March 2025' : '2025年3月买的');
        const checklist = await throughTroubleshooting(convo, afterDate, words);
        assert.match(checklist, words.checklistPattern);
        const assessed = await convo.say(String(index + 1));
        assert.match(assessed, words.chargedPattern);
        await convo.say(words.yes);
        assert.match(await convo.say(words.contact), words.casePattern);
        const repairCase = await onlyCase(convo);
        assert.equal(repairCase.assessment, 'charged');
        assert.ok(repairCase.exclusions.some((exclusion) => exclusion.clause === clause), `exclusions include ${clause}`);
      });
    });

    it('charges an expired product and says when the warranty ended, after the checks and the checklist', async () => {
      const convo = startConversation();
      const opened = await convo.say(opening.expired);
      // An expired warranty is no reason to skip the checks: a fix on site saves a paid repair, and the customer is told so.
      assert.match(opened, words.stepPattern);
      assert.match(opened, /2021-05-27|2021年5月27日/);
      assert.match(opened, /costs you nothing|不花一分钱/);
      const checklist = await throughTroubleshooting(convo, opened, words);
      assert.match(checklist, words.checklistPattern);
      const assessed = await convo.say(words.none);
      assert.match(assessed, /2021-05-27|2021年5月27日/);
      assert.match(assessed, words.chargedPattern);
      await convo.say(words.yes);
      await convo.say(words.contact);
      const repairCase = await onlyCase(convo);
      assert.equal(repairCase.warranty.status, 'expired');
      assert.ok(repairCase.exclusions.some((exclusion) => exclusion.clause === 'expired'));
    });

    it('charges a product the registry shows was sold outside authorised channels, without asking about it', async () => {
      const convo = startConversation();
      const checklist = await throughTroubleshooting(convo, await convo.say(opening.unauthorised), words);
      assert.match(checklist, words.checklistPattern);
      assert.doesNotMatch(checklist, /marketplace|second-hand|二手|授权渠道|authorised partners/);
      const assessed = await convo.say(words.none);
      assert.match(assessed, words.chargedPattern);
      await convo.say(words.yes);
      await convo.say(words.contact);
      const repairCase = await onlyCase(convo);
      assert.ok(repairCase.exclusions.some((exclusion) => exclusion.clause === 'unofficial_channel'));
    });

    it('sends an unknown serial for review after the customer confirms it', async () => {
      const convo = startConversation();
      const first = await convo.say(opening.unknownSerial);
      assert.match(first, /NPC99Z00000001/);
      await convo.say(lang === 'en' ? "yes that's the right serial" : '对，序列号没错');
      await convo.say('NP-IPC2043');
      const checklist = await throughTroubleshooting(convo, await convo.say(lang === 'en' ? "I don't know" : '不记得了'), words);
      assert.match(checklist, words.checklistPattern);
      const assessed = await convo.say(words.none);
      assert.match(assessed, words.reviewPattern);
      await convo.say(words.yes);
      await convo.say(words.contact);
      const repairCase = await onlyCase(convo);
      assert.equal(repairCase.assessment, 'review');
      assert.equal(repairCase.warranty.status, 'unknown');
      const queued = await convo.stores.conversations.get(convo.conversationId);
      assert.deepEqual([queued?.status, queued?.reason, queued?.caseId], ['waiting', 'needs_decision', repairCase.id]);
    });

    it('does not count a denied fall as an exclusion', async () => {
      const convo = startConversation();
      const checklist = await throughTroubleshooting(convo, await convo.say(opening.neverDropped), words);
      assert.match(checklist, words.checklistPattern);
      assert.match(await convo.say(words.none), words.freePattern);
      await convo.say(words.yes);
      await convo.say(words.contact);
      const repairCase = await onlyCase(convo);
      assert.equal(repairCase.assessment, 'free');
      assert.deepEqual(repairCase.exclusions, []);
    });

    it('takes where the serial is read ("on the box in the guard room") as no story of the product', async () => {
      const convo = startConversation();
      await convo.say(lang === 'en' ? 'the ptz at gate 2 stops turning left' : '2号门的球机往左转不动了');
      assert.equal(await convo.pendingQuestion(), 'serial');
      await convo.say(lang === 'en' ? 'its on the box in the guard room: NPP25B00009035' : '标签在值班室的盒子上：NPP25B00009035');
      assert.deepEqual((await convo.conversationData())?.fault.cues, []);
      assert.equal(await convo.pendingQuestion(), 'fixed');
    });

    it('accepts a corrected serial mid-conversation', async () => {
      const convo = startConversation();
      await convo.say(opening.unknownSerial);
      const corrected = await convo.say(lang === 'en' ? 'sorry, the serial is NPC21A00012345' : '不好意思，序列号是NPC21A00012345');
      assert.match(corrected, /NPC21A00012345/);
      assert.match(corrected, /NP-IPC2043/);
      const checklist = await throughTroubleshooting(convo, corrected, words);
      await convo.say(words.none);
      assert.match(checklist, words.checklistPattern);
      await convo.say(words.yes);
      await convo.say(words.contact);
      const repairCase = await onlyCase(convo);
      assert.equal(repairCase.serial, 'NPC21A00012345');
      assert.equal(repairCase.assessment, 'free');
    });
  });
}

describe('FaultReportDialog with unexpected answers', function () {
  this.timeout(120000);

  it('re-asks after every unexpected answer and still reaches the case', async () => {
    const convo = startConversation();
    const junk = ['???', '🙂', 'purple monkey dishwasher'];
    const expectReply = async (text: string) => {
      const reply = await convo.say(text);
      assert.ok(reply.trim().length > 0, `a reply to "${text}"`);
      return reply;
    };
    await expectReply('my camera has no video');
    for (const text of junk) assert.match(await expectReply(text), /serial number|serial/i);
    let reply = await expectReply('NPC21A00012345');
    while (/Step \d+ of \d+/.test(reply)) {
      assert.match(await expectReply(junk[0]), /Step \d+ of \d+|didn't catch/);
      reply = await expectReply('Still not working');
    }
    assert.match(reply, /Has any of these happened/);
    assert.match(await expectReply(junk[2]), /Which of these, if any/);
    assert.match(await expectReply('none'), /looks like a free repair/);
    assert.match(await expectReply(junk[0]), /open a repair case|open the repair case/);
    await expectReply('yes');
    for (const text of junk) assert.match(await expectReply(text), /name|phone|city/i);
    assert.match(await expectReply('Li Wei, 138 1234 5678, Hangzhou'), /Your repair case is open/);
  });
});

describe('A serial typed in two groups', function () {
  this.timeout(120000);
  before(() => recognizer());

  const openings = { en: 'my camera has no video at night, the IR never comes on', zh: '摄像头晚上一片黑 白天正常' };
  for (const lang of ['en', 'zh'] as const) {
    it(`is found in the registry as one serial when only the joined one is there (${lang})`, async () => {
      const convo = startConversation();
      await convo.say(openings[lang]);
      assert.equal(await convo.pendingQuestion(), 'serial');
      assert.match(await convo.say('npc25a0005 1872'), /NP-IPC2043.*NPC25A00051872.*2025-02-14/);
      assert.equal((await convo.conversationData())?.product.record?.serial, 'NPC25A00051872');
    });

    it(`keeps a registry serial as typed when a number follows it (${lang})`, async () => {
      const convo = startConversation();
      await convo.say(openings[lang]);
      await convo.say('NPC21A00012345 2019');
      assert.equal((await convo.conversationData())?.product.serial, 'NPC21A00012345');
    });
  }
});

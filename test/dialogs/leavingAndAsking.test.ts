// Mid-flow turns that are neither answers nor known topics: leaving, a case number put right, a question no topic covers.
import assert from 'node:assert/strict';
import { startConversation, recognizer, toTheOffer } from './conversationHarness';
import { sampleNewCase } from '../storage/contract/sampleCase';
import en from '../../src/i18n/en.json';
import zh from '../../src/i18n/zh.json';

const TEXT = { en, zh };

before(function () {
  this.timeout(180000);
  recognizer();
});

for (const lang of ['en', 'zh'] as const) {
  const say = <T,>(english: T, chinese: T): T => (lang === 'en' ? english : chinese);
  describe(`Leaving, numbers put right and other questions mid-flow (${lang})`, () => {
    it('says goodbye to a customer who leaves while the serial is asked, instead of asking for it again', async () => {
      const convo = startConversation();
      await convo.say(say('my camera has no video', '摄像头没画面了'));
      assert.equal(await convo.pendingQuestion(), 'serial');
      const reply = await convo.say(say("ok thanks, that's all, bye", '好的 谢谢 那我等通知了'));
      assert.equal(reply, TEXT[lang]['goodbye.text']);
      assert.equal(await convo.pendingQuestion(), undefined);
    });

    it('asks the phone again for a case number whose digits the customer puts right, and shows that case', async () => {
      const convo = startConversation();
      const opened = await convo.stores.cases.create(sampleNewCase('another-conversation'), { day: '2026-11-25', at: new Date('2026-11-25T08:00:00Z') });
      const wrongId = opened.id.replace(/\d{4}$/, '0042');
      assert.match(await convo.say(say(`status of my repair? ${wrongId}`, `${wrongId} 到哪一步了？`)), new RegExp(wrongId));
      const lastDigits = opened.id.slice(-4);
      const asked = await convo.say(say(`oops sorry, it's ${lastDigits} not 0042`, `不好意思，不是0042，是${lastDigits}`));
      assert.match(asked, new RegExp(opened.id));
      assert.equal(await convo.pendingQuestion(), 'case_phone');
      const status = await convo.say(opened.contact.phone);
      assert.match(status, new RegExp(opened.id));
      assert.doesNotMatch(status, new RegExp(TEXT[lang]['status.noMatch'].slice(0, 8)));
    });

    it('says plainly that a question no topic covers is for a colleague, then asks its own question again', async () => {
      const convo = startConversation();
      await convo.say(say('My NP-IPC2043 SN NPC21A00012345 has no video since this morning', '我的NP-IPC2043没有画面了，序列号NPC21A00012345'));
      for (let guard = 0; guard < 8 && (await convo.pendingQuestion()) === 'fixed'; guard += 1) await convo.say(say('still not working', '还是不行'));
      await convo.say(say('none of these', '都没有'));
      assert.equal(await convo.pendingQuestion(), 'open_case');
      const reply = await convo.say(say("Do we get a loan unit while it's away?", '修的这段时间能借一台备用机吗？'));
      assert.ok(reply.startsWith(TEXT[lang]['interrupt.otherQuestion']), reply);
      assert.equal(await convo.pendingQuestion(), 'open_case');
    });

    it('gives the fallback centre at once to a customer who says they are abroad', async () => {
      const convo = startConversation();
      const reply = await convo.say(say('we are in Almaty, where do I send a broken camera for repair?', '你好，我们在柬埔寨金边有个项目，设备坏了要返修的话寄到哪里？'));
      assert.equal(await convo.pendingQuestion(), undefined);
      assert.match(reply, say(/NetPosa Headquarters Repair Centre/, /总部/));
    });

    it('answers the cost and, asked beside it, the centre for the place named; a question about posting it later gets the same centre', async () => {
      const convo = startConversation();
      const reply = await convo.say(say(
        "how much do you charge to fix a camera that's out of warranty? and where would I send it, I'm in Suzhou",
        '过保的摄像机修一下多少钱？要寄到哪里，我在苏州',
      ));
      assert.match(reply, new RegExp(TEXT[lang]['cost.general'].slice(0, 12)));
      assert.match(reply, say(/East China Service Centre/, /华东/));
      assert.match(reply, new RegExp(TEXT[lang]['shipping.openCaseFirst'].slice(0, 12)));
      const later = await convo.say(say('do I have to open a case first or can I just post it to you?', '要先开单吗，还是直接寄过去就行？'));
      assert.match(later, say(/East China Service Centre/, /华东/));
    });

    it('takes "I don\'t have it with me" at the serial question as no serial, never as a fault', async () => {
      const convo = startConversation();
      await convo.say(say('how much does a repair cost?', '修一下多少钱？'));
      assert.equal(await convo.pendingQuestion(), 'serial');
      const reply = await convo.say(say("don't have it with me, camera's at the shop", '不在身边，摄像机放店里了'));
      assert.equal(reply, TEXT[lang]['cost.noSerial']);
      assert.equal((await convo.conversationData())?.fault.symptom, undefined);
    });

    it('takes a place abroad given with the contact as the answer, and opens the case at the fallback centre', async () => {
      const convo = startConversation();
      await toTheOffer(convo, say('my camera has no video, serial NPC21A00012345', '摄像头没有画面，序列号 NPC21A00012345'), lang);
      await convo.say(say('yes', '开吧'));
      await convo.say(say('Aidar Nurlanov, +7 701 455 2093, Almaty, Kazakhstan', '阿依达尔，+7 701 455 2093，哈萨克斯坦阿拉木图'));
      const [opened] = await convo.stores.cases.list();
      assert.equal(opened?.serviceCenterId, 'hq-repair');
      assert.equal(opened?.contact.name, say('Aidar Nurlanov', '阿依达尔'));
      assert.equal(opened?.contact.region, say('Almaty, Kazakhstan', '哈萨克斯坦阿拉木图'));
    });

    it('cites no other channel for a product bought from the authorised seller the sales record names', async () => {
      const convo = startConversation();
      const offered = await toTheOffer(convo, say('my camera NPC21A00012346 has no video. We bought it from Zhongan Tianyuan', '摄像头NPC21A00012346没画面了，是从Zhongan Tianyuan买的'), lang);
      assert.match(offered, say(/clause 1\b/, /第1条/));
      assert.doesNotMatch(offered, say(/clause 7/, /第7条/));
    });

    it('answers a warranty question and takes "no, it works" as no case, never as a fault fixed', async () => {
      const convo = startConversation();
      await convo.say(say(
        'Quick one - is the PTZ at our main gate still under warranty? Serial npp25b00009035. And does the warranty cover lightning? We get a lot of storms here.',
        '问一下 大门那台球机还在保修期吗？序列号npp25b00009035。雷击保不保？我们这边雷特别多',
      ));
      const reply = await convo.say(say('No, it works, no case.', '没坏 好着呢 不用开单'));
      assert.doesNotMatch(reply, new RegExp(TEXT[lang]['troubleshooting.solved'].slice(0, 12)));
      assert.equal((await convo.conversationData())?.fault.solvedByTroubleshooting, undefined);
    });

    it('answers a question about the policy\'s terms from the policy, with no serial asked and no fault opened', async () => {
      const convo = startConversation();
      const reply = await convo.say(say(
        'Hi, a question on your warranty terms: when does the warranty start, on the contract date or on delivery? And is there a price list after it?',
        '你好，咨询下保修条款。第一，保修期从哪天算，合同签订日还是到货验收日？第二，过保以后维修怎么收费？',
      ));
      assert.match(reply, new RegExp(TEXT[lang]['policy.terms'].slice(0, 12)));
      assert.match(reply, new RegExp(TEXT[lang]['policy.checkOne'].slice(0, 12)));
      assert.equal(await convo.pendingQuestion(), undefined);
      const channel = await convo.say(say(
        'Also, the terms say unofficial channels. Does a shop on Amazon count?',
        '还有，条款里写的“非官方渠道获得的授权”，如果是从京东上的店铺买的算不算？',
      ));
      assert.match(channel, new RegExp(TEXT[lang]['policy.channel'].slice(0, 12)));
      assert.equal(await convo.pendingQuestion(), undefined);
      assert.equal((await convo.conversationData())?.fault.symptom, undefined);
    });

    it('answers a question about a clause asked at the serial question, then asks for the serial again', async () => {
      const convo = startConversation();
      await convo.say(say('my camera has no video', '摄像头没画面了'));
      assert.equal(await convo.pendingQuestion(), 'serial');
      const reply = await convo.say(say('before that: does clause 2 go by the datasheet?', '先问一下：第二条“超出产品使用要求”，是以规格书为准吗？'));
      assert.match(reply, new RegExp(TEXT[lang]['policy.terms'].slice(0, 12)));
      assert.equal(await convo.pendingQuestion(), 'serial');
    });
  });
}

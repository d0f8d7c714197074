// Contact details the customer gives before they are asked for go on the case; only what is missing is asked.
import assert from 'node:assert/strict';
import { startConversation, recognizer, toTheOffer, type TestConversation } from './conversationHarness';

interface Wording {
  opening: string;
  yesWithContact: string;
  offerAsksContact: RegExp;
  openingWithContact: string;
  openingWithNameAndPhone: string;
  statusWithPhone: string;
  stillBroken: string;
  none: string;
  yes: string;
  contactShown: RegExp;
  askCity: RegExp;
  city: string;
}

const WORDING: Record<'en' | 'zh', Wording> = {
  en: {
    opening: 'My NP-IPC2043 SN NPC21A00012345 has no video since this morning',
    yesWithContact: 'yes please - Li Wei, 138 1234 5678, Hangzhou',
    offerAsksContact: /you can send your name, phone number and city right away/,
    openingWithContact: 'My NP-IPC2043 SN NPC21A00012345 has no video since this morning. Contact: Zhang Wei, 139 9128 7734, Hangzhou.',
    openingWithNameAndPhone: 'My NP-IPC2043 SN NPC21A00012345 has no video since this morning. Zhang Wei 13991287734',
    statusWithPhone: 'what is the status of RMA-20261101-0001? my phone is 13991287734',
    stillBroken: 'Still not working',
    none: 'None of these',
    yes: 'yes',
    contactShown: /contact you gave on the case: Zhang Wei, 13991287734, Hangzhou/,
    askCity: /Which city or province are you in/,
    city: 'Hangzhou',
  },
  zh: {
    opening: '我的NP-IPC2043没有画面了，序列号NPC21A00012345',
    yesWithContact: '开吧，李伟 13812345678 杭州',
    offerAsksContact: /可以直接发姓名、电话和所在城市/,
    openingWithContact: '我的NP-IPC2043没有画面了，序列号NPC21A00012345。我是杭州的张伟，电话13991287734，麻烦看一下。',
    openingWithNameAndPhone: '我的NP-IPC2043没有画面了，序列号NPC21A00012345。联系人张伟 13991287734',
    statusWithPhone: 'RMA-20261101-0001 这个单子到哪一步了？我电话13991287734',
    stillBroken: '还是不行',
    none: '都没有',
    yes: '开吧',
    contactShown: /联系方式就用您刚才留的：张伟，13991287734，杭州市/,
    askCity: /在哪个城市或省份/,
    city: '杭州',
  },
};

before(function () {
  this.timeout(180000);
  recognizer();
});

/** Says the opening, then every step "still broken" and the checklist "none"; returns the reply that offers a case. */
async function toCaseOffer(convo: TestConversation, words: Wording, opening: string): Promise<string> {
  let reply = await convo.say(opening);
  for (let guard = 0; guard < 10; guard += 1) {
    const pending = await convo.pendingQuestion();
    if (pending === 'open_case') return reply;
    if (pending === 'fixed') reply = await convo.say(words.stillBroken);
    else if (pending === 'checklist') reply = await convo.say(words.none);
    else assert.fail(`unexpected question ${String(pending)}`);
  }
  return assert.fail('never offered a case');
}

/** A new conversation about the in-warranty camera, the case accepted, at the contact question. */
async function atContactQuestion(words: Wording): Promise<TestConversation> {
  const convo = startConversation();
  await toCaseOffer(convo, words, words.opening);
  await convo.say(words.yes);
  assert.equal(await convo.pendingQuestion(), 'contact');
  return convo;
}

for (const lang of ['en', 'zh'] as const) {
  const words = WORDING[lang];
  describe(`Contact given before it is asked for (${lang})`, () => {
    it('opens the case with the name, phone and city of the opening, without asking, and shows them', async () => {
      const convo = startConversation();
      assert.doesNotMatch(await toCaseOffer(convo, words, words.openingWithContact), words.offerAsksContact);
      const reply = await convo.say(words.yes);
      assert.match(reply, words.contactShown);
      const [repairCase] = await convo.stores.cases.list();
      assert.equal(repairCase.contact.name, lang === 'en' ? 'Zhang Wei' : '张伟');
      assert.equal(repairCase.contact.phone.replace(/\D/g, ''), '13991287734');
      assert.equal(repairCase.serviceCenterId, 'sh-east');
    });

    it('offers to take the contact with the "yes", and opens the case from one message that gives both', async () => {
      const convo = startConversation();
      assert.match(await toCaseOffer(convo, words, words.opening), words.offerAsksContact);
      await convo.say(words.yesWithContact);
      const [repairCase] = await convo.stores.cases.list();
      assert.ok(repairCase, 'a case was opened');
      assert.equal(repairCase.contact.name, lang === 'en' ? 'Li Wei' : '李伟');
      assert.equal(repairCase.serviceCenterId, 'sh-east');
    });

    it('asks only for the city when the opening gave a name and a phone', async () => {
      const convo = startConversation();
      await toCaseOffer(convo, words, words.openingWithNameAndPhone);
      assert.match(await convo.say(words.yes), words.askCity);
      await convo.say(words.city);
      const [repairCase] = await convo.stores.cases.list();
      assert.equal(repairCase.contact.name, lang === 'en' ? 'Zhang Wei' : '张伟');
      assert.equal(repairCase.serviceCenterId, 'sh-east');
    });

    it('opens no case when the customer declines to give a contact', async () => {
      const convo = await atContactQuestion(words);
      await convo.say(lang === 'en' ? "Zhang, no, not giving my number to a chatbot. forget it, I'll ask my installer, Hefei" : '算了 电话不想给 不弄了');
      assert.equal(await convo.pendingQuestion(), undefined);
      assert.equal((await convo.stores.cases.list()).length, 0);
    });

    it('takes no place from a question asked at the contact question', async () => {
      const convo = await atContactQuestion(words);
      await convo.say(lang === 'en' ? 'We must pay the shipping to Beijing ourselves?' : '运费要我们自己出吗？寄到北京？');
      assert.equal(await convo.pendingQuestion(), 'contact');
      await convo.say(lang === 'en' ? 'Li Wei, 138 1234 5678, Hangzhou' : '李伟，13812345678，杭州');
      const [repairCase] = await convo.stores.cases.list();
      assert.equal(repairCase?.serviceCenterId, 'sh-east');
    });

    it('takes the name that comes before a question of the customer\'s own', async () => {
      const convo = await atContactQuestion(words);
      await convo.say(lang === 'en' ? '138 1234 5678, Hangzhou' : '13812345678 杭州');
      assert.equal(await convo.pendingQuestion(), 'name');
      await convo.say(lang === 'en' ? 'Xu Yuting. Will you text me updates, or do I have to check here?' : '徐玉婷。你们会发短信通知进度吗？');
      const [named] = await convo.stores.cases.list();
      assert.equal(named?.contact.name, lang === 'en' ? 'Xu Yuting' : '徐玉婷');
    });

    it('takes the name that comes before an explanation, and never asks for a name more than three times', async () => {
      const phoneAndCity = lang === 'en' ? '138 1234 5678, Hangzhou' : '13812345678 杭州';
      const convo = await atContactQuestion(words);
      await convo.say(phoneAndCity);
      assert.equal(await convo.pendingQuestion(), 'name');
      await convo.say(lang === 'en' ? "Wang Chenggang, the end customer's site manager" : '王成刚，是客户那边的现场负责人');
      const [named] = await convo.stores.cases.list();
      assert.equal(named?.contact.name, lang === 'en' ? 'Wang Chenggang' : '王成刚');

      const stubborn = await atContactQuestion(words);
      await stubborn.say(phoneAndCity);
      for (let tries = 0; tries < 3 && (await stubborn.pendingQuestion()) === 'name'; tries += 1) {
        await stubborn.say(lang === 'en' ? 'put down whoever picks up at the front desk' : '写前台接电话的那个人就行，谁接都一样');
      }
      assert.equal((await stubborn.stores.cases.list()).length, 1);
    });

    it('asks name and phone together when only the place was said, with a question about where to send it', async () => {
      const convo = startConversation();
      await convo.say(lang === 'en' ? 'Where do I send my camera for repair? I am in Hangzhou' : '摄像机坏了寄到哪里修？我在杭州');
      assert.equal((await convo.conversationData())?.contactSaid?.region, lang === 'en' ? 'Hangzhou' : '杭州市');
      await toTheOffer(convo, words.opening, lang);
      await convo.say(words.yes);
      assert.equal(await convo.pendingQuestion(), 'contact');
      await convo.say(lang === 'en' ? 'Li Wei, 138 1234 5678' : '李伟 13812345678');
      const [opened] = await convo.stores.cases.list();
      assert.equal(opened?.serviceCenterId, 'sh-east');
    });

    it('takes no contact for a new case from a phone that proves who asks for a case status', async () => {
      const convo = startConversation();
      await convo.say(words.statusWithPhone);
      assert.equal((await convo.conversationData())?.contactSaid, undefined);
    });
  });
}

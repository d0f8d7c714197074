// Switching language, asking for a person and starting over inside a sentence (or with the page's toggle), at the first
// message and mid-flow, in both languages: the open question is asked again in the new language and nothing known is lost.
import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { recognizer, startConversation, type TestConversation } from './conversationHarness';

before(function () {
  this.timeout(120000);
  recognizer();
});

const toggleTo = (language: 'en' | 'zh'): Partial<Activity> => ({ type: 'event', name: 'setLanguage', value: language });

/** Each language's customer, and what the assistant says in the language they switch to. */
const CASES = {
  en: {
    fault: 'my camera has no video',
    faultWithSerial: 'my camera NPC21A00012345 has no video',
    askSerial: /serial number/,
    step: /Step 1 of \d+/,
    switchSentence: 'sorry, can you speak Chinese?',
    switchAtFirst: '能用中文吗？',
    other: 'zh',
    switched: /接下来我用中文/,
    otherAskSerial: /麻烦告诉我设备的序列号/,
    otherStep: /第 1\/\d+ 步/,
    otherNextStep: /第 2\/\d+ 步/,
    otherButtons: ['[好了，能用了]', '[还是不行]'],
    otherAskPhone: /工程师可以打哪个电话/,
    otherAskRegion: /城市|哪里/,
    checklistNone: 'none',
    name: 'Li Wei',
    phone: '138 1234 5678',
    region: '杭州',
    person: ['a person', 'this is going nowhere, I want to talk to a real person'],
    personAtFirst: 'hi, can I speak to someone real',
    queued: /passed our conversation to a colleague/,
    startOverAtFirst: "let's start again",
    nothingToCancel: /nothing in progress/,
    startOver: 'wrong camera, sorry. can we start over?',
    dropped: /I've dropped that/,
    notCommands: ['it started over and over all night', 'the person who installed it said the cable is fine'],
    notLanguage: "the English manual doesn't show where the serial is",
  },
  zh: {
    fault: '我的摄像头没有画面了',
    faultWithSerial: '我的摄像头NPC21A00012345没有画面',
    askSerial: /序列号/,
    step: /第 1\/\d+ 步/,
    switchSentence: '我看不太懂，能不能用英文回复我？',
    switchAtFirst: 'could we continue in English?',
    other: 'en',
    switched: /continue in English/,
    otherAskSerial: /could you give me the serial number/,
    otherStep: /Step 1 of \d+/,
    otherNextStep: /Step 2 of \d+/,
    otherButtons: ['[Yes, it works now]', '[Still not working]'],
    otherAskPhone: /What phone number/,
    otherAskRegion: /city|where/i,
    checklistNone: '都没有',
    name: '李伟',
    phone: '13812345678',
    region: 'Hangzhou',
    person: ['真人', '太麻烦了，算了，找个真人跟我说'],
    personAtFirst: '算了，找个真人跟我说',
    queued: /转给 NetPosa 售后同事/,
    startOverAtFirst: '重新来吧',
    nothingToCancel: /目前没有进行中的事项/,
    startOver: '算了重新开始',
    dropped: /刚才的事先放下/,
    notCommands: ['录像总是重新开始，回放只有几分钟', '安装的那个人说线没问题'],
    notLanguage: '英文说明书里没写序列号在哪',
  },
} as const;

/** Answers troubleshooting with "not fixed" until the checklist, says none applies, and lands on the contact question. */
async function untilContact(convo: TestConversation, none: string): Promise<void> {
  for (let turn = 0; turn < 12 && (await convo.pendingQuestion()) === 'fixed'; turn += 1) await convo.say('2');
  assert.equal(await convo.pendingQuestion(), 'checklist');
  await convo.say(none);
  assert.equal(await convo.pendingQuestion(), 'open_case');
  await convo.say('1');
  assert.equal(await convo.pendingQuestion(), 'contact');
}

for (const lang of ['en', 'zh'] as const) {
  const says = CASES[lang];
  describe(`Commands inside sentences (${lang})`, function () {
    this.timeout(120000);

    it('switches language at the first message when asked in a sentence', async () => {
      assert.match(await startConversation().say(says.switchAtFirst), says.switched);
    });

    it('asks the pending serial question again in the new language after a switch in a sentence', async () => {
      const convo = startConversation();
      assert.match(await convo.say(says.fault), says.askSerial);
      const reply = await convo.say(says.switchSentence);
      assert.match(reply, says.switched);
      assert.match(reply, says.otherAskSerial);
      assert.equal(await convo.pendingQuestion(), 'serial');
      assert.match(await convo.say('NPC21A00012345'), says.otherStep);
    });

    it('asks the same troubleshooting step again in the new language, with its buttons, when the page’s toggle is clicked', async () => {
      const convo = startConversation();
      assert.match(await convo.say(says.faultWithSerial), says.step);
      const reply = await convo.say(toggleTo(says.other));
      assert.match(reply, says.switched);
      assert.match(reply, says.otherStep);
      for (const button of says.otherButtons) assert.ok(reply.includes(button), `${button} in ${reply}`);
      assert.equal(await convo.pendingQuestion(), 'fixed');
      assert.match(await convo.say('2'), says.otherNextStep);
    });

    it('keeps the part of the contact already given across a switch, and opens the case with it', async () => {
      const convo = startConversation();
      await convo.say(says.faultWithSerial);
      await untilContact(convo, says.checklistNone);
      await convo.say(says.name);
      assert.equal(await convo.pendingQuestion(), 'phone');
      const reply = await convo.say(says.switchSentence);
      assert.match(reply, says.switched);
      assert.match(reply, says.otherAskPhone);
      assert.equal(await convo.pendingQuestion(), 'phone');
      assert.match(await convo.say(says.phone), says.otherAskRegion);
      await convo.say(says.region);
      const [repairCase] = await convo.stores.cases.list({});
      assert.equal(repairCase?.contact.name, says.name);
      assert.equal(repairCase?.language, says.other);
    });

    it('confirms a toggle clicked before anything is asked, in the chosen language', async () => {
      assert.match(await startConversation().say(toggleTo(says.other)), says.switched);
    });

    it('hands over to a person asked for in a sentence at the first message', async () => {
      const convo = startConversation();
      assert.match(await convo.say(says.personAtFirst), says.queued);
      assert.equal((await convo.stores.conversations.get(convo.conversationId))?.reason, 'customer_request');
    });

    for (const request of says.person) {
      it(`hands over to a person mid-flow on "${request}"`, async () => {
        const convo = startConversation();
        assert.match(await convo.say(says.faultWithSerial), says.step);
        assert.match(await convo.say(request), says.queued);
        const record = await convo.stores.conversations.get(convo.conversationId);
        assert.equal(record?.status, 'waiting');
        assert.equal(record?.reason, 'customer_request');
      });
    }

    it('confirms a toggle while the customer waits for a person, and stays in the queue', async () => {
      const convo = startConversation();
      assert.match(await convo.say(says.personAtFirst), says.queued);
      assert.notEqual(await convo.say(toggleTo(says.other)), '');
      assert.equal((await convo.stores.conversations.get(convo.conversationId))?.status, 'waiting');
    });

    it('stays silent on a toggle while a staff member holds the conversation', async () => {
      const convo = startConversation();
      assert.match(await convo.say(says.personAtFirst), says.queued);
      const record = await convo.stores.conversations.get(convo.conversationId);
      await convo.stores.conversations.put({ ...record!, status: 'active', owner: { kind: 'staff', staffId: 'wang' } });
      assert.equal(await convo.say(toggleTo(says.other)), '');
    });

    it('starts over when asked in a sentence, at the first message and mid-flow', async () => {
      assert.match(await startConversation().say(says.startOverAtFirst), says.nothingToCancel);
      const convo = startConversation();
      await convo.say(says.faultWithSerial);
      assert.match(await convo.say(says.startOver), says.dropped);
      assert.equal(await convo.pendingQuestion(), undefined);
    });

    for (const sentence of says.notCommands) {
      it(`reads "${sentence}" mid-flow as no command`, async () => {
        const convo = startConversation();
        await convo.say(says.faultWithSerial);
        const reply = await convo.say(sentence);
        assert.doesNotMatch(reply, says.dropped);
        assert.doesNotMatch(reply, says.queued);
        assert.equal((await convo.stores.conversations.get(convo.conversationId))?.status, 'bot');
        assert.ok(convo.waiting());
      });
    }

    it('keeps the conversation\'s language on a short reply in the other one, and switches on a sentence in it', async () => {
      const convo = startConversation();
      await convo.say(says.fault);
      const language = (await convo.conversationData())?.language;
      await convo.say(language === 'en' ? '好的' : 'ok thanks');
      assert.equal((await convo.conversationData())?.language, language);
      await convo.say(language === 'en' ? '摄像头还是没有画面' : 'the camera still shows nothing');
      assert.notEqual((await convo.conversationData())?.language, language);
    });

    it('does not switch language on a sentence that only names the other language', async () => {
      const convo = startConversation();
      await convo.say(says.fault);
      const reply = await convo.say(says.notLanguage);
      assert.doesNotMatch(reply, says.switched);
      assert.doesNotMatch(reply, says.otherAskSerial);
    });
  });
}

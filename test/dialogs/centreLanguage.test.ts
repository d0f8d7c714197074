// A repair centre is shown in the customer's language: the shipping answer, the new case (text and card) and its status.
import assert from 'node:assert/strict';
import { recognizer, startConversation } from './conversationHarness';

const SAYS = {
  en: {
    shipping: 'where do I send my camera for repair? I am in Chengdu',
    fault: 'My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video',
    openCase: 'Open a case',
    contact: 'Li Wei, 138 1234 5678, Hangzhou',
    status: 'what is the status of my repair?',
    phone: '138 1234 5678',
    southwest: ['NetPosa Southwest Service Centre', '1268 Middle Tianfu Avenue', 'Mon–Fri 09:00–17:30'],
    east: ['NetPosa East China Service Centre', '988 Shenchang Road', 'Sat 09:00–12:00'],
    statusCentre: 'Service centre: NetPosa East China Service Centre',
  },
  zh: {
    shipping: '我在成都，摄像头坏了寄到哪里修',
    fault: '我的NP-IPC2043序列号NPC21A00012345从杆子上掉下来了，没有画面',
    openCase: '开维修单',
    contact: '王伟，13812345678，杭州',
    status: '我想查一下维修进度',
    phone: '13812345678',
    southwest: ['网力西南服务中心', '四川省成都市高新区天府大道中段 1268 号', '周一至周五 9:00–17:30'],
    east: ['网力华东服务中心', '上海市闵行区申长路 988 号', '周六 9:00–12:00'],
    statusCentre: '服务中心：网力华东服务中心',
  },
};

/** The centre's name, address and hours in the other language, which must not appear. */
const OTHER = { en: /\p{Script=Han}{2,}服务中心|市.*区|周一/u, zh: /Service Centre|Road|Mon–Fri/ };

function cardOf(reply: string): string {
  const card = /<card (.*)>/.exec(reply);
  assert.ok(card, `a card in: ${reply}`);
  return card[1] as string;
}

for (const lang of ['en', 'zh'] as const) {
  const says = SAYS[lang];
  describe(`Service centres in ${lang} replies`, function () {
    this.timeout(120000);
    before(() => recognizer());

    it('gives the shipping address of the centre in the customer’s language only', async () => {
      const reply = await startConversation().say(says.shipping);
      for (const part of says.southwest) assert.ok(reply.includes(part), `${part} in: ${reply}`);
      assert.doesNotMatch(reply, OTHER[lang]);
    });

    it('names the centre in the customer’s language in the new case’s text, its card and its status', async () => {
      const convo = startConversation();
      await convo.say(says.fault);
      await convo.say(says.openCase);
      const opened = await convo.say(says.contact);
      const card = cardOf(opened);
      const text = opened.slice(0, opened.indexOf('<card'));
      for (const part of says.east) {
        assert.ok(text.includes(part), `${part} in the text: ${text}`);
        assert.ok(card.includes(part), `${part} on the card: ${card}`);
      }
      assert.doesNotMatch(opened, OTHER[lang]);

      const caseId = /RMA-\d{8}-\d{4}/.exec(text)?.[0];
      assert.ok(caseId);
      // Asked later, from another channel: the case is found by its id and phone.
      const later = startConversation('webchat', convo.stores);
      await later.say(says.status);
      await later.say(caseId);
      const status = await later.say(says.phone);
      assert.ok(status.includes(says.statusCentre), status);
    });
  });
}

// Routing, interruptions, questions answered directly, repair status, feedback and the hand-off to a person, in both languages.
import assert from 'node:assert/strict';
import { startConversation, recognizer, type TestConversation } from './conversationHarness';
import type { NewCase } from '../../src/domain/repairCase';

before(function () {
  this.timeout(180000);
  recognizer();
});

/** A case some earlier conversation opened, for the phone number 138 1234 5678. */
function caseOpenedElsewhere(convo: TestConversation, overrides: Partial<NewCase>) {
  return convo.stores.cases.create(
    {
      channel: 'wechat',
      conversationId: 'another-conversation',
      language: 'en',
      contact: { name: 'Li Wei', phone: '13812345678', region: 'Hangzhou' },
      serial: 'NPC21A00012345',
      model: 'NP-IPC2043',
      category: 'camera',
      symptom: 'no_video',
      customerWords: ['no video'],
      warranty: { status: 'in_warranty', endDate: '2028-06-10' },
      exclusions: [],
      assessment: 'free',
      serviceCenterId: 'sh-east',
      ...overrides,
    },
    { day: '2026-11-20', at: new Date('2026-11-20T08:00:00Z') },
  );
}

const SAYS = {
  en: {
    fault: 'my camera NPC21A00012345 has no video',
    help: 'help',
    helpReply: /Here's what I can do/,
    stepPattern: /Step 1 of \d+/,
    cancel: 'start over',
    cancelReply: /I've dropped that/,
    agent: 'I want to talk to a real person',
    queued: /passed our conversation to a colleague/,
    gibberish: ['blorp flib', 'zzz qqq vvv'],
    notUnderstood: /didn't quite get that/,
    offerPerson: /bring in a colleague/,
    yes: 'yes',
    warranty: 'is NPC21A00012345 still under warranty?',
    warrantyReply: /under warranty until 2028-06-10/,
    expiredWarranty: 'is my camera NPC19A00003310 still covered by warranty?',
    expiredReply: /warranty ended on 2021-05-27/,
    cost: 'how much does a repair cost?',
    costReply: /quote first/,
    shipping: 'where do I send my camera for repair? I am in Chengdu',
    shippingReply: /Southwest|西南/,
    status: 'what is the status of my repair?',
    askCaseId: /case number/,
    askPhone: /phone number on case/,
    wrongPhone: '139 0000 0000',
    noMatch: /couldn't find a case/,
    statusReply: /received at the service centre/,
    feedback: 'I want to leave some feedback',
    rating: /rate our service/,
    goodbye: 'bye, thanks',
    goodbyeReply: /Thanks for contacting NetPosa/,
    outOfScope: "what's the weather like tomorrow?",
    outOfScopeReply: /after-sales assistant/,
    toChinese: '中文',
    switched: /接下来我用中文/,
  },
  zh: {
    fault: '我的摄像头NPC21A00012345没有画面',
    help: '帮助',
    helpReply: /我可以帮您/,
    stepPattern: /第 1\/\d+ 步/,
    cancel: '重新开始',
    cancelReply: /刚才的事先放下/,
    agent: '转人工',
    queued: /转给 NetPosa 售后同事/,
    gibberish: ['啊啊啊嗯嗯', '嗯嗯嗯啊啊'],
    notUnderstood: /没太看懂/,
    offerPerson: /请售后同事/,
    yes: '好',
    warranty: 'NPC21A00012345还在保修期吗',
    warrantyReply: /保修到 2028-06-10/,
    expiredWarranty: '我的摄像头NPC19A00003310还在保修吗',
    expiredReply: /保修已于 2021-05-27 到期/,
    cost: '维修要多少钱',
    costReply: /先.*报价/,
    shipping: '我在成都，摄像头坏了寄到哪里修',
    shippingReply: /西南|Southwest/,
    status: '我想查一下维修进度',
    askCaseId: /维修单号/,
    askPhone: /登记的电话号码/,
    wrongPhone: '13900000000',
    noMatch: /没有找到/,
    statusReply: /服务中心已收到设备/,
    feedback: '我想提个建议',
    rating: /打分/,
    goodbye: '好的谢谢，拜拜',
    goodbyeReply: /感谢您联系/,
    outOfScope: '明天天气怎么样',
    outOfScopeReply: /售后服务助手/,
    toChinese: 'English',
    switched: /continue in English/,
  },
};

for (const lang of ['en', 'zh'] as const) {
  const says = SAYS[lang];
  describe(`MainDialog (${lang})`, function () {
    this.timeout(120000);

    it('answers help in the middle of a dialog and asks the pending question again', async () => {
      const convo = startConversation();
      assert.match(await convo.say(says.fault), says.stepPattern);
      const reply = await convo.say(says.help);
      assert.match(reply, says.helpReply);
      assert.match(reply, says.stepPattern);
    });

    it('starts over when asked, forgetting the request in progress', async () => {
      const convo = startConversation();
      await convo.say(says.fault);
      assert.match(await convo.say(says.cancel), says.cancelReply);
      assert.match(await convo.say(says.warranty), says.warrantyReply);
    });

    it('hands a conversation to a person mid-dialog, with a summary for staff', async () => {
      const convo = startConversation();
      await convo.say(says.fault);
      assert.match(await convo.say(says.agent), says.queued);
      const record = await convo.stores.conversations.get(convo.conversationId);
      assert.equal(record?.status, 'waiting');
      assert.equal(record?.reason, 'customer_request');
      assert.match(record?.summary ?? '', /NP-IPC2043/);
      assert.match(record?.summary ?? '', /no_video/);
    });

    it('offers a person after two messages it does not understand, and escalates on yes', async () => {
      const convo = startConversation();
      assert.match(await convo.say(says.gibberish[0]), says.notUnderstood);
      assert.match(await convo.say(says.gibberish[1]), says.offerPerson);
      assert.match(await convo.say(says.yes), says.queued);
      const record = await convo.stores.conversations.get(convo.conversationId);
      assert.equal(record?.reason, 'not_understood');
    });

    it('switches language on request and continues the current request in it', async () => {
      const convo = startConversation();
      await convo.say(says.fault);
      const reply = await convo.say(says.toChinese);
      assert.match(reply, says.switched);
      assert.match(reply, lang === 'en' ? /第 2\/\d+ 步|第 1\/\d+ 步/ : /Step \d+ of \d+/);
    });

    it('answers a warranty question for a serial directly', async () => {
      assert.match(await startConversation().say(says.warranty), says.warrantyReply);
      assert.match(await startConversation().say(says.expiredWarranty), says.expiredReply);
    });

    it('explains repair costs and that a quote comes first', async () => {
      assert.match(await startConversation().say(says.cost), says.costReply);
    });

    it('asks for the serial after the general cost rule, and tells from it whether this one is still covered', async () => {
      const convo = startConversation();
      const general = await convo.say(lang === 'en' ? 'how much to fix an NVR? ours is an NP-NVR3216 from 2019' : '录像机修的话收费吗 我们是19年的NP-NVR3216');
      assert.match(general, says.costReply);
      assert.doesNotMatch(general, /couldn't verify|无法核实/);
      assert.equal(await convo.pendingQuestion(), 'serial');
      // A question of its own instead of the serial is answered, and the serial asked again.
      const meanwhile = await convo.say(lang === 'en' ? 'and how long does it take usually' : '一般修多久');
      assert.match(meanwhile, lang === 'en' ? /How long a repair takes/ : /维修时长|多久/);
      assert.equal(await convo.pendingQuestion(), 'serial');
      const checked = await convo.say('NPN19A00000917');
      assert.match(checked, lang === 'en' ? /warranty ended on 2022-11-02/ : /保修已于 2022-11-02 到期/);
      assert.match(checked, says.costReply);
      assert.equal(await convo.pendingQuestion(), undefined);
    });

    it('answers the repair time asked beside another question, and goes on with the other question instead of stopping', async () => {
      const convo = startConversation();
      const reply = await convo.say(
        lang === 'en'
          ? 'Before I give you anything - is a PTZ covered if it stops rotating? How long does a repair take?'
          : '先问一下，球机不转了保修管吗？修一般要多久？',
      );
      assert.match(reply, lang === 'en' ? /How long a repair takes/ : /维修时长|多久|设备到达维修中心后/);
      assert.equal(await convo.pendingQuestion(), 'serial');
      const alone = startConversation();
      await alone.say(lang === 'en' ? 'how long does a repair take?' : '修一般要多久？');
      assert.equal(await alone.pendingQuestion(), undefined);
    });

    it('answers a warranty question asked with a serial and no fault, without starting troubleshooting', async () => {
      const convo = startConversation();
      const reply = await convo.say(
        lang === 'en'
          ? 'quick question, is the recorder at our station still under warranty? serial NPN21A00002245'
          : '问一下，站里那台录像机还在保修期没有？序列号NPN21A00002245',
      );
      assert.match(reply, lang === 'en' ? /warranty ended on 2024-03-18/ : /保修已于 2024-03-18 到期/);
      assert.doesNotMatch(reply, lang === 'en' ? /Step 1 of/ : /第 1\/\d 步/);
      assert.equal(await convo.pendingQuestion(), undefined);
    });

    it('answers both a warranty question and where to send the product, asked in one message', async () => {
      const convo = startConversation();
      const reply = await convo.say(
        lang === 'en'
          ? '1) Is the NP-VMS8100 at our site still under warranty - serial NPS23A00001044? 2) If it ever needs to go back, where do we ship it from Yinchuan?'
          : '两个问题：1）序列号NPS23A00001044这台服务器还在保吗？2）我们在银川，寄修寄到哪里？',
      );
      assert.match(reply, lang === 'en' ? /under warranty until 2028-02-27/ : /2028-02-27/);
      assert.match(reply, lang === 'en' ? /Xi'an/ : /西安/);
    });

    it('leaves the serial for later when the customer has none to hand', async () => {
      const convo = startConversation();
      await convo.say(says.cost);
      assert.equal(await convo.pendingQuestion(), 'serial');
      assert.match(await convo.say(lang === 'en' ? "no, I don't have it here" : '现在手上没有'), lang === 'en' ? /Whenever you have the serial/ : /什么时候方便拿到序列号/);
      assert.equal(await convo.pendingQuestion(), undefined);
    });

    it('gives the address of the centre covering the customer’s city', async () => {
      const reply = await startConversation().say(says.shipping);
      assert.match(reply, says.shippingReply);
    });

    it('says, with the address, how the warranty stands for a serial the customer gave but no case yet', async () => {
      const reply = await startConversation().say(lang === 'en' ? 'where do I send my NVR for repair? I am in Urumqi. serial NPN23B00004411' : '我在乌鲁木齐，录像机寄到哪里修？序列号NPN23B00004411');
      assert.match(reply, /Northwest|西北/);
      assert.match(reply, lang === 'en' ? /warranty ended on 2026-05-18/ : /保修已于 2026-05-18 到期/);
    });

    it('tells a case’s status only to whoever gives its phone number', async () => {
      const convo = startConversation();
      const repairCase = await caseOpenedElsewhere(convo, { language: lang, contact: { name: '张敏', phone: '13812345678', region: '成都' } });
      await convo.stores.cases.update(repairCase.id, (current) => ({ ...current, status: 'received' }));

      assert.match(await convo.say(says.status), says.askCaseId);
      assert.match(await convo.say(repairCase.id), says.askPhone);
      const refused = await convo.say(says.wrongPhone);
      assert.match(refused, says.noMatch);
      assert.doesNotMatch(refused, /NP-IPC2043/);

      assert.match(await convo.say(`${says.status} ${repairCase.id}`), says.askPhone);
      const told = await convo.say('138 1234 5678');
      assert.match(told, says.statusReply);
      assert.match(told, /NP-IPC2043/);
    });

    it('takes the customer’s acceptance of a quote on a charged repair', async () => {
      const convo = startConversation();
      const repairCase = await caseOpenedElsewhere(convo, {
        language: lang,
        serial: 'NPC19A00003310',
        symptom: 'power',
        warranty: { status: 'expired', endDate: '2021-05-27' },
        exclusions: [{ clause: 'expired', evidence: ['registry'] }],
        assessment: 'charged',
      });
      await convo.stores.cases.update(repairCase.id, (current) => ({
        ...current,
        status: 'quoted',
        quote: { amount: 380, currency: 'CNY', note: 'power board', consent: 'pending' },
      }));
      await convo.say(`${says.status} ${repairCase.id}`);
      const quoted = await convo.say('13812345678');
      assert.match(quoted, /380 CNY/);
      assert.match(await convo.say(lang === 'en' ? 'Accept the quote' : '接受报价'), lang === 'en' ? /recorded your acceptance/ : /已记录您接受报价/);
      const updated = await convo.stores.cases.get(repairCase.id);
      assert.equal(updated?.quote?.consent, 'accepted');
      assert.equal(updated?.history.at(-1)?.event, 'quote_accepted');
    });

    it('stores a rating and a suggestion', async () => {
      const convo = startConversation();
      assert.match(await convo.say(says.feedback), says.rating);
      await convo.say('4');
      await convo.say(lang === 'en' ? 'faster replies at night please' : '晚上回复能快一点就好了');
      const [entry] = await convo.stores.feedback.list();
      assert.equal(entry.rating, 4);
      assert.equal(entry.language, lang);
    });

    it('says goodbye and redirects out-of-scope questions helpfully', async () => {
      assert.match(await startConversation().say(says.goodbye), says.goodbyeReply);
      assert.match(await startConversation().say(says.outOfScope), says.outOfScopeReply);
    });
  });
}

describe('MainDialog on a channel without buttons', function () {
  this.timeout(120000);
  it('numbers the choices and accepts the number', async () => {
    const convo = startConversation('wechat');
    const first = await convo.say('我的摄像头NPC21A00012345没有画面');
    assert.match(first, /1\. 好了，能用了|\(1\) 好了，能用了|1\) 好了/);
    assert.doesNotMatch(first, /\[好了/);
    assert.match(await convo.say('1'), /恢复正常/);
  });

  it('refuses a huge message politely and keeps the conversation going', async () => {
    const convo = startConversation();
    assert.match(await convo.say('x'.repeat(1024 * 1024)), /too long/);
    assert.match(await convo.say('hello'), /NetPosa service assistant/);
  });
});

// Customers on WeChat through the real wechaty and its mock puppet, against the whole assistant as start() composes it.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { FileBox } from 'file-box';
import { types } from 'wechaty';
import { MockWeChat, waitFor, type MockCustomer } from './support/mockWeChat';
import { start, type RunningAssistant } from '../../../src/index';
import { StaffClient } from '../../staff/support/staffClient';
import { t } from '../../../src/i18n/translate';

const ADMIN_PASSWORD = 'admin-password-for-tests';
const TINY_PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('WeChat through the Wechaty bridge', function () {
  this.timeout(120000);
  const weChat = new MockWeChat();
  const chineseCustomer = weChat.customer('王先生');
  let running: RunningAssistant;
  let baseUrl: string;

  before(async () => {
    // Staff work round the clock here, so what a customer is told does not depend on when the test runs.
    running = await start(
      { PORT: '0', BOT_TODAY: '2026-11-25', LOG_LEVEL: 'silent', WECHATY_PUPPET: 'wechaty-puppet-mock', STAFF_ADMIN_PASSWORD: ADMIN_PASSWORD, STAFF_HOURS: 'Mon-Sun 00:00-24:00' },
      { wechatyPuppet: weChat.puppet },
    );
    baseUrl = `http://127.0.0.1:${(running.server.address() as AddressInfo).port}`;
    await weChat.logIn();
  });

  after(async () => {
    await running.stop();
  });

  async function caseOf(customer: MockCustomer) {
    const cases = (await running.stores.cases.list()).filter((repairCase) => repairCase.conversationId === `wechat:${customer.id}`);
    assert.equal(cases.length, 1, 'exactly one case for the customer');
    return cases[0];
  }

  describe('a Chinese customer who types as she speaks', () => {
    const customer = weChat.customer('刘阿姨');

    it('is answered a question about the policy from the policy, and her voice-typed and dialect answers are read as meant', async () => {
      assert.match(await customer.say('你好，咨询下保修条款：保修期从哪天算？'), new RegExp(t('zh', 'policy.terms').slice(0, 12)));
      assert.match(await customer.say('我家门口的设想头不量了 插上店也没有反映 序列号NPC21A00012345'), /第 1\/2 步/);
      assert.match(await customer.say('插头插进去了 插得很劳'), /第 2\/2 步/);
      assert.match(await customer.say('还是不得行'), /是否发生过以下情况/);
      const assessed = await customer.say('没有，我都不敢碰它');
      assert.match(assessed, /享受免费保修/);
      assert.doesNotMatch(assessed, /第4条/);
    });
  });

  describe('a Hong Kong customer writing Cantonese in traditional characters', () => {
    const customer = weChat.customer('李小姐');

    it('is told the warranty when she asks 仲有冇保養, with no clause on upkeep, and handed to a person asked for in Cantonese', async () => {
      const answered = await customer.say('請問部球機拉近唔到，zoom 極都冇反應，序號係 NPP23C00006650，仲有冇保養？');
      assert.match(answered, /NPP23C00006650/);
      assert.doesNotMatch(answered, /第2条/);
      assert.match(await customer.say('等真人同我講先'), /转给 NetPosa 售后同事/);
    });
  });

  describe('a Chinese customer', () => {
    const customer = chineseCustomer;

    it('runs a fault dialog to a case, answering by number and in words, with numbered choices', async () => {
      const firstStep = await customer.say('我的NP-IPC2043，序列号NPC21A00012345，从早上到现在一直没有画面');
      assert.match(firstStep, /第 1\/2 步/);
      assert.match(firstStep, /\(1\) 好了，能用了 或 \(2\) 还是不行/);
      assert.match(await customer.say('2'), /第 2\/2 步/);
      const checklist = await customer.say('还是不行');
      assert.match(checklist, /是否发生过以下情况/);
      assert.match(checklist, /^1\. 摔落/m);
      assert.match(checklist, /或直接回复“以上都没有”。/);
      const assessed = await customer.say('以上都没有');
      assert.match(assessed, /享受免费保修/);
      assert.match(assessed, /\(1\) 开维修单 或 \(2\) 暂时不用/);
      assert.match(await customer.say('1'), /姓名|电话/);
      const opened = await customer.say('王伟，13812345678，杭州');
      assert.match(opened, /维修单已创建：RMA-20261125-\d{4}/);
      assert.match(opened, /上海市闵行区申长路 988 号/);
      assert.doesNotMatch(opened, /\*\*|\[.*\]\(/, 'no markdown reaches WeChat');
      const repairCase = await caseOf(customer);
      assert.deepEqual([repairCase.channel, repairCase.assessment, repairCase.serviceCenterId], ['wechat', 'free', 'sh-east']);
      assert.ok(opened.includes(repairCase.id));
    });

    it('puts a damage photo on the case', async () => {
      const answer = await customer.say(FileBox.fromBase64(TINY_PNG_BASE64, 'damage.png'));
      const repairCase = await caseOf(customer);
      assert.equal(answer, t('zh', 'upload.addedToCase', { names: 'damage.png', caseId: repairCase.id }));
      assert.deepEqual(repairCase.attachments.map((attachment) => [attachment.name, attachment.contentType]), [['damage.png', 'image/png']]);
      const stored = await running.stores.uploads.get(repairCase.attachments[0].id);
      assert.deepEqual(stored?.content, Buffer.from(TINY_PNG_BASE64, 'base64'));
      const link = await fetch(repairCase.attachments[0].url.replace(/^https?:\/\/[^/]+/, baseUrl));
      assert.equal(link.status, 200, 'staff can open the photo by its link');
    });

    it('asks politely to type instead of sending voice, in the customer’s language', async () => {
      assert.equal(await customer.say(FileBox.fromBase64(Buffer.from('#!SILK_V3 voice').toString('base64'), 'voice.sil')), t('zh', 'notice.voice'));
    });

    it('tells the customer a video cannot go on the case', async () => {
      const video = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42'), Buffer.alloc(32)]);
      assert.equal(await customer.say(FileBox.fromBase64(video.toString('base64'), 'clip.mp4')), t('zh', 'notice.fileUnsupported'));
    });
  });

  describe('an English customer', () => {
    const customer = weChat.customer('Tom');

    it('runs a fault dialog to a case in English, separate from the Chinese customer', async () => {
      assert.match(await customer.say('My NP-IPC2043 SN NPC21A00012345 has no video since this morning'), /Step 1 of 2/);
      assert.match(await customer.say('Still not working'), /Step 2 of 2/);
      const checklist = await customer.say('2');
      assert.match(checklist, /Has any of these happened/);
      assert.match(await customer.say('none of these'), /looks like a free repair/);
      assert.match(await customer.say('yes please'), /your name, a phone number/);
      const opened = await customer.say('Li Wei, 138 1234 5678, Hangzhou');
      assert.match(opened, /Your repair case is open: RMA-20261125-\d{4}/);
      assert.match(opened, /988 Shenchang Road/);
      const repairCase = await caseOf(customer);
      assert.equal(repairCase.language, 'en');
      const cases = await running.stores.cases.list();
      assert.equal(new Set(cases.map((listed) => listed.conversationId)).size, cases.length, 'one conversation per contact');
    });
  });

  describe('messages the assistant cannot read', () => {
    it('answers a sticker from a new customer kindly, in both languages while theirs is unknown, and carries on', async () => {
      const customer = weChat.customer('Sticker fan');
      const sticker = weChat.mocker.MessageMock.create({
        id: `sticker-${customer.id}`, talkerId: customer.id, listenerId: weChat.botContact.id, timestamp: Date.now(), type: types.Message.Emoticon, text: '',
      });
      const answered = waitFor(() => customer.received.length > 0, 'the answer to a sticker');
      weChat.mocker.puppet.emit('message', { messageId: sticker.id });
      await answered;
      assert.equal(customer.received[0], `${t('zh', 'notice.sticker')}\n\n${t('en', 'notice.sticker')}`);
      assert.match(await customer.say('hello'), /NetPosa service assistant|Hello/);
    });
  });

  describe('groups', () => {
    it('ignores a group message that does not mention the bot', async () => {
      const member = weChat.customer('Group member');
      const room = weChat.group([member]);
      member.sayInGroup(room, 'my camera has no video', false);
      await sleep(1000);
      assert.deepEqual(weChat.groupMessages, []);
      assert.equal(await running.stores.conversations.get(`wechat:${member.id}`), undefined);
    });

    it('answers a mention in the group, mentioning the member, in the member’s own conversation', async () => {
      const member = weChat.customer('Zhang');
      const room = weChat.group([member]);
      member.sayInGroup(room, '@NetPosa Service my camera NPC21A00012345 has no video', true);
      await waitFor(() => weChat.groupMessages.some((message) => message.roomId === room.id), 'the answer in the group', 20000);
      const answer = weChat.groupMessages.find((message) => message.roomId === room.id)!;
      assert.match(answer.text, /^@Zhang /);
      assert.match(answer.text, /NPC21A00012345/);
      assert.deepEqual(member.received, [], 'nothing went to the member privately');
      const record = await running.stores.conversations.get(`wechat:${member.id}`);
      assert.equal(record?.channel, 'wechat');
    });
  });

  it('answers a burst of five messages from one customer in order, one message a turn', async () => {
    const customer = weChat.customer('Hasty');
    const burst = ['hi', 'what can you do?', 'is NPC21A00012345 under warranty?', 'where do I send a camera for repair? I am in Hangzhou', 'thanks, bye'];
    burst.forEach((text) => customer.send(text));
    await waitFor(() => customer.received.length >= 5, 'five answers', 30000);
    const transcript = await running.stores.transcripts.list(`wechat:${customer.id}`);
    const turns: Array<{ said: string; answers: string[] }> = [];
    for (const activity of transcript) {
      const role = (activity.from as { role?: string }).role;
      if (role === 'user') turns.push({ said: String(activity.text), answers: [] });
      else turns[turns.length - 1].answers.push(String(activity.text));
    }
    assert.deepEqual(turns.map((turn) => turn.said), burst);
    assert.equal(customer.received.length, 5);
    turns.forEach((turn, index) => assert.ok(customer.received[index].startsWith(turn.answers[0].slice(0, 20)), `answer ${index + 1} in its place`));
  });

  describe('staff', () => {
    const customer = weChat.customer('Liu');
    let agent: StaffClient;

    before(async () => {
      const admin = await StaffClient.signIn(baseUrl, 'admin', ADMIN_PASSWORD);
      const created = await admin.post('/users', { username: 'wang', displayName: 'Wang Fang', password: 'agent-password-for-tests' });
      assert.equal(created.status, 201);
      agent = await StaffClient.signIn(baseUrl, 'wang', 'agent-password-for-tests');
      await customer.say('我的录像机NPC21A00012345不录像了');
    });

    it('take over a WeChat conversation: their reply reaches the customer with the name in front, and the assistant stays silent', async () => {
      const conversationId = encodeURIComponent(`wechat:${customer.id}`);
      const listed = await agent.get<Array<{ id: string; channel: string }>>('/conversations?status=all');
      assert.equal(listed.body.find((conversation) => conversation.id === `wechat:${customer.id}`)?.channel, 'wechat');
      assert.equal((await agent.post(`/conversations/${conversationId}/takeover`)).status, 200);
      const before = customer.received.length;
      assert.equal((await agent.post(`/conversations/${conversationId}/messages`, { text: '您好，我是王芳，请问录像机是什么型号？' })).status, 200);
      await waitFor(() => customer.received.length > before, 'the staff reply');
      assert.equal(customer.received[before], 'Wang Fang: 您好，我是王芳，请问录像机是什么型号？');

      customer.send('是NP-NVR3216');
      // Give the assistant every chance to butt in before looking.
      await sleep(1000);
      assert.equal(customer.received.length, before + 1, 'the assistant said nothing while staff hold the conversation');
      const transcript = await agent.get<Array<{ text?: string }>>(`/conversations/${conversationId}/transcript`);
      assert.ok(transcript.body.some((activity) => activity.text === '是NP-NVR3216'), 'staff see the customer’s answer');
    });

    it('send a quote as numbered choices, and the customer accepts it by replying 1', async () => {
      const chinese = chineseCustomer;
      const repairCase = await caseOf(chinese);
      const before = chinese.received.length;
      const quoted = await agent.post(`/cases/${repairCase.id}/quote`, { amount: 300, currency: 'CNY', note: '更换镜头' });
      assert.equal(quoted.status, 200);
      await waitFor(() => chinese.received.length > before, 'the quote');
      assert.match(chinese.received[before], /报价为 300 CNY/);
      assert.match(chinese.received[before], /1\. 接受报价\n2\. 不修了\n回复 1 \/ 2$/);
      assert.equal(await chinese.say('1'), t('zh', 'status.quoteAccepted'));
      assert.equal((await running.stores.cases.get(repairCase.id))?.quote?.consent, 'accepted');
    });
  });
});

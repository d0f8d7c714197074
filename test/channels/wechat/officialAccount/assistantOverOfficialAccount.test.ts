// The assistant on a WeChat Official Account, end to end: the real server with WECHAT_API_BASE on a loopback fake of
// WeChat that pushes signed XML to /wechat and takes replies through custom/send, enforcing the window and the quota.
import assert from 'node:assert/strict';
import { TINY_PNG } from '../../directline/support/fixtures';
import { StaffClient } from '../../../staff/support/staffClient';
import { pushSignature } from '../../../../src/channels/wechat/officialAccount/pushSignature';
import type { ConversationView } from '../../../../src/staff/conversationView';
import { startWithOfficialAccount, STAFF_PASSWORD, type OfficialAccountSetup } from './support/officialAccountAssistant';

const HOUR = 60 * 60 * 1000;
/** The longest any test waits for the assistant's reply to arrive at WeChat. */
const REPLY_TIMEOUT_MS = 30_000;

describe('The assistant on a WeChat Official Account', function () {
  this.timeout(120_000);
  let setup: OfficialAccountSetup;

  before(async () => {
    setup = await startWithOfficialAccount();
  });

  after(async () => {
    await setup.stop();
  });

  /** The customer writes and waits until the assistant's replies to this message have reached WeChat. */
  async function say(openId: string, text: string): Promise<string[]> {
    const before = setup.wechat.sentTo(openId).length;
    const answer = await setup.wechat.says(openId, text);
    assert.deepEqual(answer, { status: 200, body: 'success' });
    await setup.wechat.waitForSent(openId, before + 1, REPLY_TIMEOUT_MS);
    await turnOver(openId);
    return setup.wechat.sentTo(openId).slice(before);
  }

  /** The customer's turn is over once the transcript stops growing (a turn's replies leave in one go). */
  async function turnOver(openId: string): Promise<void> {
    let last = -1;
    for (;;) {
      const length = (await setup.assistant.stores.transcripts.list(`wechat:${openId}`)).length;
      if (length === last) return;
      last = length;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }

  async function staffView(openId: string): Promise<ConversationView | undefined> {
    const staff = await StaffClient.signIn(setup.baseUrl, 'admin', STAFF_PASSWORD);
    const { body } = await staff.get<ConversationView[]>('/conversations?status=all');
    return body.find((view) => view.id === `wechat:${openId}`);
  }

  it('answers WeChat\'s server verification with echostr, and refuses it with a wrong signature', async () => {
    const timestamp = '1764057600';
    const nonce = '4242';
    const signature = pushSignature([setup.wechat.account.token, timestamp, nonce]);
    const verified = await fetch(`${setup.baseUrl}/wechat?${new URLSearchParams({ signature, timestamp, nonce, echostr: 'echo-7788' })}`);
    assert.equal(verified.status, 200);
    assert.equal(await verified.text(), 'echo-7788');
    const forged = await fetch(`${setup.baseUrl}/wechat?${new URLSearchParams({ signature: 'f'.repeat(40), timestamp, nonce, echostr: 'echo-7788' })}`);
    assert.equal(forged.status, 403);
  });

  it('refuses a push with a bad signature (403) and does nothing with it', async () => {
    const answer = await setup.wechat.push(setup.wechat.messageXml('oForger', 'text', '<Content><![CDATA[你好]]></Content>'), { signature: 'f'.repeat(40) });
    assert.equal(answer.status, 403);
    assert.match(JSON.parse(answer.body).error, /signature/);
    assert.deepEqual(await setup.assistant.stores.transcripts.list('wechat:oForger'), []);
  });

  it('welcomes a new follower in Chinese', async () => {
    assert.deepEqual(await setup.wechat.follows('oNewFollower'), { status: 200, body: 'success' });
    const [welcome] = await setup.wechat.waitForSent('oNewFollower', 1, REPLY_TIMEOUT_MS);
    assert.match(welcome ?? '', /感谢关注/);
    assert.match(welcome ?? '', /售后服务助手/);
  });

  it('answers success before the reply is out: the turn runs after WeChat has its answer', async () => {
    setup.wechat.holdSends();
    try {
      const answer = await setup.wechat.says('oPatient', '你好');
      assert.deepEqual(answer, { status: 200, body: 'success' });
      await setup.wechat.waitForHeldSend();
      assert.deepEqual(setup.wechat.sentTo('oPatient'), [], 'no reply had reached WeChat when it got its answer');
    } finally {
      setup.wechat.releaseSends();
    }
    await setup.wechat.waitForSent('oPatient', 1, REPLY_TIMEOUT_MS);
  });

  it('takes a menu key written in words as what the customer says, and acknowledges a coded key', async () => {
    assert.deepEqual(await setup.wechat.clicks('oMenu', 'V1001_SERVICE'), { status: 200, body: 'success' });
    const [acknowledged] = await setup.wechat.waitForSent('oMenu', 1, REPLY_TIMEOUT_MS);
    assert.match(acknowledged ?? '', /直接告诉我/);
    await setup.wechat.clicks('oMenu', '查询保修');
    const [, answered] = await setup.wechat.waitForSent('oMenu', 2, REPLY_TIMEOUT_MS);
    assert.match(answered ?? '', /序列号/);
  });

  it('asks a customer who sends a voice message to type instead, without fetching it', async () => {
    setup.wechat.addMedia('media-voice-1', { content: Buffer.from('#!SILK_V3'), contentType: 'audio/amr', name: 'voice.amr' });
    const downloads = setup.wechat.mediaDownloads;
    await setup.wechat.sendsMedia('oVoice', 'voice', 'media-voice-1');
    const [answer] = await setup.wechat.waitForSent('oVoice', 1, REPLY_TIMEOUT_MS);
    assert.match(answer ?? '', /打字/);
    assert.equal(setup.wechat.mediaDownloads, downloads);
  });

  it('handles a push WeChat retried three times once', async () => {
    const xml = setup.wechat.messageXml('oRetried', 'text', '<Content><![CDATA[你好，在吗]]></Content>');
    setup.wechat.customerMessaged('oRetried');
    const answers = [];
    for (let attempt = 0; attempt < 4; attempt += 1) answers.push(await setup.wechat.push(xml));
    assert.deepEqual(answers.map((answer) => answer.body), ['success', 'success', 'success', 'success']);
    await setup.wechat.waitForSent('oRetried', 1, REPLY_TIMEOUT_MS);
    await turnOver('oRetried');
    const customerLines = (await setup.assistant.stores.transcripts.list('wechat:oRetried')).filter((activity) => (activity.from as { role: string }).role === 'user');
    assert.deepEqual(customerLines.map((activity) => activity.text), ['你好，在吗']);
  });

  describe('a Chinese fault report to a case', () => {
    const openId = 'oLiWei';
    let caseId = '';

    it('runs from the fault to a case by numbered answers and words, each turn within WeChat\'s quota', async () => {
      const assessment = await say(openId, '我的NP-IPC2043序列号NPC21A00012345从杆子上掉下来了，现在没有画面');
      assert.match(assessment.join('\n'), /摔落/);
      assert.match(assessment.join('\n'), /\(1\) 开维修单/);
      const contactQuestion = await say(openId, '1');
      assert.match(contactQuestion.join('\n'), /姓名、电话/);
      const opened = await say(openId, '李伟，13812345678，杭州');
      const text = opened.join('\n');
      caseId = /RMA-20261125-\d{4}/.exec(text)?.[0] ?? '';
      assert.notEqual(caseId, '', text);
      assert.match(text, /上海市闵行区申长路 988 号/);
      for (const turn of [assessment, contactQuestion, opened]) assert.ok(turn.length <= 5, `a turn used ${turn.length} messages`);
      assert.deepEqual(setup.wechat.refusals.filter((refusal) => refusal.openId === openId), []);
      const repairCase = await setup.assistant.stores.cases.get(caseId);
      assert.deepEqual([repairCase?.channel, repairCase?.conversationId], ['wechat', `wechat:${openId}`]);
    });

    it('fetches a photo through the media API onto the case', async () => {
      setup.wechat.addMedia('media-damage-1', { content: TINY_PNG, contentType: 'image/png', name: 'damage.png' });
      const before = setup.wechat.sentTo(openId).length;
      assert.deepEqual(await setup.wechat.sendsMedia(openId, 'image', 'media-damage-1'), { status: 200, body: 'success' });
      const [added] = (await setup.wechat.waitForSent(openId, before + 1, REPLY_TIMEOUT_MS)).slice(before);
      assert.match(added ?? '', new RegExp(`damage\\.png.*${caseId}`));
      const repairCase = await setup.assistant.stores.cases.get(caseId);
      const attachment = repairCase?.attachments.at(-1);
      assert.deepEqual([attachment?.name, attachment?.contentType], ['damage.png', 'image/png']);
      assert.deepEqual((await setup.assistant.stores.uploads.get(attachment!.id))?.content, TINY_PNG);
    });

    it('fetches a new access token when WeChat says the old one is invalid (40001), and the conversation goes on', async () => {
      const fetchesBefore = setup.wechat.tokenFetches;
      setup.wechat.invalidateTokens();
      const replies = await say(openId, '维修单进度怎么样了');
      assert.match(replies.join('\n'), new RegExp(caseId));
      assert.equal(setup.wechat.tokenFetches, fetchesBefore + 1);
    });

    it('holds a case update WeChat refuses after 48 silent hours, shows it pending to staff, and delivers it first after the next message', async () => {
      await turnOver(openId);
      setup.wechat.advance(49 * HOUR);
      const sentBefore = setup.wechat.sentTo(openId).length;
      const staff = await StaffClient.signIn(setup.baseUrl, 'admin', STAFF_PASSWORD);
      const update = await staff.post(`/cases/${caseId}/status`, { status: 'received', note: '设备已到服务中心' });
      assert.equal(update.status, 200);
      assert.deepEqual(setup.wechat.refusals.filter((refusal) => refusal.openId === openId).map((refusal) => refusal.errcode), [45015]);
      assert.equal(setup.wechat.sentTo(openId).length, sentBefore);
      assert.equal((await staffView(openId))?.heldMessages, 1);

      const afterNextMessage = await say(openId, '你好，我的设备到了吗？');
      assert.match(afterNextMessage[0] ?? '', /服务中心已收到设备/);
      assert.ok(afterNextMessage.length <= 5);
      assert.equal((await staffView(openId))?.heldMessages, 0);
    });

    it('sends nothing more after the customer unfollows, drops what was held, and shows staff they left', async () => {
      setup.wechat.advance(49 * HOUR);
      const staff = await StaffClient.signIn(setup.baseUrl, 'admin', STAFF_PASSWORD);
      await staff.post(`/cases/${caseId}/status`, { status: 'repairing' });
      assert.equal((await staffView(openId))?.heldMessages, 1);
      assert.deepEqual(await setup.wechat.unfollows(openId), { status: 200, body: 'success' });
      let view = await staffView(openId);
      for (let tries = 0; view?.unfollowedAt === null && tries < 50; tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        view = await staffView(openId);
      }
      assert.notEqual(view?.unfollowedAt, null);
      assert.equal(view?.heldMessages, 0);
      const calls = setup.wechat.sent.length + setup.wechat.refusals.length;
      await staff.post(`/cases/${caseId}/status`, { status: 'shipped_back' });
      assert.equal(setup.wechat.sent.length + setup.wechat.refusals.length, calls, 'WeChat was not even asked');
    });
  });

  it('refuses malformed XML and an oversized body politely, and keeps serving', async () => {
    const garbage = await setup.wechat.postRaw('<xml><FromUserName>oBroken</FromUserName');
    assert.equal(garbage.status, 400);
    assert.match(JSON.parse(garbage.body).error, /Not a WeChat push/);
    const huge = await setup.wechat.postRaw(`<xml><Content>${'很长'.repeat(40_000)}</Content></xml>`);
    assert.equal(huge.status, 413);
    assert.match(JSON.parse(huge.body).error, /too large/);
    const replies = await say('oAfterGarbage', '你好');
    assert.ok(replies.length >= 1);
  });
});

// The Official Account transport on the WeChat adapter, against the fake WeChat: what it holds when the window or the
// quota says no, and how held messages and new replies share the next window.
import assert from 'node:assert/strict';
import { WeChatAdapter } from '../../../../src/channels/wechat/weChatAdapter';
import { OfficialAccountTransport } from '../../../../src/channels/wechat/officialAccount/officialAccountTransport';
import { WeChatApi } from '../../../../src/channels/wechat/officialAccount/weChatApi';
import type { Push } from '../../../../src/channels/wechat/officialAccount/pushedMessage';
import { AttachmentLinks } from '../../../../src/channels/directline/attachmentLinks';
import { createMemoryStores } from '../../../../src/storage/memory';
import { StaffEvents } from '../../../../src/staff/staffEvents';
import type { Stores } from '../../../../src/storage/types';
import { FakeWeChat } from '../fakeWeChatApi';
import { TEST_ACCOUNT } from './support/officialAccountAssistant';

/** A message long enough that two never share one WeChat message (2,048 bytes). */
const longNews = (n: number) => `第${n}条：${'维修进度更新。'.repeat(60)}`;

describe('OfficialAccountTransport', () => {
  let wechat: FakeWeChat;
  let stores: Stores;
  let transport: OfficialAccountTransport;

  beforeEach(async () => {
    wechat = await FakeWeChat.start(TEST_ACCOUNT);
    stores = createMemoryStores();
    const now = () => new Date(wechat.now());
    // The assistant's turn, cut down to one reply naming what the customer said.
    const adapter = new WeChatAdapter({
      bot: async (context) => void (await context.sendActivity(`收到：${context.activity.text}`)),
      transcripts: stores.transcripts,
      botAccount: { id: 'bot', name: 'NetPosa Service' },
      logger: { error: () => undefined },
    });
    transport = new OfficialAccountTransport({
      api: new WeChatApi({ apiBase: wechat.base, appId: TEST_ACCOUNT.appId, secret: TEST_ACCOUNT.secret, tokens: stores.officialAccount.accessToken, now }),
      customers: stores.officialAccount.customers,
      locks: stores.locks,
      conversations: stores.conversations,
      events: new StaffEvents(stores.staffEvents, stores.bus, now),
      adapter,
      media: { uploads: stores.uploads, quota: { files: 20, bytes: 40 * 1024 * 1024 }, links: new AttachmentLinks('k'.repeat(32)), publicBaseUrl: () => 'http://127.0.0.1', now },
      now,
      logger: { warn: () => undefined, error: () => undefined },
    });
    adapter.register(transport);
  });

  afterEach(() => wechat.close());

  const text = (openId: string, words: string, msgId: string): Push => {
    wechat.customerMessaged(openId);
    return { type: 'text', openId, account: 'gh', sentAt: new Date(wechat.now()), msgId, text: words };
  };

  it('holds what a customer who never wrote cannot be sent, without asking WeChat', async () => {
    await transport.send({ id: 'oQuiet' }, [{ kind: 'text', text: '您的维修单已受理' }]);
    assert.deepEqual([wechat.sent.length, wechat.refusals.length], [0, 0]);
    assert.deepEqual((await stores.officialAccount.customers.get('oQuiet'))?.held, ['您的维修单已受理']);
  });

  it('delivers held messages before the reply, never more than the window, and keeps the rest for the next message', async () => {
    await transport.send({ id: 'oBusy' }, [1, 2, 3, 4, 5, 6, 7].map((n) => ({ kind: 'text', text: longNews(n) })));
    await transport.receive(text('oBusy', '在吗', '1'));
    const first = wechat.sentTo('oBusy');
    assert.equal(first.length, 5);
    assert.ok(first.every((message, index) => message.startsWith(`第${index + 1}条`)));
    // Two news and the reply wait: the window allowed five.
    assert.equal((await stores.officialAccount.customers.get('oBusy'))?.held.length, 3);
    await transport.receive(text('oBusy', '还有吗', '2'));
    const second = wechat.sentTo('oBusy').slice(5);
    // The held ones first (the last held reply merged into the message before it), then the new reply.
    assert.equal(second.length, 3);
    assert.ok(second[0]?.startsWith('第6条'));
    assert.ok(second[1]?.startsWith('第7条') && second[1].endsWith('收到：在吗'));
    assert.equal(second[2], '收到：还有吗');
    assert.deepEqual(wechat.refusals, []);
  });

  it('holds a reply WeChat refuses for the quota (45047) and delivers it after the next message', async () => {
    await transport.receive(text('oChatty', '你好', '10'));
    // WeChat counts differently from us here: the fake has already spent the window on other messages.
    for (let n = 0; n < 4; n += 1) await new WeChatApi({ apiBase: wechat.base, appId: TEST_ACCOUNT.appId, secret: TEST_ACCOUNT.secret, tokens: stores.officialAccount.accessToken }).sendText('oChatty', `other ${n}`);
    await transport.send({ id: 'oChatty' }, [{ kind: 'text', text: '报价：¥200' }]);
    assert.deepEqual(wechat.refusals.map((refusal) => refusal.errcode), [45047]);
    assert.deepEqual((await stores.officialAccount.customers.get('oChatty'))?.held, ['报价：¥200']);
    await transport.receive(text('oChatty', '好的', '11'));
    assert.deepEqual(wechat.sentTo('oChatty').slice(-2), ['报价：¥200', '收到：好的']);
  });

  it('drops everything once WeChat says the customer no longer follows (43004)', async () => {
    await transport.receive(text('oGone', '你好', '20'));
    wechat.customerLeft('oGone');
    await transport.send({ id: 'oGone' }, [{ kind: 'text', text: 'one' }, { kind: 'text', text: 'two' }]);
    assert.deepEqual(wechat.refusals.map((refusal) => refusal.errcode), [43004]);
    const record = await stores.officialAccount.customers.get('oGone');
    assert.deepEqual(record?.held, []);
    assert.notEqual(record?.unfollowedAt, undefined);
  });
});

import assert from 'node:assert/strict';
import { MediaTooLargeError, WeChatApi, WeChatApiError } from '../../../../src/channels/wechat/officialAccount/weChatApi';
import { MemoryAccessTokenCache } from '../../../../src/storage/memory/memoryOfficialAccountStores';
import { FakeWeChat } from '../fakeWeChatApi';

const ACCOUNT = { appId: 'wx0123456789abcdef', secret: 'secret-of-the-test-account', token: 'netposa' };

describe('WeChatApi', () => {
  let wechat: FakeWeChat;
  let tokens: MemoryAccessTokenCache;
  const api = (secret = ACCOUNT.secret) => new WeChatApi({ apiBase: wechat.base, appId: ACCOUNT.appId, secret, tokens, now: () => new Date(wechat.now()) });
  const customerWrote = (openId: string) => wechat.customerMessaged(openId);

  beforeEach(async () => {
    wechat = await FakeWeChat.start(ACCOUNT);
    tokens = new MemoryAccessTokenCache(() => wechat.now());
  });

  afterEach(() => wechat.close());

  it('sends a text with one token fetch for many messages', async () => {
    customerWrote('oA');
    const client = api();
    await client.sendText('oA', '您好');
    await client.sendText('oA', '请问是哪台设备？');
    assert.deepEqual(wechat.sentTo('oA'), ['您好', '请问是哪台设备？']);
    assert.equal(wechat.tokenFetches, 1);
  });

  it('fetches the token once when many messages start at the same moment', async () => {
    customerWrote('oA');
    const client = api();
    await Promise.all(['1', '2', '3'].map((text) => client.sendText('oA', text)));
    assert.equal(wechat.tokenFetches, 1);
  });

  it('shares one token with another instance through the cache, since a new fetch would invalidate it', async () => {
    customerWrote('oA');
    await api().sendText('oA', 'from the first instance');
    await api().sendText('oA', 'from the second instance');
    assert.equal(wechat.tokenFetches, 1);
  });

  it('fetches a new token and sends again once when WeChat says the token is invalid (40001)', async () => {
    customerWrote('oA');
    const client = api();
    await client.sendText('oA', 'first');
    wechat.invalidateTokens();
    await client.sendText('oA', 'second');
    assert.deepEqual(wechat.sentTo('oA'), ['first', 'second']);
    assert.equal(wechat.tokenFetches, 2);
  });

  it('fetches a new token before the old one lapses', async () => {
    customerWrote('oA');
    const client = api();
    await client.sendText('oA', 'first');
    wechat.advance(7200_000 - 60_000);
    await client.sendText('oA', 'second');
    assert.equal(wechat.tokenFetches, 2);
    assert.deepEqual(wechat.refusals, []);
  });

  it('gives WeChat\'s refusal with its errcode: 45015 out of the window, 45047 past the quota', async () => {
    const client = api();
    await assert.rejects(client.sendText('oSilent', 'hello'), (error: unknown) => error instanceof WeChatApiError && error.errcode === 45015);
    customerWrote('oB');
    for (const n of [1, 2, 3, 4, 5]) await client.sendText('oB', `reply ${n}`);
    await assert.rejects(client.sendText('oB', 'sixth'), (error: unknown) => error instanceof WeChatApiError && error.errcode === 45047);
  });

  it('says so when the AppSecret is wrong', async () => {
    await assert.rejects(api('not-the-secret-at-all').sendText('oA', 'x'), (error: unknown) => error instanceof WeChatApiError && error.errcode === 40125);
  });

  it('downloads media with its type and name, and refuses one larger than the limit', async () => {
    wechat.addMedia('m1', { content: Buffer.alloc(2000, 1), contentType: 'image/jpeg', name: 'damage.jpg' });
    const media = await api().downloadMedia('m1', 4096);
    assert.deepEqual([media.content.length, media.contentType, media.name], [2000, 'image/jpeg', 'damage.jpg']);
    await assert.rejects(api().downloadMedia('m1', 1000), MediaTooLargeError);
    await assert.rejects(api().downloadMedia('unknown', 1000), (error: unknown) => error instanceof WeChatApiError && error.errcode === 40007);
  });
});

// Two instances behind one Official Account with STORAGE=redis: a push retried to the other instance is still handled
// once, and both send with the one access token (a second fetch would invalidate the first).
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { start, type RunningAssistant } from '../../../../src/index';
import { startTestRedis, type TestRedis } from '../../../storage/redis/redisServer';
import { FakeWeChat } from '../fakeWeChatApi';
import { TEST_ACCOUNT } from './support/officialAccountAssistant';

describe('The Official Account on two instances sharing Redis', function () {
  this.timeout(120_000);
  let redis: TestRedis;
  let wechat: FakeWeChat;
  let first: RunningAssistant;
  let second: RunningAssistant;

  before(async () => {
    redis = await startTestRedis();
    wechat = await FakeWeChat.start(TEST_ACCOUNT);
    const env = {
      PORT: '0',
      BOT_TODAY: '2026-11-25',
      LOG_LEVEL: 'silent',
      STORAGE: 'redis',
      REDIS_URL: redis.url,
      TOKEN_SIGNING_KEY: 'a-signing-key-both-instances-share-0123456789',
      WECHAT_OA_APPID: TEST_ACCOUNT.appId,
      WECHAT_OA_SECRET: TEST_ACCOUNT.secret,
      WECHAT_OA_TOKEN: TEST_ACCOUNT.token,
      WECHAT_API_BASE: wechat.base,
    };
    first = await start(env);
    second = await start(env);
  });

  after(async () => {
    await first?.stop();
    await second?.stop();
    await wechat?.close();
    await redis?.stop();
  });

  const webhookOf = (running: RunningAssistant) => `http://127.0.0.1:${(running.server.address() as AddressInfo).port}/wechat`;

  it('handles a push once when WeChat retries it at the other instance, with one token for both', async () => {
    const xml = wechat.messageXml('oTwice', 'text', '<Content><![CDATA[你好]]></Content>');
    wechat.customerMessaged('oTwice');
    wechat.webhook = webhookOf(first);
    assert.equal((await wechat.push(xml)).body, 'success');
    wechat.webhook = webhookOf(second);
    assert.equal((await wechat.push(xml)).body, 'success');
    await wechat.waitForSent('oTwice', 1);
    const customerLines = (await second.stores.transcripts.list('wechat:oTwice')).filter((activity) => (activity.from as { role: string }).role === 'user');
    assert.equal(customerLines.length, 1);

    assert.equal((await wechat.says('oTwice', '我的摄像头没有画面')).body, 'success');
    await wechat.waitForSent('oTwice', 2);
    assert.equal(wechat.tokenFetches, 1);
  });
});

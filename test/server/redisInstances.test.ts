// STORAGE=redis end to end: two real servers on one real redis-server, one Direct Line conversation served by both,
// each message continuing the dialog where the other instance left it.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { start, type RunningAssistant } from '../../src/index';
import { bearer, call } from '../channels/directline/support/httpCalls';
import { startTestRedis, type TestRedis } from '../storage/redis/redisServer';

interface WireMessage {
  type: string;
  text?: string;
  from: { role?: string };
}

const POLL_MS = 50;
const REPLY_TIMEOUT_MS = 15_000;

describe('Two instances with STORAGE=redis', function () {
  this.timeout(60_000);
  let redis: TestRedis;
  let first: RunningAssistant;
  let second: RunningAssistant;

  before(async () => {
    redis = await startTestRedis();
    // Instances share the token key, as a deployment behind a load balancer must.
    const env = {
      PORT: '0',
      BOT_TODAY: '2026-11-25',
      LOG_LEVEL: 'silent',
      STORAGE: 'redis',
      REDIS_URL: redis.url,
      TOKEN_SIGNING_KEY: 'a-signing-key-both-instances-share-0123456789',
    };
    first = await start(env);
    second = await start(env);
  });

  after(async () => {
    await first?.stop();
    await second?.stop();
    await redis?.stop();
  });

  const baseUrl = (running: RunningAssistant) => `http://127.0.0.1:${(running.server.address() as AddressInfo).port}`;

  it('reports itself ready while Redis answers', async () => {
    assert.equal((await fetch(`${baseUrl(first)}/readyz`)).status, 200);
  });

  it('continues one conversation at the same step whichever instance a message reaches', async () => {
    const { token, conversationId } = (await (await fetch(`${baseUrl(first)}/api/webchat/token`, { method: 'POST' })).json()) as { token: string; conversationId: string };
    const started = await call(`${baseUrl(first)}/v3/directline/conversations`, { method: 'POST', headers: bearer(token) });
    assert.ok(started.status === 200 || started.status === 201, `conversation started (${started.status})`);

    let seen = 0;
    async function say(on: RunningAssistant, text: string, expected: RegExp): Promise<string> {
      const posted = await call(`${baseUrl(on)}/v3/directline/conversations/${conversationId}/activities`, {
        method: 'POST',
        headers: bearer(token, { 'Content-Type': 'application/json' }),
        body: JSON.stringify({ type: 'message', text, locale: 'en-US', from: { id: 'dl_customer', role: 'user' } }),
      });
      assert.equal(posted.status, 200, JSON.stringify(posted.body));
      const deadline = Date.now() + REPLY_TIMEOUT_MS;
      while (Date.now() < deadline) {
        const { body } = await call(`${baseUrl(on)}/v3/directline/conversations/${conversationId}/activities?watermark=${seen}`, { headers: bearer(token) });
        const { activities, watermark } = body as { activities: WireMessage[]; watermark: string };
        const answer = activities.find((activity) => activity.type === 'message' && activity.from.role === 'bot' && expected.test(activity.text ?? ''));
        if (answer !== undefined) {
          seen = Number(watermark);
          return answer.text ?? '';
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      throw new Error(`no reply matching ${expected} to "${text}"`);
    }

    await say(first, 'My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video', /Would you like me to open a repair case/);
    await say(second, 'Open a case', /your name, a phone number/);
    const opened = await say(first, 'Li Wei, 138 1234 5678, Hangzhou', /Your repair case is open: RMA-20261125-\d{4}/);
    const caseId = /RMA-20261125-\d{4,}/.exec(opened)?.[0] ?? '';
    assert.equal((await second.stores.cases.get(caseId))?.contact.name, 'Li Wei');
  });
});

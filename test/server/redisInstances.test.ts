// STORAGE=redis end to end: two real servers on one real redis-server, one Direct Line conversation served by both,
// each message continuing the dialog where the other instance left it, and staff on one reaching a customer on the other.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { start, type RunningAssistant } from '../../src/index';
import { connect, type WireActivity } from '../channels/directline/support/directLineClient';
import { StaffClient } from '../staff/support/staffClient';
import { DirectLineCustomer } from './support/directLineCustomer';
import { startTestRedis, type TestRedis } from '../storage/redis/redisServer';

const ADMIN_PASSWORD = 'admin-password-for-tests';

const baseUrl = (running: RunningAssistant) => `http://127.0.0.1:${(running.server.address() as AddressInfo).port}`;

describe('Two instances with STORAGE=redis', function () {
  this.timeout(60_000);
  let redis: TestRedis;
  let first: RunningAssistant;
  let second: RunningAssistant;

  before(async () => {
    redis = await startTestRedis();
    // Instances share the token key, as a deployment behind a load balancer must; staff work round the clock here,
    // so what the customer is told does not depend on when the test runs.
    const env = {
      STAFF_ADMIN_PASSWORD: ADMIN_PASSWORD,
      STAFF_HOURS: 'Mon-Sun 00:00-24:00',
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

  it('reports itself ready while Redis answers', async () => {
    assert.equal((await fetch(`${baseUrl(first)}/readyz`)).status, 200);
  });

  it('continues one conversation at the same step whichever instance a message reaches', async () => {
    const customer = await DirectLineCustomer.start(baseUrl(first));
    await customer.say(baseUrl(first), 'My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video', /Would you like me to open a repair case/);
    await customer.say(baseUrl(second), 'Open a case', /your name, a phone number/);
    const opened = await customer.say(baseUrl(first), 'Li Wei, 138 1234 5678, Hangzhou', /Your repair case is open: RMA-20261125-\d{4}/);
    const caseId = /RMA-20261125-\d{4,}/.exec(opened)?.[0] ?? '';
    assert.equal((await second.stores.cases.get(caseId))?.contact.name, 'Li Wei');
  });

  it('lets a staff member on one instance answer a customer whose WebSocket is on the other, with each console told live', async () => {
    const staffOnFirst = await StaffClient.signIn(baseUrl(first), 'admin', ADMIN_PASSWORD);
    const consoleOnFirst = await staffOnFirst.events();
    const consoleOnSecond = await (await StaffClient.signIn(baseUrl(second), 'admin', ADMIN_PASSWORD)).events();
    const { token } = (await (await fetch(`${baseUrl(second)}/api/webchat/token`, { method: 'POST' })).json()) as { token: string };
    const customer = connect(`${baseUrl(second)}/v3/directline`, { token, locale: 'en-US', webSocket: true });
    try {
      const welcome = await customer.waitFor((activity) => activity.type === 'message' && activity.from.role === 'bot', 15_000);
      const conversationId = welcome.conversation?.id ?? '';
      await customer.post({ text: 'Could I please talk to a real person?', locale: 'en-US' });
      // The customer's turn ran on the second instance; the first instance's console hears of it.
      const queued = await consoleOnFirst.waitFor((event) => event.event === 'conversation.queued' && (event.data.conversation as { id: string }).id === conversationId, 15_000);
      assert.equal((queued.data.conversation as { status: string }).status, 'waiting');

      const path = `/conversations/${encodeURIComponent(conversationId)}`;
      assert.equal((await staffOnFirst.post(`${path}/takeover`)).status, 200);
      await consoleOnSecond.waitFor((event) => event.event === 'conversation.taken' && (event.data.conversation as { id: string }).id === conversationId);
      const sent = await staffOnFirst.post<{ id: string }>(`${path}/messages`, { text: 'Hello, this is the service desk. Which model is it?' });
      assert.equal(sent.status, 200);
      const delivered: WireActivity = await customer.waitFor((activity) => activity.id === sent.body.id, 15_000);
      assert.equal(delivered.text, 'Hello, this is the service desk. Which model is it?');
    } finally {
      customer.end();
      consoleOnFirst.close();
      consoleOnSecond.close();
    }
  });

  it('takes two messages of one conversation arriving at once on both instances one after the other, each once', async () => {
    const customer = await DirectLineCustomer.start(baseUrl(first));
    const [onFirst, onSecond] = await Promise.all([customer.post(baseUrl(first), 'help'), customer.post(baseUrl(second), 'My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video')]);
    const ids = [onFirst, onSecond].map((posted) => (posted.body as { id: string }).id);
    let activities: Array<{ type: string; replyToId?: string; from: { role?: string } }> = [];
    const deadline = Date.now() + 15_000;
    const answered = () => ids.every((id) => activities.some((activity) => activity.type === 'message' && activity.replyToId === id));
    while (!answered() && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      ({ activities } = (await (await fetch(`${baseUrl(second)}/v3/directline/conversations/${customer.conversationId}/activities`, { headers: { Authorization: `Bearer ${customer.token}` } })).json()) as { activities: typeof activities });
    }
    assert.ok(answered(), 'both messages were answered');
    // Turns one after the other: every reply to the first message taken in comes before any reply to the second.
    const repliedTo = activities.filter((activity) => activity.type === 'message' && activity.from.role === 'bot' && activity.replyToId !== undefined).map((activity) => activity.replyToId);
    const firstTaken = repliedTo[0];
    const switches = repliedTo.filter((id, i) => i > 0 && id !== repliedTo[i - 1]).length;
    assert.ok(firstTaken !== undefined && ids.includes(firstTaken));
    assert.equal(switches, 1, `replies interleaved: ${repliedTo.join(', ')}`);
    assert.deepEqual(activities.filter((activity) => activity.type === 'message' && activity.from.role === 'user').length, 2);
  });
});

describe('Two instances with STORAGE=redis and a tight token limit', function () {
  this.timeout(60_000);
  let redis: TestRedis;
  let instances: RunningAssistant[] = [];

  before(async () => {
    redis = await startTestRedis();
    const env = { PORT: '0', BOT_TODAY: '2026-11-25', LOG_LEVEL: 'silent', STORAGE: 'redis', REDIS_URL: redis.url, RATE_LIMIT_TOKENS_PER_ADDRESS: '3' };
    instances = [await start(env), await start(env)];
  });

  after(async () => {
    await Promise.all(instances.map((running) => running.stop()));
    await redis?.stop();
  });

  it('shares one limit between them: the fourth token request from one address is refused, whichever instance it reaches', async () => {
    const ask = (running: RunningAssistant) => fetch(`${baseUrl(running)}/api/webchat/token`, { method: 'POST' }).then((response) => response.status);
    const [first, second] = instances as [RunningAssistant, RunningAssistant];
    assert.deepEqual([await ask(first), await ask(second), await ask(first), await ask(second)], [200, 200, 200, 429]);
  });
});

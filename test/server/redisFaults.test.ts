// STORAGE=redis under faults, with real child processes and a real redis-server that syncs every write to disk:
// an instance killed with kill -9 mid-dialog, and Redis itself killed and started again mid-conversation.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createClient } from 'redis';
import { t } from '../../src/i18n/translate';
import { turnLockKey } from '../../src/bot/turnPipeline';
import { startTestRedis, type TestRedis } from '../storage/redis/redisServer';
import { startChildInstance, type ChildInstance } from './support/childInstance';
import { DirectLineCustomer } from './support/directLineCustomer';

const READY_CHANGE_TIMEOUT_MS = 10_000;

describe('STORAGE=redis under faults', function () {
  this.timeout(120_000);
  let redis: TestRedis;
  let first: ChildInstance;
  let second: ChildInstance;

  before(async () => {
    redis = await startTestRedis({ durable: true });
    const env = {
      BOT_TODAY: '2026-11-25',
      STORAGE: 'redis',
      REDIS_URL: redis.url,
      TOKEN_SIGNING_KEY: 'a-signing-key-both-instances-share-0123456789',
    };
    [first, second] = await Promise.all([startChildInstance(env), startChildInstance(env)]);
  });

  after(async () => {
    await Promise.all([first?.kill(), second?.stop()]);
    await redis?.stop();
  });

  async function turnOver(conversationId: string): Promise<void> {
    const raw = createClient({ url: redis.url });
    await raw.connect();
    while ((await raw.hExists(`np:lock:{${turnLockKey(conversationId)}}`, 'holder')) === 1) await new Promise((resolve) => setTimeout(resolve, 20));
    await raw.close();
  }

  async function readiness(baseUrl: string, expected: number): Promise<void> {
    const deadline = Date.now() + READY_CHANGE_TIMEOUT_MS;
    let status = 0;
    while (Date.now() < deadline) {
      status = (await fetch(`${baseUrl}/readyz`)).status;
      if (status === expected) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.fail(`/readyz stayed ${status}, expected ${expected}`);
  }

  it('continues at the same step on the other instance after one is killed with kill -9 mid-dialog', async () => {
    const customer = await DirectLineCustomer.start(first.baseUrl);
    await customer.say(first.baseUrl, 'My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video', /Would you like me to open a repair case/);
    await customer.say(first.baseUrl, 'Open a case', /your name, a phone number/);
    // The reply goes out before the turn saves its state; killed once the turn is over, the step it reached is stored.
    await turnOver(customer.conversationId);
    await first.kill();
    await customer.say(second.baseUrl, 'Li Wei, 138 1234 5678, Hangzhou', /Your repair case is open: RMA-20261125-\d{4}/);
  });

  it('serves a conversation within 15 s of the instance holding its turn lock being killed with kill -9', async () => {
    const customer = await DirectLineCustomer.start(second.baseUrl);
    const holder = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'support/holdTurnLock.ts'), redis.url, customer.conversationId], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => holder.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('held') && resolve()));
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    holder.kill('SIGKILL');
    await exited;
    const killed = Date.now();
    await customer.say(second.baseUrl, 'My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video', /Would you like me to open a repair case/);
    assert.ok(Date.now() - killed < 15_000, `answered ${Date.now() - killed} ms after the kill`);
  });

  describe('when Redis goes away mid-conversation', () => {
    let customer: DirectLineCustomer;
    const apology = [t('en', 'error.storageUnavailable'), t('zh', 'error.storageUnavailable')];

    before(async () => {
      customer = await DirectLineCustomer.start(second.baseUrl);
      await customer.say(second.baseUrl, 'My NP-IPC2043 SN NPC21A00012345 was dropped and has no picture', /Would you like me to open a repair case/);
      await redis.kill();
    });

    it('reports itself not ready', async () => {
      await readiness(second.baseUrl, 503);
    });

    it('answers a Direct Line message with an apology in both languages rather than silence', async () => {
      const refused = await customer.post(second.baseUrl, 'Open a case');
      assert.equal(refused.status, 503);
      const { error } = refused.body as { error: { code: string; message: string } };
      assert.equal(error.code, 'ServiceError');
      for (const words of apology) assert.ok(error.message.includes(words), `the apology says "${words}"`);
    });

    it('answers a Bot Framework message with the apology as its reply', async () => {
      const response = await fetch(`${second.baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id: 'msg-while-redis-is-away',
          text: 'hello',
          locale: 'en-US',
          channelId: 'emulator',
          deliveryMode: 'expectReplies',
          serviceUrl: 'http://127.0.0.1:9/',
          from: { id: 'customer-1', role: 'user' },
          recipient: { id: 'assistant', role: 'bot' },
          conversation: { id: 'emulator-while-redis-is-away' },
        }),
      });
      assert.equal(response.status, 200);
      const { activities } = (await response.json()) as { activities: Array<{ text?: string }> };
      assert.deepEqual(activities.map((activity) => activity.text), [apology.join('\n')]);
    });

    it('reconnects by itself once Redis is back and continues the conversation at the step it was at, the refused message unrecorded', async () => {
      await redis.restart();
      await readiness(second.baseUrl, 200);
      await customer.say(second.baseUrl, 'Open a case', /your name, a phone number/);
      const { activities } = (await (
        await fetch(`${second.baseUrl}/v3/directline/conversations/${customer.conversationId}/activities`, { headers: { Authorization: `Bearer ${customer.token}` } })
      ).json()) as { activities: Array<{ type: string; text?: string; from: { role?: string } }> };
      const customerMessages = activities.filter((activity) => activity.type === 'message' && activity.from.role === 'user').map((activity) => activity.text);
      assert.deepEqual(customerMessages, ['My NP-IPC2043 SN NPC21A00012345 was dropped and has no picture', 'Open a case']);
    });
  });
});

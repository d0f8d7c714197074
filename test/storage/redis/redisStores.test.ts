// Runs the storage contract against the Redis stores on a real redis-server, plus what only sharing one Redis
// between instances can show: eTags, case numbers, takeovers, locks and the bus across instances, and idle expiry.
import assert from 'node:assert/strict';
import { createClient } from 'redis';
import { createRedisStores, idleKeyTtlMs, type RedisStoresOptions } from '../../../src/storage/redis';
import type { Stores } from '../../../src/storage/types';
import { conversationStateKey } from '../../../src/bot/conversationStateKeys';
import { describeStoresContract } from '../storesContract';
import { MessageCollector } from '../contract/messageCollector';
import { deferred } from '../contract/deferred';
import { pause } from '../contract/pause';
import { sampleNewCase } from '../contract/sampleCase';
import { uniqueName } from '../contract/uniqueName';
import { cuttableLink } from './cuttableLink';
import { startTestRedis, type TestRedis } from './redisServer';

describe('Redis stores', function () {
  let redis: TestRedis;
  const opened: Stores[] = [];

  before(async () => {
    redis = await startTestRedis();
  });

  after(async () => {
    await redis.stop();
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((stores) => stores.close()));
  });

  // The contract deliberately subscribes a throwing handler; keep its expected error out of the test output.
  const options = (overrides: Partial<RedisStoresOptions> = {}): RedisStoresOptions => ({
    url: redis.url,
    conversationTtlMs: idleKeyTtlMs(60_000),
    staffEventLogSize: 1000,
    reportBusHandlerError: () => undefined,
    reportConnectionError: () => undefined,
    ...overrides,
  });

  /** Another instance of the assistant on the same Redis. */
  const instance = async (overrides: Partial<RedisStoresOptions> = {}): Promise<Stores> => {
    const stores = await createRedisStores(options(overrides));
    opened.push(stores);
    return stores;
  };

  describeStoresContract('on one redis-server', () => createRedisStores(options()));

  it('refuses a state write carrying an eTag another instance has moved past', async () => {
    const [first, second] = [await instance(), await instance()];
    const key = conversationStateKey('directline', uniqueName('conv'));
    await first.state.write({ [key]: { dialogStack: [], step: 1 } });
    const readByFirst = (await first.state.read([key]))[key];
    const readBySecond = (await second.state.read([key]))[key];
    assert.ok(readByFirst && readBySecond);
    await second.state.write({ [key]: { ...readBySecond, step: 2 } });
    await assert.rejects(first.state.write({ [key]: { ...readByFirst, step: 99 } }), /eTag conflict/);
    assert.equal((await first.state.read([key]))[key]?.step, 2);
  });

  it('issues case numbers unique across two instances opening cases at once', async () => {
    const [first, second] = [await instance(), await instance()];
    const day = '2031-05-06';
    const at = new Date('2031-05-06T09:00:00Z');
    const open = (stores: Stores) => stores.cases.create(sampleNewCase(uniqueName('conv')), { day, at });
    const created = await Promise.all(Array.from({ length: 40 }, (_, i) => open(i % 2 === 0 ? first : second)));
    const sequences = created.map((c) => Number(c.id.slice('RMA-20310506-'.length))).sort((a, b) => a - b);
    assert.deepEqual(sequences, Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('lets exactly one of two takeovers on two instances win', async () => {
    const [first, second] = [await instance(), await instance()];
    const id = uniqueName('conv');
    const now = new Date('2026-11-24T10:05:00Z');
    await first.conversations.put({ id, channel: 'directline', customer: 'Li Na', language: 'zh', status: 'waiting', owner: { kind: 'assistant' }, updatedAt: now.toISOString() });
    const takeOver = (stores: Stores, staffId: string) => stores.conversations.transition(id, { status: 'waiting' }, { status: 'active', owner: { kind: 'staff', staffId } }, now);
    const results = await Promise.all([takeOver(first, 'alice'), takeOver(second, 'bob')]);
    const winners = results.filter((result) => result !== undefined);
    assert.equal(winners.length, 1);
    assert.deepEqual((await second.conversations.get(id))?.owner, winners[0]?.owner);
  });

  it('runs a job on one instance only after the other instance has finished its job on the same key', async () => {
    const [first, second] = [await instance(), await instance()];
    const key = uniqueName('turn');
    const events: string[] = [];
    const firstStarted = deferred();
    const firstMayFinish = deferred();
    const firstJob = first.locks.runExclusive(key, async () => {
      events.push('first started');
      firstStarted.resolve();
      await firstMayFinish.promise;
      events.push('first finished');
    });
    await firstStarted.promise;
    const secondJob = second.locks.runExclusive(key, async () => void events.push('second started'));
    await pause(100);
    assert.deepEqual(events, ['first started']);
    firstMayFinish.resolve();
    await Promise.all([firstJob, secondJob]);
    assert.deepEqual(events, ['first started', 'first finished', 'second started']);
  });

  it('frees the lock of an instance that lost its connection mid-job once its lease runs out', async () => {
    const crashing = await createRedisStores(options({ lockLeaseMs: 300 }));
    const survivor = await instance({ lockLeaseMs: 300 });
    const key = uniqueName('turn');
    const held = deferred();
    void crashing.locks.runExclusive(key, async () => {
      held.resolve();
      await new Promise(() => undefined);
    });
    await held.promise;
    // Closing the connection stops the lease from being renewed, as a kill -9 would.
    await crashing.close();
    const started = Date.now();
    assert.equal(await survivor.locks.runExclusive(key, async () => 'taken over'), 'taken over');
    assert.ok(Date.now() - started < 2000, 'the lease lapsed');
  });

  it('serves the jobs of one key from two instances in the order they reached Redis', async () => {
    const [first, second] = [await instance(), await instance()];
    const raw = createClient({ url: redis.url });
    await raw.connect();
    const key = uniqueName('turn');
    const ticketsDrawn = async () => Number(await raw.hGet(`np:lock:{${key}}`, 'next'));
    const order: number[] = [];
    const holding = deferred();
    const mayFinish = deferred();
    const jobs = [first.locks.runExclusive(key, async () => {
      holding.resolve();
      await mayFinish.promise;
    })];
    await holding.promise;
    for (let i = 1; i <= 6; i += 1) {
      jobs.push((i % 2 === 0 ? first : second).locks.runExclusive(key, async () => void order.push(i)));
      while ((await ticketsDrawn()) < i + 1) await pause(5);
    }
    mayFinish.resolve();
    await Promise.all(jobs);
    await raw.close();
    assert.deepEqual(order, [1, 2, 3, 4, 5, 6]);
  });

  it('skips the turn of an instance that died while waiting for it once its lease runs out', async () => {
    const holder = await instance({ lockLeaseMs: 300 });
    const dying = await createRedisStores(options({ lockLeaseMs: 300 }));
    const survivor = await instance({ lockLeaseMs: 300 });
    const key = uniqueName('turn');
    const holding = deferred();
    const mayFinish = deferred();
    const held = holder.locks.runExclusive(key, async () => {
      holding.resolve();
      await mayFinish.promise;
    });
    await holding.promise;
    void dying.locks.runExclusive(key, async () => 'never runs').catch(() => undefined);
    await pause(50);
    await dying.close();
    const survived = survivor.locks.runExclusive(key, async () => 'served');
    mayFinish.resolve();
    await held;
    const started = Date.now();
    assert.equal(await survived, 'served');
    assert.ok(Date.now() - started < 2000, 'the dead ticket was skipped');
  });

  it('counts the hits of one key on two instances in one window, and starts afresh when the window ends', async () => {
    const [first, second] = [await instance(), await instance()];
    const key = uniqueName('directline:messages:address:127.0.0.1');
    const hit = (stores: Stores) => stores.hitCounters?.increment(key, 300).then((counted) => counted.hits);
    assert.deepEqual([await hit(first), await hit(second), await hit(first)], [1, 2, 3]);
    await second.hitCounters?.decrement(key);
    assert.equal(await hit(second), 3);
    await pause(400);
    assert.equal(await hit(first), 1);
  });

  it('delivers a message published on one instance to a subscriber on another', async () => {
    const [publisher, subscriber] = [await instance(), await instance()];
    const topic = uniqueName('replies');
    const { collector } = await MessageCollector.subscribe(subscriber.bus, topic);
    await publisher.bus.publish(topic, { text: '您好' });
    assert.deepEqual(await collector.waitForCount(1), [{ text: '您好' }]);
  });

  it('delivers a message published while a subscriber\'s connection was down once it reconnects', async () => {
    const link = await cuttableLink(redis.url);
    try {
      const [publisher, cutOff] = [await instance(), await instance({ url: link.url })];
      const topic = uniqueName('replies');
      const { collector } = await MessageCollector.subscribe(cutOff.bus, topic);
      await publisher.bus.publish(topic, { text: 'before' });
      await collector.waitForCount(1);
      await link.cut();
      await publisher.bus.publish(topic, { text: 'while you were away' });
      await pause(300);
      assert.deepEqual(collector.messages, [{ text: 'before' }], 'nothing arrives over a cut link');
      await link.restore();
      await publisher.bus.publish(topic, { text: 'after' });
      assert.deepEqual(await collector.waitForCount(3), [{ text: 'before' }, { text: 'while you were away' }, { text: 'after' }]);
    } finally {
      await link.close();
    }
  });

  it('expires the state, record and transcript of a conversation idle for the TTL, and keeps a touched one', async () => {
    const stores = await instance({ conversationTtlMs: 400 });
    const seed = async (id: string) => {
      await stores.state.write({ [conversationStateKey('directline', id)]: { dialogStack: [] } });
      await stores.conversations.put({ id, channel: 'directline', customer: 'Li Na', language: 'zh', status: 'bot', owner: { kind: 'assistant' }, updatedAt: '2026-11-24T10:00:00.000Z' });
      await stores.transcripts.append(id, { type: 'message', text: 'hello' });
    };
    const [idle, busy] = [uniqueName('idle'), uniqueName('busy')];
    await seed(idle);
    await seed(busy);
    await pause(250);
    await stores.lastActivity.touch({ conversationId: busy, channel: 'directline' }, new Date());
    await pause(250);
    const left = async (id: string) => ({
      state: Object.keys(await stores.state.read([conversationStateKey('directline', id)])).length,
      record: (await stores.conversations.get(id)) !== undefined,
      transcript: (await stores.transcripts.list(id)).length,
    });
    assert.deepEqual(await left(idle), { state: 0, record: false, transcript: 0 });
    assert.deepEqual(await left(busy), { state: 1, record: true, transcript: 1 });
  });

  it('keeps no expiry on state that is not a conversation\'s', async () => {
    const stores = await instance({ conversationTtlMs: 100 });
    const key = uniqueName('user/profile');
    await stores.state.write({ [key]: { name: 'Li Na' } });
    await pause(250);
    assert.equal((await stores.state.read([key]))[key]?.name, 'Li Na');
  });

  it('refuses a value it cannot read, naming its key, rather than handing it on', async () => {
    const stores = await instance();
    const created = await stores.cases.create(sampleNewCase(uniqueName('conv')), { day: '2026-11-24', at: new Date('2026-11-24T10:00:00Z') });
    const raw = createClient({ url: redis.url });
    await raw.connect();
    const key = `np:case:${created.id}`;
    const good = await raw.set(key, JSON.stringify({ ...created, status: 'lost in the post' }), { GET: true });
    await assert.rejects(stores.cases.get(created.id), new RegExp(`${key}.*status`));
    // Put back, so the other tests listing every case on this server are not disturbed.
    await raw.set(key, good ?? '');
    await raw.close();
  });

  it('reports Redis unreachable once it has gone', async () => {
    const own = await startTestRedis();
    const stores = await createRedisStores(options({ url: own.url }));
    assert.equal(await stores.ping(), true);
    await own.stop();
    await pause(100);
    assert.equal(await stores.ping(), false);
    await stores.close().catch(() => undefined);
  });
});

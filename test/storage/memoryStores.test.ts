// Runs the storage contract against the in-memory stores, plus what only the memory implementation promises.
import assert from 'node:assert/strict';
import { CASE_ID_PATTERN } from '../../src/domain/repairCase';
import { createMemoryStores } from '../../src/storage/memory';
import { MessageCollector } from './contract/messageCollector';
import { sampleNewCase } from './contract/sampleCase';
import { pause } from './contract/pause';
import { describeStoresContract } from './storesContract';

// The contract deliberately subscribes a throwing handler; keep its expected error out of the test output.
const ignoreExpectedHandlerError = () => undefined;

describeStoresContract('memory stores', async () => createMemoryStores({ reportBusHandlerError: ignoreExpectedHandlerError }));

describe('createMemoryStores', () => {
  const now = new Date('2026-11-24T10:00:00Z');

  it('keeps the last STAFF_EVENT_LOG_SIZE staff events, and says so when a console asks for older ones', async () => {
    const { staffEvents } = createMemoryStores({ staffEventLogSize: 3 });
    for (const name of ['a', 'b', 'c', 'd', 'e']) await staffEvents.append(name, {}, now);
    assert.deepEqual((await staffEvents.since(2))?.map((event) => event.name), ['c', 'd', 'e']);
    assert.equal(await staffEvents.since(1), undefined);
    assert.equal(await staffEvents.since(0), undefined);
  });

  it('numbers the cases of each business day from 0001', async () => {
    const { cases } = createMemoryStores();
    const ids = [];
    for (const day of ['2026-11-24', '2026-11-24', '2026-11-25']) {
      ids.push((await cases.create(sampleNewCase('conv'), { day, at: new Date(`${day}T12:00:00Z`) })).id);
    }
    assert.deepEqual(ids, ['RMA-20261124-0001', 'RMA-20261124-0002', 'RMA-20261125-0001']);
  });

  it('lets the sequence grow past four digits', async () => {
    const { cases } = createMemoryStores();
    const created = await Promise.all(Array.from({ length: 10_000 }, () => cases.create(sampleNewCase('conv'), { day: '2026-11-24', at: now })));
    const last = created.at(-1)?.id;
    assert.equal(last, 'RMA-20261124-10000');
    assert.match(last, CASE_ID_PATTERN);
  });

  it('stamps case updates with the clock it was given', async () => {
    const updateTime = new Date('2026-12-01T08:30:00Z');
    const { cases } = createMemoryStores({ clock: () => updateTime });
    const created = await cases.create(sampleNewCase('conv'), { day: '2026-11-24', at: now });
    const updated = await cases.update(created.id, (current) => ({ ...current, status: 'received' }));
    assert.equal(updated.updatedAt, updateTime.toISOString());
  });

  it('reports an error thrown by a bus subscriber, naming the topic', async () => {
    const reported: Array<{ error: unknown; topic: string }> = [];
    const { bus } = createMemoryStores({ reportBusHandlerError: (error, topic) => reported.push({ error, topic }) });
    await bus.subscribe('replies', () => {
      throw new Error('socket gone');
    });
    const { collector } = await MessageCollector.subscribe(bus, 'replies');
    await bus.publish('replies', { text: 'hi' });
    await collector.waitForCount(1);
    assert.equal(reported.length, 1);
    assert.equal(reported[0]?.topic, 'replies');
    assert.match(String(reported[0]?.error), /socket gone/);
  });

  it('keeps no trace of a deleted state key (botbuilder\'s MemoryStorage keeps every key ever written)', async () => {
    const { state } = createMemoryStores();
    await state.write({ 'directline/conversations/gone/': { dialogStack: [] }, 'directline/conversations/kept/': { dialogStack: [] } });
    await state.delete(['directline/conversations/gone/']);
    assert.deepEqual(Object.keys((state as unknown as { memory: object }).memory), ['directline/conversations/kept/']);
  });

  it('delivers nothing to subscribers once closed', async () => {
    const stores = createMemoryStores();
    const { collector } = await MessageCollector.subscribe(stores.bus, 'replies');
    await stores.close();
    await stores.bus.publish('replies', { text: 'too late' });
    await pause(20);
    assert.deepEqual(collector.messages, []);
  });
});

// Closed cases lose the customer's personal data once CASE_RETENTION_DAYS have passed, in memory and on Redis alike.
import assert from 'node:assert/strict';
import { createClient } from 'redis';
import { CaseRetention } from '../../src/staff/caseRetention';
import type { RepairCase } from '../../src/domain/repairCase';
import { createMemoryStores } from '../../src/storage/memory';
import { createRedisStores, idleKeyTtlMs } from '../../src/storage/redis';
import type { Stores } from '../../src/storage/types';
import { sampleNewCase } from '../storage/contract/sampleCase';
import { uniqueName } from '../storage/contract/uniqueName';
import { startTestRedis, type TestRedis } from '../storage/redis/redisServer';

const DAY_MS = 24 * 60 * 60_000;
const RETENTION_DAYS = 30;
const CLOSED_AT = new Date('2026-11-25T10:00:00Z');

function describeRetention(name: string, open: () => Promise<Stores>): void {
  describe(name, () => {
    let stores: Stores;
    let now: Date;
    let retention: CaseRetention;

    beforeEach(async () => {
      stores = await open();
      now = CLOSED_AT;
      retention = new CaseRetention({
        cases: stores.cases,
        uploads: stores.uploads,
        now: () => now,
        retentionMs: RETENTION_DAYS * DAY_MS,
        logger: { error: (details, message) => assert.fail(`${message} ${JSON.stringify(details)}`) },
      });
    });

    afterEach(() => stores.close());

    /** A case with a photo and the customer's words on it, closed by staff at `CLOSED_AT`. */
    async function closedCase(): Promise<RepairCase> {
      const conversationId = uniqueName('conv');
      const opened = await stores.cases.create(sampleNewCase(conversationId), { day: '2026-11-01', at: new Date('2026-11-01T09:00:00Z') });
      const photo = await stores.uploads.save({ conversationId, name: 'broken.png', contentType: 'image/png', size: 3 }, Buffer.from('png'), new Date('2026-11-01T09:05:00Z'));
      return stores.cases.update(opened.id, (current) => ({
        ...current,
        status: 'closed',
        attachments: [{ id: photo.id, name: photo.name, contentType: photo.contentType, url: `https://support.example.com/attachments/${photo.id}` }],
        history: [
          ...current.history,
          { at: '2026-11-01T09:06:00.000Z', event: 'customer_message', note: '王磊 again: it is still black' },
          { at: CLOSED_AT.toISOString(), event: 'status_closed', by: 'wang' },
        ],
      }));
    }

    it('keeps everything of a case closed less than the retention ago', async () => {
      const closed = await closedCase();
      now = new Date(CLOSED_AT.getTime() + RETENTION_DAYS * DAY_MS - 60_000);
      assert.equal(await retention.sweep(), 0);
      assert.deepEqual(await stores.cases.get(closed.id), closed);
      assert.ok(await stores.uploads.get(closed.attachments[0]?.id ?? ''));
    });

    it('removes the contact, the customer\'s words and their files once the retention has passed, keeping the case', async () => {
      const closed = await closedCase();
      now = new Date(CLOSED_AT.getTime() + RETENTION_DAYS * DAY_MS + 60_000);
      assert.equal(await retention.sweep(), 1);
      const kept = await stores.cases.get(closed.id);
      assert.deepEqual(kept?.contact, { name: '', phone: '', region: '湖北' });
      assert.deepEqual(kept?.customerWords, []);
      assert.deepEqual(kept?.exclusions, [{ clause: 'abnormal_cause', evidence: [] }]);
      assert.deepEqual(kept?.attachments, []);
      assert.equal(kept?.personalDataRemovedAt, now.toISOString());
      assert.deepEqual(kept?.history.map((entry) => [entry.event, entry.note]), [
        ['created', undefined],
        ['customer_message', undefined],
        ['status_closed', undefined],
        ['personal_data_removed', undefined],
      ]);
      assert.deepEqual([kept?.serial, kept?.symptom, kept?.assessment, kept?.status], [closed.serial, closed.symptom, closed.assessment, 'closed']);
      assert.equal(await stores.uploads.get(closed.attachments[0]?.id ?? ''), undefined);
      assert.equal(await retention.sweep(), 0, 'a case is cleared once');
    });

    it('leaves a case that is still open, however old', async () => {
      const opened = await stores.cases.create(sampleNewCase(uniqueName('conv')), { day: '2025-01-02', at: new Date('2025-01-02T09:00:00Z') });
      now = new Date(CLOSED_AT.getTime() + 10 * RETENTION_DAYS * DAY_MS);
      await retention.sweep();
      assert.deepEqual((await stores.cases.get(opened.id))?.contact, opened.contact);
    });
  });
}

describe('CaseRetention', function () {
  let redis: TestRedis;

  before(async () => {
    redis = await startTestRedis();
  });

  after(() => redis.stop());

  describeRetention('in memory', async () => createMemoryStores());
  // Each test starts from an empty Redis, as it does from empty memory stores: the sweep counts every case there is.
  describeRetention('on Redis', async () => {
    const raw = createClient({ url: redis.url });
    await raw.connect();
    await raw.flushAll();
    await raw.close();
    return createRedisStores({ url: redis.url, conversationTtlMs: idleKeyTtlMs(60_000), staffEventLogSize: 100, reportBusHandlerError: () => undefined, reportConnectionError: () => undefined });
  });
});

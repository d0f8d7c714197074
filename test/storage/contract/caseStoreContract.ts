// What every CaseStore must do: RMA ids, isolation from callers, atomic updates, filtered newest-first listing.
import assert from 'node:assert/strict';
import { CASE_ID_PATTERN, type RepairCase } from '../../../src/domain/repairCase';
import { NotFoundError, type CaseOpening, type Stores } from '../../../src/storage/types';
import { sampleNewCase } from './sampleCase';
import { uniqueName } from './uniqueName';

export function describeCaseStoreContract(stores: () => Stores): void {
  describe('cases', () => {
    const now = new Date('2026-11-24T10:00:00Z');
    const opened = (at: Date): CaseOpening => ({ day: at.toISOString().slice(0, 10), at });
    const openedNow = opened(now);

    it('names a case after the business day it is given, not the real time, and a sequence of at least four digits', async () => {
      const created = await stores().cases.create(sampleNewCase(uniqueName('conv')), { day: '2026-11-25', at: now });
      assert.match(created.id, /^RMA-20261125-\d{4,}$/);
      assert.match(created.id, CASE_ID_PATTERN);
      assert.equal(created.createdAt, now.toISOString());
    });

    it('opens a case with status open, a created history entry and both timestamps at the opening time', async () => {
      const created = await stores().cases.create(sampleNewCase(uniqueName('conv')), openedNow);
      assert.equal(created.status, 'open');
      assert.deepEqual(created.history, [{ at: now.toISOString(), event: 'created' }]);
      assert.equal(created.createdAt, now.toISOString());
      assert.equal(created.updatedAt, now.toISOString());
    });

    it('keeps every detail it was given, with no attachments when none were given', async () => {
      const input = sampleNewCase(uniqueName('conv'));
      const created = await stores().cases.create(input, openedNow);
      const { id: _id, status: _status, history: _history, createdAt: _created, updatedAt: _updated, ...kept } = created;
      assert.deepEqual(kept, { ...input, attachments: [] });
    });

    it('gives 50 cases opened at the same moment 50 different ids', async () => {
      const conversationId = uniqueName('conv');
      const created = await Promise.all(
        Array.from({ length: 50 }, () => stores().cases.create(sampleNewCase(conversationId), openedNow)),
      );
      assert.equal(new Set(created.map((c) => c.id)).size, 50);
      for (const repairCase of created) assert.match(repairCase.id, CASE_ID_PATTERN);
    });

    it('returns a case by its id, and nothing for an id it never issued', async () => {
      const created = await stores().cases.create(sampleNewCase(uniqueName('conv')), openedNow);
      assert.deepEqual(await stores().cases.get(created.id), created);
      assert.equal(await stores().cases.get('RMA-19990101-0001-unknown'), undefined);
    });

    it('is not changed when a caller mutates the case it passed in or got back', async () => {
      const input = sampleNewCase(uniqueName('conv'));
      const created = await stores().cases.create(input, openedNow);
      const pristine = structuredClone(created);
      input.contact.name = 'changed input';
      created.contact.name = 'changed result';
      created.history.push({ at: now.toISOString(), event: 'forged' });
      const read = await stores().cases.get(created.id);
      assert.ok(read);
      read.status = 'closed';
      assert.deepEqual(await stores().cases.get(created.id), pristine);
    });

    it('applies an update, stamps updatedAt and returns the updated case', async () => {
      const openedLongAgo = new Date('2020-01-01T00:00:00Z');
      const created = await stores().cases.create(sampleNewCase(uniqueName('conv')), opened(openedLongAgo));
      const updated = await stores().cases.update(created.id, (current) => ({
        ...current,
        status: 'received',
        history: [...current.history, { at: new Date().toISOString(), event: 'received' }],
      }));
      assert.equal(updated.status, 'received');
      assert.deepEqual(updated.history.map((entry) => entry.event), ['created', 'received']);
      assert.ok(Date.parse(updated.updatedAt) > Date.parse(created.createdAt), 'updatedAt moved on');
      assert.equal(new Date(updated.updatedAt).toISOString(), updated.updatedAt);
      assert.deepEqual(await stores().cases.get(created.id), updated);
    });

    it('keeps the id of a case even when a change tries to replace it', async () => {
      const created = await stores().cases.create(sampleNewCase(uniqueName('conv')), openedNow);
      const updated = await stores().cases.update(created.id, (current) => ({ ...current, id: 'RMA-20000101-9999' }));
      assert.equal(updated.id, created.id);
      assert.equal(await stores().cases.get('RMA-20000101-9999'), undefined);
    });

    it('applies every one of 50 concurrent updates of the same case', async () => {
      const created = await stores().cases.create(sampleNewCase(uniqueName('conv')), openedNow);
      const countSoFar = (c: RepairCase) => c.history.filter((entry) => entry.event === 'counted').length;
      await Promise.all(
        Array.from({ length: 50 }, () =>
          stores().cases.update(created.id, (current) => ({
            ...current,
            history: [...current.history, { at: now.toISOString(), event: 'counted', note: String(countSoFar(current) + 1) }],
          })),
        ),
      );
      const final = await stores().cases.get(created.id);
      assert.ok(final);
      const counts = final.history.filter((entry) => entry.event === 'counted').map((entry) => entry.note);
      assert.deepEqual(counts, Array.from({ length: 50 }, (_, i) => String(i + 1)));
    });

    it('leaves a case as it was and passes the error on when the change throws', async () => {
      const created = await stores().cases.create(sampleNewCase(uniqueName('conv')), openedNow);
      await assert.rejects(
        stores().cases.update(created.id, (current) => {
          current.status = 'closed';
          throw new Error('the change gave up');
        }),
        /the change gave up/,
      );
      assert.deepEqual(await stores().cases.get(created.id), created);
    });

    it('throws NotFoundError when asked to update a case that does not exist', async () => {
      await assert.rejects(
        stores().cases.update(uniqueName('RMA-missing'), (current) => current),
        (error: unknown) => error instanceof NotFoundError,
      );
    });

    it('lists the cases of a conversation newest first', async () => {
      const conversationId = uniqueName('conv');
      const openedOn = (day: string) => stores().cases.create(sampleNewCase(conversationId), opened(new Date(`${day}T08:00:00Z`)));
      const january = await openedOn('2026-01-15');
      const march = await openedOn('2026-03-15');
      const february = await openedOn('2026-02-15');
      await stores().cases.create(sampleNewCase(uniqueName('other-conv')), openedNow);
      const listed = await stores().cases.list({ conversationId });
      assert.deepEqual(listed.map((c) => c.id), [march.id, february.id, january.id]);
    });

    it('lists cases opened at the same moment in reverse order of opening', async () => {
      const conversationId = uniqueName('conv');
      const first = await stores().cases.create(sampleNewCase(conversationId), openedNow);
      const second = await stores().cases.create(sampleNewCase(conversationId), openedNow);
      const listed = await stores().cases.list({ conversationId });
      assert.deepEqual(listed.map((c) => c.id), [second.id, first.id]);
    });

    it('lists only cases in the requested status', async () => {
      const conversationId = uniqueName('conv');
      const stillOpen = await stores().cases.create(sampleNewCase(conversationId), openedNow);
      const received = await stores().cases.create(sampleNewCase(conversationId), openedNow);
      await stores().cases.update(received.id, (current) => ({ ...current, status: 'received' }));
      const listed = await stores().cases.list({ status: 'received' });
      assert.ok(listed.every((c) => c.status === 'received'));
      assert.ok(listed.some((c) => c.id === received.id));
      assert.ok(!listed.some((c) => c.id === stillOpen.id));
    });

    it('applies the status and conversation filters together', async () => {
      const conversationId = uniqueName('conv');
      const elsewhere = await stores().cases.create(sampleNewCase(uniqueName('other-conv')), openedNow);
      await stores().cases.create(sampleNewCase(conversationId), openedNow);
      const received = await stores().cases.create(sampleNewCase(conversationId), openedNow);
      for (const id of [elsewhere.id, received.id]) {
        await stores().cases.update(id, (current) => ({ ...current, status: 'received' }));
      }
      const listed = await stores().cases.list({ status: 'received', conversationId });
      assert.deepEqual(listed.map((c) => c.id), [received.id]);
    });

    it('lists every case when given no filter', async () => {
      const first = await stores().cases.create(sampleNewCase(uniqueName('conv')), openedNow);
      const second = await stores().cases.create(sampleNewCase(uniqueName('conv')), openedNow);
      const listedIds = (await stores().cases.list()).map((c) => c.id);
      assert.ok(listedIds.includes(first.id) && listedIds.includes(second.id));
    });
  });
}

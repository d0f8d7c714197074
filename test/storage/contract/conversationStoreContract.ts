// What every ConversationStore must do: keep records, and hand conversations over by compare-and-set.
import assert from 'node:assert/strict';
import { NotFoundError, type ConversationRecord, type Stores } from '../../../src/storage/types';
import { uniqueName } from './uniqueName';

function waitingConversation(id: string): ConversationRecord {
  return {
    id,
    channel: 'directline',
    customer: 'Li Na',
    language: 'zh',
    status: 'waiting',
    owner: { kind: 'assistant' },
    summary: 'NVR keeps rebooting; customer asked for an engineer',
    reason: 'human_agent',
    waitingSince: '2026-11-24T10:00:00.000Z',
    updatedAt: '2026-11-24T10:00:00.000Z',
    reference: { conversation: { id }, serviceUrl: 'http://localhost:3978/v3/directline', user: { id: 'dl_user' } },
  };
}

function heldBy(staffId: string, record: ConversationRecord): ConversationRecord {
  return { ...record, status: 'active', owner: { kind: 'staff', staffId } };
}

export function describeConversationStoreContract(stores: () => Stores): void {
  describe('conversations', () => {
    const now = new Date('2026-11-24T10:05:00Z');

    it('deletes a record, and deleting an unknown one is no error', async () => {
      const id = uniqueName('conv');
      await stores().conversations.put(waitingConversation(id));
      await stores().conversations.delete(id);
      await stores().conversations.delete(uniqueName('never-put'));
      assert.equal(await stores().conversations.get(id), undefined);
      assert.ok(!(await stores().conversations.list()).some((record) => record.id === id));
    });

    it('returns a record as it was put, channel reference included, and nothing for an unknown id', async () => {
      const record = waitingConversation(uniqueName('conv'));
      await stores().conversations.put(record);
      assert.deepEqual(await stores().conversations.get(record.id), record);
      assert.equal(await stores().conversations.get(uniqueName('unknown')), undefined);
    });

    it('replaces a record that is put again', async () => {
      const record = waitingConversation(uniqueName('conv'));
      await stores().conversations.put(record);
      const back: ConversationRecord = { id: record.id, channel: 'wechat', customer: 'Li Na', language: 'en', status: 'bot', owner: { kind: 'assistant' }, updatedAt: now.toISOString() };
      await stores().conversations.put(back);
      assert.deepEqual(await stores().conversations.get(record.id), back);
    });

    it('is not changed when a caller mutates a record after putting or reading it', async () => {
      const record = waitingConversation(uniqueName('conv'));
      await stores().conversations.put(record);
      const pristine = structuredClone(record);
      record.status = 'bot';
      const read = await stores().conversations.get(record.id);
      assert.ok(read);
      read.owner = { kind: 'staff', staffId: 'mallory' };
      assert.deepEqual(await stores().conversations.get(record.id), pristine);
    });

    it('hands a waiting conversation to a staff member, clearing fields set to undefined and stamping the time', async () => {
      const record = waitingConversation(uniqueName('conv'));
      await stores().conversations.put(record);
      const taken = await stores().conversations.transition(
        record.id,
        { status: 'waiting', owner: { kind: 'assistant' } },
        { status: 'active', owner: { kind: 'staff', staffId: 'alice' }, waitingSince: undefined },
        now,
      );
      const { waitingSince: _cleared, ...rest } = record;
      const expected = { ...rest, status: 'active', owner: { kind: 'staff', staffId: 'alice' }, updatedAt: now.toISOString() };
      assert.deepEqual(taken, expected);
      assert.deepEqual(await stores().conversations.get(record.id), expected);
    });

    it('checks only the status when no owner is expected', async () => {
      const record = heldBy('alice', waitingConversation(uniqueName('conv')));
      await stores().conversations.put(record);
      const released = await stores().conversations.transition(record.id, { status: 'active' }, { status: 'bot', owner: { kind: 'assistant' } }, now);
      assert.equal(released?.status, 'bot');
    });

    it('compares owners by their content, whatever the order of their keys', async () => {
      const record = heldBy('alice', waitingConversation(uniqueName('conv')));
      await stores().conversations.put(record);
      const sameOwnerOtherKeyOrder = JSON.parse('{"staffId":"alice","kind":"staff"}') as { kind: 'staff'; staffId: string };
      const released = await stores().conversations.transition(
        record.id,
        { status: 'active', owner: sameOwnerOtherKeyOrder },
        { status: 'bot', owner: { kind: 'assistant' } },
        now,
      );
      assert.equal(released?.status, 'bot');
    });

    it('refuses a transition once the status has moved on, and leaves the record alone', async () => {
      const record = waitingConversation(uniqueName('conv'));
      await stores().conversations.put(record);
      const refused = await stores().conversations.transition(record.id, { status: 'bot' }, { status: 'waiting' }, now);
      assert.equal(refused, undefined);
      assert.deepEqual(await stores().conversations.get(record.id), record);
    });

    it('refuses a transition when another staff member holds the conversation', async () => {
      const record = heldBy('alice', waitingConversation(uniqueName('conv')));
      await stores().conversations.put(record);
      const refused = await stores().conversations.transition(
        record.id,
        { status: 'active', owner: { kind: 'staff', staffId: 'bob' } },
        { status: 'bot', owner: { kind: 'assistant' } },
        now,
      );
      assert.equal(refused, undefined);
      assert.deepEqual(await stores().conversations.get(record.id), record);
    });

    it('lets exactly one of two simultaneous takeovers win', async () => {
      const record = waitingConversation(uniqueName('conv'));
      await stores().conversations.put(record);
      const takeOverAs = (staffId: string) =>
        stores().conversations.transition(record.id, { status: 'waiting' }, { status: 'active', owner: { kind: 'staff', staffId } }, now);
      const results = await Promise.all([takeOverAs('alice'), takeOverAs('bob')]);
      const winners = results.filter((result) => result !== undefined);
      assert.equal(winners.length, 1);
      assert.deepEqual((await stores().conversations.get(record.id))?.owner, winners[0]?.owner);
    });

    it('throws NotFoundError when asked to change a conversation it does not know', async () => {
      await assert.rejects(
        stores().conversations.transition(uniqueName('unknown'), { status: 'waiting' }, { status: 'active' }, now),
        (error: unknown) => error instanceof NotFoundError,
      );
    });

    it('annotates a record without touching its status or owner, clearing fields set to undefined and stamping the time', async () => {
      const record = heldBy('alice', waitingConversation(uniqueName('conv')));
      await stores().conversations.put(record);
      const sneaky = { status: 'bot', owner: { kind: 'assistant' } } as object;
      const annotated = await stores().conversations.annotate(record.id, (current) => ({ ...sneaky, notes: [{ at: now.toISOString(), text: `${current.customer} called` }], waitingSince: undefined }), now);
      const { waitingSince: _cleared, ...rest } = record;
      const expected = { ...rest, notes: [{ at: now.toISOString(), text: 'Li Na called' }], updatedAt: now.toISOString() };
      assert.deepEqual(annotated, expected);
      assert.deepEqual(await stores().conversations.get(record.id), expected);
    });

    it('applies simultaneous annotations one after the other, losing none', async () => {
      const record = waitingConversation(uniqueName('conv'));
      await stores().conversations.put(record);
      await Promise.all(
        ['first', 'second', 'third'].map((text) =>
          stores().conversations.annotate(record.id, (current) => ({ notes: [...(current.notes ?? []), { at: now.toISOString(), text }] }), now),
        ),
      );
      assert.deepEqual((await stores().conversations.get(record.id))?.notes?.map((note) => note.text).sort(), ['first', 'second', 'third']);
    });

    it('throws NotFoundError when asked to annotate a conversation it does not know', async () => {
      await assert.rejects(
        stores().conversations.annotate(uniqueName('unknown'), () => ({ summary: 'x' }), now),
        (error: unknown) => error instanceof NotFoundError,
      );
    });

    it('lists only conversations in the requested status, and all of them without a filter', async () => {
      const waiting = waitingConversation(uniqueName('conv'));
      const active = heldBy('alice', waitingConversation(uniqueName('conv')));
      await stores().conversations.put(waiting);
      await stores().conversations.put(active);
      const waitingIds = (await stores().conversations.list({ status: 'waiting' })).map((r) => r.id);
      assert.ok(waitingIds.includes(waiting.id) && !waitingIds.includes(active.id));
      assert.ok((await stores().conversations.list({ status: 'waiting' })).every((r) => r.status === 'waiting'));
      const allIds = (await stores().conversations.list()).map((r) => r.id);
      assert.ok(allIds.includes(waiting.id) && allIds.includes(active.id));
    });
  });
}

// What every implementation of the staff stores must do: accounts, sessions, the console's event log, takeover waits,
// console presence (overall and per staff member), the archive of expired conversations and canned replies.
import assert from 'node:assert/strict';
import type { CannedReply, ConversationSummary, StaffAccount, StaffSession, Stores } from '../../../src/storage/types';
import { uniqueName } from './uniqueName';

function account(username: string): StaffAccount {
  return { username, displayName: 'Wang Fang', role: 'agent', passwordHash: 'scrypt$131072$8$1$c2FsdA$a2V5', createdAt: '2026-11-24T10:00:00.000Z' };
}

export function describeStaffStoresContract(stores: () => Stores): void {
  describe('staff accounts', () => {
    it('adds an account once and refuses a second with the same username', async () => {
      const username = uniqueName('wang');
      assert.equal(await stores().staffAccounts.add(account(username)), true);
      assert.equal(await stores().staffAccounts.add({ ...account(username), displayName: 'Someone Else' }), false);
      assert.equal((await stores().staffAccounts.get(username))?.displayName, 'Wang Fang');
    });

    it('replaces an account that is put again, and lists accounts by username', async () => {
      const [first, second] = [uniqueName('a'), uniqueName('b')];
      await stores().staffAccounts.put(account(second));
      await stores().staffAccounts.put(account(first));
      await stores().staffAccounts.put({ ...account(first), role: 'admin' });
      assert.equal((await stores().staffAccounts.get(first))?.role, 'admin');
      const listed = (await stores().staffAccounts.list()).map((stored) => stored.username).filter((name) => name === first || name === second);
      assert.deepEqual(listed, [first, second]);
      assert.equal(await stores().staffAccounts.get(uniqueName('nobody')), undefined);
    });
  });

  describe('staff sessions', () => {
    it('keeps a session until it is deleted, and deleting an unknown one is no error', async () => {
      const session: StaffSession = { id: uniqueName('session'), username: 'wang', role: 'agent', displayName: 'Wang Fang', csrfToken: 'token', expiresAt: '2026-11-24T22:00:00.000Z' };
      await stores().staffSessions.put(session);
      assert.deepEqual(await stores().staffSessions.get(session.id), session);
      await stores().staffSessions.delete(session.id);
      await stores().staffSessions.delete(uniqueName('never'));
      assert.equal(await stores().staffSessions.get(session.id), undefined);
    });

    it('ends every session of one user at once, and no one else\'s', async () => {
      const [user, other] = [uniqueName('li'), uniqueName('sun')];
      const session = (id: string, username: string): StaffSession => ({ id, username, role: 'agent', displayName: username, csrfToken: 'token', expiresAt: '2026-11-24T22:00:00.000Z' });
      const [first, second, kept] = [session(uniqueName('s'), user), session(uniqueName('s'), user), session(uniqueName('s'), other)];
      for (const each of [first, second, kept]) await stores().staffSessions.put(each);
      assert.equal(await stores().staffSessions.deleteForUser(user), 2);
      assert.equal(await stores().staffSessions.get(first.id), undefined);
      assert.equal(await stores().staffSessions.get(second.id), undefined);
      assert.deepEqual(await stores().staffSessions.get(kept.id), kept);
      assert.equal(await stores().staffSessions.deleteForUser(user), 0);
    });
  });

  describe('staff event log', () => {
    const at = new Date('2026-11-24T10:00:00Z');

    it('numbers events one after another and gives back those after an id, oldest first', async () => {
      const first = await stores().staffEvents.append('conversation.queued', { conversation: { id: 'c1' } }, at);
      const second = await stores().staffEvents.append('conversation.taken', { conversation: { id: 'c1' } }, at);
      assert.equal(second.id, first.id + 1);
      assert.deepEqual(first, { id: first.id, name: 'conversation.queued', data: { conversation: { id: 'c1' } }, at: at.toISOString() });
      assert.deepEqual(await stores().staffEvents.since(first.id - 1), [first, second]);
      assert.deepEqual(await stores().staffEvents.since(second.id), []);
    });

    it('keeps its own copy of the data', async () => {
      const data = { conversation: { id: 'c2' } };
      const event = await stores().staffEvents.append('conversation.queued', data, at);
      data.conversation.id = 'changed';
      assert.deepEqual((await stores().staffEvents.since(event.id - 1))?.[0]?.data, { conversation: { id: 'c2' } });
    });
  });

  describe('takeover waits', () => {
    it('gives back the most recent waits, oldest first', async () => {
      for (const wait of [60_000, 120_000, 30_000]) await stores().takeoverWaits.record(wait);
      assert.deepEqual(await stores().takeoverWaits.recent(2), [120_000, 30_000]);
      assert.deepEqual((await stores().takeoverWaits.recent(3)).slice(-3), [60_000, 120_000, 30_000]);
    });
  });

  describe('console presence', () => {
    it('remembers the latest sighting, even when an older one arrives after it', async () => {
      const later = new Date('2099-01-01T10:00:30Z');
      await stores().consolePresence.seen(later);
      await stores().consolePresence.seen(new Date('2099-01-01T10:00:00Z'));
      assert.deepEqual(await stores().consolePresence.lastSeen(), later);
    });

    it('remembers each staff member\'s latest sighting', async () => {
      const [li, sun] = [uniqueName('li'), uniqueName('sun')];
      const latest = new Date('2099-01-02T10:00:30Z');
      await stores().consolePresence.seen(latest, li);
      await stores().consolePresence.seen(new Date('2099-01-02T10:00:00Z'), li);
      await stores().consolePresence.seen(new Date('2099-01-02T09:00:00Z'), sun);
      const seen = (await stores().consolePresence.lastSeenBy()).filter((sighting) => sighting.username === li || sighting.username === sun);
      assert.deepEqual(seen, [
        { username: li, at: latest },
        { username: sun, at: new Date('2099-01-02T09:00:00Z') },
      ]);
    });
  });

  describe('conversation archive', () => {
    it('gives back the summaries of conversations started since a time, oldest first', async () => {
      const summary = (conversationId: string, startedAt: string): ConversationSummary => ({
        conversationId,
        channel: 'directline',
        language: 'zh',
        startedAt,
        escalations: [{ at: startedAt, reason: 'customer_request' }],
        handovers: [{ staffId: 'wang', queuedAt: startedAt, takenAt: '2099-03-01T10:05:00.000Z', endedAt: '2099-03-01T10:20:00.000Z' }],
      });
      const [late, early, old] = [uniqueName('late'), uniqueName('early'), uniqueName('old')];
      await stores().conversationArchive.add(summary(late, '2099-03-02T09:00:00.000Z'));
      await stores().conversationArchive.add(summary(early, '2099-03-01T10:00:00.000Z'));
      await stores().conversationArchive.add(summary(old, '2099-02-20T10:00:00.000Z'));
      const found = (await stores().conversationArchive.startedSince('2099-03-01T00:00:00.000Z')).filter((each) => [late, early, old].includes(each.conversationId));
      assert.deepEqual(found, [summary(early, '2099-03-01T10:00:00.000Z'), summary(late, '2099-03-02T09:00:00.000Z')]);
    });
  });

  describe('canned replies', () => {
    const reply = (id: string, title: string): CannedReply => ({
      id,
      title,
      text: { en: 'Hello {customer}, your case is {caseId}.', zh: '{customer}您好，您的维修单是 {caseId}。' },
      updatedAt: '2026-11-24T10:00:00.000Z',
      updatedBy: 'admin',
    });

    it('keeps a reply in both languages, replaces it when put again, and lists replies by title', async () => {
      const [greeting, address] = [uniqueName('greeting'), uniqueName('address')];
      await stores().cannedReplies.put(reply(greeting, `zz ${greeting}`));
      await stores().cannedReplies.put(reply(address, `aa ${address}`));
      await stores().cannedReplies.put({ ...reply(greeting, `zz ${greeting}`), text: { en: 'Hi {customer}', zh: '您好 {customer}' } });
      assert.deepEqual((await stores().cannedReplies.get(greeting))?.text, { en: 'Hi {customer}', zh: '您好 {customer}' });
      const listed = (await stores().cannedReplies.list()).map((stored) => stored.id).filter((id) => id === greeting || id === address);
      assert.deepEqual(listed, [address, greeting]);
    });

    it('deletes a reply, saying whether there was one', async () => {
      const id = uniqueName('gone');
      await stores().cannedReplies.put(reply(id, 'Gone'));
      assert.equal(await stores().cannedReplies.delete(id), true);
      assert.equal(await stores().cannedReplies.get(id), undefined);
      assert.equal(await stores().cannedReplies.delete(id), false);
    });

    it('keeps its own copy of a reply', async () => {
      const stored = reply(uniqueName('copy'), 'Copy');
      await stores().cannedReplies.put(stored);
      stored.text.en = 'changed';
      assert.equal((await stores().cannedReplies.get(stored.id))?.text.en, 'Hello {customer}, your case is {caseId}.');
    });
  });
}

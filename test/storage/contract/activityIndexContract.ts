// What every ActivityIndex must do: remember when each conversation was last active and find the idle ones.
import assert from 'node:assert/strict';
import type { Stores } from '../../../src/storage/types';
import { uniqueName } from './uniqueName';

export function describeActivityIndexContract(stores: () => Stores): void {
  describe('last activity', () => {
    // Long ago, so that entries of other tests sharing the store are newer than every cutoff here.
    const at = (minute: number) => new Date(Date.UTC(2001, 0, 1, 0, minute));
    const ownIds = (ids: string[]) => (entries: Array<{ conversationId: string }>) => entries.map((entry) => entry.conversationId).filter((id) => ids.includes(id));

    it('tells when and on which channel a conversation was last active, and nothing for an unknown one', async () => {
      const conversationId = uniqueName('conv');
      await stores().lastActivity.touch({ conversationId, channel: 'directline' }, at(1));
      await stores().lastActivity.touch({ conversationId, channel: 'directline' }, at(5));
      assert.deepEqual(await stores().lastActivity.get(conversationId), { conversationId, channel: 'directline', at: at(5).toISOString() });
      assert.equal(await stores().lastActivity.get(uniqueName('conv')), undefined);
    });

    it('keeps the later time when an older touch arrives late', async () => {
      const conversationId = uniqueName('conv');
      await stores().lastActivity.touch({ conversationId, channel: 'directline' }, at(9));
      await stores().lastActivity.touch({ conversationId, channel: 'directline' }, at(2));
      assert.equal((await stores().lastActivity.get(conversationId))?.at, at(9).toISOString());
    });

    it('lists the conversations idle since a cutoff, longest idle first, at most the number asked for', async () => {
      const [quiet, quieter, busy] = [uniqueName('quiet'), uniqueName('quieter'), uniqueName('busy')];
      const own = ownIds([quiet, quieter, busy]);
      await stores().lastActivity.touch({ conversationId: quiet, channel: 'directline' }, at(20));
      await stores().lastActivity.touch({ conversationId: busy, channel: 'directline' }, at(40));
      await stores().lastActivity.touch({ conversationId: quieter, channel: 'emulator' }, at(10));
      assert.deepEqual(own(await stores().lastActivity.idleSince(at(30), 1000)), [quieter, quiet]);
      const [oldest] = await stores().lastActivity.idleSince(at(30), 1);
      assert.ok(oldest !== undefined && oldest.at <= at(10).toISOString());
    });

    it('forgets a conversation, and forgetting an unknown one is no error', async () => {
      const conversationId = uniqueName('conv');
      await stores().lastActivity.touch({ conversationId, channel: 'directline' }, at(1));
      await stores().lastActivity.forget(conversationId);
      await stores().lastActivity.forget(uniqueName('conv'));
      assert.equal(await stores().lastActivity.get(conversationId), undefined);
      assert.deepEqual(ownIds([conversationId])(await stores().lastActivity.idleSince(at(59), 1000)), []);
    });
  });
}

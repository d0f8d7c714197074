// Bot Framework Storage conformance, as botbuilder's own suite checks it. A stale eTag must be refused the way
// botbuilder's MemoryStorage does it: the write rejects with an Error whose message says "eTag conflict".
import assert from 'node:assert/strict';
import type { StoreItem } from 'botbuilder';
import type { Stores } from '../../../src/storage/types';
import { uniqueName } from './uniqueName';

export function describeBotStateStorageContract(stores: () => Stores): void {
  describe('state (Bot Framework storage)', () => {
    const readOne = async (key: string): Promise<StoreItem | undefined> => (await stores().state.read([key]))[key];

    it('reads nothing for keys that were never written', async () => {
      assert.deepEqual(await stores().state.read([uniqueName('missing'), uniqueName('missing')]), {});
    });

    it('reads back what was written, with an eTag added', async () => {
      const key = uniqueName('directline/conversations/c1');
      await stores().state.write({ [key]: { dialogStack: [{ id: 'faultReport', state: { step: 2 } }], language: 'zh' } });
      const item = await readOne(key);
      assert.ok(item);
      assert.deepEqual(item.dialogStack, [{ id: 'faultReport', state: { step: 2 } }]);
      assert.equal(item.language, 'zh');
      assert.equal(typeof item.eTag, 'string');
    });

    it('writes and reads several keys in one call, including keys full of odd characters', async () => {
      const plain = uniqueName('user');
      const odd = uniqueName(`!@#$%^&*()~/\\><,.?';"\`~ 中文键`);
      await stores().state.write({ [plain]: { n: 1 }, [odd]: { n: 2 } });
      const items = await stores().state.read([plain, odd]);
      assert.equal(items[plain]?.n, 1);
      assert.equal(items[odd]?.n, 2);
    });

    it('accepts a write carrying the current eTag and issues a new one', async () => {
      const key = uniqueName('user');
      await stores().state.write({ [key]: { visits: 1 } });
      const current = await readOne(key);
      assert.ok(current);
      await stores().state.write({ [key]: { ...current, visits: 2 } });
      const updated = await readOne(key);
      assert.equal(updated?.visits, 2);
      assert.notEqual(updated?.eTag, current.eTag);
    });

    it('refuses a write carrying a stale eTag and keeps the newer value', async () => {
      const key = uniqueName('user');
      await stores().state.write({ [key]: { visits: 1 } });
      const stale = await readOne(key);
      assert.ok(stale);
      await stores().state.write({ [key]: { ...stale, visits: 2 } });
      await assert.rejects(stores().state.write({ [key]: { ...stale, visits: 99 } }), /eTag conflict/);
      assert.equal((await readOne(key))?.visits, 2);
    });

    it('lets a write with eTag "*" overwrite whatever is stored', async () => {
      const key = uniqueName('user');
      await stores().state.write({ [key]: { visits: 1 } });
      await stores().state.write({ [key]: { visits: 2 } });
      await stores().state.write({ [key]: { visits: 3, eTag: '*' } });
      assert.equal((await readOne(key))?.visits, 3);
    });

    it('deletes keys, and deleting a key that does not exist is no error', async () => {
      const key = uniqueName('user');
      await stores().state.write({ [key]: { visits: 1 } });
      await stores().state.delete([key, uniqueName('never-written')]);
      assert.deepEqual(await stores().state.read([key]), {});
    });

    it('is not changed when a caller mutates an item after writing or reading it', async () => {
      const key = uniqueName('user');
      const item = { profile: { name: 'Li Na' } };
      await stores().state.write({ [key]: item });
      item.profile.name = 'changed after write';
      const read = await readOne(key);
      assert.ok(read);
      read.profile.name = 'changed after read';
      assert.deepEqual((await readOne(key))?.profile, { name: 'Li Na' });
    });
  });
}

// What every implementation of the WeChat Official Account's stores must do: recognise a retried push for as long as
// asked, share one access token without losing a fresh one, and keep each OpenID's window and held messages.
import assert from 'node:assert/strict';
import type { Stores } from '../../../src/storage/types';
import { pause } from './pause';
import { uniqueName } from './uniqueName';

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

export function describeOfficialAccountStoresContract(stores: () => Stores): void {
  describe('WeChat Official Account stores', () => {
    it('sees a push for the first time once, and its retries as repeats', async () => {
      const id = uniqueName('msg');
      const sightings = [];
      for (let attempt = 0; attempt < 4; attempt += 1) sightings.push(await stores().officialAccount.pushes.firstSight(id, 60_000));
      assert.deepEqual(sightings, [true, false, false, false]);
      assert.equal(await stores().officialAccount.pushes.firstSight(uniqueName('msg'), 60_000), true);
    });

    it('counts two pushes arriving at the same moment as one first sighting', async () => {
      const id = uniqueName('msg');
      const sightings = await Promise.all([1, 2, 3].map(() => stores().officialAccount.pushes.firstSight(id, 60_000)));
      assert.equal(sightings.filter(Boolean).length, 1);
    });

    it('forgets a push once its keeping time has passed', async () => {
      const id = uniqueName('msg');
      await stores().officialAccount.pushes.firstSight(id, 100);
      await pause(250);
      assert.equal(await stores().officialAccount.pushes.firstSight(id, 100), true);
    });

    it('hands back the token it was given until it expires', async () => {
      const cache = stores().officialAccount.accessToken;
      const token = { token: uniqueName('token'), expiresAt: new Date(Date.now() + 200).toISOString() };
      await cache.put(token);
      assert.deepEqual(await cache.get(), token);
      await pause(300);
      assert.equal(await cache.get(), undefined);
    });

    it('discards a refused token, but not a fresh one that replaced it', async () => {
      const cache = stores().officialAccount.accessToken;
      const [refused, fresh] = [uniqueName('refused'), uniqueName('fresh')];
      await cache.put({ token: refused, expiresAt: inAnHour() });
      await cache.put({ token: fresh, expiresAt: inAnHour() });
      await cache.discard(refused);
      assert.equal((await cache.get())?.token, fresh);
      await cache.discard(fresh);
      assert.equal(await cache.get(), undefined);
    });

    it('keeps an OpenID\'s window and held messages, apart from every other OpenID', async () => {
      const customers = stores().officialAccount.customers;
      const [first, second] = [uniqueName('openid'), uniqueName('openid')];
      const record = { window: { openedAt: '2026-11-25T08:00:00.000Z', by: 'message' as const, sent: 2 }, held: ['您的维修单已寄回', '报价：¥200'] };
      await customers.put(first, record);
      assert.deepEqual(await customers.get(first), record);
      assert.equal(await customers.get(second), undefined);
      await customers.put(first, { held: [], unfollowedAt: '2026-11-25T09:00:00.000Z' });
      assert.deepEqual(await customers.get(first), { held: [], unfollowedAt: '2026-11-25T09:00:00.000Z' });
    });
  });
}

// What every KeyedLock must do: one job at a time per key, keys independent, a failure freeing the key.
import assert from 'node:assert/strict';
import type { Stores } from '../../../src/storage/types';
import { deferred } from './deferred';
import { pause } from './pause';
import { uniqueName } from './uniqueName';

/** Long enough for a wrongly unblocked job to start, short enough to keep the suite quick. */
const CHANCE_TO_MISBEHAVE_MS = 100;

export function describeKeyedLockContract(stores: () => Stores): void {
  describe('locks', () => {
    it('hands the result of the work back to its caller', async () => {
      assert.equal(await stores().locks.runExclusive(uniqueName('key'), async () => 'done'), 'done');
    });

    it('starts a second job on a key only after the first has finished', async () => {
      const key = uniqueName('key');
      const events: string[] = [];
      const firstStarted = deferred();
      const firstMayFinish = deferred();
      const first = stores().locks.runExclusive(key, async () => {
        events.push('first started');
        firstStarted.resolve();
        await firstMayFinish.promise;
        events.push('first finished');
        return 'first';
      });
      await firstStarted.promise;
      const second = stores().locks.runExclusive(key, async () => {
        events.push('second started');
        return 'second';
      });
      await pause(CHANCE_TO_MISBEHAVE_MS);
      assert.deepEqual(events, ['first started']);
      firstMayFinish.resolve();
      assert.deepEqual(await Promise.all([first, second]), ['first', 'second']);
      assert.deepEqual(events, ['first started', 'first finished', 'second started']);
    });

    it('runs 20 jobs queued on one key one at a time, all of them', async () => {
      const key = uniqueName('key');
      let running = 0;
      let mostAtOnce = 0;
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          stores().locks.runExclusive(key, async () => {
            running += 1;
            mostAtOnce = Math.max(mostAtOnce, running);
            await pause(2);
            running -= 1;
            return i;
          }),
        ),
      );
      assert.equal(mostAtOnce, 1);
      assert.deepEqual([...results].sort((a, b) => a - b), Array.from({ length: 20 }, (_, i) => i));
    });

    it('runs a job on another key while one key is held', async () => {
      const heldKey = uniqueName('key');
      const heldStarted = deferred();
      const release = deferred();
      const held = stores().locks.runExclusive(heldKey, async () => {
        heldStarted.resolve();
        await release.promise;
        return 'held';
      });
      await heldStarted.promise;
      assert.equal(await stores().locks.runExclusive(uniqueName('key'), async () => 'other key'), 'other key');
      release.resolve();
      assert.equal(await held, 'held');
    });

    it('frees a key when its job fails, giving the error to that job\'s caller only', async () => {
      const key = uniqueName('key');
      const failingStarted = deferred();
      const mayFail = deferred();
      const failing = stores().locks.runExclusive(key, async () => {
        failingStarted.resolve();
        await mayFail.promise;
        throw new Error('the first job broke');
      });
      await failingStarted.promise;
      const next = stores().locks.runExclusive(key, async () => 'next job ran');
      mayFail.resolve();
      await assert.rejects(failing, /the first job broke/);
      assert.equal(await next, 'next job ran');
    });
  });
}

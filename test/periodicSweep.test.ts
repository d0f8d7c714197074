// A sweep on a timer: one at a time, and stopping waits for the one under way.
import assert from 'node:assert/strict';
import { PeriodicSweep } from '../src/periodicSweep';

describe('PeriodicSweep', () => {
  it('joins a sweep asked for while one is under way instead of starting a second', async () => {
    let runs = 0;
    let finish: (count: number) => void = () => undefined;
    const sweep = new PeriodicSweep(() => {
      runs += 1;
      return new Promise<number>((resolve) => (finish = resolve));
    }, 60_000);
    const first = sweep.sweep();
    const second = sweep.sweep();
    finish(3);
    assert.deepEqual(await Promise.all([first, second]), [3, 3]);
    assert.equal(runs, 1);
    finish = () => undefined;
    const third = sweep.sweep();
    assert.equal(runs, 2, 'a sweep after the last one ended runs anew');
    finish(0);
    await third;
  });

  it('sweeps at start when asked to, and stop waits for that sweep to end', async () => {
    let ended = false;
    const sweep = new PeriodicSweep(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      ended = true;
      return 1;
    }, 60_000, { atStart: true });
    sweep.start();
    await sweep.stop();
    assert.equal(ended, true);
  });
});

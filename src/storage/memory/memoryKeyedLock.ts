// One job at a time per key within this process: each job waits for the one queued before it on the same key.
import type { KeyedLock } from '../types';

export class MemoryKeyedLock implements KeyedLock {
  /** Settles when the last job queued on the key has finished; never rejects, so one failure cannot jam a key. */
  private readonly queueTails = new Map<string, Promise<void>>();

  async runExclusive<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queueTails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const finished = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => finished);
    this.queueTails.set(key, tail);
    await previous;
    try {
      return await work();
    } finally {
      release();
      // Forget idle keys, or a long-running server would keep one entry per conversation ever seen.
      if (this.queueTails.get(key) === tail) this.queueTails.delete(key);
    }
  }
}

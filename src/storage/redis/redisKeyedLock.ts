// One job at a time per key across every instance: jobs of this process queue locally, and the head of the queue
// holds a Redis lease (SET NX PX), renewed while it works, so a lock left by a crashed instance frees itself.
import { randomUUID } from 'node:crypto';
import type { KeyedLock } from '../types';
import { MemoryKeyedLock } from '../memory/memoryKeyedLock';
import { keys } from './keys';
import type { RedisClient } from './redisClient';

/** A crashed holder's lease runs out within this; a live holder renews it long before. */
export const DEFAULT_LOCK_LEASE_MS = 10_000;
const FIRST_RETRY_MS = 2;
const LONGEST_RETRY_MS = 50;

// Only the holder that set the lease may renew or release it: a holder whose lease ran out must not free another's.
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

export class RedisKeyedLock implements KeyedLock {
  private readonly local = new MemoryKeyedLock();

  constructor(
    private readonly client: RedisClient,
    private readonly leaseMs: number = DEFAULT_LOCK_LEASE_MS,
  ) {}

  runExclusive<T>(key: string, work: () => Promise<T>): Promise<T> {
    return this.local.runExclusive(key, () => this.holdLease(keys.lock(key), work));
  }

  private async holdLease<T>(lockKey: string, work: () => Promise<T>): Promise<T> {
    const token = randomUUID();
    let retryMs = FIRST_RETRY_MS;
    while ((await this.client.set(lockKey, token, { condition: 'NX', expiration: { type: 'PX', value: this.leaseMs } })) !== 'OK') {
      await new Promise((resolve) => setTimeout(resolve, retryMs));
      retryMs = Math.min(LONGEST_RETRY_MS, retryMs * 2);
    }
    const renewal = setInterval(() => {
      // A failed renewal is retried at the next tick; if Redis stays away the lease lapses, as after a crash.
      this.client.eval(RENEW, { keys: [lockKey], arguments: [token, String(this.leaseMs)] }).catch(() => undefined);
    }, this.leaseMs / 3);
    renewal.unref();
    try {
      return await work();
    } finally {
      clearInterval(renewal);
      // The work's own result or error matters more than a failed release, whose lease lapses by itself.
      await this.client.eval(RELEASE, { keys: [lockKey], arguments: [token] }).catch(() => undefined);
    }
  }
}

// Rate-limit counters in Redis, so that a limit holds for the service as a whole, whichever instance a request reaches.
import type { HitCounters } from '../types';
import { keys } from './keys';
import type { RedisClient } from './redisClient';

// The first hit of a window sets its expiry; the window ends when the key does.
const INCREMENT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {hits, redis.call('PTTL', KEYS[1])}`;

// A hit taken back after its window ended must not start a window of -1.
const DECREMENT = `if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('DECR', KEYS[1]) end return 0`;

export class RedisHitCounters implements HitCounters {
  constructor(
    private readonly client: RedisClient,
    private readonly clock: () => Date,
  ) {}

  async increment(key: string, windowMs: number): Promise<{ hits: number; resetAt: Date }> {
    const [hits, leftMs] = (await this.client.eval(INCREMENT, { keys: [keys.hits(key)], arguments: [String(windowMs)] })) as [number, number];
    return { hits, resetAt: new Date(this.clock().getTime() + leftMs) };
  }

  async decrement(key: string): Promise<void> {
    await this.client.eval(DECREMENT, { keys: [keys.hits(key)] });
  }

  async reset(key: string): Promise<void> {
    await this.client.del(keys.hits(key));
  }
}

// One job at a time per key across every instance, first come first served: each job draws a ticket in Redis on
// arrival and waits for its number, and the job being served holds a lease, renewed while it works, so the turn of a
// crashed instance (working or still waiting) is skipped once its lease runs out.
import { randomUUID } from 'node:crypto';
import type { KeyedLock } from '../types';
import { keys } from './keys';
import type { RedisClient } from './redisClient';

/** A crashed holder's turn is skipped within this; a live holder renews it long before. */
export const DEFAULT_LOCK_LEASE_MS = 10_000;
const FIRST_RETRY_MS = 2;
const LONGEST_RETRY_MS = 50;
/** A key's counters outlive its last job by this many leases, then go, so idle conversations leave nothing behind. */
const IDLE_LEASES = 10;

/*
 * One hash per key: `next` (the last ticket drawn), `serving` (whose turn it is), `holder` (the token of the job that
 * claimed that turn) and `until` (Redis time in ms when the turn lapses unless claimed or renewed). Redis's own clock
 * decides lapses, so instances with skewed clocks agree. Every script renews the hash's expiry.
 */
// Draws a ticket and, when nobody is ahead of it, claims its turn at once (`{ticket, 1}`), saving a round trip.
const DRAW = `
local ticket = redis.call('HINCRBY', KEYS[1], 'next', 1)
redis.call('HSETNX', KEYS[1], 'serving', ticket)
redis.call('PEXPIRE', KEYS[1], ARGV[3])
if tonumber(redis.call('HGET', KEYS[1], 'serving')) ~= ticket or redis.call('HEXISTS', KEYS[1], 'holder') == 1 then return {ticket, 0} end
local now = redis.call('TIME')
redis.call('HSET', KEYS[1], 'holder', ARGV[1], 'until', now[1] * 1000 + math.floor(now[2] / 1000) + tonumber(ARGV[2]))
return {ticket, 1}`;

// Returns 1 when the ticket's turn is claimed, 0 to wait, -1 when the ticket was skipped as dead (draw again).
const CLAIM = `
local time = redis.call('TIME')
local now = time[1] * 1000 + math.floor(time[2] / 1000)
local ticket = tonumber(ARGV[1])
local serving = tonumber(redis.call('HGET', KEYS[1], 'serving'))
local lapses = tonumber(redis.call('HGET', KEYS[1], 'until'))
if serving == nil then return -1 end
while serving < ticket and lapses <= now do
  serving = serving + 1
  lapses = now + tonumber(ARGV[3])
  redis.call('HSET', KEYS[1], 'serving', serving, 'until', lapses)
  redis.call('HDEL', KEYS[1], 'holder')
end
redis.call('PEXPIRE', KEYS[1], ARGV[4])
if serving > ticket then return -1 end
if serving < ticket then return 0 end
redis.call('HSET', KEYS[1], 'holder', ARGV[2], 'until', now + tonumber(ARGV[3]))
return 1`;

// Only the holder may renew or end its turn: one whose turn lapsed must not end another's. Ending it opens the next
// ticket's turn for one lease, so a ticket whose instance died while waiting is skipped in time too.
const RENEW = `
if redis.call('HGET', KEYS[1], 'holder') ~= ARGV[1] then return 0 end
local now = redis.call('TIME')
redis.call('HSET', KEYS[1], 'until', now[1] * 1000 + math.floor(now[2] / 1000) + tonumber(ARGV[2]))
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1`;

const RELEASE = `
if redis.call('HGET', KEYS[1], 'holder') ~= ARGV[1] then return 0 end
local now = redis.call('TIME')
redis.call('HDEL', KEYS[1], 'holder')
redis.call('HINCRBY', KEYS[1], 'serving', 1)
redis.call('HSET', KEYS[1], 'until', now[1] * 1000 + math.floor(now[2] / 1000) + tonumber(ARGV[2]))
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1`;

export class RedisKeyedLock implements KeyedLock {
  private readonly idleMs: string;
  /** Jobs of this process waiting on a key, woken when a job of this process ends its turn there instead of polling. */
  private readonly waiting = new Map<string, Set<() => void>>();

  constructor(
    private readonly client: RedisClient,
    private readonly leaseMs: number = DEFAULT_LOCK_LEASE_MS,
  ) {
    this.idleMs = String(leaseMs * IDLE_LEASES);
  }

  async runExclusive<T>(key: string, work: () => Promise<T>): Promise<T> {
    const lockKey = keys.lock(key);
    const token = randomUUID();
    await this.waitForTurn(lockKey, token);
    const renewal = setInterval(() => {
      // A failed renewal is retried at the next tick; if Redis stays away the turn lapses, as after a crash.
      this.client.eval(RENEW, { keys: [lockKey], arguments: [token, String(this.leaseMs), this.idleMs] }).catch(() => undefined);
    }, this.leaseMs / 3);
    renewal.unref();
    try {
      return await work();
    } finally {
      clearInterval(renewal);
      // The work's own result or error matters more than a failed release, whose turn lapses by itself.
      await this.client.eval(RELEASE, { keys: [lockKey], arguments: [token, String(this.leaseMs), this.idleMs] }).catch(() => undefined);
      for (const wake of this.waiting.get(lockKey) ?? []) wake();
    }
  }

  private async waitForTurn(lockKey: string, token: string): Promise<void> {
    const lease = String(this.leaseMs);
    for (;;) {
      const [ticket, claimedAtOnce] = (await this.client.eval(DRAW, { keys: [lockKey], arguments: [token, lease, this.idleMs] })) as [number, number];
      if (claimedAtOnce === 1) return;
      let retryMs = FIRST_RETRY_MS;
      for (;;) {
        await this.pause(lockKey, retryMs);
        const claimed = await this.client.eval(CLAIM, { keys: [lockKey], arguments: [String(ticket), token, lease, this.idleMs] });
        if (claimed === 1) return;
        // Skipped as dead: this instance was too slow to claim its turn (or the key expired); queue again at the back.
        if (claimed === -1) break;
        retryMs = Math.min(LONGEST_RETRY_MS, retryMs * 2);
      }
    }
  }

  /** Waits `ms`, or less when a job of this process ends its turn on the key. */
  private pause(lockKey: string, ms: number): Promise<void> {
    const waiters = this.waiting.get(lockKey) ?? new Set<() => void>();
    this.waiting.set(lockKey, waiters);
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        waiters.delete(wake);
        if (waiters.size === 0 && this.waiting.get(lockKey) === waiters) this.waiting.delete(lockKey);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      waiters.add(wake);
    });
  }
}

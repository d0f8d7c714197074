// The Redis connection the stores share, and the two things every store does with it: read a value through its
// schema, and replace a value only if nobody changed it since it was read.
import { createClient } from 'redis';
import type { z } from 'zod';
import { fromJson } from '../memory/storedJson';

export type RedisClient = ReturnType<typeof createClient>;

export class CorruptValueError extends Error {
  constructor(key: string, problem: string) {
    super(`Redis key ${key} holds a value this release cannot read: ${problem}`);
    this.name = 'CorruptValueError';
  }
}

/** Parses and validates a stored JSON value; a value that fails says which key holds it. */
export function readStored<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, key: string, json: string): T {
  let value: unknown;
  try {
    value = fromJson(json);
  } catch {
    throw new CorruptValueError(key, 'not JSON');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new CorruptValueError(key, parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
  return parsed.data;
}

// Keeps the key's time to live, so replacing a value never makes an expiring conversation immortal.
const COMPARE_AND_SET = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL')
return 1`;

/** Sets `key` to `next` if it still holds exactly `expected`; true when it did. */
export async function compareAndSet(client: RedisClient, key: string, expected: string, next: string): Promise<boolean> {
  return (await client.eval(COMPARE_AND_SET, { keys: [key], arguments: [expected, next] })) === 1;
}

/** How often a read-change-write is retried when others keep changing the value first, before giving up. */
const MOST_ATTEMPTS = 100;

/**
 * Reads `key`, applies `change` to its text and writes the result if nobody wrote in between, else tries again.
 * `change` returns the new text, or undefined to leave the value alone (then this returns undefined too).
 * Throws what `change` throws, and `missing()` when the key does not exist.
 */
export async function optimisticUpdate<T>(
  client: RedisClient,
  key: string,
  change: (currentJson: string) => { json: string; result: T } | undefined,
  missing: () => Error,
): Promise<T | undefined> {
  for (let attempt = 0; attempt < MOST_ATTEMPTS; attempt += 1) {
    const current = await client.get(key);
    if (current === null) throw missing();
    const changed = change(current);
    if (changed === undefined) return undefined;
    if (await compareAndSet(client, key, current, changed.json)) return changed.result;
  }
  throw new Error(`Redis key ${key}: gave up after ${MOST_ATTEMPTS} attempts, others kept changing it first`);
}

// botbuilder Storage in Redis for dialog and conversation state, with real eTag optimistic concurrency: a write
// carrying a stale eTag is refused, as botbuilder's MemoryStorage refuses it; `*` or no eTag overwrites.
import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { toJson } from '../memory/storedJson';
import { stateKey } from './keys';
import { readStored, type RedisClient } from './redisClient';
import { jsonObjectSchema } from './schemas';

/** Thrown for a stale eTag; its message says "eTag conflict" like botbuilder's own storages. */
export class ETagConflictError extends Error {
  constructor(key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'ETagConflictError';
  }
}

// A hash of the item's JSON and its eTag, checked and replaced in one step. ARGV: expected eTag ('' or '*': any),
// new eTag, item JSON, time to live in ms (0: none).
const WRITE = `
local expected = ARGV[1]
if expected ~= '' and expected ~= '*' then
  local current = redis.call('HGET', KEYS[1], 'eTag')
  if current and current ~= expected then return 0 end
end
redis.call('HSET', KEYS[1], 'eTag', ARGV[2], 'item', ARGV[3])
if ARGV[4] ~= '0' then redis.call('PEXPIRE', KEYS[1], ARGV[4]) else redis.call('PERSIST', KEYS[1]) end
return 1`;

export class RedisStateStorage implements Storage {
  /** `conversationTtlMs`: how long a conversation's state outlives its last write or activity. */
  constructor(
    private readonly client: RedisClient,
    private readonly conversationTtlMs: number,
  ) {}

  async read(botKeys: string[]): Promise<StoreItems> {
    const items = await Promise.all(
      botKeys.map(async (botKey) => {
        const { key } = stateKey(botKey);
        const [eTag, json] = await this.client.hmGet(key, ['eTag', 'item']);
        if (eTag == null || json == null) return undefined;
        return [botKey, { ...readStored(jsonObjectSchema, key, json), eTag }] as const;
      }),
    );
    return Object.fromEntries(items.filter((entry) => entry !== undefined));
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(
      Object.entries(changes).map(async ([botKey, change]) => {
        const { key, conversationId } = stateKey(botKey);
        const { eTag, ...item } = change as Record<string, unknown>;
        const ttl = conversationId === undefined ? 0 : this.conversationTtlMs;
        const written = await this.client.eval(WRITE, {
          keys: [key],
          arguments: [typeof eTag === 'string' ? eTag : '', randomUUID(), toJson(item), String(ttl)],
        });
        if (written !== 1) throw new ETagConflictError(botKey);
      }),
    );
  }

  async delete(botKeys: string[]): Promise<void> {
    await Promise.all(botKeys.map((botKey) => this.client.del(stateKey(botKey).key)));
  }
}

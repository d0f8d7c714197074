// The activities of each conversation in Redis: one list per conversation, whose positions are the Direct Line
// watermarks; it expires with the conversation when idle.
import type { TranscriptStore } from '../types';
import { toJson } from '../memory/storedJson';
import { conversationKeys } from './keys';
import { readStored, type RedisClient } from './redisClient';
import { jsonObjectSchema } from './schemas';

export class RedisTranscriptStore implements TranscriptStore {
  constructor(
    private readonly client: RedisClient,
    private readonly idleTtlMs: number,
  ) {}

  async append(conversationId: string, activity: Record<string, unknown>): Promise<number> {
    const key = conversationKeys(conversationId).transcript;
    // One transaction on one key: the push and its expiry land together.
    const [length] = await this.client.multi().rPush(key, toJson(activity)).pExpire(key, this.idleTtlMs).exec();
    return Number(length) - 1;
  }

  async list(conversationId: string, from = 0, limit = Infinity): Promise<Array<Record<string, unknown>>> {
    // A negative start would mean "the last few" to Redis, which no watermark ever asks for.
    if (!Number.isInteger(from) || from < 0) {
      throw new RangeError(`RedisTranscriptStore.list: from must be a whole number >= 0, got ${from}`);
    }
    if (limit !== Infinity && (!Number.isInteger(limit) || limit < 1)) {
      throw new RangeError(`RedisTranscriptStore.list: limit must be a whole number >= 1, got ${limit}`);
    }
    const key = conversationKeys(conversationId).transcript;
    const activities = await this.client.lRange(key, from, limit === Infinity ? -1 : from + limit - 1);
    return activities.map((json) => readStored(jsonObjectSchema, key, json));
  }

  async delete(conversationId: string): Promise<void> {
    await this.client.del(conversationKeys(conversationId).transcript);
  }
}

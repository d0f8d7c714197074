// Customer feedback in Redis: one list, in the order it was given.
import type { FeedbackEntry, FeedbackStore } from '../types';
import { toJson } from '../memory/storedJson';
import { keys } from './keys';
import { readStored, type RedisClient } from './redisClient';
import { feedbackEntrySchema } from './schemas';

export class RedisFeedbackStore implements FeedbackStore {
  constructor(private readonly client: RedisClient) {}

  async add(entry: FeedbackEntry): Promise<void> {
    await this.client.rPush(keys.feedback, toJson(entry));
  }

  async list(): Promise<FeedbackEntry[]> {
    const entries = await this.client.lRange(keys.feedback, 0, -1);
    return entries.map((json) => readStored(feedbackEntrySchema, keys.feedback, json));
  }
}

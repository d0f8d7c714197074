// When each conversation was last active, in Redis: a sorted set scored by time, and a hash of channels. A touch
// also renews the expiry of the conversation's own keys, so only a conversation idle for the whole TTL expires.
import type { ActivityIndex, LastActivity } from '../types';
import { conversationKeys, conversationStateRedisKey, keys } from './keys';
import type { RedisClient } from './redisClient';

export class RedisActivityIndex implements ActivityIndex {
  constructor(
    private readonly client: RedisClient,
    private readonly idleTtlMs: number,
  ) {}

  async touch(conversation: { conversationId: string; channel: string }, at: Date): Promise<void> {
    const { conversationId, channel } = conversation;
    const own = conversationKeys(conversationId);
    await Promise.all([
      // GT: a late touch with an older time must not make a busy conversation look idle.
      this.client.zAdd(keys.activity, { score: at.getTime(), value: conversationId }, { comparison: 'GT' }),
      this.client.hSet(keys.activityChannel, conversationId, channel),
      ...[own.record, own.transcript, conversationStateRedisKey(conversationId, channel)].map((key) => this.client.pExpire(key, this.idleTtlMs)),
    ]);
  }

  async get(conversationId: string): Promise<LastActivity | undefined> {
    const [score, channel] = await Promise.all([this.client.zScore(keys.activity, conversationId), this.client.hGet(keys.activityChannel, conversationId)]);
    if (score === null || channel === null) return undefined;
    return { conversationId, channel, at: new Date(score).toISOString() };
  }

  async idleSince(cutoff: Date, limit: number): Promise<LastActivity[]> {
    const idle = await this.client.zRangeWithScores(keys.activity, '-inf', `(${cutoff.getTime()}`, { BY: 'SCORE', LIMIT: { offset: 0, count: limit } });
    if (idle.length === 0) return [];
    const channels = await this.client.hmGet(
      keys.activityChannel,
      idle.map((entry) => entry.value),
    );
    return idle.map((entry, i) => ({ conversationId: entry.value, channel: channels[i] ?? '', at: new Date(entry.score).toISOString() }));
  }

  async forget(conversationId: string): Promise<void> {
    await Promise.all([this.client.zRem(keys.activity, conversationId), this.client.hDel(keys.activityChannel, conversationId)]);
  }
}

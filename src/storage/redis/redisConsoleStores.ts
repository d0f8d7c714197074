// The staff console's own data in Redis: canned replies, and the summaries expired conversations leave for the dashboard.
import type { CannedReply, CannedReplyStore, ConversationArchive, ConversationSummary } from '../types';
import { toJson } from '../memory/storedJson';
import { readStored, type RedisClient } from './redisClient';
import { keys } from './keys';
import { cannedReplySchema, conversationSummarySchema } from './schemas';

export class RedisCannedReplyStore implements CannedReplyStore {
  constructor(private readonly client: RedisClient) {}

  async list(): Promise<CannedReply[]> {
    const all = await this.client.hGetAll(keys.cannedReplies);
    return Object.entries(all)
      .map(([id, json]) => readStored(cannedReplySchema, `${keys.cannedReplies} ${id}`, json))
      .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
  }

  async get(id: string): Promise<CannedReply | undefined> {
    const json = await this.client.hGet(keys.cannedReplies, id);
    return json == null ? undefined : readStored(cannedReplySchema, `${keys.cannedReplies} ${id}`, json);
  }

  async put(reply: CannedReply): Promise<void> {
    await this.client.hSet(keys.cannedReplies, reply.id, toJson(reply));
  }

  async delete(id: string): Promise<boolean> {
    return (await this.client.hDel(keys.cannedReplies, id)) > 0;
  }
}

export class RedisConversationArchive implements ConversationArchive {
  constructor(private readonly client: RedisClient) {}

  async add(summary: ConversationSummary): Promise<void> {
    await this.client.zAdd(keys.conversationArchive, { score: Date.parse(summary.startedAt), value: toJson(summary) });
  }

  async startedSince(from: string): Promise<ConversationSummary[]> {
    const members = await this.client.zRangeByScore(keys.conversationArchive, Date.parse(from), '+inf');
    return members
      .map((json) => readStored(conversationSummarySchema, keys.conversationArchive, json))
      .filter((summary) => summary.startedAt >= from)
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  }
}

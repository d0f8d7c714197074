// Who handles each conversation, in Redis: one JSON record per conversation under its hash tag, expiring when idle;
// handoffs are compare-and-set, so of two staff members taking over at once exactly one wins on any instance.
import { annotated, transitioned } from '../conversationChanges';
import { toJson } from '../memory/storedJson';
import {
  NotFoundError,
  type ConversationAnnotation,
  type ConversationOwner,
  type ConversationRecord,
  type ConversationStore,
  type HandoffStatus,
} from '../types';
import { conversationKeys, keys } from './keys';
import { optimisticUpdate, readStored, type RedisClient } from './redisClient';
import { conversationRecordSchema } from './schemas';

export class RedisConversationStore implements ConversationStore {
  /** `idleTtlMs`: how long a record outlives the conversation's last activity (ActivityIndex.touch renews it). */
  constructor(
    private readonly client: RedisClient,
    private readonly idleTtlMs: number,
  ) {}

  async get(id: string): Promise<ConversationRecord | undefined> {
    const key = conversationKeys(id).record;
    const json = await this.client.get(key);
    return json === null ? undefined : readStored(conversationRecordSchema, key, json);
  }

  async put(record: ConversationRecord): Promise<void> {
    await this.client.set(conversationKeys(record.id).record, toJson(record), { expiration: { type: 'PX', value: this.idleTtlMs } });
    await this.client.sAdd(keys.conversations, record.id);
  }

  async transition(
    id: string,
    expected: { status: HandoffStatus; owner?: ConversationOwner },
    next: Partial<Pick<ConversationRecord, 'status' | 'owner'>> & ConversationAnnotation,
    now: Date,
  ): Promise<ConversationRecord | undefined> {
    return this.change(id, (current) => transitioned(current, expected, next, now));
  }

  async annotate(id: string, change: (current: ConversationRecord) => ConversationAnnotation, now: Date): Promise<ConversationRecord> {
    const changed = await this.change(id, (current) => annotated(current, change(current), now));
    // `annotated` always gives a record, so the update never declines.
    if (changed === undefined) throw new Error(`RedisConversationStore.annotate: no result for ${id}`);
    return changed;
  }

  async list(filter: { status?: HandoffStatus } = {}): Promise<ConversationRecord[]> {
    const ids = await this.client.sMembers(keys.conversations);
    // An id whose record expired stays in the set until the expiry sweep deletes the conversation; it is skipped here.
    const records = await Promise.all(ids.map((id) => this.get(id)));
    return records
      .filter((record): record is ConversationRecord => record !== undefined)
      .filter((record) => filter.status === undefined || record.status === filter.status);
  }

  async delete(id: string): Promise<void> {
    await this.client.del(conversationKeys(id).record);
    await this.client.sRem(keys.conversations, id);
  }

  private change(id: string, apply: (current: ConversationRecord) => ConversationRecord | undefined): Promise<ConversationRecord | undefined> {
    const key = conversationKeys(id).record;
    return optimisticUpdate(
      this.client,
      key,
      (currentJson) => {
        const changed = apply(readStored(conversationRecordSchema, key, currentJson));
        if (changed === undefined) return undefined;
        // Through JSON, which drops the fields set to undefined: that is how a caller clears one.
        const json = toJson(changed);
        return { json, result: readStored(conversationRecordSchema, key, json) };
      },
      () => new NotFoundError('Conversation', id),
    );
  }
}

// Who handles each conversation (assistant or staff), kept in process memory with compare-and-set handoffs.
import { annotated, transitioned } from '../conversationChanges';
import {
  NotFoundError,
  type ConversationAnnotation,
  type ConversationOwner,
  type ConversationRecord,
  type ConversationStore,
  type HandoffStatus,
} from '../types';
import { fromJson, toJson } from './storedJson';

export class MemoryConversationStore implements ConversationStore {
  private readonly recordsById = new Map<string, string>();

  async get(id: string): Promise<ConversationRecord | undefined> {
    const json = this.recordsById.get(id);
    return json === undefined ? undefined : fromJson(json);
  }

  async put(record: ConversationRecord): Promise<void> {
    this.recordsById.set(record.id, toJson(record));
  }

  // Check and write happen in one synchronous stretch, which is what makes two takeovers race fairly.
  async transition(
    id: string,
    expected: { status: HandoffStatus; owner?: ConversationOwner },
    next: Partial<Pick<ConversationRecord, 'status' | 'owner'>> & ConversationAnnotation,
    now: Date,
  ): Promise<ConversationRecord | undefined> {
    const json = this.recordsById.get(id);
    if (json === undefined) throw new NotFoundError('Conversation', id);
    const changed = transitioned(fromJson<ConversationRecord>(json), expected, next, now);
    if (changed === undefined) return undefined;
    // Going through JSON drops the fields `next` sets to undefined, which is how a caller clears one.
    const changedJson = toJson(changed);
    this.recordsById.set(id, changedJson);
    return fromJson(changedJson);
  }

  async annotate(id: string, change: (current: ConversationRecord) => ConversationAnnotation, now: Date): Promise<ConversationRecord> {
    const json = this.recordsById.get(id);
    if (json === undefined) throw new NotFoundError('Conversation', id);
    const current = fromJson<ConversationRecord>(json);
    const changedJson = toJson(annotated(current, change(current), now));
    this.recordsById.set(id, changedJson);
    return fromJson(changedJson);
  }

  async list(filter: { status?: HandoffStatus } = {}): Promise<ConversationRecord[]> {
    return [...this.recordsById.values()]
      .map((json) => fromJson<ConversationRecord>(json))
      .filter((record) => filter.status === undefined || record.status === filter.status);
  }

  async delete(id: string): Promise<void> {
    this.recordsById.delete(id);
  }
}

// The activities of each conversation kept in process memory; an activity's index is its Direct Line watermark.
import type { TranscriptStore } from '../types';
import { fromJson, toJson } from './storedJson';

export class MemoryTranscriptStore implements TranscriptStore {
  private readonly activitiesByConversation = new Map<string, string[]>();

  async append(conversationId: string, activity: Record<string, unknown>): Promise<number> {
    const activities = this.activitiesByConversation.get(conversationId) ?? [];
    activities.push(toJson(activity));
    this.activitiesByConversation.set(conversationId, activities);
    return activities.length - 1;
  }

  async list(conversationId: string, from = 0, limit = Infinity): Promise<Array<Record<string, unknown>>> {
    // A negative start would silently mean "the last few", which no watermark ever asks for.
    if (!Number.isInteger(from) || from < 0) {
      throw new RangeError(`MemoryTranscriptStore.list: from must be a whole number >= 0, got ${from}`);
    }
    if (limit !== Infinity && (!Number.isInteger(limit) || limit < 1)) {
      throw new RangeError(`MemoryTranscriptStore.list: limit must be a whole number >= 1, got ${limit}`);
    }
    const activities = this.activitiesByConversation.get(conversationId) ?? [];
    return activities.slice(from, from + limit).map((json) => fromJson<Record<string, unknown>>(json));
  }

  async delete(conversationId: string): Promise<void> {
    this.activitiesByConversation.delete(conversationId);
  }
}

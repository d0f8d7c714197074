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

  async list(conversationId: string, from = 0): Promise<Array<Record<string, unknown>>> {
    // A negative start would silently mean "the last few", which no watermark ever asks for.
    if (!Number.isInteger(from) || from < 0) {
      throw new RangeError(`MemoryTranscriptStore.list: from must be a whole number >= 0, got ${from}`);
    }
    const activities = this.activitiesByConversation.get(conversationId) ?? [];
    return activities.slice(from).map((json) => fromJson<Record<string, unknown>>(json));
  }
}

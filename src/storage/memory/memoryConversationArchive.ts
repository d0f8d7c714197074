// Summaries of expired conversations in process memory (STORAGE=memory): lost on restart, like every memory store.
import type { ConversationArchive, ConversationSummary } from '../types';
import { fromJson, toJson } from './storedJson';

export class MemoryConversationArchive implements ConversationArchive {
  private readonly summaries: string[] = [];

  async add(summary: ConversationSummary): Promise<void> {
    this.summaries.push(toJson(summary));
  }

  async startedSince(from: string): Promise<ConversationSummary[]> {
    return this.summaries
      .map((json) => fromJson<ConversationSummary>(json))
      .filter((summary) => summary.startedAt >= from)
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  }
}

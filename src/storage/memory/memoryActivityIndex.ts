// When each conversation was last active, kept in process memory.
import type { ActivityIndex, LastActivity } from '../types';

export class MemoryActivityIndex implements ActivityIndex {
  private readonly byConversation = new Map<string, LastActivity>();

  async touch(conversation: { conversationId: string; channel: string }, at: Date): Promise<void> {
    const entry: LastActivity = { conversationId: conversation.conversationId, channel: conversation.channel, at: at.toISOString() };
    const previous = this.byConversation.get(entry.conversationId);
    // A late touch with an older time must not make a busy conversation look idle.
    if (previous !== undefined && previous.at > entry.at) return;
    this.byConversation.set(entry.conversationId, entry);
  }

  async get(conversationId: string): Promise<LastActivity | undefined> {
    const entry = this.byConversation.get(conversationId);
    return entry === undefined ? undefined : { ...entry };
  }

  async idleSince(cutoff: Date, limit: number): Promise<LastActivity[]> {
    const before = cutoff.toISOString();
    return [...this.byConversation.values()]
      .filter((entry) => entry.at < before)
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
      .slice(0, limit)
      .map((entry) => ({ ...entry }));
  }

  async forget(conversationId: string): Promise<void> {
    this.byConversation.delete(conversationId);
  }
}

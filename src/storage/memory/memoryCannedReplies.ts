// The staff console's canned replies in process memory (STORAGE=memory): lost on restart, like every memory store.
import type { CannedReply, CannedReplyStore } from '../types';
import { fromJson, toJson } from './storedJson';

export class MemoryCannedReplyStore implements CannedReplyStore {
  private readonly replies = new Map<string, string>();

  async list(): Promise<CannedReply[]> {
    return [...this.replies.values()]
      .map((json) => fromJson<CannedReply>(json))
      .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
  }

  async get(id: string): Promise<CannedReply | undefined> {
    const json = this.replies.get(id);
    return json === undefined ? undefined : fromJson(json);
  }

  async put(reply: CannedReply): Promise<void> {
    this.replies.set(reply.id, toJson(reply));
  }

  async delete(id: string): Promise<boolean> {
    return this.replies.delete(id);
  }
}

// Customer feedback kept in process memory, in the order it was given.
import type { FeedbackEntry, FeedbackStore } from '../types';
import { fromJson, toJson } from './storedJson';

export class MemoryFeedbackStore implements FeedbackStore {
  private readonly entries: string[] = [];

  async add(entry: FeedbackEntry): Promise<void> {
    this.entries.push(toJson(entry));
  }

  async list(): Promise<FeedbackEntry[]> {
    return this.entries.map((json) => fromJson<FeedbackEntry>(json));
  }
}

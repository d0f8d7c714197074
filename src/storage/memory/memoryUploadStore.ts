// Files customers upload, bytes and all, kept in process memory.
import type { StoredUpload, UploadStore } from '../types';
import { newStoredUpload } from '../storedUploads';
import { fromJson, toJson } from './storedJson';

interface HeldUpload {
  metaJson: string;
  content: Buffer;
}

export class MemoryUploadStore implements UploadStore {
  private readonly uploadsById = new Map<string, HeldUpload>();

  async save(meta: Omit<StoredUpload, 'id' | 'at'>, content: Buffer, now: Date): Promise<StoredUpload> {
    const stored = newStoredUpload(meta, content, now);
    const metaJson = toJson(stored);
    // Copied both ways so neither the uploader nor a reader can change the bytes kept here.
    this.uploadsById.set(stored.id, { metaJson, content: Buffer.from(content) });
    return fromJson(metaJson);
  }

  async get(id: string): Promise<{ meta: StoredUpload; content: Buffer } | undefined> {
    const held = this.uploadsById.get(id);
    if (held === undefined) return undefined;
    return { meta: fromJson(held.metaJson), content: Buffer.from(held.content) };
  }

  async listByConversation(conversationId: string): Promise<StoredUpload[]> {
    return [...this.uploadsById.values()]
      .map((held) => fromJson<StoredUpload>(held.metaJson))
      .filter((meta) => meta.conversationId === conversationId);
  }

  async delete(id: string): Promise<void> {
    this.uploadsById.delete(id);
  }
}

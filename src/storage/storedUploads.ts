// The record every upload store keeps of a file a customer sent: its bytes are stored beside it, under its id.
import { randomUUID } from 'node:crypto';
import type { StoredUpload } from './types';

export function newStoredUpload(meta: Omit<StoredUpload, 'id' | 'at'>, content: Buffer, now: Date): StoredUpload {
  return {
    id: randomUUID(),
    conversationId: meta.conversationId,
    name: meta.name,
    contentType: meta.contentType,
    size: content.length,
    at: now.toISOString(),
  };
}

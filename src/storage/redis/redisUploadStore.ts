// Files customers upload, in Redis: the bytes and their description under one upload's keys, listed per conversation,
// so every instance serves every file.
import { RESP_TYPES } from 'redis';
import type { StoredUpload, UploadStore } from '../types';
import { newStoredUpload } from '../storedUploads';
import { toJson } from '../memory/storedJson';
import { conversationKeys, keys } from './keys';
import { readStored, type RedisClient } from './redisClient';
import { storedUploadSchema } from './schemas';

export class RedisUploadStore implements UploadStore {
  /** The same connection, answering with Buffers, for the bytes. */
  private readonly binary;

  constructor(private readonly client: RedisClient) {
    this.binary = client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  }

  async save(meta: Omit<StoredUpload, 'id' | 'at'>, content: Buffer, now: Date): Promise<StoredUpload> {
    const stored = newStoredUpload(meta, content, now);
    const json = toJson(stored);
    const key = keys.upload(stored.id);
    await this.client.multi().set(key.bytes, content).set(key.meta, json).exec();
    // Listed only once the file is complete, so no reader finds a description without bytes.
    await this.client.rPush(conversationKeys(stored.conversationId).uploads, stored.id);
    return readStored(storedUploadSchema, key.meta, json);
  }

  async get(id: string): Promise<{ meta: StoredUpload; content: Buffer } | undefined> {
    const key = keys.upload(id);
    const [json, content] = await Promise.all([this.client.get(key.meta), this.binary.get(key.bytes)]);
    if (json === null || content === null) return undefined;
    return { meta: readStored(storedUploadSchema, key.meta, json), content };
  }

  async listByConversation(conversationId: string): Promise<StoredUpload[]> {
    const ids = await this.client.lRange(conversationKeys(conversationId).uploads, 0, -1);
    const metas = await Promise.all(ids.map(async (id) => ({ key: keys.upload(id).meta, json: await this.client.get(keys.upload(id).meta) })));
    return metas.filter((meta): meta is { key: string; json: string } => meta.json !== null).map(({ key, json }) => readStored(storedUploadSchema, key, json));
  }

  async delete(id: string): Promise<void> {
    const key = keys.upload(id);
    const json = await this.client.get(key.meta);
    if (json === null) return;
    const { conversationId } = readStored(storedUploadSchema, key.meta, json);
    await this.client.lRem(conversationKeys(conversationId).uploads, 0, id);
    await this.client.del([key.meta, key.bytes]);
  }
}

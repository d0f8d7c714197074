// Dialog and conversation state in process memory: botbuilder's MemoryStorage, except that delete really removes a key.
import { MemoryStorage } from 'botbuilder';

/**
 * botbuilder's MemoryStorage deletes by setting a key to undefined, so every conversation ever seen keeps a key
 * here for good; expiry must leave nothing behind.
 */
export class MemoryStateStorage extends MemoryStorage {
  override async delete(keys: string[]): Promise<void> {
    for (const key of keys) delete this.memory[key];
  }
}

// What every UploadStore must do: keep the exact bytes, describe them truthfully, list them per conversation.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { Stores } from '../../../src/storage/types';
import { uniqueName } from './uniqueName';

const photo = (conversationId: string, name = 'cracked-dome.jpg') => ({ conversationId, name, contentType: 'image/jpeg', size: 0 });

export function describeUploadStoreContract(stores: () => Stores): void {
  describe('uploads', () => {
    const now = new Date('2026-11-24T10:00:00Z');

    it('gives back exactly the bytes it was given', async () => {
      const everyByteValue = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
      const content = Buffer.concat([everyByteValue, randomBytes(64 * 1024)]);
      const saved = await stores().uploads.save(photo(uniqueName('conv')), content, now);
      const read = await stores().uploads.get(saved.id);
      assert.ok(read);
      assert.ok(read.content.equals(content), 'bytes differ');
      assert.deepEqual(read.meta, saved);
    });

    it('describes an upload with a new id, the upload time and its real size', async () => {
      const conversationId = uniqueName('conv');
      const content = Buffer.from('%PDF-1.7 invoice');
      const saved = await stores().uploads.save({ ...photo(conversationId, 'invoice.pdf'), contentType: 'application/pdf', size: 999 }, content, now);
      const { id, ...described } = saved;
      assert.ok(id.length > 0);
      assert.deepEqual(described, { conversationId, name: 'invoice.pdf', contentType: 'application/pdf', size: content.length, at: now.toISOString() });
      const again = await stores().uploads.save(photo(conversationId), content, now);
      assert.notEqual(again.id, saved.id);
    });

    it('is not changed when a caller alters the bytes it saved or read', async () => {
      const content = Buffer.from('original bytes');
      const saved = await stores().uploads.save(photo(uniqueName('conv')), content, now);
      content.fill(0);
      const read = await stores().uploads.get(saved.id);
      assert.ok(read);
      read.content.fill(1);
      assert.equal((await stores().uploads.get(saved.id))?.content.toString(), 'original bytes');
    });

    it('lists the uploads of one conversation oldest first, and no others', async () => {
      const conversationId = uniqueName('conv');
      const first = await stores().uploads.save(photo(conversationId, 'front.jpg'), Buffer.from('front'), now);
      await stores().uploads.save(photo(uniqueName('other-conv')), Buffer.from('elsewhere'), now);
      const second = await stores().uploads.save(photo(conversationId, 'label.jpg'), Buffer.from('label'), new Date('2026-11-24T10:01:00Z'));
      assert.deepEqual(await stores().uploads.listByConversation(conversationId), [first, second]);
    });

    it('deletes one upload, leaving the others of the conversation, and deleting an unknown one is no error', async () => {
      const conversationId = uniqueName('conv');
      const gone = await stores().uploads.save(photo(conversationId, 'front.jpg'), Buffer.from('front'), now);
      const kept = await stores().uploads.save(photo(conversationId, 'label.jpg'), Buffer.from('label'), now);
      await stores().uploads.delete(gone.id);
      await stores().uploads.delete(uniqueName('upload'));
      assert.equal(await stores().uploads.get(gone.id), undefined);
      assert.deepEqual(await stores().uploads.listByConversation(conversationId), [kept]);
    });

    it('returns nothing for an unknown upload or a conversation without uploads', async () => {
      assert.equal(await stores().uploads.get(uniqueName('upload')), undefined);
      assert.deepEqual(await stores().uploads.listByConversation(uniqueName('conv')), []);
    });
  });
}

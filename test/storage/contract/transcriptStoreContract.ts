// What every TranscriptStore must do: number activities from zero in order, and list from a watermark.
import assert from 'node:assert/strict';
import type { Stores } from '../../../src/storage/types';
import { uniqueName } from './uniqueName';

const message = (text: string) => ({ type: 'message', text, from: { id: 'dl_user', role: 'user' } });

export function describeTranscriptStoreContract(stores: () => Stores): void {
  describe('transcripts', () => {
    it('numbers the activities of a conversation from zero in the order they were appended', async () => {
      const conversationId = uniqueName('conv');
      const indices = [];
      for (const text of ['hello', '你好', 'my camera is dead']) {
        indices.push(await stores().transcripts.append(conversationId, message(text)));
      }
      assert.deepEqual(indices, [0, 1, 2]);
      assert.deepEqual(await stores().transcripts.list(conversationId), [message('hello'), message('你好'), message('my camera is dead')]);
    });

    it('lists the activities from a given index on', async () => {
      const conversationId = uniqueName('conv');
      for (const text of ['a', 'b', 'c', 'd']) await stores().transcripts.append(conversationId, message(text));
      assert.deepEqual(await stores().transcripts.list(conversationId, 2), [message('c'), message('d')]);
      assert.deepEqual(await stores().transcripts.list(conversationId, 4), []);
      assert.deepEqual(await stores().transcripts.list(conversationId, 10), []);
    });

    it('lists at most a given number of activities from an index on', async () => {
      const conversationId = uniqueName('conv');
      for (const text of ['a', 'b', 'c', 'd', 'e']) await stores().transcripts.append(conversationId, message(text));
      assert.deepEqual(await stores().transcripts.list(conversationId, 1, 2), [message('b'), message('c')]);
      assert.deepEqual(await stores().transcripts.list(conversationId, 4, 2), [message('e')]);
      await assert.rejects(stores().transcripts.list(conversationId, 0, 0), RangeError);
    });

    it('deletes a transcript, after which its numbering starts from zero again, leaving other conversations alone', async () => {
      const gone = uniqueName('conv');
      const kept = uniqueName('conv');
      for (const text of ['a', 'b']) await stores().transcripts.append(gone, message(text));
      await stores().transcripts.append(kept, message('kept'));
      await stores().transcripts.delete(gone);
      assert.deepEqual(await stores().transcripts.list(gone), []);
      assert.equal(await stores().transcripts.append(gone, message('again')), 0);
      assert.deepEqual(await stores().transcripts.list(kept), [message('kept')]);
    });

    it('gives 50 simultaneous appends distinct indices that match their places in the list', async () => {
      const conversationId = uniqueName('conv');
      const texts = Array.from({ length: 50 }, (_, i) => `message ${i}`);
      const indices = await Promise.all(texts.map((text) => stores().transcripts.append(conversationId, message(text))));
      assert.deepEqual([...indices].sort((a, b) => a - b), Array.from({ length: 50 }, (_, i) => i));
      const listed = await stores().transcripts.list(conversationId);
      indices.forEach((index, i) => assert.equal(listed[index]?.text, texts[i]));
    });

    it('keeps the transcripts of different conversations apart', async () => {
      const first = uniqueName('conv');
      const second = uniqueName('conv');
      await stores().transcripts.append(first, message('for the first'));
      assert.equal(await stores().transcripts.append(second, message('for the second')), 0);
      assert.deepEqual(await stores().transcripts.list(first), [message('for the first')]);
    });

    it('lists nothing for a conversation with no activities', async () => {
      assert.deepEqual(await stores().transcripts.list(uniqueName('conv')), []);
    });

    it('refuses a negative starting index', async () => {
      await assert.rejects(stores().transcripts.list(uniqueName('conv'), -1), RangeError);
    });

    it('is not changed when a caller mutates an activity after appending or listing it', async () => {
      const conversationId = uniqueName('conv');
      const activity = message('original');
      await stores().transcripts.append(conversationId, activity);
      activity.text = 'changed after append';
      const [listed] = await stores().transcripts.list(conversationId);
      assert.ok(listed);
      listed.text = 'changed after list';
      assert.deepEqual(await stores().transcripts.list(conversationId), [message('original')]);
    });
  });
}

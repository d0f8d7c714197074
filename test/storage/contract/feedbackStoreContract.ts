// What every FeedbackStore must do: keep each entry as given, oldest first, out of callers' reach.
import assert from 'node:assert/strict';
import type { FeedbackEntry, Stores } from '../../../src/storage/types';
import { uniqueName } from './uniqueName';

export function describeFeedbackStoreContract(stores: () => Stores): void {
  describe('feedback', () => {
    const ofConversation = async (conversationId: string) =>
      (await stores().feedback.list()).filter((entry) => entry.conversationId === conversationId);

    it('lists the feedback of a conversation oldest first, exactly as given', async () => {
      const conversationId = uniqueName('conv');
      const praise: FeedbackEntry = {
        conversationId,
        channel: 'directline',
        language: 'en',
        rating: 5,
        comment: 'Quick and clear, thanks!',
        caseId: 'RMA-20261124-0007',
        at: '2026-11-24T10:00:00.000Z',
      };
      const complaint: FeedbackEntry = {
        conversationId,
        channel: 'wechat',
        language: 'zh',
        rating: 2,
        comment: '寄回来太慢了',
        at: '2026-11-25T09:00:00.000Z',
      };
      await stores().feedback.add(praise);
      await stores().feedback.add(complaint);
      assert.deepEqual(await ofConversation(conversationId), [praise, complaint]);
    });

    it('keeps a comment left without a rating', async () => {
      const conversationId = uniqueName('conv');
      const commentOnly: FeedbackEntry = {
        conversationId,
        channel: 'directline',
        language: 'en',
        comment: 'Please add a tracking link.',
        at: '2026-11-24T10:00:00.000Z',
      };
      await stores().feedback.add(commentOnly);
      const [kept] = await ofConversation(conversationId);
      assert.deepEqual(kept, commentOnly);
      assert.ok(kept && !('rating' in kept));
    });

    it('is not changed when a caller mutates an entry after adding or listing it', async () => {
      const conversationId = uniqueName('conv');
      const entry: FeedbackEntry = { conversationId, channel: 'directline', language: 'en', rating: 4, at: '2026-11-24T10:00:00.000Z' };
      await stores().feedback.add(entry);
      entry.rating = 1;
      const [listed] = await ofConversation(conversationId);
      assert.ok(listed);
      listed.comment = 'forged';
      assert.deepEqual(await ofConversation(conversationId), [{ ...entry, rating: 4 }]);
    });
  });
}

// A conversation summed up for the staff dashboard from what the stores hold of it: when it started (its first
// activity), its language (the assistant's conversation data), its escalations and staff handovers.
import { LANGUAGES, type Language } from '../domain/vocabulary';
import type { ConversationSummary, LastActivity, Stores } from '../storage/types';
import { CONVERSATION_DATA_PROPERTY, conversationStateKey } from './conversationStateKeys';

export async function summarizeConversations(
  stores: Pick<Stores, 'transcripts' | 'state' | 'conversations'>,
  conversations: readonly LastActivity[],
): Promise<ConversationSummary[]> {
  if (conversations.length === 0) return [];
  const states = await stores.state.read(conversations.map((entry) => conversationStateKey(entry.channel, entry.conversationId)));
  return Promise.all(
    conversations.map(async (entry) => {
      const [first] = await stores.transcripts.list(entry.conversationId, 0, 1);
      const record = await stores.conversations.get(entry.conversationId);
      const data = (states[conversationStateKey(entry.channel, entry.conversationId)] as Record<string, { language?: unknown }> | undefined)?.[CONVERSATION_DATA_PROPERTY];
      const language = (LANGUAGES as readonly unknown[]).includes(data?.language) ? (data!.language as Language) : 'unknown';
      return {
        conversationId: entry.conversationId,
        channel: entry.channel,
        language,
        startedAt: typeof first?.timestamp === 'string' ? first.timestamp : entry.at,
        escalations: record?.escalations ?? [],
        handovers: record?.handovers ?? [],
      };
    }),
  );
}

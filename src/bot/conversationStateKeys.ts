// Where botbuilder's ConversationState keeps a conversation, and where in it the assistant's own data sits.

/** The key botbuilder's ConversationState (no namespace) keeps a conversation's dialog and data under. */
export function conversationStateKey(channel: string, conversationId: string): string {
  return `${channel}/conversations/${conversationId}/`;
}

/** The ConversationState property holding the assistant's ConversationData (its `language` among it). */
export const CONVERSATION_DATA_PROPERTY = 'conversationData';

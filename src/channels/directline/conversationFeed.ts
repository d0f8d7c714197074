// The MessageBus topic on which a conversation's new activities are announced, and the shape of its messages.
import { z } from 'zod';

/**
 * `stored`: the activity was appended to the transcript at `index` (its watermark is index + 1).
 * `transient`: delivered live only and never stored (typing indicators).
 */
export type ConversationFeedMessage =
  | { kind: 'stored'; index: number; activity: Record<string, unknown> }
  | { kind: 'transient'; activity: Record<string, unknown> };

export function conversationFeedTopic(conversationId: string): string {
  return `conversation:${conversationId}:activities`;
}

const feedMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('stored'), index: z.number().int().nonnegative(), activity: z.record(z.unknown()) }),
  z.object({ kind: z.literal('transient'), activity: z.record(z.unknown()) }),
]);

/** Bus messages cross process boundaries, so they are checked on arrival like any outside input. */
export function parseConversationFeedMessage(message: unknown): ConversationFeedMessage | undefined {
  const parsed = feedMessageSchema.safeParse(message);
  return parsed.success ? parsed.data : undefined;
}

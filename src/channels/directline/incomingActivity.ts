// Turns what a Direct Line client posted into the activity the bot sees: fields the server owns are set by the server.
import type { Activity, ChannelAccount } from 'botbuilder';
import { z } from 'zod';
import type { StoredUpload } from '../../storage/types';
import type { ConversationBinding } from './directLineTokens';

export const DIRECT_LINE_CHANNEL_ID = 'directline';

/**
 * The key of `channelData` under which the server lists the files a customer uploaded with an activity
 * (StoredUpload records). Only the upload route sets it: whatever a client posts under it is dropped.
 */
export const UPLOADS_CHANNEL_DATA_KEY = 'uploads';

/** The activity types a customer's client may post; `typing` is accepted but not relayed. */
export const POSTABLE_ACTIVITY_TYPES = ['message', 'event', 'typing'] as const;

// Loose on purpose: real Direct Line relays unknown fields (a card's `value`, `entities`, ...) untouched.
export const postedActivitySchema = z
  .object({
    type: z.enum(POSTABLE_ACTIVITY_TYPES),
    text: z.string().optional(),
    locale: z.string().optional(),
    name: z.string().optional(),
    attachments: z.array(z.object({ contentType: z.string() }).passthrough()).optional(),
    channelData: z.record(z.unknown()).optional(),
  })
  .passthrough();

export type PostedActivity = z.infer<typeof postedActivitySchema>;

const LOCALE_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;

export interface IncomingContext {
  binding: ConversationBinding;
  botAccount: ChannelAccount;
  id: string;
  now: Date;
  uploads?: StoredUpload[];
}

export function normaliseIncomingActivity(posted: PostedActivity, context: IncomingContext): Partial<Activity> {
  // Everything identifying who speaks, where and when is the server's to say, never the client's.
  const { id: _id, timestamp: _timestamp, serviceUrl: _serviceUrl, channelId: _channelId, from: _from, recipient: _recipient,
    conversation: _conversation, replyToId: _replyToId, locale, channelData, ...content } = posted;
  const { [UPLOADS_CHANNEL_DATA_KEY]: _claimedUploads, ...clientChannelData } = channelData ?? {};
  const serverChannelData = context.uploads === undefined ? {} : { [UPLOADS_CHANNEL_DATA_KEY]: context.uploads };
  const keptChannelData = { ...clientChannelData, ...serverChannelData };
  return {
    ...content,
    id: context.id,
    timestamp: context.now,
    channelId: DIRECT_LINE_CHANNEL_ID,
    conversation: { id: context.binding.conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: customerAccount(context.binding),
    recipient: context.botAccount,
    ...(acceptedLocale(locale) === undefined ? {} : { locale }),
    ...(channelData !== undefined || context.uploads !== undefined ? { channelData: keptChannelData } : {}),
  };
}

/** A locale a client sent, if it looks like a language tag (`en-US`, `zh-CN`). */
export function acceptedLocale(locale: unknown): string | undefined {
  return typeof locale === 'string' && LOCALE_PATTERN.test(locale) ? locale : undefined;
}

export function customerAccount(binding: ConversationBinding): ChannelAccount {
  return { id: binding.userId, name: binding.userName ?? '', role: 'user' };
}

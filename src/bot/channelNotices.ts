// What a channel could not pass on as words or a file (a voice message, a sticker, a file it refused): the customer
// gets one polite line about it, and the dialog carries on where it was.
import type { Activity } from 'botbuilder';
import type { MessageKey, MessageParams } from '../i18n/translate';

/** The key of `channelData` under which a channel names the notice; only channels set it, like `uploads`. */
export const NOTICE_CHANNEL_DATA_KEY = 'notice';

export const CHANNEL_NOTICES = [
  'notice.voice',
  'notice.sticker',
  'notice.link',
  'notice.location',
  'notice.miniProgram',
  'notice.unknown',
  'notice.fileUnsupported',
  'notice.fileTooLarge',
  'notice.uploadQuotaFull',
] as const satisfies readonly MessageKey[];

export type ChannelNoticeKey = (typeof CHANNEL_NOTICES)[number];

export interface ChannelNotice {
  key: ChannelNoticeKey;
  params?: MessageParams;
}

/** The notice an activity carries, if it names one of ours; anything else under the key is ignored. */
export function noticeIn(activity: Partial<Activity>): ChannelNotice | undefined {
  const notice = (activity.channelData as Record<string, unknown> | undefined)?.[NOTICE_CHANNEL_DATA_KEY] as Partial<ChannelNotice> | undefined;
  if (typeof notice !== 'object' || notice === null) return undefined;
  if (!(CHANNEL_NOTICES as readonly string[]).includes(String(notice.key))) return undefined;
  const params = Object.fromEntries(
    Object.entries(notice.params ?? {}).filter(([, value]) => typeof value === 'string' || typeof value === 'number'),
  );
  return { key: notice.key as ChannelNoticeKey, params };
}

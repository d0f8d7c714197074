// Reaching a customer on their own channel from outside a turn (staff replies, case news): through the same adapter,
// turn pipeline and conversation feed as the assistant's replies, never a second path per channel.
import type { Activity, ConversationReference, TurnContext } from 'botbuilder';
import type { ConversationRecord } from '../storage/types';
import { DIRECT_LINE_CHANNEL_ID } from '../channels/directline/incomingActivity';
import { WECHAT_CHANNEL_ID } from '../channels/wechat/weChatTransport';

export type ChannelLogic = (context: TurnContext) => Promise<void>;

export interface CustomerChannels {
  /** Runs `logic` in the record's conversation on its channel; it takes the conversation's turn lock, so never call it from a turn. */
  continueConversation(record: ConversationRecord, logic: ChannelLogic): Promise<void>;
}

/** What continues a conversation on one adapter. */
export type ContinueOnAdapter = (reference: Partial<ConversationReference>, logic: ChannelLogic) => Promise<void>;

/**
 * Picks the adapter by the record's channel: Direct Line's own, WeChat's (when a WeChat way in runs), or the Bot
 * Framework adapter for every Azure channel.
 */
export function customerChannels(adapters: { directLine: ContinueOnAdapter; botFramework: ContinueOnAdapter; weChat?: ContinueOnAdapter }): CustomerChannels {
  return {
    async continueConversation(record, logic) {
      if (record.reference === undefined) throw new Error(`CustomerChannels.continueConversation: conversation has no channel reference`);
      const reference = record.reference as Partial<ConversationReference>;
      await adapterFor(record.channel)(reference, logic);
    },
  };

  function adapterFor(channel: string): ContinueOnAdapter {
    if (channel === DIRECT_LINE_CHANNEL_ID) return adapters.directLine;
    if (channel !== WECHAT_CHANNEL_ID) return adapters.botFramework;
    if (adapters.weChat === undefined) throw new Error('CustomerChannels.continueConversation: no WeChat way in is running');
    return adapters.weChat;
  }
}

/**
 * Channels whose clients can show who wrote a bot message (the support page and widget render `from.name` and the
 * staff marker); elsewhere a staff message starts with the name.
 */
const CHANNELS_SHOWING_SENDER_NAMES: ReadonlySet<string> = new Set([DIRECT_LINE_CHANNEL_ID]);

/** Where a staff message's activity says who wrote it, for pages that render it: `channelData[STAFF_MARKER] = {name}`. */
export const STAFF_MARKER = 'staff';

/**
 * Sends `text` as the named staff member: `from.name` is theirs (role still `bot`), the activity is marked for the page,
 * and channels that show no names get "Name: " in front. Resolves with the activity as sent.
 */
export async function sendAsStaff(context: TurnContext, channel: string, staffName: string, text: string): Promise<Partial<Activity>> {
  let sent: Partial<Activity> = {};
  // TurnContext sets `from` to the bot's account on every outgoing activity: renamed after that, just before it leaves.
  context.onSendActivities(async (_context, activities, next) => {
    for (const activity of activities) activity.from = { ...activity.from!, name: staffName };
    const responses = await next();
    sent = { ...activities[0], id: responses[0]?.id ?? activities[0].id };
    return responses;
  });
  const shown = CHANNELS_SHOWING_SENDER_NAMES.has(channel) ? text : `${staffName}: ${text}`;
  await context.sendActivity({ type: 'message', text: shown, channelData: { [STAFF_MARKER]: { name: staffName } } });
  return sent;
}

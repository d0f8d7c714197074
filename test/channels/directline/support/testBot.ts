// A small bot that exercises what the channel must carry: welcome, echo with locale, suggested actions, cards, uploads.
import { setTimeout as sleep } from 'node:timers/promises';
import { ActivityHandler, CardFactory, MessageFactory, type TurnContext } from 'botbuilder';

/** How long the "slow" command keeps the bot busy, long enough for a typing indicator to go out. */
export const SLOW_REPLY_MS = 700;

export class TestBot extends ActivityHandler {
  constructor() {
    super();
    this.onMembersAdded(async (context, next) => {
      const customerJoined = (context.activity.membersAdded ?? []).some((member) => member.id !== context.activity.recipient.id);
      if (customerJoined) await context.sendActivity(`Welcome (${context.activity.locale ?? 'no locale'})`);
      await next();
    });
    this.onMessage(async (context, next) => {
      await context.sendActivity(await replyTo(context));
      await next();
    });
  }
}

async function replyTo(context: TurnContext) {
  const { text, locale, channelData } = context.activity;
  const uploads: Array<{ name: string; contentType: string }> = channelData?.uploads ?? [];
  if (uploads.length > 0) {
    return `Received ${uploads.map((upload) => `${upload.name} (${upload.contentType})`).join(', ')}`;
  }
  switch (text) {
    case 'choices':
      return MessageFactory.suggestedActions(['Repair', 'Warranty'], 'What can I help with?');
    case 'card':
      return MessageFactory.attachment(
        CardFactory.adaptiveCard({
          type: 'AdaptiveCard',
          version: '1.3',
          body: [{ type: 'TextBlock', text: 'Repair case RMA-20250101-0001', weight: 'Bolder' }],
        }),
      );
    case 'slow':
      await sleep(SLOW_REPLY_MS);
      return 'Done thinking';
    default:
      return `You said: ${text ?? ''} (${locale ?? 'no locale'})`;
  }
}

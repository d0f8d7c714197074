// The Bot Framework adapter of every WeChat way in: customer messages become activities for the shared turn pipeline,
// and the replies of a turn go back through the customer's transport as a few plain texts.
import { randomBytes } from 'node:crypto';
import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ChannelAccount,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import type { TranscriptStore } from '../../storage/types';
import { TranscriptRecorder } from '../../bot/transcriptRecorder';
import { NOTICE_CHANNEL_DATA_KEY } from '../../bot/channelNotices';
import { conversationRef, type Logger } from '../../observability/logger';
import { UPLOADS_CHANNEL_DATA_KEY } from '../directline/incomingActivity';
import type { WeChatContent } from './media';
import { renderTurn } from './rendering';
import { WECHAT_CHANNEL_ID, weChatConversationId, type WeChatCustomer, type WeChatTransport } from './weChatTransport';

export type BotLogic = (context: TurnContext) => Promise<void>;

export interface WeChatAdapterOptions {
  /** The assistant's turn (the pipeline is added with `use`, by `assistant.attach`). */
  bot: BotLogic;
  transcripts: TranscriptStore;
  /** How the assistant appears in conversations (`role` is set to 'bot'). */
  botAccount: { id: string; name: string };
  logger: Pick<Logger, 'error'>;
  clock?: () => Date;
}

/** One customer message as a way in hands it over. */
export interface WeChatInbound {
  /** The name of the registered transport it came through; replies go back the same way. */
  via: string;
  customer: WeChatCustomer;
  content: WeChatContent;
}

/** Where a conversation's replies go, kept in its reference (`conversation.properties`) for staff replies and case news. */
interface WeChatRoute {
  via: string;
  customer: WeChatCustomer;
}

const REPLIES = Symbol('wechat replies of the turn');

export class WeChatAdapter extends BotAdapter {
  readonly botAccount: ChannelAccount;
  private readonly clock: () => Date;
  private readonly recorder: TranscriptRecorder;
  private readonly transports = new Map<string, WeChatTransport>();
  /** Per conversation, the last turn in line: turns and their deliveries run one after the other, in arrival order. */
  private readonly lines = new Map<string, Promise<void>>();

  constructor(private readonly options: WeChatAdapterOptions) {
    super();
    this.botAccount = { ...options.botAccount, role: 'bot' };
    this.clock = options.clock ?? (() => new Date());
    this.recorder = new TranscriptRecorder(options.transcripts);
  }

  /** A way in makes itself known before it hands over messages. */
  register(transport: WeChatTransport): void {
    this.transports.set(transport.name, transport);
  }

  /**
   * Runs the bot on a customer's message and hands the turn's replies to their transport. Messages of one
   * conversation are taken in the order given. Settles when the replies are handed over; a failed turn or delivery is
   * logged, never thrown. Throws at once for a way in that never registered.
   */
  acceptMessage(inbound: WeChatInbound): Promise<void> {
    const route = { via: this.transport(inbound.via, 'acceptMessage').name, customer: inbound.customer };
    const activity = this.activityFor(route, inbound.content);
    return this.inLine(activity.conversation!.id, async () => {
      await this.recorder.logActivity(activity as Activity);
      await this.runTurn(route, activity, this.options.bot);
    });
  }

  /** Runs `logic` in a customer's conversation without a message from them (staff replies, case news). */
  override async continueConversation(reference: Partial<ConversationReference>, logic: BotLogic): Promise<void> {
    const route = routeOf(reference);
    if (reference.channelId !== WECHAT_CHANNEL_ID || route === undefined) {
      throw new Error(`WeChatAdapter.continueConversation: expected a ${WECHAT_CHANNEL_ID} reference made by this adapter`);
    }
    this.transport(route.via, 'continueConversation');
    const trigger = TurnContext.applyConversationReference(
      { type: ActivityTypes.Event, name: 'continueConversation', id: newActivityId(), timestamp: this.clock() },
      { ...reference, bot: this.botAccount },
      true,
    );
    let failure: unknown;
    await this.inLine(trigger.conversation!.id, () => this.runTurn(route, trigger, logic).catch((error: unknown) => void (failure = error)));
    if (failure !== undefined) throw failure;
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const outgoing of activities) {
      // Replies leave together when the turn ends: pauses and typing have nothing to show, traces are for the Emulator.
      if (outgoing.type !== ActivityTypes.Message) {
        responses.push({ id: '' });
        continue;
      }
      const stamped: Partial<Activity> = {
        ...outgoing,
        id: newActivityId(),
        timestamp: this.clock(),
        channelId: WECHAT_CHANNEL_ID,
        // Staff speak for the bot under their own name; the account stays the bot's.
        from: { ...this.botAccount, name: outgoing.from?.name || this.botAccount.name },
      };
      await this.recorder.logActivity(stamped as Activity);
      repliesOf(context).push(stamped);
      responses.push({ id: stamped.id! });
    }
    return responses;
  }

  override async updateActivity(): Promise<void> {
    throw new Error('WeChatAdapter.updateActivity: a WeChat message cannot be changed once sent');
  }

  override async deleteActivity(): Promise<void> {
    throw new Error('WeChatAdapter.deleteActivity: a WeChat message cannot be taken back');
  }

  private async runTurn(route: WeChatRoute, activity: Partial<Activity>, logic: BotLogic): Promise<void> {
    const context = new TurnContext(this, activity);
    context.turnState.set(REPLIES, []);
    try {
      await this.runMiddleware(context, logic);
    } finally {
      // What the turn said before it failed still reaches the customer, with the apology onTurnError adds.
      await this.deliver(route, repliesOf(context));
    }
  }

  private async deliver(route: WeChatRoute, replies: Partial<Activity>[]): Promise<void> {
    if (replies.length === 0) return;
    const transport = this.transport(route.via, 'deliver');
    const maxMessages = await transport.maxMessagesPerTurn(route.customer);
    const texts = renderTurn(replies, { maxMessages });
    if (texts.length === 0) return;
    await transport.send(route.customer, texts.map((text) => ({ kind: 'text', text })));
  }

  private inLine(conversationId: string, work: () => Promise<void>): Promise<void> {
    const previous = this.lines.get(conversationId) ?? Promise.resolve();
    const current = previous.then(work).catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      this.options.logger.error({ conversation: conversationRef(conversationId), err: detail }, 'wechat: a turn or its delivery failed');
    });
    this.lines.set(conversationId, current);
    void current.then(() => {
      if (this.lines.get(conversationId) === current) this.lines.delete(conversationId);
    });
    return current;
  }

  private transport(name: string, method: string): WeChatTransport {
    const transport = this.transports.get(name);
    if (transport === undefined) throw new Error(`WeChatAdapter.${method}: no WeChat transport named "${name}" is registered`);
    return transport;
  }

  private activityFor(route: WeChatRoute, content: WeChatContent): Partial<Activity> {
    const { customer } = route;
    const base: Partial<Activity> = {
      type: ActivityTypes.Message,
      id: newActivityId(),
      timestamp: this.clock(),
      channelId: WECHAT_CHANNEL_ID,
      conversation: {
        id: weChatConversationId(customer),
        isGroup: false,
        conversationType: 'personal',
        name: '',
        properties: route satisfies WeChatRoute,
      },
      from: { id: customer.id, name: customer.name ?? '', role: 'user' },
      recipient: this.botAccount,
      text: '',
    };
    switch (content.kind) {
      case 'text':
        return { ...base, text: content.text };
      case 'upload':
        return { ...base, attachments: [content.attachment], channelData: { [UPLOADS_CHANNEL_DATA_KEY]: [content.upload] } };
      case 'notice':
        return { ...base, channelData: { [NOTICE_CHANNEL_DATA_KEY]: content.notice } };
    }
  }
}

function repliesOf(context: TurnContext): Partial<Activity>[] {
  const replies = context.turnState.get(REPLIES) as Partial<Activity>[] | undefined;
  if (replies === undefined) throw new Error('WeChatAdapter.sendActivities: the context was not made by this adapter');
  return replies;
}

function routeOf(reference: Partial<ConversationReference>): WeChatRoute | undefined {
  const route = reference.conversation?.properties as Partial<WeChatRoute> | undefined;
  if (typeof route?.via !== 'string' || typeof route.customer?.id !== 'string') return undefined;
  return { via: route.via, customer: route.customer };
}

function newActivityId(): string {
  return randomBytes(12).toString('base64url');
}

// The in-process Bot Framework adapter behind our Direct Line server: stores, announces and runs activities.
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ChannelAccount,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import type { MessageBus, TranscriptStore } from '../../storage/types';
import type { ChannelLogger } from './channelLogger';
import { conversationFeedTopic, type ConversationFeedMessage } from './conversationFeed';
import { DIRECT_LINE_CHANNEL_ID } from './incomingActivity';
import { conversationRef } from '../../observability/logger';

export type BotLogic = (context: TurnContext) => Promise<void>;

export interface DirectLineAdapterOptions {
  transcripts: TranscriptStore;
  bus: MessageBus;
  /** How the assistant appears in conversations (`role` is set to 'bot'). */
  botAccount: { id: string; name: string };
  logger: ChannelLogger;
  clock?: () => Date;
}

export interface AcceptedActivity {
  /** The activity as stored and echoed to the customer. */
  activity: Partial<Activity>;
  /** Settles when the bot has finished its turn; never rejects (failures are logged). */
  turnCompleted: Promise<void>;
}

// What BotFrameworkAdapter does by default for a `delay` activity without a value.
const DEFAULT_DELAY_MS = 1000;

export class DirectLineAdapter extends BotAdapter {
  readonly botAccount: ChannelAccount;
  private readonly clock: () => Date;

  constructor(private readonly options: DirectLineAdapterOptions) {
    super();
    this.botAccount = { ...options.botAccount, role: 'bot' };
    this.clock = options.clock ?? (() => new Date());
  }

  /** A fresh server id for an activity. */
  newActivityId(): string {
    return randomBytes(12).toString('base64url');
  }

  now(): Date {
    return this.clock();
  }

  /**
   * Stores and announces a customer's (already normalised) activity, then lets the bot take its turn.
   * The assistant's turn pipeline (added with `use`) serialises turns per conversation.
   */
  async acceptActivity(activity: Partial<Activity>, logic: BotLogic): Promise<AcceptedActivity> {
    const conversationId = requireConversationId(activity, 'acceptActivity');
    await this.record(conversationId, activity);
    const turnCompleted = this.runMiddleware(new TurnContext(this, activity), logic)
      .catch((error: unknown) => this.reportTurnFailure(conversationId, error));
    return { activity, turnCompleted };
  }

  override async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const outgoing of activities) {
      responses.push(await this.sendActivity(outgoing));
    }
    return responses;
  }

  override async updateActivity(): Promise<void> {
    throw new Error('DirectLineAdapter.updateActivity: Direct Line clients cannot change a delivered activity');
  }

  override async deleteActivity(): Promise<void> {
    throw new Error('DirectLineAdapter.deleteActivity: Direct Line clients cannot remove a delivered activity');
  }

  /**
   * Runs `logic` in a conversation without a customer message (staff replies, case updates).
   * Not serialised with the conversation's turns, so it may be called from inside one.
   */
  override async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    if (reference.channelId !== DIRECT_LINE_CHANNEL_ID || !reference.conversation?.id) {
      throw new Error(
        `DirectLineAdapter.continueConversation: expected a ${DIRECT_LINE_CHANNEL_ID} reference with a conversation id`,
      );
    }
    const trigger = TurnContext.applyConversationReference(
      { type: ActivityTypes.Event, name: 'continueConversation', id: this.newActivityId(), timestamp: this.clock() },
      { ...reference, bot: this.botAccount },
      true,
    );
    await this.runMiddleware(new TurnContext(this, trigger), logic);
  }

  private async sendActivity(outgoing: Partial<Activity>): Promise<ResourceResponse> {
    switch (outgoing.type) {
      case 'delay':
        await sleep(typeof outgoing.value === 'number' ? outgoing.value : DEFAULT_DELAY_MS);
        return { id: '' };
      // Traces are for the Emulator and invoke responses for HTTP channels; neither reaches a Direct Line client.
      case ActivityTypes.Trace:
      case ActivityTypes.InvokeResponse:
        return { id: '' };
    }
    const conversationId = requireConversationId(outgoing, 'sendActivities');
    const stamped: Partial<Activity> = {
      ...outgoing,
      id: this.newActivityId(),
      timestamp: this.clock(),
      channelId: DIRECT_LINE_CHANNEL_ID,
      // Staff speak for the bot under their own name; the account stays the bot's.
      from: { ...this.botAccount, name: outgoing.from?.name || this.botAccount.name },
    };
    if (stamped.type === ActivityTypes.Typing) {
      await this.announce(conversationId, { kind: 'transient', activity: toWire(stamped) });
    } else {
      await this.record(conversationId, stamped);
    }
    return { id: stamped.id ?? '' };
  }

  private async record(conversationId: string, activity: Partial<Activity>): Promise<void> {
    const wire = toWire(activity);
    const index = await this.options.transcripts.append(conversationId, wire);
    await this.announce(conversationId, { kind: 'stored', index, activity: wire });
  }

  private async announce(conversationId: string, message: ConversationFeedMessage): Promise<void> {
    await this.options.bus.publish(conversationFeedTopic(conversationId), message);
  }

  private reportTurnFailure(conversationId: string, error: unknown): void {
    const detail = error instanceof Error ? error.message : String(error);
    this.options.logger.error({ conversation: conversationRef(conversationId), err: detail }, 'directline: the bot failed to handle an activity');
  }
}

/** The JSON form of an activity, as clients and stores see it (dates become ISO strings). */
function toWire(activity: Partial<Activity>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(activity)) as Record<string, unknown>;
}

function requireConversationId(activity: Partial<Activity>, method: string): string {
  const conversationId = activity.conversation?.id;
  if (!conversationId) throw new Error(`DirectLineAdapter.${method}: the activity has no conversation id`);
  return conversationId;
}

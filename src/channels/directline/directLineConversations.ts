// Opening Direct Line conversations: the record other parts of the assistant find them by, and the bot's welcome turn.
import { ActivityTypes, type Activity, type ConversationReference } from 'botbuilder';
import { z } from 'zod';
import type { Language } from '../../domain/vocabulary';
import type { ConversationStore } from '../../storage/types';
import type { BotLogic, DirectLineAdapter } from './directLineAdapter';
import type { ConversationBinding } from './directLineTokens';
import { DirectLineError } from './directLineError';
import { customerAccount, DIRECT_LINE_CHANNEL_ID } from './incomingActivity';

const recordedReferenceSchema = z.object({ user: z.object({ id: z.string().min(1), name: z.string().optional() }) });

export class DirectLineConversations {
  constructor(
    private readonly conversations: ConversationStore,
    private readonly adapter: DirectLineAdapter,
    private readonly bot: BotLogic,
  ) {}

  async exists(conversationId: string): Promise<boolean> {
    const record = await this.conversations.get(conversationId);
    return record?.channel === DIRECT_LINE_CHANNEL_ID;
  }

  /** Who speaks in a started conversation, as its token would say; undefined for a conversation never started here. */
  async bindingOf(conversationId: string): Promise<ConversationBinding | undefined> {
    const record = await this.conversations.get(conversationId);
    if (record?.channel !== DIRECT_LINE_CHANNEL_ID) return undefined;
    // The store keeps the reference as opaque JSON; `open` wrote it, with the customer as `user`.
    const reference = recordedReferenceSchema.safeParse(record.reference);
    if (!reference.success) return undefined;
    const { id, name } = reference.data.user;
    return { conversationId, userId: id, userName: name || undefined };
  }

  /** A token of a conversation that ran and is gone opens nothing: it is not silently started again, empty. */
  async requireNotEnded(binding: ConversationBinding): Promise<void> {
    if (binding.started && !(await this.exists(binding.conversationId))) {
      throw new DirectLineError(404, 'ConversationEnded', 'This conversation has ended; get a new token to start another.');
    }
  }

  /**
   * Starts the token's conversation unless it already runs: records it (with the reference proactive messages need)
   * and tells the bot the customer joined, which is when it says hello.
   */
  async open(binding: ConversationBinding, locale: string | undefined): Promise<'started' | 'resumed'> {
    if (await this.exists(binding.conversationId)) return 'resumed';
    await this.requireNotEnded(binding);
    const now = this.adapter.now();
    const reference: Partial<ConversationReference> = {
      channelId: DIRECT_LINE_CHANNEL_ID,
      serviceUrl: '',
      conversation: { id: binding.conversationId, isGroup: false, conversationType: 'personal', name: '' },
      user: customerAccount(binding),
      bot: this.adapter.botAccount,
      locale,
    };
    await this.conversations.put({
      id: binding.conversationId,
      channel: DIRECT_LINE_CHANNEL_ID,
      customer: binding.userName || binding.userId,
      language: languageOf(locale),
      status: 'bot',
      owner: { kind: 'assistant' },
      updatedAt: now.toISOString(),
      reference,
    });
    const joined: Partial<Activity> = {
      type: ActivityTypes.ConversationUpdate,
      id: this.adapter.newActivityId(),
      timestamp: now,
      channelId: DIRECT_LINE_CHANNEL_ID,
      conversation: reference.conversation,
      from: reference.user,
      recipient: this.adapter.botAccount,
      membersAdded: [this.adapter.botAccount, customerAccount(binding)],
      ...(locale === undefined ? {} : { locale }),
    };
    // Stored like any activity, so the welcome's replyToId points at something the client has seen.
    await this.adapter.acceptActivity(joined, this.bot);
    return 'started';
  }
}

function languageOf(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

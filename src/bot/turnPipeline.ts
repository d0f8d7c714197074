// What runs before any dialog turn on every channel: one turn at a time per conversation, then the owner check
// (the assistant answers only conversations it owns; a staff member's conversation is relayed to them).
import { ActivityTypes, TurnContext, type BotAdapter, type Middleware } from 'botbuilder';
import { detectCommand } from '../../intents/commands';
import { t } from '../i18n/translate';
import { languageChosenBy } from './languageChoice';
import type { ConversationRecord, ConversationStore, KeyedLock, MessageBus } from '../storage/types';
import type { Clock } from '../../dialogs/services';

/** Bus topic on which customer messages for staff-held or waiting conversations are published (the staff console listens). */
export const STAFF_INBOX_TOPIC = 'staff:inbox';

export interface TurnPipelineDeps {
  locks: KeyedLock;
  conversations: ConversationStore;
  bus: MessageBus;
  clock: Clock;
}

export function applyTurnPipeline(adapter: BotAdapter, deps: TurnPipelineDeps): void {
  adapter.use(serialisePerConversation(deps.locks));
  adapter.use(ownerCheck(deps));
}

/** Bot state is saved last-writer-wins, so two messages of one conversation must never be processed at once. */
export function serialisePerConversation(locks: KeyedLock): Middleware {
  return {
    onTurn: (context, next) => locks.runExclusive(turnLockKey(context.activity.conversation.id), () => next()),
  };
}

/** The lock a conversation's turns hold; whatever must not interleave with a turn takes it too. */
export function turnLockKey(conversationId: string): string {
  return `turn:${conversationId}`;
}

export function ownerCheck(deps: TurnPipelineDeps): Middleware {
  return {
    async onTurn(context, next) {
      if (languageChosenBy(context.activity)) {
        // While a person holds the conversation the assistant stays silent; the toggle's locale reaches it with the next message.
        const record = await deps.conversations.get(context.activity.conversation.id);
        if (!record || record.status === 'bot') return next();
        return;
      }
      if (context.activity.type !== ActivityTypes.Message) return next();
      const record = await recordFor(context, deps);
      if (record.status === 'bot') return next();

      const text = context.activity.text ?? '';
      await deps.bus.publish(STAFF_INBOX_TOPIC, { conversationId: record.id, activity: context.activity });
      if (record.status === 'waiting' && detectCommand(text)?.kind === 'cancel') {
        // The customer changed their mind before anyone took over: the assistant is theirs again.
        await deps.conversations.transition(record.id, { status: 'waiting', owner: record.owner }, { status: 'bot', waitingSince: undefined }, deps.clock.now());
        return next();
      }
      // A staff member holding the conversation answers it from the console; the assistant stays silent.
      if (record.status === 'waiting') await context.sendActivity(t(record.language, 'handoff.stillWaiting'));
    },
  };
}

async function recordFor(context: TurnContext, deps: TurnPipelineDeps): Promise<ConversationRecord> {
  const activity = context.activity;
  const existing = await deps.conversations.get(activity.conversation.id);
  if (existing) return existing;
  const record: ConversationRecord = {
    id: activity.conversation.id,
    channel: activity.channelId,
    customer: activity.from.name || activity.from.id,
    language: /[\u4e00-\u9fff]/.test(activity.text ?? '') || activity.locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en',
    status: 'bot',
    owner: { kind: 'assistant' },
    updatedAt: deps.clock.now().toISOString(),
    reference: TurnContext.getConversationReference(activity),
  };
  await deps.conversations.put(record);
  return record;
}

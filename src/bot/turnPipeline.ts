// What runs before any dialog turn on every channel: one turn at a time per conversation, the answer to a quote staff
// sent, then the owner check (the assistant answers only conversations it owns or that wait in the queue; a staff
// member's conversation is relayed to them and the assistant stays silent).
import { ActivityTypes, TurnContext, type BotAdapter, type Middleware } from 'botbuilder';
import { detectCommand } from '../../intents/commands';
import { readAnswer } from '../../intents/answers/index';
import type { Recognizer } from '../../intents/types';
import { rememberRecognition, rememberWaitingForStaff } from '../../dialogs/conversationData';
import { t } from '../i18n/translate';
import { languageChosenBy } from './languageChoice';
import type { ConversationRecord, ConversationStore, KeyedLock } from '../storage/types';
import type { Clock } from '../../dialogs/services';
import type { StaffQueue } from '../staff/staffQueue';

export interface TurnPipelineDeps {
  locks: KeyedLock;
  conversations: ConversationStore;
  queue: Pick<StaffQueue, 'customerWrote' | 'withdraw' | 'reopen' | 'answerQuote'>;
  recognizer: Recognizer;
  clock: Clock;
}

export function applyTurnPipeline(adapter: BotAdapter, deps: TurnPipelineDeps): void {
  adapter.use(serialisePerConversation(deps.locks));
  adapter.use(quoteAnswer(deps));
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

/**
 * The conversation's record as the quote check read it moments before in the same turn, when it did not change it:
 * the owner check need not read it again (with Redis, a round trip a turn).
 */
const RECORD_READ = Symbol('conversation record read this turn');

/**
 * A quote staff sent is the last question the customer was asked, whoever holds the conversation: a yes or a no
 * (a button or words, read by the answer reader) goes on the case. Anything else goes on as a normal message.
 */
export function quoteAnswer(deps: TurnPipelineDeps): Middleware {
  return {
    async onTurn(context, next) {
      const text = context.activity.type === ActivityTypes.Message ? (context.activity.text ?? '').trim() : '';
      const record = text === '' ? undefined : await deps.conversations.get(context.activity.conversation.id);
      if (record?.pendingQuote === undefined) {
        if (text !== '') context.turnState.set(RECORD_READ, { record });
        return next();
      }
      const lang = record.language;
      const recognition = deps.recognizer.recognize(text, { today: deps.clock.today() });
      // A reply that is no answer to the quote goes on to the dialogs, which read the same recognition.
      rememberRecognition(context, recognition);
      const reading = readAnswer(recognition, { shape: 'yes_no', options: [t(lang, 'choice.acceptQuote'), t(lang, 'choice.declineQuote')] });
      if (reading.kind !== 'yes' && reading.kind !== 'no') return next();
      const accepted = reading.kind === 'yes';
      await deps.queue.answerQuote(record, accepted);
      // Staff holding the conversation see the answer and the case change; the assistant stays silent for them.
      if (record.status === 'active') return next();
      await context.sendActivity(t(lang, accepted ? 'status.quoteAccepted' : 'status.quoteDeclined'));
    },
  };
}

export function ownerCheck(deps: TurnPipelineDeps): Middleware {
  return {
    async onTurn(context, next) {
      if (languageChosenBy(context.activity)) {
        // While a person holds the conversation the assistant stays silent; the toggle's locale reaches it with the next message.
        const record = await deps.conversations.get(context.activity.conversation.id);
        if (record?.status !== 'active') return next();
        return;
      }
      if (context.activity.type !== ActivityTypes.Message) return next();
      const record = await recordFor(context, deps);
      if (record.status === 'bot') return next();
      if (record.status === 'closed') {
        await deps.queue.reopen(record);
        return next();
      }
      await deps.queue.customerWrote(record, context.activity);
      if (record.status === 'active') return;
      // Waiting: the customer changed their mind before anyone took over, and the assistant is theirs again;
      // or the assistant carries on meanwhile, and takes what it cannot answer as a message for the team.
      if (detectCommand(context.activity.text ?? '')?.kind === 'cancel') await deps.queue.withdraw(record);
      else rememberWaitingForStaff(context);
      return next();
    },
  };
}

async function recordFor(context: TurnContext, deps: TurnPipelineDeps): Promise<ConversationRecord> {
  const activity = context.activity;
  const read = context.turnState.get(RECORD_READ) as { record: ConversationRecord | undefined } | undefined;
  const existing = read ? read.record : await deps.conversations.get(activity.conversation.id);
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

// Puts the conversation in the staff queue with a summary of what is known: for the handoff itself, a case the policy
// leaves to a person (review), and a complaint.
import { TurnContext } from 'botbuilder';
import type { HandoffReason } from '../src/staff/staffQueue';
import type { AssistantServices } from './services';
import type { ConversationData } from './conversationData';
import { conversationSummary } from './conversationSummary';

export function escalate(
  context: TurnContext,
  data: ConversationData,
  reason: HandoffReason,
  services: Pick<AssistantServices, 'staffQueue' | 'registry' | 'clock'>,
): Promise<'queued' | 'already'> {
  const activity = context.activity;
  return services.staffQueue.escalate({
    conversationId: activity.conversation.id,
    channel: activity.channelId,
    customer: activity.from.name || activity.from.id,
    language: data.language,
    reference: TurnContext.getConversationReference(activity),
    reason,
    summary: conversationSummary(data, services.registry, services.clock.today(), activity.channelId),
    caseId: data.caseId,
  });
}

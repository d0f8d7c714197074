// Hands the conversation to the service team, with the reason and a summary, and tells the customer what happens next.
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { TurnContext } from 'botbuilder';
import { t } from '../src/i18n/translate';
import { describeStaffHours } from '../src/domain/staffHours';
import type { AssistantServices } from './services';
import { conversationDataOf, type ConversationDataAccessor } from './conversationData';
import { conversationSummary } from './conversationSummary';

export const HANDOFF_DIALOG = 'handoffDialog';
const FLOW = 'handoffFlow';

export type HandoffReason = 'customer_request' | 'not_understood' | 'needs_decision';

export interface HandoffOptions {
  reason: HandoffReason;
}

export class HandoffDialog extends ComponentDialog {
  constructor(
    private readonly state: ConversationDataAccessor,
    private readonly services: Pick<AssistantServices, 'conversations' | 'registry' | 'clock' | 'staffHours'>,
  ) {
    super(HANDOFF_DIALOG);
    this.addDialog(new WaterfallDialog(FLOW, [this.escalateStep.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async escalateStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    const { reason } = step.options as HandoffOptions;
    const activity = step.context.activity;
    const now = this.services.clock.now();
    const summary = conversationSummary(data, this.services.registry, this.services.clock.today());
    const handoff = { status: 'waiting' as const, reason, summary, caseId: data.caseId, waitingSince: now.toISOString() };
    const existing = await this.services.conversations.get(activity.conversation.id);
    let queued = false;
    if (!existing) {
      await this.services.conversations.put({
        id: activity.conversation.id,
        channel: activity.channelId,
        customer: activity.from.name || activity.from.id,
        language: data.language,
        owner: { kind: 'assistant' },
        updatedAt: now.toISOString(),
        reference: TurnContext.getConversationReference(activity),
        ...handoff,
      });
      queued = true;
    } else if (existing.status === 'bot') {
      queued = Boolean(await this.services.conversations.transition(existing.id, { status: 'bot', owner: existing.owner }, handoff, now));
    }
    await step.context.sendActivity(
      queued
        ? t(data.language, 'handoff.queued', { hours: describeStaffHours(this.services.staffHours, data.language) })
        : t(data.language, 'handoff.alreadyWaiting'),
    );
    return step.endDialog();
  }
}

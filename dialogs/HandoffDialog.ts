// Hands the conversation to the service team, with the reason and a summary, and tells the customer honestly what
// happens next: the expected wait when staff are at the console, otherwise when they will be, and what to do meanwhile.
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { t } from '../src/i18n/translate';
import { describeNextOpening, describeStaffHours } from '../src/domain/staffHours';
import type { Language } from '../src/domain/vocabulary';
import type { HandoffReason, QueueOutlook } from '../src/staff/staffQueue';
import type { AssistantServices } from './services';
import { conversationDataOf, type ConversationDataAccessor } from './conversationData';
import { escalate } from './escalation';

export const HANDOFF_DIALOG = 'handoffDialog';
const FLOW = 'handoffFlow';

export interface HandoffOptions {
  reason: HandoffReason;
}

type HandoffServices = Pick<AssistantServices, 'staffQueue' | 'registry' | 'clock' | 'staffHours'>;

export class HandoffDialog extends ComponentDialog {
  constructor(
    private readonly state: ConversationDataAccessor,
    private readonly services: HandoffServices,
  ) {
    super(HANDOFF_DIALOG);
    this.addDialog(new WaterfallDialog(FLOW, [this.escalateStep.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async escalateStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    const { reason } = step.options as HandoffOptions;
    const outcome = await escalate(step.context, data, reason, this.services);
    const lang = data.language;
    await step.context.sendActivity(
      outcome === 'queued'
        ? `${t(lang, 'handoff.queued', { outlook: queueOutlook(await this.services.staffQueue.outlook(), lang, this.services) })}\n\n${t(lang, 'handoff.meanwhile')}`
        : t(lang, 'handoff.alreadyWaiting'),
    );
    return step.endDialog();
  }
}

function queueOutlook(outlook: QueueOutlook, lang: Language, services: Pick<AssistantServices, 'staffHours' | 'clock'>): string {
  const hours = describeStaffHours(services.staffHours, lang);
  switch (outlook.kind) {
    case 'wait':
      return t(lang, 'handoff.waitAbout', { minutes: outlook.minutes });
    case 'soon':
      return t(lang, 'handoff.waitSoon');
    case 'nobody_online':
      return t(lang, 'handoff.nobodyOnline', { hours });
    case 'outside_hours':
      return t(lang, 'handoff.outsideHours', { hours, next: describeNextOpening(services.staffHours, services.clock.now(), lang) });
  }
}

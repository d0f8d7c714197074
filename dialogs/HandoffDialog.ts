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
import { warrantyLine } from './productSummary';

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
    if (outcome !== 'queued') {
      await step.context.sendActivity(t(lang, 'handoff.alreadyWaiting'));
      return step.endDialog();
    }
    // A product the sales records know: its warranty is told now, as a colleague would begin by looking it up.
    const warranty = data.product.record && !data.caseId ? warrantyLine(data, this.services.registry, this.services.clock.today()) : undefined;
    const queued = t(lang, 'handoff.queued', { outlook: queueOutlook(await this.services.staffQueue.outlook(), lang, this.services) });
    await step.context.sendActivity([queued, ...(warranty ? [warranty] : []), t(lang, 'handoff.meanwhile')].join('\n\n'));
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

// Answers "is my camera still under warranty?" for a serial (or a model and purchase date).
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { t } from '../src/i18n/translate';
import type { AssistantServices } from './services';
import { conversationDataOf, type ConversationDataAccessor } from './conversationData';
import { IDENTIFY_PRODUCT_DIALOG, IdentifyProductDialog } from './IdentifyProductDialog';
import { warrantySummary } from './productSummary';

export const WARRANTY_CHECK_DIALOG = 'warrantyCheckDialog';
const FLOW = 'warrantyCheckFlow';

export class WarrantyCheckDialog extends ComponentDialog {
  constructor(
    private readonly state: ConversationDataAccessor,
    private readonly services: Pick<AssistantServices, 'registry' | 'clock'>,
  ) {
    super(WARRANTY_CHECK_DIALOG);
    this.addDialog(new IdentifyProductDialog(state, services.clock));
    this.addDialog(new WaterfallDialog(FLOW, [this.identifyStep.bind(this), this.answerStep.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async identifyStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(IDENTIFY_PRODUCT_DIALOG);
  }

  private async answerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    const summary = warrantySummary(data, this.services.registry, this.services.clock.today());
    await step.context.sendActivity(`${summary}\n\n${t(data.language, 'warranty.followUp')}`);
    return step.endDialog();
  }
}

// Answers "is the repair free / what does it cost?": for the customer's product when we know it, else the general rule.
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { t } from '../src/i18n/translate';
import type { AssistantServices } from './services';
import { conversationDataOf, type ConversationDataAccessor } from './conversationData';
import { costSummary, knowsProduct } from './productSummary';

export const REPAIR_COST_DIALOG = 'repairCostDialog';
const FLOW = 'repairCostFlow';

export class RepairCostDialog extends ComponentDialog {
  constructor(
    private readonly state: ConversationDataAccessor,
    private readonly services: Pick<AssistantServices, 'registry' | 'clock'>,
  ) {
    super(REPAIR_COST_DIALOG);
    this.addDialog(new WaterfallDialog(FLOW, [this.answerStep.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async answerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    const lang = data.language;
    const parts = [costSummary(data, this.services.registry, this.services.clock.today()), ...(knowsProduct(data) ? [] : [t(lang, 'cost.offerCheck')])];
    await step.context.sendActivity(parts.join('\n\n'));
    return step.endDialog();
  }
}

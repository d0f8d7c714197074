// Answers "is the repair free / what does it cost?": for the customer's product when we know it, else the general rule
// and an offer to check theirs by its serial, which only the sales records can settle.
import { ComponentDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { t } from '../src/i18n/translate';
import type { AssistantServices } from './services';
import { conversationDataOf, recognitionOf, type ConversationDataAccessor } from './conversationData';
import { addressAskedBeside } from './ShippingAddressDialog';
import { costAnswer, serialCouldSettleIt, warrantySummary } from './productSummary';
import { TEXT_PROMPT, createTextPrompt, textPromptOptions } from './prompts';
import { asking } from './pendingQuestion';
import { QuestionWaterfall } from './questionWaterfall';

export const REPAIR_COST_DIALOG = 'repairCostDialog';
const FLOW = 'repairCostFlow';

export class RepairCostDialog extends ComponentDialog {
  constructor(
    private readonly state: ConversationDataAccessor,
    private readonly services: Pick<AssistantServices, 'registry' | 'clock' | 'centers'>,
  ) {
    super(REPAIR_COST_DIALOG);
    this.addDialog(createTextPrompt());
    this.addDialog(new QuestionWaterfall(FLOW, [this.answerStep.bind(this), this.askSerialStep.bind(this), this.checkedStep.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async answerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    const lang = data.language;
    const answer = costAnswer(data, this.services.registry, this.services.clock.today());
    const address = addressAskedBeside(recognitionOf(step.context)?.text ?? '', data, this.services.centers);
    await step.context.sendActivity(address ? [answer, address, t(lang, 'shipping.openCaseFirst')].join('\n\n') : answer);
    return serialCouldSettleIt(data) ? step.next() : step.endDialog();
  }

  private async askSerialStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const lang = (await conversationDataOf(this.state, step.context)).language;
    return step.prompt(TEXT_PROMPT, asking('serial', textPromptOptions(t(lang, 'cost.askSerial'), t(lang, 'cost.askSerial'))));
  }

  private async checkedStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    const lang = data.language;
    const today = this.services.clock.today();
    if (data.product.record) {
      await step.context.sendActivity(`${warrantySummary(data, this.services.registry, today)}\n\n${t(lang, 'cost.quoteFirst')}`);
    } else if (data.product.serial) {
      await step.context.sendActivity(t(lang, 'cost.serialNotFound', { serial: data.product.serial }));
    } else {
      await step.context.sendActivity(t(lang, 'cost.noSerial'));
    }
    return step.endDialog();
  }
}

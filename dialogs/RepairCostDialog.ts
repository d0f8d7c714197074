// Answers "is the repair free / what does it cost?": for the customer's product when we know it, else the general rule
// and an offer to check theirs by its serial, which only the sales records can settle.
import { ComponentDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { t } from '../src/i18n/translate';
import type { AssistantServices } from './services';
import { conversationDataOf, type ConversationData, type ConversationDataAccessor } from './conversationData';
import { costSummary, warrantySummary } from './productSummary';
import { TEXT_PROMPT, createTextPrompt, textPromptOptions } from './prompts';
import { asking } from './pendingQuestion';
import { QuestionWaterfall } from './questionWaterfall';

export const REPAIR_COST_DIALOG = 'repairCostDialog';
const FLOW = 'repairCostFlow';

/** No record of the product yet, and a serial that could find one has not been tried: worth one question. */
function serialCouldSettleIt(data: ConversationData): boolean {
  return !data.product.record && !data.product.serial && !data.product.serialUnknown;
}

export class RepairCostDialog extends ComponentDialog {
  constructor(
    private readonly state: ConversationDataAccessor,
    private readonly services: Pick<AssistantServices, 'registry' | 'clock'>,
  ) {
    super(REPAIR_COST_DIALOG);
    this.addDialog(createTextPrompt());
    this.addDialog(new QuestionWaterfall(FLOW, [this.answerStep.bind(this), this.askSerialStep.bind(this), this.checkedStep.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async answerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    const lang = data.language;
    // Without the sales record a model and a date are only an estimate: the general rule, then the serial settles it.
    const answer = serialCouldSettleIt(data)
      ? `${t(lang, 'cost.general')}\n\n${t(lang, 'cost.quoteFirst')}`
      : costSummary(data, this.services.registry, this.services.clock.today());
    await step.context.sendActivity(answer);
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

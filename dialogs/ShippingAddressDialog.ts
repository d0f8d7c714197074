// Answers "where do I send it?" with the service centre that covers the customer's city or province.
import { ComponentDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { isAbroad, provinceOf } from '../src/registry/regions';
import { t } from '../src/i18n/translate';
import { centerDetails } from '../src/domain/product';
import type { AssistantServices } from './services';
import { conversationDataOf, recognitionOf, type ConversationDataAccessor } from './conversationData';
import { TEXT_PROMPT, createTextPrompt, textPromptOptions } from './prompts';
import { asking } from './pendingQuestion';
import { QuestionWaterfall } from './questionWaterfall';
import { warrantyLine } from './productSummary';

export const SHIPPING_ADDRESS_DIALOG = 'shippingAddressDialog';
const FLOW = 'shippingAddressFlow';

export class ShippingAddressDialog extends ComponentDialog {
  constructor(
    private readonly state: ConversationDataAccessor,
    private readonly services: Pick<AssistantServices, 'centers' | 'registry' | 'clock'>,
  ) {
    super(SHIPPING_ADDRESS_DIALOG);
    this.addDialog(createTextPrompt());
    this.addDialog(new QuestionWaterfall(FLOW, [this.regionStep.bind(this), this.answerStep.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async regionStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    const said = recognitionOf(step.context)?.text ?? '';
    // "我们在柬埔寨金边有个项目…寄到哪里": a place abroad is served by the fallback centre, nothing to ask.
    if (provinceOf(said) || isAbroad(said)) return step.next(said);
    if (data.contact?.region) return step.next(data.contact.region);
    const lang = data.language;
    return step.prompt(TEXT_PROMPT, asking('city', textPromptOptions(t(lang, 'shipping.askRegion'), t(lang, 'shipping.askRegion'))));
  }

  private async answerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    const lang = data.language;
    const center = centerDetails(this.services.centers.forRegion(String(step.result)), lang);
    // Someone about to ship a product we can look up wants to know whether it travels for a free repair.
    const warranty = data.caseId ? undefined : warrantyLine(data, this.services.registry, this.services.clock.today());
    const lines = [
      t(lang, 'shipping.answer', { ...center }),
      ...(warranty ? [warranty] : []),
      data.caseId ? t(lang, 'case.parcel', { caseId: data.caseId }) : t(lang, 'shipping.openCaseFirst'),
    ];
    await step.context.sendActivity(lines.join('\n\n'));
    return step.endDialog();
  }
}

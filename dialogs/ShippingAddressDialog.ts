// Answers "where do I send it?" with the service centre that covers the customer's city or province.
import { ComponentDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { findPlace, isAbroad, placeAbroadAnswered, placeName, provinceOf } from '../src/registry/regions';
import { asksCost, asksWhereToSend } from '../intents/commands';
import { t } from '../src/i18n/translate';
import { centerDetails } from '../src/domain/product';
import type { AssistantServices } from './services';
import { conversationDataOf, recognitionOf, type ConversationData, type ConversationDataAccessor } from './conversationData';
import { TEXT_PROMPT, createTextPrompt, textPromptOptions } from './prompts';
import { asking } from './pendingQuestion';
import { QuestionWaterfall } from './questionWaterfall';
import { costAnswer, warrantyLine } from './productSummary';

export const SHIPPING_ADDRESS_DIALOG = 'shippingAddressDialog';
const FLOW = 'shippingAddressFlow';

/** The place a customer names with a question about shipping is where the product is: the contact question need not ask it. */
function keepPlace(text: string, data: ConversationData): void {
  const place = findPlace(text);
  const region = place ? placeName(place, data.language) : isAbroad(text) ? placeAbroadAnswered(text) : undefined;
  if (region) data.contactSaid = { ...data.contactSaid, region };
}

/** Whether a question about shipping names where the product is, in China or abroad ("从老挝寄回去你们收吗"). */
function namesPlace(text: string): boolean {
  return provinceOf(text) !== undefined || isAbroad(text);
}

/** The place a question about shipping names, kept for the contact question; else the place already known. */
export function placeToShipFrom(text: string, data: ConversationData): string | undefined {
  if (!namesPlace(text)) return data.contact?.region ?? data.contactSaid?.region;
  keepPlace(text, data);
  return text;
}

/**
 * "…and where would I send it, I'm in Suzhou" asked beside another question: the centre that serves the place, told at
 * once, and the place kept for the contact question.
 */
export function addressAskedBeside(text: string, data: ConversationData, centers: AssistantServices['centers']): string | undefined {
  if (!asksWhereToSend(text) || !namesPlace(text)) return undefined;
  keepPlace(text, data);
  return t(data.language, 'shipping.answer', { ...centerDetails(centers.forRegion(text), data.language) });
}

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
    const place = placeToShipFrom(said, data);
    if (place) return step.next(place);
    const lang = data.language;
    return step.prompt(TEXT_PROMPT, asking('city', textPromptOptions(t(lang, 'shipping.askRegion'), t(lang, 'shipping.askRegion'))));
  }

  private async answerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    const lang = data.language;
    const center = centerDetails(this.services.centers.forRegion(String(step.result)), lang);
    const today = this.services.clock.today();
    // "过保的修一下多少钱？要寄到哪里": the cost asked in the same message is answered first, the warranty with it.
    const cost = asksCost(recognitionOf(step.context)?.text ?? '') ? costAnswer(data, this.services.registry, today) : undefined;
    // Someone about to ship a product we can look up wants to know whether it travels for a free repair.
    const warranty = data.caseId || cost ? undefined : warrantyLine(data, this.services.registry, today);
    const lines = [
      ...(cost ? [cost] : []),
      t(lang, 'shipping.answer', { ...center }),
      ...(warranty ? [warranty] : []),
      data.caseId ? t(lang, 'case.parcel', { caseId: data.caseId }) : t(lang, 'shipping.openCaseFirst'),
    ];
    await step.context.sendActivity(lines.join('\n\n'));
    return step.endDialog();
  }
}

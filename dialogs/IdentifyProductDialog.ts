// Finds out which product this is: a serial the registry knows, or failing that the model and purchase date.
import { ComponentDialog, type WaterfallStepContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { isDontKnow, parseYesNo } from '../intents/answers/replies';
import { purchaseYearIn } from '../intents/dateParser';
import type { Clock } from './services';
import { serialOutOfReach } from '../intents/corrections';
import { t, type MessageKey } from '../src/i18n/translate';
import { conversationDataOf, recognitionOf, type ConversationDataAccessor, type ProductFacts } from './conversationData';
import { nextMissingProductFact, questionFor, type MissingProductFact } from './factGathering';
import { TEXT_PROMPT, createTextPrompt, textPromptOptions } from './prompts';
import { stepValues } from './stepValues';
import { asking } from './pendingQuestion';
import { QuestionWaterfall } from './questionWaterfall';

export const IDENTIFY_PRODUCT_DIALOG = 'identifyProductDialog';
const LOOP = 'identifyProductLoop';
const MAX_RETRIES = 2;

interface LoopState {
  asked?: MissingProductFact;
  retries: number;
}

const ASK: Record<MissingProductFact, MessageKey> = {
  serial: 'product.askSerial',
  serial_check: 'product.serialNotFound',
  model: 'product.askModel',
  purchase_date: 'product.askPurchaseDate',
};
const RETRY: Record<MissingProductFact, MessageKey> = {
  serial: 'product.retrySerial',
  serial_check: 'product.serialNotFound',
  model: 'product.retryModel',
  purchase_date: 'product.retryPurchaseDate',
};

export class IdentifyProductDialog extends ComponentDialog {
  constructor(
    private readonly state: ConversationDataAccessor,
    private readonly clock: Clock,
  ) {
    super(IDENTIFY_PRODUCT_DIALOG);
    this.addDialog(createTextPrompt());
    this.addDialog(new QuestionWaterfall(LOOP, [this.askForMissingStep.bind(this), this.takeAnswerStep.bind(this)]));
    this.initialDialogId = LOOP;
  }

  private async askForMissingStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const loop: LoopState = { retries: 0, ...(step.options as Partial<LoopState>) };
    const data = await conversationDataOf(this.state, step.context);
    const lang = data.language;
    const missing = nextMissingProductFact(data);
    if (!missing) {
      const record = data.product.record;
      if (record && !data.product.recordAnnounced) {
        data.product.recordAnnounced = true;
        await step.context.sendActivity(t(lang, 'product.found', { model: record.model, serial: record.serial, date: record.purchaseDate }));
      }
      return step.endDialog(data.product satisfies ProductFacts);
    }

    const stillStuck = loop.asked === missing;
    const retries = stillStuck ? loop.retries + 1 : 0;
    if (retries > MAX_RETRIES) {
      // Don't hold the customer hostage to a detail: go on with what we have; an engineer confirms later.
      if (missing === 'purchase_date') data.product.purchaseDateUnknown = true;
      if (missing === 'model') data.product.modelUnknown = true;
      await step.context.sendActivity(t(lang, 'product.carryOnWithout'));
      return step.endDialog(data.product);
    }
    stepValues<{ loop: LoopState }>(step).loop = { ...loop, asked: missing, retries } satisfies LoopState;
    const params = { serial: data.product.serial ?? '', model: data.product.model ?? '' };
    const ask = t(lang, stillStuck ? RETRY[missing] : ASK[missing], params);
    return step.prompt(TEXT_PROMPT, asking(questionFor(missing), textPromptOptions(ask, t(lang, RETRY[missing], params))));
  }

  private async takeAnswerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const loop = stepValues<{ loop: LoopState }>(step).loop as LoopState;
    const data = await conversationDataOf(this.state, step.context);
    const answer = String(step.result ?? '');
    const recognition = recognitionOf(step.context);
    const found = recognition?.entities ?? {};
    if (loop.asked === 'serial' && !found.serial && (isDontKnow(answer) || serialOutOfReach(answer))) data.product.serialUnknown = true;
    if (loop.asked === 'serial_check' && !found.serial && parseYesNo(answer) === true) data.product.serialUnverified = true;
    // Asked for the purchase date, any date is the answer ("March 2024" needs no "bought").
    if (loop.asked === 'purchase_date' && !data.product.record) {
      const date = found.date ?? purchaseYearIn(answer, this.clock.today());
      if (date) data.product.purchaseDate = date;
    }
    if (loop.asked === 'purchase_date' && !data.product.purchaseDate && isDontKnow(answer)) data.product.purchaseDateUnknown = true;
    if (loop.asked === 'model' && !found.model && looksLikeModelName(answer)) data.product.model = answer.trim().toUpperCase();
    if (loop.asked === 'model' && !found.model && isDontKnow(answer)) data.product.modelUnknown = true;
    return step.replaceDialog(LOOP, loop);
  }
}

/** A short answer to "which model?" is taken as the model even without the NP- prefix ("IPC2043"). */
function looksLikeModelName(answer: string): boolean {
  const trimmed = answer.trim();
  return /^[A-Za-z0-9][A-Za-z0-9 -]{2,24}$/.test(trimmed) && /\d/.test(trimmed);
}

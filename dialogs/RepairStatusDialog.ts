// Tells the status of a repair case to whoever gives its id and the phone number on it, and takes the answer to a quote.
import { ComponentDialog, TextPrompt, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import { serialWithCorrectedDigits } from '../intents/corrections';
import { t, type MessageKey } from '../src/i18n/translate';
import { markdownLiteral } from '../src/i18n/markdown';
import type { RepairCase } from '../src/domain/repairCase';
import { centerDetails, type ServiceCenter } from '../src/domain/product';
import type { Language } from '../src/domain/vocabulary';
import type { AssistantServices } from './services';
import { conversationDataOf, recognitionOf, type ConversationDataAccessor } from './conversationData';
import { CHOICE_PROMPT, TEXT_PROMPT, YES, choicePromptOptions, createChoicePrompt, createTextPrompt, textPromptOptions, yesNoChoices } from './prompts';
import { stepValues } from './stepValues';
import { asking } from './pendingQuestion';
import { QuestionWaterfall } from './questionWaterfall';
import { goingOnWithoutAnswer } from './answerReading';

export const REPAIR_STATUS_DIALOG = 'repairStatusDialog';
const FLOW = 'repairStatusFlow';
const CASE_ID_PROMPT = 'caseIdPrompt';
const CASE_ID = /RMA-\d{8}-\d{4,}/i;

/** A case number put right while its phone was asked. */
interface StatusOptions {
  caseId?: string;
}

export class RepairStatusDialog extends ComponentDialog {
  constructor(
    private readonly state: ConversationDataAccessor,
    private readonly services: Pick<AssistantServices, 'cases' | 'centers' | 'clock'>,
  ) {
    super(REPAIR_STATUS_DIALOG);
    this.addDialog(createTextPrompt());
    this.addDialog(new TextPrompt(CASE_ID_PROMPT, async (prompt) => goingOnWithoutAnswer(prompt.context) || CASE_ID.test(prompt.recognized.value ?? '')));
    this.addDialog(createChoicePrompt());
    this.addDialog(
      new QuestionWaterfall(FLOW, [
        this.caseIdStep.bind(this),
        this.phoneStep.bind(this),
        this.statusStep.bind(this),
        this.quoteAnswerStep.bind(this),
      ]),
    );
    this.initialDialogId = FLOW;
  }

  private async caseIdStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    const { case: named, phone } = recognitionOf(step.context)?.entities ?? {};
    // "RMA-… my number is 138…" proves who is asking in one message.
    stepValues<{ phone?: string }>(step).phone = phone;
    // The case opened in this conversation is the one asked about unless another id is given, or one put right.
    const given = named ?? (step.options as StatusOptions | undefined)?.caseId ?? data.caseId;
    if (given) return step.next(given);
    const lang = data.language;
    return step.prompt(CASE_ID_PROMPT, asking('case_id', textPromptOptions(t(lang, 'status.askCaseId'), t(lang, 'status.retryCaseId'))));
  }

  private async phoneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    const lang = data.language;
    const named = CASE_ID.exec(String(step.result));
    // Three misses: the customer was told to send the number whenever they have it.
    if (!named) return step.endDialog();
    const caseId = named[0].toUpperCase();
    stepValues<{ caseId: string }>(step).caseId = caseId;
    // The case was opened in this very conversation: the customer has already proven who they are.
    if (data.caseId === caseId) return step.next(undefined);
    const givenPhone = stepValues<{ phone?: string }>(step).phone ?? recognitionOf(step.context)?.entities.phone;
    if (givenPhone) return step.next(givenPhone);
    return step.prompt(TEXT_PROMPT, asking('case_phone', textPromptOptions(t(lang, 'status.askPhone', { caseId }), t(lang, 'status.askPhone', { caseId }))));
  }

  private async statusStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    const lang = data.language;
    const caseId = String(stepValues<{ caseId: string }>(step).caseId);
    const phone = step.result === undefined ? undefined : recognitionOf(step.context)?.entities.phone ?? String(step.result);
    // "oops, it's 0047 not 0042": the phone is asked again, for the case number put right.
    const corrected = recognitionOf(step.context)?.entities.phone === undefined ? serialWithCorrectedDigits(caseId, String(step.result ?? '')) : undefined;
    if (corrected && CASE_ID.test(corrected)) return step.replaceDialog(FLOW, { caseId: corrected } satisfies StatusOptions);
    const repairCase = await this.services.cases.get(caseId);
    const allowed = repairCase && (data.caseId === caseId || (phone !== undefined && samePhone(phone, repairCase.contact.phone)));
    if (!repairCase || !allowed) {
      // The same answer for an unknown case and a wrong phone, so nobody can probe which case ids exist.
      await step.context.sendActivity(t(lang, 'status.noMatch', { caseId }));
      return step.endDialog();
    }
    await step.context.sendActivity(describeCase(repairCase, this.services.centers.byId(repairCase.serviceCenterId), lang));
    if (repairCase.status === 'quoted' && repairCase.quote?.consent === 'pending') {
      const quote = repairCase.quote;
      return step.prompt(
        CHOICE_PROMPT,
        asking(
          'quote',
          choicePromptOptions(lang, 'status.quoteQuestion', yesNoChoices(lang, 'choice.acceptQuote', 'choice.declineQuote'), {
            amount: quote.amount,
            currency: quote.currency,
            note: quote.note,
          }),
        ),
      );
    }
    return step.endDialog();
  }

  private async quoteAnswerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    const accepted = (step.result as FoundChoice).value === YES;
    const now = this.services.clock.now();
    await this.services.cases.update(String(stepValues<{ caseId: string }>(step).caseId), (current) => ({
      ...current,
      quote: current.quote ? { ...current.quote, consent: accepted ? 'accepted' : 'declined' } : current.quote,
      history: [...current.history, { at: now.toISOString(), event: accepted ? 'quote_accepted' : 'quote_declined', note: 'by the customer in chat' }],
    }));
    await step.context.sendActivity(t(data.language, accepted ? 'status.quoteAccepted' : 'status.quoteDeclined'));
    return step.endDialog();
  }
}

function samePhone(a: string, b: string): boolean {
  const digits = (value: string) => value.replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, '');
  return digits(a).length >= 7 && digits(a) === digits(b);
}

/** `center` is undefined when the centres file no longer lists the case's centre: its id is all there is to show. */
export function describeCase(repairCase: RepairCase, center: ServiceCenter | undefined, lang: Language): string {
  const last = repairCase.history[repairCase.history.length - 1];
  const lines = [
    t(lang, 'status.summary', {
      caseId: repairCase.id,
      status: t(lang, `caseStatus.${repairCase.status}` as MessageKey),
      product: [repairCase.model, repairCase.serial].filter(Boolean).join(' · '),
      center: center ? centerDetails(center, lang).name : repairCase.serviceCenterId,
      assessment: t(lang, `assessment.${repairCase.assessment}` as MessageKey),
      updated: repairCase.updatedAt.slice(0, 10),
    }),
  ];
  // Notes hold customers' file names as well as the engineers' words.
  if (last?.note) lines.push(t(lang, 'status.lastNote', { note: markdownLiteral(last.note) }));
  return lines.join('\n\n');
}

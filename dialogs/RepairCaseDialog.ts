// Applies the service policy to what the customer told us, explains the preliminary outcome, and opens the repair case.
import { ComponentDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import { MessageFactory, type TurnContext } from 'botbuilder';
import { decide } from '../src/policy/decide';
import type { Decision } from '../src/policy/types';
import { t, type MessageKey } from '../src/i18n/translate';
import type { CustomerContact, RepairCase } from '../src/domain/repairCase';
import type { AssistantServices } from './services';
import { centerDetails } from '../src/domain/product';
import { conversationDataOf, type ConversationDataAccessor } from './conversationData';
import { categoryOf, claimFromFacts } from './claimFromFacts';
import { CONTACT_DIALOG, ContactDialog } from './ContactDialog';
import { caseCard } from './caseCard';
import { CHOICE_PROMPT, YES, choicePromptOptions, createChoicePrompt, yesNoChoices } from './prompts';
import { stepValues } from './stepValues';
import { asking } from './pendingQuestion';
import { QuestionWaterfall } from './questionWaterfall';
import { pendingAnswerOf } from './answerReading';
import { escalate } from './escalation';

export const REPAIR_CASE_DIALOG = 'repairCaseDialog';
const FLOW = 'repairCaseFlow';

export interface RepairCaseResult {
  caseId?: string;
  /** No case: the customer said the fault went away meanwhile. */
  solved?: true;
}

export class RepairCaseDialog extends ComponentDialog {
  constructor(
    private readonly state: ConversationDataAccessor,
    private readonly services: Pick<AssistantServices, 'registry' | 'centers' | 'cases' | 'conversations' | 'clock' | 'staffQueue'>,
  ) {
    super(REPAIR_CASE_DIALOG);
    this.addDialog(createChoicePrompt());
    this.addDialog(new ContactDialog(state));
    this.addDialog(
      new QuestionWaterfall(FLOW, [
        this.explainAssessmentStep.bind(this),
        this.collectContactStep.bind(this),
        this.openCaseStep.bind(this),
      ]),
    );
    this.initialDialogId = FLOW;
  }

  private async explainAssessmentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    const lang = data.language;
    const decision = decide(claimFromFacts(data, this.services.registry), this.services.clock.today());
    Object.assign(stepValues<CaseFlowValues>(step), { decision, offeredAt: this.services.clock.now().toISOString() });
    await step.context.sendActivity(decision.reasons.map((reason) => reason.text[lang]).join('\n\n'));
    // The contact can come with the "yes", one message instead of two, unless we already have it.
    const contactKnown = data.contact !== undefined || (data.contactSaid?.name && data.contactSaid.phone && data.contactSaid.region);
    const question = contactKnown ? 'case.confirmOpen' : 'case.confirmOpenWithContact';
    return step.prompt(CHOICE_PROMPT, asking('open_case', choicePromptOptions(lang, question, yesNoChoices(lang, 'choice.openCase', 'choice.notNow'))));
  }

  private async collectContactStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    if ((step.result as FoundChoice).value !== YES) {
      const reading = pendingAnswerOf(step.context)?.reading;
      // "No, it works" ends a fault only where there was one: a warranty question is simply answered.
      if (reading?.kind === 'no' && reading.nowWorking && data.fault.symptom) {
        data.fault.solvedByTroubleshooting = true;
        await step.context.sendActivity(t(data.language, 'troubleshooting.solved'));
        return step.endDialog({ solved: true } satisfies RepairCaseResult);
      }
      await step.context.sendActivity(t(data.language, 'case.notOpened'));
      return step.endDialog({} satisfies RepairCaseResult);
    }
    return step.beginDialog(CONTACT_DIALOG);
  }

  private async openCaseStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    const lang = data.language;
    const contact = step.result as CustomerContact | undefined;
    if (!contact) {
      await step.context.sendActivity(t(lang, 'case.notOpened'));
      return step.endDialog({} satisfies RepairCaseResult);
    }
    const { decision, offeredAt } = stepValues<CaseFlowValues>(step) as CaseFlowValues;
    // A cause told while the contact was asked ("哦对了 之前电工拆开看过") changes what the customer agreed to: offered again.
    const decisionNow = decide(claimFromFacts(data, this.services.registry), this.services.clock.today());
    if (decisionNow.assessment !== decision.assessment || decisionNow.exclusions.join() !== decision.exclusions.join()) return step.replaceDialog(FLOW);
    const center = this.services.centers.forRegion(contact.region);
    const openedEarlier = await this.caseOpenedSince(step.context.activity.conversation.id, offeredAt, data.caseId);
    const repairCase = openedEarlier ?? await this.services.cases.create(
      {
        channel: step.context.activity.channelId,
        conversationId: step.context.activity.conversation.id,
        language: lang,
        contact,
        serial: data.product.serial,
        model: data.product.record?.model ?? data.product.model,
        category: categoryOf(data, this.services.registry),
        symptom: data.fault.symptom ?? 'other',
        customerWords: [...data.fault.words],
        warranty: { status: decision.warranty.status, endDate: decision.warranty.endDate },
        exclusions: decision.exclusions,
        assessment: decision.assessment,
        serviceCenterId: center.id,
        attachments: [...data.attachments],
      },
      { day: this.services.clock.today(), at: this.services.clock.now() },
    );
    data.caseId = repairCase.id;
    if (!openedEarlier && !data.product.serial && !data.product.model && !data.product.purchaseDate) {
      await noteUnidentifiedProduct(this.services, repairCase);
    }
    await linkCaseToConversation(this.services, step.context, repairCase);
    // The policy cannot decide this one: staff see it in the queue at once, while the customer is told what comes next.
    if (repairCase.assessment === 'review') await escalate(step.context, data, 'needs_decision', this.services);

    const text = [
      t(lang, 'case.opened', { caseId: repairCase.id }),
      t(lang, 'case.shipTo', { ...centerDetails(center, lang) }),
      t(lang, 'case.parcel', { caseId: repairCase.id }),
      t(lang, `case.next.${repairCase.assessment}` as MessageKey),
    ].join('\n\n');
    await step.context.sendActivity(MessageFactory.attachment(caseCard(repairCase, center, lang), text));
    return step.endDialog({ caseId: repairCase.id } satisfies RepairCaseResult);
  }

  /**
   * A turn that opened the case and then lost its state (storage gone before the turn's end) leaves the customer at the
   * same question; answering it again must not open a second case. Only this flow opens a conversation's cases, one at
   * a time, so a case opened since the offer that the saved conversation does not know is the one that turn opened.
   */
  private async caseOpenedSince(conversationId: string, offeredAt: string | undefined, knownCaseId: string | undefined): Promise<RepairCase | undefined> {
    if (offeredAt === undefined) return undefined;
    const cases = await this.services.cases.list({ conversationId });
    return cases.find((repairCase) => repairCase.createdAt >= offeredAt && repairCase.id !== knownCaseId);
  }
}

/** What the flow keeps between its steps: the decision explained, and when the case was offered. */
interface CaseFlowValues {
  decision: Decision;
  offeredAt?: string;
}

/** Staff see the case next to the conversation. */
async function linkCaseToConversation(
  services: Pick<AssistantServices, 'conversations' | 'clock'>,
  context: TurnContext,
  repairCase: RepairCase,
): Promise<void> {
  const record = await services.conversations.get(context.activity.conversation.id);
  if (!record) return;
  await services.conversations.transition(record.id, { status: record.status, owner: record.owner }, { caseId: repairCase.id }, services.clock.now());
}


/** Without a serial, a model or a date nobody can tell the warranty: staff see why the case waits for their review. */
async function noteUnidentifiedProduct(services: Pick<AssistantServices, 'cases' | 'clock'>, repairCase: RepairCase): Promise<void> {
  const note = 'product not identified: the customer could not read the serial and knows neither the model nor the purchase date';
  await services.cases.update(repairCase.id, (current) => ({
    ...current,
    history: [...current.history, { at: services.clock.now().toISOString(), event: 'note', note }],
  }));
}

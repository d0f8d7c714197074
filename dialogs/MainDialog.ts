// The root dialog: routes each new request by intent, reads every reply in the context of the question pending, and
// handles interruptions anywhere (help, start over, switch language, a person, a question of the customer's own),
// taking every fact a message reveals on the way.
import {
  ChoiceFactory,
  ComponentDialog,
  Dialog,
  DialogSet,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
  type Choice,
  type PromptOptions,
} from 'botbuilder-dialogs';
import { MessageFactory, type Activity, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { Recognition } from '../intents/types';
import { asksBack } from '../intents/answers/cues';
import { opensWithRating } from '../intents/answers/replies';
import { centerDetails } from '../src/domain/product';
import { goOnWithoutAnswer, isButtonClick, readPendingAnswer, type PendingAnswer } from './answerReading';
import { costSummary, knownFacts, policyTermsAnswer, warrantySummary } from './productSummary';
import { asksAboutChannelTerms, asksAboutTerms, asksCost, asksRepairTime, asksWarranty, asksWhereToSend, detectCommand, saysGoodbye } from '../intents/commands';
import { correctsDigits, serialOutOfReach } from '../intents/corrections';
import { t, type MessageKey } from '../src/i18n/translate';
import type { AssistantServices } from './services';
import { conversationDataOf, emptyFault, languageChosenThisTurn, recognitionOf, waitingForStaff, type ConversationData, type ConversationDataAccessor, type Topic } from './conversationData';
import { describesAFault, gatherFacts } from './factGathering';
import { takeCorrections } from './corrections';
import { claimFromFacts } from './claimFromFacts';
import { decide } from '../src/policy/decide';
import { FAULT_REPORT_DIALOG, FaultReportDialog, type FaultReportOptions, type FaultReportResult } from './FaultReportDialog';
import { WARRANTY_CHECK_DIALOG, WarrantyCheckDialog } from './WarrantyCheckDialog';
import { REPAIR_COST_DIALOG, RepairCostDialog } from './RepairCostDialog';
import { placeToShipFrom, SHIPPING_ADDRESS_DIALOG, ShippingAddressDialog } from './ShippingAddressDialog';
import { REPAIR_STATUS_DIALOG, RepairStatusDialog, describeCase } from './RepairStatusDialog';
import { FEEDBACK_DIALOG, FeedbackDialog, type FeedbackOptions } from './FeedbackDialog';
import { HANDOFF_DIALOG, HandoffDialog, type HandoffOptions } from './HandoffDialog';
import { CHOICE_PROMPT, YES, choicePromptOptions, createChoicePrompt, yesNoChoices } from './prompts';
import { asking, pendingPromptOptions, pendingQuestion, questionMarkOf, type QuestionKind } from './pendingQuestion';
import { askOpenQuestionAgain } from './questionWaterfall';
import { questionInWords, understoodIntent } from './routing';

export const MAIN_DIALOG = 'mainDialog';
const FLOW = 'mainFlow';

/** A mid-dialog request for a person must be clear: "Li Wei" in answer to "your name?" must not trigger it. */
const INTERRUPT_THRESHOLD = 0.75;
const MISUNDERSTANDINGS_BEFORE_OFFER = 2;
/** Questions a leaving "no thanks, bye" answers (it declines), and the ones asked once the outcome is reached. */
const ANSWERED_BY_A_NO: ReadonlySet<QuestionKind> = new Set<QuestionKind>(['open_case', 'offer_person', 'quote', 'confirm_clause', 'rating', 'suggestion']);

/** A serial, a phone or a case number in the message: it answers something, whatever else it says. */
function hasIdentifiers({ entities }: Recognition): boolean {
  return entities.serial !== undefined || entities.phone !== undefined || entities.case !== undefined;
}

const QUESTIONS_A_FAULT_REPLACES = new Set([REPAIR_STATUS_DIALOG, SHIPPING_ADDRESS_DIALOG, WARRANTY_CHECK_DIALOG, REPAIR_COST_DIALOG]);

interface RouteOptions {
  /** Start this child afresh (a fault described where another question was pending), its facts kept in conversation data. */
  resume?: string;
  resumeOptions?: object;
}

type ChildResult = FaultReportResult | FoundChoice | undefined;

export class MainDialog extends ComponentDialog {
  constructor(
    private readonly state: ConversationDataAccessor,
    private readonly services: AssistantServices,
  ) {
    super(MAIN_DIALOG);
    this.addDialog(createChoicePrompt());
    this.addDialog(new FaultReportDialog(state, services));
    this.addDialog(new WarrantyCheckDialog(state, services));
    this.addDialog(new RepairCostDialog(state, services));
    this.addDialog(new ShippingAddressDialog(state, services));
    this.addDialog(new RepairStatusDialog(state, services));
    this.addDialog(new FeedbackDialog(state, services));
    this.addDialog(new HandoffDialog(state, services));
    this.addDialog(new WaterfallDialog(FLOW, [this.routeStep.bind(this), this.followUpStep.bind(this), this.offeredPersonStep.bind(this)]));
    this.initialDialogId = FLOW;
  }

  /** Runs one turn of the conversation. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor): Promise<void> {
    const dialogs = new DialogSet(dialogState);
    dialogs.add(this);
    const dc = await dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  /**
   * Staff handed the conversation back: whatever the dialogs were waiting for is stale, so the assistant takes the facts
   * from what the customer told staff meanwhile, says it is back (with the case's news, if there is a case) and offers
   * the rating unless the customer already gave one.
   */
  async resumeAfterStaff(context: TurnContext, dialogState: StatePropertyAccessor, staffName: string, saidMeanwhile: string[]): Promise<void> {
    const dialogs = new DialogSet(dialogState);
    dialogs.add(this);
    const dc = await dialogs.createContext(context);
    await dc.cancelAllDialogs();
    const data = await conversationDataOf(this.state, context);
    for (const text of saidMeanwhile) {
      gatherFacts(data, this.services.recognizer.recognize(text, { today: this.services.clock.today() }), this.services.registry);
    }
    const lang = data.language;
    const lines = [t(lang, 'handoff.released', { name: staffName })];
    const repairCase = data.caseId ? await this.services.cases.get(data.caseId) : undefined;
    if (repairCase) lines.push(t(lang, 'handoff.releasedCase', { caseId: repairCase.id, status: t(lang, `caseStatus.${repairCase.status}` as MessageKey) }));
    await context.sendActivity(lines.join(' '));
    if (!data.feedbackGiven) {
      await dc.beginDialog(this.id, { resume: FEEDBACK_DIALOG, resumeOptions: { offered: true } satisfies FeedbackOptions } satisfies RouteOptions);
    }
  }

  protected override async onBeginDialog(innerDc: DialogContext, options?: RouteOptions): Promise<DialogTurnResult> {
    return (await this.takeFacts(innerDc)) ?? super.onBeginDialog(innerDc, options);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const interrupted = await this.interrupt(innerDc);
    if (interrupted) return interrupted;
    return (await this.takeFacts(innerDc)) ?? (await this.readPendingAnswer(innerDc)) ?? super.onContinueDialog(innerDc);
  }

  /** A turn's result when the message only corrected known facts (a correction is never a miss), else undefined. */
  private async takeFacts(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const recognition = recognitionOf(innerDc.context);
    if (!recognition) return undefined;
    // "Open a case" clicked is an answer, not the customer's words about the fault.
    const options = pendingPromptOptions(innerDc);
    if (isButtonClick(innerDc.context, options)) return undefined;
    const data = await conversationDataOf(this.state, innerDc.context);
    const reading = options ? readPendingAnswer(innerDc.context, options)?.reading : undefined;
    const saidYesOrNo = reading?.kind === 'yes' || reading?.kind === 'no';
    const changes = gatherFacts(data, recognition, this.services.registry, pendingQuestion(innerDc), saidYesOrNo);
    return takeCorrections(innerDc, data, changes, this.services);
  }

  /**
   * Reads the message as an answer to the question pending. A question of the customer's own is answered with what is
   * known and the question asked again in one short line; a miss is re-asked differently each time, the third says
   * what was understood, offers a person and goes on without the answer where the flow allows, and a fourth where it
   * does not hands the conversation to staff.
   */
  private async readPendingAnswer(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const context = innerDc.context;
    const options = pendingPromptOptions(innerDc);
    const recognition = recognitionOf(context);
    const answer = options && readPendingAnswer(context, options);
    if (!answer || !recognition) return undefined;
    const data = await conversationDataOf(this.state, context);
    // A question of their own that no topic covers ("do we get a loan unit meanwhile?") is not a miss: it is said so, once.
    const topic = topicAskedAbout(recognition, answer) ?? (asksSomethingElse(recognition, answer) ? 'other_question' : undefined);
    const sameQuestion = data.pendingMisses?.question === answer.kind ? data.pendingMisses : undefined;
    // The same question again, just answered: the answer did not help, and saying it again would not either.
    if (topic && sameQuestion?.answeredTopic !== topic) {
      data.pendingMisses = { question: answer.kind, count: sameQuestion?.count ?? 0, answeredTopic: topic };
      const answerText = topic === 'other_question' ? t(data.language, 'interrupt.otherQuestion') : await this.answerTopic(topic, data, recognition, answer.kind);
      await context.sendActivity(answerText);
      await askShortly(context, data, options);
      return Dialog.EndOfTurn;
    }
    // "hmm, not sure, let me think" at the offer: what a case commits them to, once, then the offer in one short line.
    if (answer.kind === 'open_case' && answer.reading.kind === 'unsure' && sameQuestion?.answeredTopic !== 'hesitation') {
      data.pendingMisses = { question: answer.kind, count: sameQuestion?.count ?? 0, answeredTopic: 'hesitation' };
      await context.sendActivity(t(data.language, 'case.hesitation'));
      await askShortly(context, data, options);
      return Dialog.EndOfTurn;
    }
    if (answersQuestion(answer, recognition)) {
      data.pendingMisses = undefined;
      return undefined;
    }
    const misses = (sameQuestion?.count ?? 0) + 1;
    data.pendingMisses = { question: answer.kind, count: misses, ...(sameQuestion?.answeredTopic ? { answeredTopic: sameQuestion.answeredTopic } : {}) };
    // "Where is that setting?" about a step: the step again in full, with a way on for whoever cannot find it.
    if (misses === 1 && answer.kind === 'fixed' && asksBack(recognition.text) && options.prompt) {
      await context.sendActivity(t(data.language, 'troubleshooting.stepAgain'));
      await context.sendActivity(options.prompt);
      return Dialog.EndOfTurn;
    }
    // The first miss gets the prompt's own retry, the second the short line: never the same words three times.
    if (misses === 1) return undefined;
    if (misses === 2) {
      await askShortly(context, data, options);
      return Dialog.EndOfTurn;
    }
    const goOn = GOES_ON_WITHOUT[answer.kind];
    // Offered a person and still not understood, on a question the flow cannot do without: the assistant is stuck,
    // and going round the same three re-prompts again helps nobody.
    if (misses > 3) {
      data.pendingMisses = undefined;
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(HANDOFF_DIALOG, { reason: 'not_understood' } satisfies HandoffOptions);
    }
    if (goOn) data.pendingMisses = undefined;
    const facts = knownFacts(data);
    const lang = data.language;
    const understood = facts ? t(lang, 'miss.understood', { facts }) : t(lang, 'miss.nothingYet');
    await context.sendActivity(`${understood}\n\n${t(lang, 'miss.offerPerson')}${goOn ? `\n\n${t(lang, goOn)}` : ''}`);
    if (goOn) {
      goOnWithoutAnswer(context);
      return undefined;
    }
    await askShortly(context, data, options);
    return Dialog.EndOfTurn;
  }

  /** What is already known about what the customer asked mid-flow. */
  private async answerTopic(topic: Topic, data: ConversationData, recognition: Recognition, pending: QuestionKind): Promise<string> {
    const lang = data.language;
    const today = this.services.clock.today();
    switch (topic) {
      case 'check_warranty':
        return warrantySummary(data, this.services.registry, today);
      case 'repair_cost':
        // "为什么是收费的？" while the case is offered: the reasons of the assessment just given, and the quote rule.
        if (pending === 'open_case') {
          const decision = decide(claimFromFacts(data, this.services.registry), today);
          return [...decision.reasons.map((reason) => reason.text[lang]), t(lang, 'cost.quoteFirst')].join('\n\n');
        }
        return costSummary(data, this.services.registry, today);
      case 'repair_time':
        return t(lang, 'interrupt.repairTime');
      case 'policy_terms':
        return policyTermsAnswer(data, this.services.registry, today, asksAboutChannelTerms(recognition.text));
      case 'shipping_address': {
        const region = placeToShipFrom(recognition.text, data);
        if (!region) return t(lang, 'interrupt.addressLater');
        const address = t(lang, 'shipping.answer', { ...centerDetails(this.services.centers.forRegion(region), lang) });
        // Asked before any fault is told ("do I have to open a case first or can I just post it?"): the case comes first.
        const noCaseUnderWay = !data.caseId && data.fault.words.length === 0;
        return noCaseUnderWay ? `${address}\n\n${t(lang, 'shipping.openCaseFirst')}` : address;
      }
      case 'repair_status': {
        const repairCase = data.caseId ? await this.services.cases.get(data.caseId) : undefined;
        if (!repairCase) return t(lang, 'interrupt.noCaseYet');
        return describeCase(repairCase, this.services.centers.byId(repairCase.serviceCenterId), lang);
      }
    }
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const context = innerDc.context;
    const recognition = recognitionOf(context);
    // A button's own title ("不用了" under the rating) answers its question, whatever command the same words make elsewhere.
    const clicked = isButtonClick(context, pendingPromptOptions(innerDc));
    const command = recognition && !clicked ? detectCommand(recognition.text) : undefined;
    if (command?.kind === 'language' || languageChosenThisTurn(context)) return this.continueInNewLanguage(innerDc);
    if (!recognition) return undefined;
    const data = await conversationDataOf(this.state, context);
    if (command?.kind === 'help') {
      await context.sendActivity(t(data.language, 'help.text'));
      await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    if (command?.kind === 'cancel') {
      await innerDc.cancelAllDialogs();
      forgetCurrentRequest(data);
      await context.sendActivity(t(data.language, 'cancel.done'));
      return { status: DialogTurnStatus.complete };
    }
    const pending = pendingQuestion(innerDc);
    // "4分 能不能加个电话客服？" rates the chat and suggests a phone line; only the words of a request ask for a person there.
    const ratesFirst = pending === 'rating' && opensWithRating(recognition.text);
    if (command?.kind === 'person' || (recognition.intent === 'human_agent' && recognition.confidence >= INTERRUPT_THRESHOLD && !ratesFirst)) {
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(HANDOFF_DIALOG, { reason: 'customer_request' } satisfies HandoffOptions);
    }
    // "ok thanks, that's all, bye" at a question that a "no" cannot answer: the customer is leaving, not answering.
    const leaving = recognition.intent === 'goodbye' && recognition.confidence >= INTERRUPT_THRESHOLD && saysGoodbye(recognition.text);
    if (pending && !ANSWERED_BY_A_NO.has(pending) && leaving && !hasIdentifiers(recognition)) {
      await innerDc.cancelAllDialogs();
      await context.sendActivity(t(data.language, 'goodbye.text'));
      return { status: DialogTurnStatus.complete };
    }
    // Asked for a case number or a city, customers often answer by describing the fault: that is the new request.
    const current = innerDc.stack[1]?.id;
    // "现在手上没有" (not to hand) reads like "没有画面" to the heads: said of the serial, it answers the question; so does
    // a serial given with where it was read ("授权证书上的 LIC-VMS-2025 01120"), a phone given for a case's status, and
    // "it's 0047 not 0042" puts the case number right.
    const answersWithItsEntity =
      (pending === 'serial' && recognition.entities.serial) ||
      (pending === 'case_phone' && recognition.entities.phone) ||
      (pending === 'case_id' && recognition.entities.case);
    const describesFault =
      recognition.intent === 'report_fault' &&
      recognition.symptom &&
      recognition.confidence >= INTERRUPT_THRESHOLD &&
      !serialOutOfReach(recognition.text) &&
      !answersWithItsEntity &&
      !correctsDigits(recognition.text) &&
      // "And what is the expected turnaround? Our patrol roster depends on that camera": a question about the repair.
      !asksRepairTime(recognition.text);
    if (describesFault && current && QUESTIONS_A_FAULT_REPLACES.has(current)) {
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(FLOW, { resume: FAULT_REPORT_DIALOG } satisfies RouteOptions);
    }
    return undefined;
  }

  /** The language was switched before the dialogs ran: confirm it in the new language and ask the open question again in it. */
  private async continueInNewLanguage(innerDc: DialogContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, innerDc.context);
    await innerDc.context.sendActivity(t(data.language, 'language.switched'));
    if (await askOpenQuestionAgain(innerDc)) return Dialog.EndOfTurn;
    // Only the offer of a person cannot be rebuilt; the customer can ask for one in either language.
    await innerDc.cancelAllDialogs();
    return { status: DialogTurnStatus.complete };
  }

  private async routeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    const lang = data.language;
    const options = (step.options ?? {}) as RouteOptions;
    if (options.resume) return step.beginDialog(options.resume, options.resumeOptions);

    if (languageChosenThisTurn(step.context)) return this.say(step, t(lang, 'language.switched'));
    const recognition = recognitionOf(step.context);
    if (!recognition) return step.endDialog();
    const command = detectCommand(recognition.text);
    if (command?.kind === 'help') return this.say(step, t(lang, 'help.text'));
    if (command?.kind === 'cancel') return this.say(step, t(lang, 'cancel.nothingToCancel'));
    if (command?.kind === 'language') return this.say(step, t(lang, 'language.switched'));
    if (command?.kind === 'person') return step.beginDialog(HANDOFF_DIALOG, { reason: 'customer_request' } satisfies HandoffOptions);

    if (asksRepairTime(recognition.text)) {
      // "is a PTZ covered if it stops rotating? How long does a repair take? do I pay the shipping?": the time is
      // answered, then the rest of the message is.
      if (!asksMoreThanTheTime(recognition)) return this.say(step, t(lang, 'interrupt.repairTime'));
      await step.context.sendActivity(t(lang, 'interrupt.repairTime'));
    }
    // "保修期从哪天算？" asks about the policy, not about one product: no serial is needed to answer it.
    if (asksAboutTerms(recognition.text) && !describesAFault(recognition) && !hasIdentifiers(recognition)) {
      return this.say(step, policyTermsAnswer(data, this.services.registry, this.services.clock.today(), asksAboutChannelTerms(recognition.text)));
    }
    const intent = understoodIntent(recognition);
    if (!intent) {
      // In the queue, what the assistant cannot answer was meant for the team: it is already on their request.
      if (waitingForStaff(step.context)) return this.say(step, t(lang, 'handoff.messageNoted'));
      data.misunderstood += 1;
      if (data.misunderstood >= MISUNDERSTANDINGS_BEFORE_OFFER) {
        return step.prompt(CHOICE_PROMPT, asking('offer_person', choicePromptOptions(lang, 'fallback.offerPerson', yesNoChoices(lang, 'choice.yesPerson', 'choice.noThanks'))));
      }
      return this.say(step, t(lang, 'fallback.notUnderstood'));
    }
    data.misunderstood = 0;
    switch (intent) {
      case 'greet':
        return this.say(step, t(lang, 'welcome.text'));
      case 'report_fault':
        return step.beginDialog(FAULT_REPORT_DIALOG, { answerFirst: questionWithFault(recognition) } satisfies FaultReportOptions);
      // "变焦不动了…应该还在保吧": the question is answered inside the fault it comes with, which is then handled.
      case 'check_warranty':
        if (data.fault.symptom && !data.caseId) return step.beginDialog(FAULT_REPORT_DIALOG, { answerFirst: 'warranty' } satisfies FaultReportOptions);
        // "1) Is the NP-VMS8100 … still under warranty? 2) … where do we ship it from Yinchuan?": both are answered.
        (step.values as FlowValues).alsoWhereToSend = asksWhereToSend(recognition.text);
        return step.beginDialog(WARRANTY_CHECK_DIALOG);
      case 'repair_cost':
        if (data.fault.symptom && !data.caseId) return step.beginDialog(FAULT_REPORT_DIALOG, { answerFirst: 'cost' } satisfies FaultReportOptions);
        return step.beginDialog(REPAIR_COST_DIALOG);
      case 'shipping_address':
        return step.beginDialog(SHIPPING_ADDRESS_DIALOG);
      case 'repair_status':
        return step.beginDialog(REPAIR_STATUS_DIALOG);
      case 'human_agent':
        return step.beginDialog(HANDOFF_DIALOG, { reason: 'customer_request' } satisfies HandoffOptions);
      case 'feedback':
        // A complaint about the service goes to a person at once; other feedback is rated and kept.
        if (recognition.complaint) {
          await step.context.sendActivity(t(lang, 'feedback.complaintHeard'));
          return step.beginDialog(HANDOFF_DIALOG, { reason: 'complaint' } satisfies HandoffOptions);
        }
        return step.beginDialog(FEEDBACK_DIALOG, { offered: false, comment: recognition.typed } satisfies FeedbackOptions);
      case 'goodbye':
        return this.say(step, t(lang, 'goodbye.text'));
      case 'out_of_scope':
        return this.say(step, t(lang, 'outOfScope.text'));
    }
  }

  private async followUpStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = step.result as ChildResult;
    const data = await conversationDataOf(this.state, step.context);
    // The answer to "would you like a person?" goes on to the next step.
    if (result && 'value' in result) return step.next(result);
    const values = step.values as FlowValues;
    if (values.alsoWhereToSend === true) {
      values.alsoWhereToSend = false;
      return step.beginDialog(SHIPPING_ADDRESS_DIALOG);
    }
    if (result && 'outcome' in result) {
      // The request is done: a new fault starts from a clean slate (the product and contact may still be the same). A
      // declined case keeps its fault, as the reply promises, until another fault is described.
      if (result.outcome === 'case_declined') data.fault.caseDeclined = true;
      else data.fault = emptyFault();
      if (result.outcome !== 'case_declined' && !data.feedbackGiven) {
        return step.beginDialog(FEEDBACK_DIALOG, { offered: true } satisfies FeedbackOptions);
      }
    }
    return step.endDialog();
  }

  private async offeredPersonStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = step.result as ChildResult;
    if (!result || !('value' in result)) return step.endDialog();
    const data = await conversationDataOf(this.state, step.context);
    if (result.value === YES) {
      data.misunderstood = 0;
      return step.replaceDialog(HANDOFF_DIALOG, { reason: 'not_understood' } satisfies HandoffOptions);
    }
    data.misunderstood = 0;
    await step.context.sendActivity(t(data.language, 'fallback.keepTrying'));
    return step.endDialog();
  }

  private async say(step: WaterfallStepContext, text: string): Promise<DialogTurnResult> {
    await step.context.sendActivity(text);
    return step.endDialog();
  }
}

function asksMoreThanTheTime(recognition: Recognition): boolean {
  return questionInWords(recognition.text) !== undefined || describesAFault(recognition);
}

/** What the flow keeps between its steps: a warranty question that also asked where to send the product. */
interface FlowValues {
  alsoWhereToSend?: boolean;
}

/** The question a fault report asks on the way ("…应该还在保吧", "…how much to fix?"), answered before the checks. */
function questionWithFault(recognition: Recognition): FaultReportOptions['answerFirst'] {
  if (asksWarranty(recognition.text)) return 'warranty';
  if (asksCost(recognition.text)) return 'cost';
  return undefined;
}

/** Questions a customer asks in the middle of a flow that the assistant answers from what it knows. */
const TOPIC_INTENTS: ReadonlySet<string> = new Set(['check_warranty', 'repair_cost', 'shipping_address', 'repair_status']);

/** The question's kinds whose flow can carry on without an answer after three misses, and what is said when it does. */
const GOES_ON_WITHOUT: Partial<Record<QuestionKind, MessageKey>> = {
  checklist: 'miss.goOn.checklist',
  rating: 'miss.goOn.rating',
  fixed: 'miss.goOn.fixed',
  symptom: 'miss.goOn.symptom',
  case_id: 'miss.goOn.caseId',
};

function topicAskedAbout(recognition: Recognition, answer: PendingAnswer): Topic | undefined {
  // A free question ("your city?") is answered by almost anything; only a question back interrupts it, and, asked for a
  // serial, a message with none that asks how long, how much or whether it is covered ("and how long does it take usually").
  const { text } = recognition;
  const asksInsteadOfSerial = answer.kind === 'serial' && !recognition.entities.serial && (asksRepairTime(text) || asksCost(text) || asksWarranty(text));
  const interrupts = answer.shape === 'free' ? asksBack(text) || asksInsteadOfSerial : answer.reading.kind === 'not_an_answer';
  if (!interrupts) return undefined;
  if (asksRepairTime(recognition.text)) return 'repair_time';
  if (asksCost(recognition.text)) return 'repair_cost';
  if (asksAboutTerms(recognition.text)) return 'policy_terms';
  if (asksWarranty(recognition.text)) return 'check_warranty';
  if (asksWhereToSend(recognition.text)) return 'shipping_address';
  if (recognition.confidence >= INTERRUPT_THRESHOLD && TOPIC_INTENTS.has(recognition.intent)) return recognition.intent as Topic;
  return undefined;
}

/** A question back at a choice that is not about a step (those are the step's own questions) and no answer. */
function asksSomethingElse(recognition: Recognition, answer: PendingAnswer): boolean {
  return answer.shape !== 'free' && answer.kind !== 'fixed' && answer.reading.kind === 'not_an_answer' && asksBack(recognition.text);
}

/** Whether the message answers the question: free questions are judged by their own dialogs, ratings by answerReading. */
function answersQuestion({ kind, shape, reading }: PendingAnswer, recognition: Recognition): boolean {
  // A phone or case-number question is answered by a number and nothing else, so its misses count like a choice's.
  if (kind === 'phone' || kind === 'case_phone') return recognition.entities.phone !== undefined;
  if (kind === 'case_id') return recognition.entities.case !== undefined;
  if (shape === 'free') return true;
  if (kind === 'symptom' && recognition.symptom) return true;
  if (kind === 'checklist' && recognition.cues.length > 0) return true;
  if (shape === 'yes_no' && reading.kind === 'unsure') return false;
  // "I'll try" waits for a result once; said again and again it would get the same "take your time" each time.
  if (reading.kind === 'will_try') return false;
  return reading.kind !== 'not_an_answer';
}

/** The pending question again in one short line, with its buttons. */
async function askShortly(context: TurnContext, data: ConversationData, options: PromptOptions): Promise<void> {
  const mark = questionMarkOf(options)!;
  const text = t(data.language, `reask.${mark.question}` as MessageKey, mark.params);
  const buttons = (options.choices ?? []) as Choice[];
  if (buttons.length > 0) {
    await context.sendActivity(ChoiceFactory.forChannel(context, buttons, text));
    return;
  }
  const shown = (options.prompt as Partial<Activity> | undefined)?.suggestedActions;
  await context.sendActivity(shown ? { ...MessageFactory.text(text), suggestedActions: shown } : text);
}

function forgetCurrentRequest(data: ConversationData): void {
  data.fault = emptyFault();
  data.product = {};
  data.misunderstood = 0;
}

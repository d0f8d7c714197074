// The root dialog: routes each new request by intent, and handles interruptions anywhere
// (help, start over, switch language, a person), taking every fact a message reveals on the way.
import {
  ComponentDialog,
  Dialog,
  DialogSet,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { detectCommand } from '../intents/commands';
import { t } from '../src/i18n/translate';
import type { AssistantServices } from './services';
import { conversationDataOf, emptyFault, languageChosenThisTurn, recognitionOf, type ConversationData, type ConversationDataAccessor } from './conversationData';
import { gatherFacts } from './factGathering';
import { takeCorrections } from './corrections';
import { FAULT_REPORT_DIALOG, FaultReportDialog, type FaultReportResult } from './FaultReportDialog';
import { WARRANTY_CHECK_DIALOG, WarrantyCheckDialog } from './WarrantyCheckDialog';
import { REPAIR_COST_DIALOG, RepairCostDialog } from './RepairCostDialog';
import { SHIPPING_ADDRESS_DIALOG, ShippingAddressDialog } from './ShippingAddressDialog';
import { REPAIR_STATUS_DIALOG, RepairStatusDialog } from './RepairStatusDialog';
import { FEEDBACK_DIALOG, FeedbackDialog, type FeedbackOptions } from './FeedbackDialog';
import { HANDOFF_DIALOG, HandoffDialog, type HandoffOptions } from './HandoffDialog';
import { CHOICE_PROMPT, YES, choicePromptOptions, createChoicePrompt, yesNoChoices } from './prompts';
import { asking, pendingQuestion } from './pendingQuestion';
import { askOpenQuestionAgain } from './questionWaterfall';
import { understoodIntent } from './routing';

export const MAIN_DIALOG = 'mainDialog';
const FLOW = 'mainFlow';

/** A mid-dialog request for a person must be clear: "Li Wei" in answer to "your name?" must not trigger it. */
const INTERRUPT_THRESHOLD = 0.75;
const MISUNDERSTANDINGS_BEFORE_OFFER = 2;
const QUESTIONS_A_FAULT_REPLACES = new Set([REPAIR_STATUS_DIALOG, SHIPPING_ADDRESS_DIALOG, WARRANTY_CHECK_DIALOG, REPAIR_COST_DIALOG]);

interface RouteOptions {
  /** Start this child afresh (a fault described where another question was pending), its facts kept in conversation data. */
  resume?: string;
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

  protected override async onBeginDialog(innerDc: DialogContext, options?: RouteOptions): Promise<DialogTurnResult> {
    return (await this.takeFacts(innerDc)) ?? super.onBeginDialog(innerDc, options);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const interrupted = await this.interrupt(innerDc);
    if (interrupted) return interrupted;
    return (await this.takeFacts(innerDc)) ?? super.onContinueDialog(innerDc);
  }

  /** A turn's result when the message only corrected known facts, else undefined and the dialogs read it. */
  private async takeFacts(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const recognition = recognitionOf(innerDc.context);
    if (!recognition) return undefined;
    const data = await conversationDataOf(this.state, innerDc.context);
    const changes = gatherFacts(data, recognition, this.services.registry, pendingQuestion(innerDc));
    return takeCorrections(innerDc, data, changes, this.services);
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const context = innerDc.context;
    const recognition = recognitionOf(context);
    const command = recognition ? detectCommand(recognition.text) : undefined;
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
    if (command?.kind === 'person' || (recognition.intent === 'human_agent' && recognition.confidence >= INTERRUPT_THRESHOLD)) {
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(HANDOFF_DIALOG, { reason: 'customer_request' } satisfies HandoffOptions);
    }
    // Asked for a case number or a city, customers often answer by describing the fault: that is the new request.
    const current = innerDc.stack[1]?.id;
    const describesFault = recognition.intent === 'report_fault' && recognition.symptom && recognition.confidence >= INTERRUPT_THRESHOLD;
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
    if (options.resume) return step.beginDialog(options.resume);

    if (languageChosenThisTurn(step.context)) return this.say(step, t(lang, 'language.switched'));
    const recognition = recognitionOf(step.context);
    if (!recognition) return step.endDialog();
    const command = detectCommand(recognition.text);
    if (command?.kind === 'help') return this.say(step, t(lang, 'help.text'));
    if (command?.kind === 'cancel') return this.say(step, t(lang, 'cancel.nothingToCancel'));
    if (command?.kind === 'language') return this.say(step, t(lang, 'language.switched'));
    if (command?.kind === 'person') return step.beginDialog(HANDOFF_DIALOG, { reason: 'customer_request' } satisfies HandoffOptions);

    const intent = understoodIntent(recognition);
    if (!intent) {
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
        return step.beginDialog(FAULT_REPORT_DIALOG);
      case 'check_warranty':
        return step.beginDialog(WARRANTY_CHECK_DIALOG);
      case 'repair_cost':
        return step.beginDialog(REPAIR_COST_DIALOG);
      case 'shipping_address':
        return step.beginDialog(SHIPPING_ADDRESS_DIALOG);
      case 'repair_status':
        return step.beginDialog(REPAIR_STATUS_DIALOG);
      case 'human_agent':
        return step.beginDialog(HANDOFF_DIALOG, { reason: 'customer_request' } satisfies HandoffOptions);
      case 'feedback':
        return step.beginDialog(FEEDBACK_DIALOG, { offered: false, comment: recognition.text } satisfies FeedbackOptions);
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
    if (result && 'outcome' in result) {
      // The request is done: a new fault starts from a clean slate (the product and contact may still be the same).
      data.fault = emptyFault();
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

function forgetCurrentRequest(data: ConversationData): void {
  data.fault = emptyFault();
  data.product = {};
  data.misunderstood = 0;
}

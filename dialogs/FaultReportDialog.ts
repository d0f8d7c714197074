// The fault conversation: product and symptom (asking only for what is missing), troubleshooting,
// the policy's screening questions, then the repair case.
import { ComponentDialog, type DialogTurnResult, type FoundChoice, type PromptValidatorContext, type WaterfallStepContext, ChoicePrompt, ListStyle } from 'botbuilder-dialogs';
import { t, type MessageKey } from '../src/i18n/translate';
import { saysAlreadyTried } from '../intents/answers/cues';
import { SYMPTOMS, type ClauseId } from '../src/domain/vocabulary';
import type { AssistantServices } from './services';
import { conversationDataOf, recognitionOf, type ConversationData, type ConversationDataAccessor } from './conversationData';
import { claimFromFacts, troubleshootingFamilyOf } from './claimFromFacts';
import { decide } from '../src/policy/decide';
import { IDENTIFY_PRODUCT_DIALOG, IdentifyProductDialog } from './IdentifyProductDialog';
import { TROUBLESHOOTING_DIALOG, TroubleshootingDialog, type TroubleshootingOptions, type TroubleshootingResult } from './TroubleshootingDialog';
import { SCREENING_DIALOG, ScreeningDialog } from './ScreeningDialog';
import { REPAIR_CASE_DIALOG, RepairCaseDialog, type RepairCaseResult } from './RepairCaseDialog';
import { choices, choicePromptOptions } from './prompts';
import { asking } from './pendingQuestion';
import { goingOnWithoutAnswer, readPendingAnswer } from './answerReading';
import { QuestionWaterfall } from './questionWaterfall';
import { costSummary, warrantySummary } from './productSummary';

export const FAULT_REPORT_DIALOG = 'faultReportDialog';
/** The clauses the sales record decides by itself. */
const RECORD_CLAUSES: ReadonlySet<ClauseId> = new Set<ClauseId>(['expired', 'unofficial_channel']);
/** Damage the usual on-site checks cannot undo. */
const DAMAGE_NO_CHECK_UNDOES: ReadonlySet<ClauseId> = new Set<ClauseId>(['abnormal_cause', 'force_majeure', 'improper_use', 'unauthorized_repair']);


const FLOW = 'faultReportFlow';
const SYMPTOM_PROMPT = 'symptomPrompt';

export interface FaultReportOptions {
  /** The customer's question that came with the fault, answered once the product is known, before the checks. */
  answerFirst?: 'warranty' | 'cost';
}

export interface FaultReportResult {
  outcome: 'solved' | 'case_opened' | 'case_declined';
  caseId?: string;
}

export class FaultReportDialog extends ComponentDialog {
  constructor(
    private readonly state: ConversationDataAccessor,
    private readonly services: AssistantServices,
  ) {
    super(FAULT_REPORT_DIALOG);
    // The symptom question is answered as often in words ("the picture is blurry") as by choice.
    const symptomPrompt = new ChoicePrompt(SYMPTOM_PROMPT, this.recogniseSymptom.bind(this));
    symptomPrompt.style = ListStyle.auto;
    this.addDialog(symptomPrompt);
    this.addDialog(new IdentifyProductDialog(state, services.clock));
    this.addDialog(new TroubleshootingDialog(state, services));
    this.addDialog(new ScreeningDialog(state));
    this.addDialog(new RepairCaseDialog(state, services));
    this.addDialog(
      new QuestionWaterfall(FLOW, [
        this.identifyProductStep.bind(this),
        this.symptomStep.bind(this),
        this.troubleshootStep.bind(this),
        this.screeningStep.bind(this),
        this.repairCaseStep.bind(this),
        this.finishStep.bind(this),
      ]),
    );
    this.initialDialogId = FLOW;
  }

  private async identifyProductStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(IDENTIFY_PRODUCT_DIALOG);
  }

  private async symptomStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    const lang = data.language;
    if (data.fault.symptom) return step.next();
    const symptomChoices = choices(
      lang,
      SYMPTOMS.map((symptom) => ({ value: symptom, label: `symptom.${symptom}` as MessageKey })),
    );
    return step.prompt(SYMPTOM_PROMPT, asking('symptom', choicePromptOptions(lang, 'fault.askSymptom', symptomChoices)));
  }

  private async recogniseSymptom(prompt: PromptValidatorContext<FoundChoice>): Promise<boolean> {
    const data = await conversationDataOf(this.state, prompt.context);
    const reading = readPendingAnswer(prompt.context, prompt.options)?.reading;
    const picked = reading?.kind === 'choices' && reading.picked.length === 1 ? SYMPTOMS[reading.picked[0] - 1] : undefined;
    const described = recognitionOf(prompt.context)?.symptom ?? undefined;
    const symptom = picked ?? described ?? (goingOnWithoutAnswer(prompt.context) ? 'other' : undefined);
    if (!symptom) return false;
    data.fault.symptom = symptom;
    prompt.recognized.value = { value: symptom, index: SYMPTOMS.indexOf(symptom), score: 1 };
    prompt.recognized.succeeded = true;
    return true;
  }

  private async troubleshootStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    // A camera that fell off a pole or stood in a flood isn't something a reboot decides; nor is a fault whose usual
    // checks the customer has already done. An expired warranty is no reason to skip them: a fix on site saves a paid repair.
    const decided = this.damageDecides(data);
    if (decided || data.fault.words.some(saysAlreadyTried)) {
      await step.context.sendActivity(t(data.language, decided ? 'troubleshooting.skipDecided' : 'troubleshooting.alreadyTried'));
      return step.next({ solved: false } satisfies TroubleshootingResult);
    }
    // What the sales record already decides (an ended warranty, a seller outside the channels) is said before the checks,
    // so the customer knows why a fix on site is worth their time.
    const lang = data.language;
    const fromRecord = decide(claimFromFacts(data, this.services.registry), this.services.clock.today()).reasons.filter(
      (reason) => reason.clause !== undefined && RECORD_CLAUSES.has(reason.clause),
    );
    const answerFirst = (step.options as FaultReportOptions | undefined)?.answerFirst;
    if (answerFirst && data.fault.stepsTried.length === 0) {
      const today = this.services.clock.today();
      const answer = answerFirst === 'warranty' ? warrantySummary(data, this.services.registry, today) : costSummary(data, this.services.registry, today);
      await step.context.sendActivity([answer, t(lang, fromRecord.length > 0 ? 'troubleshooting.worthTrying' : 'troubleshooting.firstTheFault')].join('\n\n'));
    } else if (fromRecord.length > 0 && data.fault.stepsTried.length === 0) {
      await step.context.sendActivity([...fromRecord.map((reason) => reason.text[lang]), t(lang, 'troubleshooting.worthTrying')].join('\n\n'));
    }
    return step.beginDialog(TROUBLESHOOTING_DIALOG, {
      symptom: data.fault.symptom ?? 'other',
      category: troubleshootingFamilyOf(data, this.services.registry),
    } satisfies TroubleshootingOptions);
  }

  private async screeningStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if ((step.result as TroubleshootingResult).solved) return step.endDialog({ outcome: 'solved' } satisfies FaultReportResult);
    // Asked even when an expired warranty makes the repair charged: the quote depends on what happened to the device. Not
    // once the customer has described damage that decides it: more questions would only add friction.
    const data = await conversationDataOf(this.state, step.context);
    if (this.damageDecides(data)) return step.next();
    return step.beginDialog(SCREENING_DIALOG);
  }

  /** Damage the customer described decides the repair; a mention read in a reply to a step has yet to be confirmed. */
  private damageDecides(data: ConversationData): boolean {
    const settled = { ...data, fault: { ...data.fault, cues: data.fault.cues.filter((cue) => !cue.inReplyToStep) } };
    const decision = decide(claimFromFacts(settled, this.services.registry), this.services.clock.today());
    return decision.exclusions.some((finding) => DAMAGE_NO_CHECK_UNDOES.has(finding.clause));
  }

  private async repairCaseStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(REPAIR_CASE_DIALOG);
  }

  private async finishStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { caseId, solved } = step.result as RepairCaseResult;
    if (solved) return step.endDialog({ outcome: 'solved' } satisfies FaultReportResult);
    return step.endDialog((caseId ? { outcome: 'case_opened', caseId } : { outcome: 'case_declined' }) satisfies FaultReportResult);
  }
}

// Guided troubleshooting: one step at a time for the symptom and product category, asking "did that help?" after each
// and waiting for the result when the customer is still trying.
import { ComponentDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import { t } from '../src/i18n/translate';
import type { Symptom } from '../src/domain/vocabulary';
import type { AssistantServices } from './services';
import { conversationDataOf, type ConversationDataAccessor } from './conversationData';
import { CHOICE_PROMPT, SKIPPED, YES, choicePromptOptions, createChoicePrompt, yesNoChoices } from './prompts';
import { stepValues } from './stepValues';
import { asking } from './pendingQuestion';
import { pendingAnswerOf } from './answerReading';
import { QuestionWaterfall } from './questionWaterfall';

export const TROUBLESHOOTING_DIALOG = 'troubleshootingDialog';
const LOOP = 'troubleshootingLoop';
/**
 * The routines list their checks most likely first; a service engineer on the phone tries the first two and then takes
 * the device in rather than keep the customer busy. On the conversation corpus's development half, two checks instead of
 * five saved three messages a conversation (median) and changed no outcome.
 */
const STEPS_ON_SITE = 2;

export interface TroubleshootingOptions {
  symptom: Symptom;
  category?: string;
  /** The step is asked again in a short line: the customer is trying it, or was unsure whether it helped. */
  again?: 'waiting' | 'unsure';
  /** The customer was already unsure once about this step; a second "not sure" counts as not fixed. */
  unsureAsked?: boolean;
}
export interface TroubleshootingResult {
  solved: boolean;
}

export class TroubleshootingDialog extends ComponentDialog {
  constructor(
    private readonly state: ConversationDataAccessor,
    private readonly services: Pick<AssistantServices, 'troubleshooting'>,
  ) {
    super(TROUBLESHOOTING_DIALOG);
    this.addDialog(createChoicePrompt());
    this.addDialog(new QuestionWaterfall(LOOP, [this.offerNextStep.bind(this), this.takeAnswerStep.bind(this)]));
    this.initialDialogId = LOOP;
  }

  private async offerNextStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = step.options as TroubleshootingOptions;
    const data = await conversationDataOf(this.state, step.context);
    const lang = data.language;
    const steps = this.services.troubleshooting(options.symptom, options.category).slice(0, STEPS_ON_SITE);
    // Steps tried before a restart (e.g. after switching language) are not offered again.
    const next = steps.find((candidate) => !data.fault.stepsTried.includes(candidate.id));
    if (!next) {
      await step.context.sendActivity(t(lang, 'troubleshooting.exhausted'));
      return step.endDialog({ solved: false } satisfies TroubleshootingResult);
    }
    if (data.fault.stepsTried.length === 0 && !options.again) await step.context.sendActivity(t(lang, 'troubleshooting.intro'));
    stepValues<{ stepId: string }>(step).stepId = next.id;
    const number = steps.indexOf(next) + 1;
    const buttons = yesNoChoices(lang, 'choice.fixed', 'choice.notFixed');
    const params = { number, total: steps.length, instruction: next.text[lang] };
    const ask = options.again === 'waiting' ? 'troubleshooting.takeYourTime' : options.again === 'unsure' ? 'troubleshooting.unsure' : 'troubleshooting.step';
    return step.prompt(CHOICE_PROMPT, asking('fixed', choicePromptOptions(lang, ask, buttons, params), { params: { number } }));
  }

  private async takeAnswerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    const lang = data.language;
    const options = step.options as TroubleshootingOptions;
    const stepId = String(stepValues<{ stepId: string }>(step).stepId);
    const value = (step.result as FoundChoice).value;
    const reading = pendingAnswerOf(step.context)?.reading;
    switch (value) {
      case YES:
        data.fault.stepsTried.push(stepId);
        data.fault.solvedByTroubleshooting = true;
        await step.context.sendActivity(t(lang, 'troubleshooting.solved'));
        return step.endDialog({ solved: true } satisfies TroubleshootingResult);
      case 'will_try':
        // Never close a fault on "I'll try": the same step waits for the result.
        return step.replaceDialog(LOOP, { ...options, again: 'waiting' } satisfies TroubleshootingOptions);
      case 'unsure':
        if (!options.unsureAsked) return step.replaceDialog(LOOP, { ...options, again: 'unsure', unsureAsked: true } satisfies TroubleshootingOptions);
        break;
      case 'already_tried':
        await step.context.sendActivity(t(lang, 'troubleshooting.alreadyTried'));
        return step.endDialog({ solved: false } satisfies TroubleshootingResult);
      case SKIPPED:
        return step.endDialog({ solved: false } satisfies TroubleshootingResult);
    }
    data.fault.stepsTried.push(stepId);
    // What the customer saw ("black in the browser too") is for the engineer: it goes onto the case with their words.
    const observation = reading?.kind === 'not_fixed' ? reading.observation : undefined;
    if (observation && !data.fault.words.includes(observation)) data.fault.words.push(observation);
    return step.replaceDialog(LOOP, { symptom: options.symptom, category: options.category } satisfies TroubleshootingOptions);
  }
}

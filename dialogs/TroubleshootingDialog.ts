// Guided troubleshooting: one step at a time for the symptom and product category, asking "did that help?" after each.
import { ComponentDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import { t } from '../src/i18n/translate';
import type { Symptom } from '../src/domain/vocabulary';
import type { AssistantServices } from './services';
import { conversationDataOf, type ConversationDataAccessor } from './conversationData';
import { CHOICE_PROMPT, YES, choicePromptOptions, createChoicePrompt, yesNoChoices } from './prompts';
import { stepValues } from './stepValues';
import { asking } from './pendingQuestion';
import { QuestionWaterfall } from './questionWaterfall';

export const TROUBLESHOOTING_DIALOG = 'troubleshootingDialog';
const LOOP = 'troubleshootingLoop';

export interface TroubleshootingOptions {
  symptom: Symptom;
  category?: string;
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
    const steps = this.services.troubleshooting(options.symptom, options.category);
    // Steps tried before a restart (e.g. after switching language) are not offered again.
    const next = steps.find((candidate) => !data.fault.stepsTried.includes(candidate.id));
    if (!next) {
      await step.context.sendActivity(t(lang, 'troubleshooting.exhausted'));
      return step.endDialog({ solved: false } satisfies TroubleshootingResult);
    }
    if (data.fault.stepsTried.length === 0) await step.context.sendActivity(t(lang, 'troubleshooting.intro'));
    stepValues<{ stepId: string }>(step).stepId = next.id;
    const number = steps.indexOf(next) + 1;
    return step.prompt(
      CHOICE_PROMPT,
      asking(
        'fixed',
        choicePromptOptions(lang, 'troubleshooting.step', yesNoChoices(lang, 'choice.fixed', 'choice.notFixed'), {
          number,
          total: steps.length,
          instruction: next.text[lang],
        }),
      ),
    );
  }

  private async takeAnswerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    data.fault.stepsTried.push(String(stepValues<{ stepId: string }>(step).stepId));
    if ((step.result as FoundChoice).value === YES) {
      data.fault.solvedByTroubleshooting = true;
      await step.context.sendActivity(t(data.language, 'troubleshooting.solved'));
      return step.endDialog({ solved: true } satisfies TroubleshootingResult);
    }
    return step.replaceDialog(LOOP, step.options);
  }
}

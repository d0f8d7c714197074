// Takes a 1–5 rating and an optional suggestion, asked for by the customer or offered after a solved problem or a new case.
import { ComponentDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import { isNone, parseRating } from '../intents/answers/replies';
import { t } from '../src/i18n/translate';
import type { AssistantServices } from './services';
import { conversationDataOf, type ConversationDataAccessor } from './conversationData';
import { CHOICE_PROMPT, SKIPPED, TEXT_PROMPT, choicePromptOptions, choices, createChoicePrompt, createTextPrompt, textPromptOptions } from './prompts';
import { stepValues } from './stepValues';
import { asking } from './pendingQuestion';
import { QuestionWaterfall } from './questionWaterfall';
import { escalate } from './escalation';

export const FEEDBACK_DIALOG = 'feedbackDialog';
const FLOW = 'feedbackFlow';
const SKIP = 'skip';

export interface FeedbackOptions {
  /** The assistant offers it (after a case or a fix), so "no thanks" is a fine answer. */
  offered: boolean;
  /** What the customer already said when they came to complain, praise or suggest. */
  comment?: string;
}

export class FeedbackDialog extends ComponentDialog {
  constructor(
    private readonly state: ConversationDataAccessor,
    private readonly services: Pick<AssistantServices, 'feedback' | 'clock' | 'staffQueue' | 'registry'>,
  ) {
    super(FEEDBACK_DIALOG);
    this.addDialog(createChoicePrompt());
    this.addDialog(createTextPrompt());
    this.addDialog(new QuestionWaterfall(FLOW, [this.ratingStep.bind(this), this.commentStep.bind(this), this.saveStep.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async ratingStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    const lang = data.language;
    const options = step.options as FeedbackOptions;
    const ratingChoices = choices(lang, [
      { value: '5', label: 'feedback.rating5', synonyms: ['5', 'five', '五', '五星', '非常满意'] },
      { value: '4', label: 'feedback.rating4', synonyms: ['4', 'four', '四', '四星', '满意'] },
      { value: '3', label: 'feedback.rating3', synonyms: ['3', 'three', '三', '三星', '一般'] },
      { value: '2', label: 'feedback.rating2', synonyms: ['2', 'two', '二', '两星', '不满意'] },
      { value: '1', label: 'feedback.rating1', synonyms: ['1', 'one', '一', '一星', '很差'] },
      ...(options.offered ? [{ value: SKIP, label: 'feedback.noThanks' as const, synonyms: ['no', 'no thanks', 'skip', '不用', '不用了', '算了', '跳过'] }] : []),
    ]);
    return step.prompt(CHOICE_PROMPT, asking('rating', choicePromptOptions(lang, options.offered ? 'feedback.offer' : 'feedback.askRating', ratingChoices)));
  }

  private async commentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    const lang = data.language;
    const found = step.result as FoundChoice;
    if (found.value === SKIP || found.value === SKIPPED) {
      await step.context.sendActivity(t(lang, 'feedback.skipped'));
      return step.endDialog();
    }
    const rating = Number(found.value) || parseRating(step.context.activity.text ?? '') || 3;
    stepValues<{ rating: number }>(step).rating = rating;
    const options = step.options as FeedbackOptions;
    if (options.comment) return step.next(options.comment);
    const ask = t(lang, rating <= 2 ? 'feedback.askWhatWentWrong' : 'feedback.askSuggestion');
    return step.prompt(TEXT_PROMPT, asking('suggestion', textPromptOptions(ask, ask)));
  }

  private async saveStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    const raw = String(step.result ?? '').trim();
    const comment = raw && !isNone(raw) && !/^(no thanks|skip|不用了?|没有了?)$/i.test(raw) ? raw : undefined;
    const rating = Number(stepValues<{ rating: number }>(step).rating);
    await this.services.feedback.add({
      conversationId: step.context.activity.conversation.id,
      channel: step.context.activity.channelId,
      language: data.language,
      rating,
      comment,
      caseId: data.caseId,
      at: this.services.clock.now().toISOString(),
    });
    data.feedbackGiven = true;
    // A customer who came to complain and rates us poorly gets a person, not only a thank-you.
    if (!(step.options as FeedbackOptions).offered && rating <= 2) {
      await escalate(step.context, data, 'complaint', this.services);
      await step.context.sendActivity(t(data.language, 'feedback.complaintQueued'));
      return step.endDialog();
    }
    await step.context.sendActivity(t(data.language, 'feedback.thanks'));
    return step.endDialog();
  }
}

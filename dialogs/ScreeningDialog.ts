// Asks, in one compact checklist, about the policy's exclusions the customer has not already spoken to.
import { ComponentDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import { MessageFactory } from 'botbuilder';
import { t, type MessageKey } from '../src/i18n/translate';
import type { ClauseId } from '../src/domain/vocabulary';
import { conversationDataOf, recognitionOf, type ConversationData, type ConversationDataAccessor } from './conversationData';
import { CHOICE_PROMPT, SKIPPED, TEXT_PROMPT, YES, choicePromptOptions, createChoicePrompt, createTextPrompt, yesNoChoices } from './prompts';
import type { ExclusionCue } from '../intents/types';
import { stepValues } from './stepValues';
import { asking } from './pendingQuestion';
import { goingOnWithoutAnswer, pendingAnswerOf } from './answerReading';
import { QuestionWaterfall } from './questionWaterfall';

export const SCREENING_DIALOG = 'screeningDialog';
const LOOP = 'screeningLoop';
const MAX_RETRIES = 2;

/** The checklist, in the policy's order; `expired` is a matter of dates, not a question. */
const SCREENED: Array<{ clause: ClauseId; label: MessageKey }> = [
  { clause: 'abnormal_cause', label: 'screening.item.abnormal_cause' },
  { clause: 'force_majeure', label: 'screening.item.force_majeure' },
  { clause: 'improper_use', label: 'screening.item.improper_use' },
  { clause: 'unofficial_software', label: 'screening.item.unofficial_software' },
  { clause: 'unauthorized_repair', label: 'screening.item.unauthorized_repair' },
  { clause: 'unofficial_channel', label: 'screening.item.unofficial_channel' },
];

export function clausesStillToScreen(data: ConversationData): ClauseId[] {
  return SCREENED.map((item) => item.clause).filter((clause) => {
    if (clause === 'unofficial_channel' && data.product.record) return false; // the sales contract says how it was sold
    if (data.fault.answers[clause] !== undefined) return false;
    return !data.fault.cues.some((cue) => cue.clause === clause && !cue.inReplyToStep);
  });
}

export class ScreeningDialog extends ComponentDialog {
  constructor(private readonly state: ConversationDataAccessor) {
    super(SCREENING_DIALOG);
    this.addDialog(createTextPrompt());
    this.addDialog(createChoicePrompt());
    this.addDialog(
      new QuestionWaterfall(LOOP, [this.askChecklistStep.bind(this), this.takeAnswerStep.bind(this), this.takeConfirmationStep.bind(this)]),
    );
    this.initialDialogId = LOOP;
  }

  private async askChecklistStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const retries = Number((step.options as { retries?: number } | undefined)?.retries ?? 0);
    const data = await conversationDataOf(this.state, step.context);
    const lang = data.language;
    const pending = clausesStillToScreen(data);
    if (pending.length === 0 || retries > MAX_RETRIES) return step.endDialog();
    stepValues<{ pending: ClauseId[]; retries: number }>(step).pending = pending;
    stepValues<{ pending: ClauseId[]; retries: number }>(step).retries = retries;
    const items = pending.map((clause) => t(lang, SCREENED.find((item) => item.clause === clause)!.label));
    const list = items.map((item, index) => `${index + 1}. ${item}`).join('\n');
    const intro = t(lang, retries === 0 ? 'screening.ask' : 'screening.retry');
    const question = MessageFactory.suggestedActions([t(lang, 'screening.none')], `${intro}\n\n${list}\n\n${t(lang, 'screening.howToAnswer')}`);
    return step.prompt(TEXT_PROMPT, asking('checklist', { prompt: question, retryPrompt: question }, { options: items }));
  }

  private async takeAnswerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    const pending = stepValues<{ pending: ClauseId[]; retries: number }>(step).pending as ClauseId[];
    const recognition = recognitionOf(step.context);
    const reading = pendingAnswerOf(step.context)?.reading;
    // Three misses: the checks stay unanswered, for the engineer to go over.
    if (goingOnWithoutAnswer(step.context)) return step.endDialog();
    const mentioned = (recognition?.cues ?? []).filter((cue) => pending.includes(cue.clause));

    // "No no, nobody touched it… just the network drop": a "none" that also reads as a mention. Rather than conclude
    // either way, one targeted question about that clause.
    const doubtful = reading?.kind === 'none' ? mentioned.find((cue) => !cue.negated) : undefined;
    if (doubtful) {
      pending.filter((clause) => clause !== doubtful.clause).forEach((clause) => (data.fault.answers[clause] = false));
      stepValues<{ doubtful: ExclusionCue }>(step).doubtful = doubtful;
      const lang = data.language;
      const item = t(lang, SCREENED.find((screened) => screened.clause === doubtful.clause)!.label);
      return step.prompt(
        CHOICE_PROMPT,
        asking('confirm_clause', choicePromptOptions(lang, 'screening.confirm', yesNoChoices(lang), { words: doubtful.text, item }), { clause: doubtful.clause }),
      );
    }
    if (reading?.kind === 'choices') {
      pending.forEach((clause, index) => (data.fault.answers[clause] = reading.picked.includes(index + 1)));
    } else if (mentioned.length > 0) {
      // The customer described what happened; what they did not mention is taken as "no".
      pending.forEach((clause) => {
        const cue = mentioned.find((candidate) => candidate.clause === clause);
        data.fault.answers[clause] = cue ? !cue.negated : false;
      });
    } else if (reading?.kind === 'none') {
      pending.forEach((clause) => (data.fault.answers[clause] = false));
    } else {
      return step.replaceDialog(LOOP, { retries: Number(stepValues<{ pending: ClauseId[]; retries: number }>(step).retries) + 1 });
    }
    // Asked outright, the customer's "no" outweighs a mention read in a reply to a troubleshooting step.
    data.fault.cues = data.fault.cues.filter((cue) => !(cue.inReplyToStep && data.fault.answers[cue.clause] === false));
    return step.endDialog();
  }

  /** The answer to the targeted question decides the clause; a "no" takes back the reading of the words that raised it. */
  private async takeConfirmationStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    const doubtful = stepValues<{ doubtful: ExclusionCue }>(step).doubtful as ExclusionCue;
    const happened = (step.result as FoundChoice).value === YES;
    data.fault.answers[doubtful.clause] = happened;
    if (!happened && (step.result as FoundChoice).value !== SKIPPED) {
      data.fault.cues = data.fault.cues.filter((cue) => cue.clause !== doubtful.clause || cue.negated);
    }
    return step.endDialog();
  }
}

// What the customer's message says as an answer to the question pending: one reading per turn, from the kind of question.
import type { TurnContext } from 'botbuilder';
import type { Choice, PromptOptions } from 'botbuilder-dialogs';
import { declines } from '../intents/answers/cues';
import { opensWithBareNo, readAnswer, type AnswerShape, type Reading } from '../intents/answers/index';
import { exactOption } from '../intents/answers/options';
import { parseRating } from '../intents/answers/replies';
import type { Recognition } from '../intents/types';
import type { ClauseId } from '../src/domain/vocabulary';
import { recognitionOf } from './conversationData';
import { questionMarkOf, type QuestionKind } from './pendingQuestion';

/** How each kind of question is answered; free questions are read by their own dialogs (entities, dates, names). */
export const ANSWER_SHAPE: Record<QuestionKind, AnswerShape> = {
  serial: 'free',
  model: 'free',
  purchase_date: 'free',
  symptom: 'choice',
  fixed: 'fixed',
  checklist: 'checklist',
  confirm_clause: 'yes_no',
  open_case: 'yes_no',
  contact: 'free',
  name: 'free',
  phone: 'free',
  city: 'free',
  case_id: 'free',
  case_phone: 'free',
  quote: 'yes_no',
  rating: 'choice',
  suggestion: 'free',
  offer_person: 'yes_no',
};

export interface PendingAnswer {
  kind: QuestionKind;
  shape: AnswerShape;
  reading: Reading;
}

const READING_KEY = Symbol('pendingAnswer');
const GIVE_UP_KEY = Symbol('goOnWithoutAnswer');

/** The option titles a prompt shows: its buttons, or the list a checklist marks with its kind. */
function optionTitles(options: PromptOptions): string[] {
  const listed = questionMarkOf(options)?.options;
  if (listed) return listed;
  return ((options.choices ?? []) as Array<Choice | string>).map((choice) =>
    typeof choice === 'string' ? choice : String(choice.action?.title ?? choice.value),
  );
}

/** Reads this turn's message as the answer to the prompt with these options; the same reading for every reader of the turn. */
export function readPendingAnswer(context: TurnContext, options: PromptOptions): PendingAnswer | undefined {
  const known = context.turnState.get(READING_KEY) as PendingAnswer | undefined;
  if (known) return known;
  const kind = questionMarkOf(options)?.question;
  const recognition = recognitionOf(context);
  if (!kind || !recognition) return undefined;
  const shape = ANSWER_SHAPE[kind];
  const reading =
    (kind === 'rating' && ratingPicked(recognition.text, options)) ||
    (kind === 'confirm_clause' && toldAgain(recognition, questionMarkOf(options)?.clause)) ||
    (kind === 'open_case' && contactSent(recognition)) ||
    readAnswer(recognition, { shape, options: optionTitles(options) });
  const answer: PendingAnswer = { kind, shape, reading };
  context.turnState.set(READING_KEY, answer);
  return answer;
}

/**
 * A rating anywhere in the reply answers the rating question, before anything else it says: "3, I expected it to be
 * covered" is a 3 with a remark, not a question about the warranty; and the "5" of "5分吧" is the rating 5, not the
 * fifth button (the ratings are listed 5 to 1).
 */
function ratingPicked(text: string, options: PromptOptions): Reading | undefined {
  const rating = parseRating(text);
  const index = ((options.choices ?? []) as Array<Choice | string>).findIndex((choice) => typeof choice !== 'string' && choice.value === String(rating));
  return rating !== undefined && index >= 0 ? { kind: 'choices', picked: [index + 1] } : undefined;
}

/**
 * Asked whether the thing they mentioned happened, a customer who tells it again in words ("runs at -35, the datasheet
 * says -30… never dropped") says yes, whatever the rest of the reply denies; one who opens with a bare "no" says no.
 */
function toldAgain(recognition: Recognition, clause: ClauseId | undefined): Reading | undefined {
  // "No. It's in a rack in our server room…" answers no before anything it tells; "没摔过 也没进水…哦对了 师傅拆开看过"
  // denies other causes first and then tells this one.
  if (opensWithBareNo(recognition.text)) return { kind: 'no' };
  return recognition.cues.some((cue) => cue.clause === clause && !cue.negated) ? { kind: 'yes' } : undefined;
}

/** Asked whether to open a case, a customer who sends a phone number ("Li Wei, 138…, Hangzhou") says yes with it. */
function contactSent(recognition: Recognition): Reading | undefined {
  return recognition.entities.phone !== undefined && !declines(recognition.text) ? { kind: 'yes' } : undefined;
}

const BUTTON_KEY = Symbol('buttonClicked');

/**
 * Whether this turn's message is one of the pending prompt's buttons, clicked or typed word for word: it answers, it
 * tells no facts and makes no command. Read once a turn, for every reader of the turn.
 */
export function isButtonClick(context: TurnContext, options: PromptOptions | undefined): boolean {
  const known = context.turnState.get(BUTTON_KEY) as boolean | undefined;
  if (known !== undefined) return known;
  const text = recognitionOf(context)?.text;
  const clicked = text !== undefined && options !== undefined && exactOption(text, optionTitles(options)) !== undefined;
  context.turnState.set(BUTTON_KEY, clicked);
  return clicked;
}

/** This turn's reading of the pending question, once a prompt or the main dialog has read it. */
export function pendingAnswerOf(context: TurnContext): PendingAnswer | undefined {
  return context.turnState.get(READING_KEY) as PendingAnswer | undefined;
}

/** The customer missed the question three times: the asking dialog goes on without the answer where its flow allows. */
export function goOnWithoutAnswer(context: TurnContext): void {
  context.turnState.set(GIVE_UP_KEY, true);
}

export function goingOnWithoutAnswer(context: TurnContext): boolean {
  return context.turnState.get(GIVE_UP_KEY) === true;
}

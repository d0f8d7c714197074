// What the customer's message says as an answer to the question pending: one reading per turn, from the kind of question.
import type { TurnContext } from 'botbuilder';
import type { Choice, PromptOptions } from 'botbuilder-dialogs';
import { readAnswer, type AnswerShape, type Reading } from '../intents/answers/index';
import { observationIn } from '../intents/answers/cues';
import { exactOption, optionNumbers } from '../intents/answers/options';
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

/**
 * Words that say the fault is gone. Closing a fault on a misreading is the worst mistake the assistant can make, so a
 * "fixed" read from free text must say so in words; "ok" after a step is the customer setting off to try it, and a
 * report of what they saw ("it hunts and stops blurry again") is the answer the step asked for: not fixed.
 */
const SAYS_FIXED =
  /\b(?:yes|yep|yeah|yup|fixed|solved|sorted|resolved|all good|perfect)\b|\bthat (?:did it|worked|helped|fixed it)\b|\bit (?:works|worked|helped)\b|\b(?:works|working|running) (?:now|again|fine|ok(?:ay)?)\b|\b(?:it'?s|is|came|coming) back\b|\bback (?:to normal|up|on(?:line)?)\b|好了|恢复|正常了|可以了|能用了|解决|有效|有用|管用|有画面了|有图像了|亮了|没问题了|是的|对的?$/iu;

function closesFaultOnlyInWords(reading: Reading, text: string, options: readonly string[]): Reading {
  if (reading.kind !== 'fixed' || exactOption(text, options) !== undefined || optionNumbers(text, options.length).length > 0) return reading;
  if (SAYS_FIXED.test(text)) return reading;
  const observation = observationIn(text);
  return observation ? { kind: 'not_fixed', observation } : { kind: 'will_try' };
}

/** Reads this turn's message as the answer to the prompt with these options; the same reading for every reader of the turn. */
export function readPendingAnswer(context: TurnContext, options: PromptOptions): PendingAnswer | undefined {
  const known = context.turnState.get(READING_KEY) as PendingAnswer | undefined;
  if (known) return known;
  const kind = questionMarkOf(options)?.question;
  const recognition = recognitionOf(context);
  if (!kind || !recognition) return undefined;
  const shape = ANSWER_SHAPE[kind];
  const titles = optionTitles(options);
  const read = readAnswer(recognition, { shape, options: titles });
  const reading = shape === 'fixed' ? closesFaultOnlyInWords(read, recognition.text, titles) : read;
  const answer: PendingAnswer = { kind, shape, reading };
  context.turnState.set(READING_KEY, answer);
  return answer;
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

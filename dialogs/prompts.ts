// The prompts every dialog shares: free text, and choices that render as buttons where the channel has them
// and as numbered text elsewhere (WeChat), answered by button, number or in words read in the context of the question.
import { ActivityTypes, type Activity } from 'botbuilder';
import {
  ChoicePrompt,
  ListStyle,
  TextPrompt,
  type Choice,
  type FoundChoice,
  type PromptOptions,
  type PromptValidatorContext,
} from 'botbuilder-dialogs';
import type { Reading } from '../intents/answers/index';
import { goingOnWithoutAnswer, readPendingAnswer } from './answerReading';
import { t, type MessageKey, type MessageParams } from '../src/i18n/translate';
import type { Language } from '../src/domain/vocabulary';

export const TEXT_PROMPT = 'textPrompt';
export const CHOICE_PROMPT = 'choicePrompt';

export const YES = 'yes';
export const NO = 'no';

/** Chinese choice lists read "1. 是 或 2. 否" rather than the SDK's stilted "要么". */
const CHOICE_DEFAULTS = {
  'en-us': { inlineSeparator: ', ', inlineOr: ' or ', inlineOrMore: ', or ', includeNumbers: true },
  'zh-cn': { inlineSeparator: '，', inlineOr: ' 或 ', inlineOrMore: '，或 ', includeNumbers: true },
};

export function createTextPrompt(): TextPrompt {
  return new TextPrompt(TEXT_PROMPT, async (prompt) => Boolean(prompt.recognized.succeeded && prompt.recognized.value?.trim()));
}

/**
 * A choice prompt whose answer is read from the whole message in the context of its question: the SDK's matcher
 * alone finds 是 inside 还是 and "yes" inside "yes I did that, still black". Buttons and numbers still answer it.
 */
export function createChoicePrompt(): ChoicePrompt {
  const prompt = new ChoicePrompt(CHOICE_PROMPT, readChoice, 'en-us', CHOICE_DEFAULTS);
  prompt.style = ListStyle.auto;
  return prompt;
}

/** The value a choice prompt returns when the customer's answer is kept aside for good (three misses). */
export const SKIPPED = 'skipped';

/** Answers that are not one of the buttons but still answer the question (a hedge, "tried all that", "not sure"). */
const ANSWERS_WITHOUT_A_BUTTON: ReadonlySet<Reading['kind']> = new Set(['will_try', 'already_tried', 'unsure']);

async function readChoice(prompt: PromptValidatorContext<FoundChoice>): Promise<boolean> {
  const choices = (prompt.options.choices ?? []) as Choice[];
  const answer = readPendingAnswer(prompt.context, prompt.options);
  // A prompt nobody marked with its question keeps the SDK's reading.
  if (!answer) return Boolean(prompt.recognized.succeeded);
  if (goingOnWithoutAnswer(prompt.context)) return found(prompt, SKIPPED, -1);
  // A rating is read from the words (answerReading): the SDK takes the "5" of "5分吧" for the fifth button, the rating 1.
  if (answer.kind === 'rating' && answer.reading.kind === 'choices') return found(prompt, choices[answer.reading.picked[0] - 1].value, answer.reading.picked[0] - 1);
  // Among other options without a yes or a no (symptoms), the SDK's match of an option's own words and numbers is safe
  // and knows their synonyms.
  if (answer.shape === 'choice' && answer.kind !== 'rating' && prompt.recognized.succeeded) return true;
  const index = choiceIndex(answer.reading, choices);
  if (index !== undefined) return found(prompt, choices[index].value, index);
  if (answer.shape === 'fixed' && ANSWERS_WITHOUT_A_BUTTON.has(answer.reading.kind)) return found(prompt, answer.reading.kind, -1);
  return false;
}

function choiceIndex(reading: Reading, choices: Choice[]): number | undefined {
  const at = (value: string) => {
    const index = choices.findIndex((choice) => choice.value === value);
    return index >= 0 ? index : undefined;
  };
  if (reading.kind === 'yes' || reading.kind === 'fixed') return at(YES);
  if (reading.kind === 'no' || reading.kind === 'not_fixed') return at(NO);
  if (reading.kind === 'choices' && reading.picked.length === 1 && reading.picked[0] <= choices.length) return reading.picked[0] - 1;
  return undefined;
}

function found(prompt: PromptValidatorContext<FoundChoice>, value: string, index: number): boolean {
  prompt.recognized.value = { value, index, score: 1 };
  prompt.recognized.succeeded = true;
  return true;
}

export interface ChoiceSpec {
  value: string;
  label: MessageKey;
  /** Other words a customer may type for it. */
  synonyms?: string[];
}

export function choices(lang: Language, specs: ChoiceSpec[]): Choice[] {
  return specs.map((spec) => {
    const title = t(lang, spec.label);
    return { value: spec.value, action: { type: 'imBack', title, value: title }, synonyms: [title, spec.value, ...(spec.synonyms ?? [])] };
  });
}

export function yesNoChoices(lang: Language, yesLabel: MessageKey = 'choice.yes', noLabel: MessageKey = 'choice.no'): Choice[] {
  return choices(lang, [
    { value: YES, label: yesLabel, synonyms: ['yes', 'y', '是', '是的', '对', '好'] },
    { value: NO, label: noLabel, synonyms: ['no', 'n', '不', '否', '没有', '不是'] },
  ]);
}

export function choicePromptOptions(
  lang: Language,
  promptKey: MessageKey,
  choiceList: Choice[],
  params: MessageParams = {},
  retryKey: MessageKey = 'prompt.retryChoice',
): PromptOptions {
  return {
    prompt: message(t(lang, promptKey, params)),
    retryPrompt: message(`${t(lang, retryKey)}\n\n${t(lang, promptKey, params)}`),
    choices: choiceList,
    style: ListStyle.auto,
  };
}

export function textPromptOptions(text: string, retryText: string): PromptOptions {
  return { prompt: message(text), retryPrompt: message(retryText) };
}

export function message(text: string): Partial<Activity> {
  return { type: ActivityTypes.Message, text };
}

// The prompts every dialog shares: free text, and choices that render as buttons where the channel has them
// and as numbered text elsewhere (WeChat), answered by number or by words in either language.
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
import { parseChoiceNumbers, parseYesNo } from '../intents/answers/replies';
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

/** A choice prompt that also understands "yes"/"没有" and "第二个" when the SDK's matcher does not. */
export function createChoicePrompt(): ChoicePrompt {
  const prompt = new ChoicePrompt(CHOICE_PROMPT, recogniseChoiceLeniently, 'en-us', CHOICE_DEFAULTS);
  prompt.style = ListStyle.auto;
  return prompt;
}

async function recogniseChoiceLeniently(prompt: PromptValidatorContext<FoundChoice>): Promise<boolean> {
  if (prompt.recognized.succeeded) return true;
  const text = prompt.context.activity.text ?? '';
  const choices = (prompt.options.choices ?? []) as Choice[];
  const byYesNo = parseYesNo(text);
  const yesNoValue = byYesNo === undefined ? undefined : byYesNo ? YES : NO;
  const yesNoIndex = choices.findIndex((choice) => choice.value === yesNoValue);
  const [number] = parseChoiceNumbers(text, choices.length);
  const index = yesNoIndex >= 0 ? yesNoIndex : number !== undefined ? number - 1 : -1;
  if (index < 0 || index >= choices.length) return false;
  prompt.recognized.value = { value: choices[index].value, index, score: 1 };
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

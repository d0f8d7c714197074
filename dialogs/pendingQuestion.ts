// What the assistant is waiting for the customer to answer: the kind of its open question decides how a reply is read.
import type { DialogContext, DialogState, PromptOptions } from 'botbuilder-dialogs';
import type { ClauseId } from '../src/domain/vocabulary';

export const QUESTION_KINDS = [
  'serial',
  'model',
  'purchase_date',
  'symptom',
  'fixed',
  'checklist',
  'confirm_clause',
  'open_case',
  'contact',
  'name',
  'phone',
  'city',
  'case_id',
  'case_phone',
  'quote',
  'rating',
  'suggestion',
  'offer_person',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface QuestionMark {
  question: QuestionKind;
  /** Fills the short line that asks the question again after an interruption ("So — did step {number} help?"). */
  params?: Record<string, string | number>;
  /** The options of a question that shows them as text rather than buttons (the checklist), in the customer's language. */
  options?: string[];
  /** The clause a targeted question asks about: told again in words, it is a yes. */
  clause?: ClauseId;
}

/** Marks a prompt's options with the kind of question it asks; the prompt keeps its options in the dialog state. */
export function asking(kind: QuestionKind, options: PromptOptions, extra: Omit<QuestionMark, 'question'> = {}): PromptOptions {
  return { ...options, validations: { question: kind, ...extra } satisfies QuestionMark };
}

/** The mark `asking` put on a prompt's options. */
export function questionMarkOf(options: PromptOptions | undefined): QuestionMark | undefined {
  const mark = options?.validations as Partial<QuestionMark> | undefined;
  return mark?.question !== undefined && (QUESTION_KINDS as readonly string[]).includes(mark.question) ? (mark as QuestionMark) : undefined;
}

/** The open question of a running dialog stack: the innermost active prompt's, if it was marked. */
export function pendingQuestion(dc: DialogContext): QuestionKind | undefined {
  return questionMarkOf(pendingPromptOptions(dc))?.question;
}

/** The options of the innermost active prompt: its question, buttons and mark. */
export function pendingPromptOptions(dc: DialogContext): PromptOptions | undefined {
  let innermost = dc;
  while (innermost.child) innermost = innermost.child;
  return (innermost.activeDialog?.state as { options?: PromptOptions } | undefined)?.options;
}

/**
 * The same, read from saved dialog state, for tools that watch a conversation from outside a turn (the conversation
 * simulator): a component dialog keeps its own stack under `dialogs` in its instance state.
 */
export function pendingQuestionInState(saved: DialogState | undefined): QuestionKind | undefined {
  let stack = saved?.dialogStack;
  let kind: QuestionKind | undefined;
  while (stack && stack.length > 0) {
    // The active dialog is the last on a stack.
    const top = stack[stack.length - 1].state as { dialogs?: DialogState } | undefined;
    kind = questionOf(top) ?? kind;
    stack = top?.dialogs?.dialogStack;
  }
  return kind;
}

function questionOf(state: unknown): QuestionKind | undefined {
  return questionMarkOf((state as { options?: PromptOptions } | undefined)?.options)?.question;
}

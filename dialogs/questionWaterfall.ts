// A waterfall that can ask its open question again from scratch, so a language switch re-asks it in the new language.
import { DialogReason, Prompt, WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';

interface StepMemo {
  /** What the step now running was given: running it again with it rebuilds the same question. */
  stepResult?: unknown;
}

export class QuestionWaterfall<O extends object = object> extends WaterfallDialog<O> {
  protected override async onStep(step: WaterfallStepContext<O>): Promise<DialogTurnResult> {
    (step.activeDialog!.state as StepMemo).stepResult = step.result;
    return super.onStep(step);
  }

  /** Runs the step that asked the open question once more; `dc`'s active dialog must be this waterfall. */
  async askAgain(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as StepMemo & { stepIndex: number };
    return this.runStep(dc, state.stepIndex, DialogReason.replaceCalled, state.stepResult);
  }
}

/**
 * Asks the customer's open question again, built afresh by the step that asked it: in the conversation's current
 * language, with its buttons, and from the facts already kept. False when no such question is open.
 */
export async function askOpenQuestionAgain(dc: DialogContext): Promise<boolean> {
  let innermost = dc;
  while (innermost.child) innermost = innermost.child;
  const stack = innermost.stack;
  if (stack.length < 2 || !(innermost.findDialog(stack[stack.length - 1].id) instanceof Prompt)) return false;
  const asker = innermost.findDialog(stack[stack.length - 2].id);
  if (!(asker instanceof QuestionWaterfall)) return false;
  // The prompt is dropped unanswered: the step that asked it asks again.
  stack.pop();
  await asker.askAgain(innermost);
  return true;
}

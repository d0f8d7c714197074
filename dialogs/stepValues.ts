// Typed access to a waterfall's per-run scratch values (the SDK types them as a bare object).
import type { WaterfallStepContext } from 'botbuilder-dialogs';

export function stepValues<T extends object>(step: WaterfallStepContext): Partial<T> {
  return step.values as Partial<T>;
}

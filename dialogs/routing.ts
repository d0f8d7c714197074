// Whether the main dialog acts on a recognised intent or admits it did not understand: Rasa's fallback, a confidence threshold and a margin over the runner-up.
import type { IntentName } from '../src/domain/vocabulary';
import type { Recognition } from '../intents/types';

export interface RoutingSettings {
  /** Below this confidence the assistant says it did not understand rather than guess. */
  intentThreshold: number;
  /** The top intent must lead the runner-up by this much (Rasa's `ambiguity_threshold`). */
  ambiguityMargin: number;
  /**
   * A fault report whose symptom the symptom head found too may be less sure: the described fault
   * is a second opinion. `intentThreshold` or more turns this route off.
   */
  faultThreshold: number;
  /** "Something else" is a catch-all: only a confident out-of-scope gets the redirect, the rest was not understood. */
  outOfScopeThreshold: number;
}

/**
 * Chosen by 5-fold cross-validation on the training files against the tuning half of the
 * off-topic set (`npm run bench:nlu-cv -- routing`): the lowest share of in-scope lines lost to the
 * fallback at which no off-topic line starts a dialog. See the README's NLU section for the figures.
 */
export const ROUTING_SETTINGS: RoutingSettings = {
  intentThreshold: 0.45,
  ambiguityMargin: 0,
  faultThreshold: 0.3,
  outOfScopeThreshold: 0.8,
};

/**
 * The intents that start a dialog of their own (a question waits for the customer, or staff are
 * called); greet, goodbye and out_of_scope are answered in one reply, as is a message not understood.
 */
export const DIALOG_INTENTS: ReadonlySet<IntentName> = new Set<IntentName>([
  'report_fault',
  'check_warranty',
  'repair_cost',
  'shipping_address',
  'repair_status',
  'human_agent',
  'feedback',
]);

/** The intent the assistant acts on, or undefined when it should admit it did not understand. */
export function understoodIntent(recognition: Recognition, settings: RoutingSettings = ROUTING_SETTINGS): IntentName | undefined {
  const { intent, confidence, ranking } = recognition;
  if (intent === 'out_of_scope' && confidence < settings.outOfScopeThreshold) return undefined;
  const clear = confidence - (ranking[1]?.score ?? 0) >= settings.ambiguityMargin;
  if (clear && confidence >= settings.intentThreshold) return intent;
  // The symptom head always guesses, so a symptom alone never makes a fault report.
  if (clear && recognition.symptom && intent === 'report_fault' && confidence >= settings.faultThreshold) return 'report_fault';
  // A case number is unambiguous whatever the words around it.
  if (recognition.entities.case) return 'repair_status';
  return undefined;
}

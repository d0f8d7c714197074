// Whether the main dialog acts on a recognised intent or admits it did not understand: Rasa's fallback, a confidence threshold and a margin over the runner-up.
import type { IntentName } from '../src/domain/vocabulary';
import type { Recognition } from '../intents/types';
import { describesAFault, namesOurProduct, onlyAsksOfCover } from './factGathering';
import { asksCost, asksWarranty, asksWhereToSend } from '../intents/commands';
import { hintsAnySymptom, namesProductFault, saysNothingIsBroken, saysProductBroken } from '../intents/symptomCues';

export interface RoutingSettings {
  /** Below this confidence the assistant says it did not understand rather than guess. */
  intentThreshold: number;
  /** The top intent must lead the runner-up by this much (Rasa's `ambiguity_threshold`). */
  ambiguityMargin: number;
  /** "Something else" is a catch-all: only a confident out-of-scope gets the redirect, the rest was not understood. */
  outOfScopeThreshold: number;
  /** The share of the message's words the intent head must have learned from before its confidence counts. */
  minKnownWordShare: number;
  /** A fault report that names a serial or a model and a symptom is taken from this confidence. */
  productFaultThreshold: number;
}

/**
 * Chosen by 5-fold cross-validation on the training files against the tuning half of the
 * off-topic set (`npm run bench:nlu-cv -- routing`): the fewest off-topic routings that start a
 * dialog among the settings losing at most 5% of in-scope lines to the fallback. 0.55 loses 4.6%
 * and starts 2.4% (0.45 before: 2.6% and 6.7%; 0.6: 6.0% and 1.8%). Margins up to 0.1 cost nothing
 * there and 0.15 began to, so 0.1 guards against two-way splits for free. A fault report with a
 * symptom once passed from 0.3: at 0.55 it started 3.0–3.9% of off-topic lines for 0.1–0.5 points
 * less loss, and went. README, "The NLU", has the table.
 */
export const ROUTING_SETTINGS: RoutingSettings = {
  intentThreshold: 0.55,
  ambiguityMargin: 0.1,
  outOfScopeThreshold: 0.8,
  minKnownWordShare: 0.34,
  productFaultThreshold: 0.3,
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
  // "my camera is broken, what do I do" is about our product, however unsure the head is of anything else in it.
  if (intent === 'out_of_scope' && saysProductBroken(recognition.text)) return 'report_fault';
  // So is "手机上看不到家里的摄像头了 显示离线": our product named with the words of the fault the symptom head reads.
  const namesItsFault = recognition.symptom !== null && namesProductFault(recognition.text, recognition.symptom);
  if (intent === 'out_of_scope' && confidence < settings.outOfScopeThreshold && namesItsFault) return 'report_fault';
  // So is "My NP-IPC2043 SN NPC21A00012345 died after the mains voltage spiked": our product named by its model or serial
  // with a fault's own words, by the rule every reader applies.
  if (intent === 'out_of_scope' && confidence < settings.outOfScopeThreshold && describesAFault(recognition)) return 'report_fault';
  if (intent === 'out_of_scope' && confidence < settings.outOfScopeThreshold) return undefined;
  // "问一下，站里那台录像机还在保修期没有？": a question, whatever the unsure head makes of it.
  if (intent === 'report_fault' && onlyAsksOfCover(recognition)) return questionInWords(recognition.text);
  // "so it ends tomorrow? should I report anything today? Nothing is broken right now": a question, no fault.
  if (intent === 'report_fault' && saysNothingIsBroken(recognition.text)) return questionInWords(recognition.text) ?? 'check_warranty';
  const clear = confidence - (ranking[1]?.score ?? 0) >= settings.ambiguityMargin;
  const familiar = recognition.knownWordShare >= settings.minKnownWordShare;
  // A fault report names a fault: "ok and then" or "对了还有" read as report_fault, with no symptom, are not one yet;
  // "编码器坏了 怎么弄" is, its symptom still to ask.
  const describesWhatItIs = intent !== 'report_fault' || recognition.symptom !== null || saysProductBroken(recognition.text);
  if (clear && familiar && describesWhatItIs && confidence >= settings.intentThreshold) return intent;
  // A case number is unambiguous whatever the words around it.
  if (recognition.entities.case) return 'repair_status';
  // The head's unsure guess agrees with the words of a question ("camera dead. how much to fix."): that question was asked.
  if (questionInWords(recognition.text) === intent) return intent;
  if (saysProductBroken(recognition.text)) return 'report_fault';
  // So is a product of ours named with what is wrong with it, however long the story around them.
  // A pasted ticket whose symptom the head cannot place ("the NP-ENC0408 … has been showing NO SIGNAL on channels 2, 3 and 4")
  // names it in a fault's own words: the fault report asks which it is.
  const namesAFault = recognition.symptom !== null || hintsAnySymptom(recognition.text);
  if (intent === 'report_fault' && namesAFault && namesOurProduct(recognition) && confidence >= settings.productFaultThreshold) return intent;
  // "台风把摄像机吹掉下来…没有画面了，请问保修可以修吗？": a fault told with a question about it, the head torn between the
  // two, each near half (the top within the margin of the threshold); together they are as sure as one clear intent, and the
  // fault report answers the question first.
  const topTwo = new Set([intent, ranking[1]?.intent]);
  const faultWithQuestion = topTwo.has('report_fault') && (topTwo.has('check_warranty') || topTwo.has('repair_cost'));
  const togetherSure = confidence + (ranking[1]?.score ?? 0) >= settings.intentThreshold && confidence >= settings.intentThreshold - settings.ambiguityMargin;
  if (faultWithQuestion && togetherSure) {
    if (recognition.symptom !== null && hintsAnySymptom(recognition.text)) return 'report_fault';
    // "问一下，站里那台录像机还在保修期没有？序列号…": torn between the two with no fault in its words, it is the question.
    const asked = questionInWords(recognition.text);
    if (asked !== undefined && topTwo.has(asked)) return asked;
  }
  return undefined;
}

/** The question the words themselves ask, of those the intent head also names. */
export function questionInWords(text: string): IntentName | undefined {
  if (asksCost(text)) return 'repair_cost';
  if (asksWarranty(text)) return 'check_warranty';
  if (asksWhereToSend(text)) return 'shipping_address';
  return undefined;
}

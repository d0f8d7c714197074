// What the assistant remembers about one conversation between turns.
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { ExclusionCue, Recognition } from '../intents/types';
import type { ProductRecord } from '../src/domain/product';
import type { Attachment, CustomerContact } from '../src/domain/repairCase';
import type { ClauseId, Language, Symptom } from '../src/domain/vocabulary';
import type { QuestionKind } from './pendingQuestion';

export interface ProductFacts {
  /** Serial as the customer gave it (normalised to upper case). */
  serial?: string;
  /** The registry's record for the serial, when it is known. */
  record?: ProductRecord;
  /** The customer has been told what the registry says about the serial. */
  recordAnnounced?: boolean;
  /** The customer confirmed a serial the registry does not know. */
  serialUnverified?: boolean;
  /** The customer cannot read the serial (no label, out of reach): the model and date identify the product. */
  serialUnknown?: boolean;
  model?: string;
  /** The customer does not know the model. */
  modelUnknown?: boolean;
  purchaseDate?: string;
  /** The customer does not know the purchase date. */
  purchaseDateUnknown?: boolean;
}

/** A clause mention, and whether it was read in a reply to a troubleshooting step, where it still needs confirming. */
export type FaultCue = ExclusionCue & { inReplyToStep?: true };

/** A question of the customer's own that the assistant answers in the middle of its flow. */
export type Topic = 'check_warranty' | 'repair_cost' | 'repair_time' | 'policy_terms' | 'shipping_address' | 'repair_status';

export interface FaultFacts {
  symptom?: Symptom;
  /** The customer's own description, turn by turn. */
  words: string[];
  /** Exclusion cues found in the customer's words, denied ones included. */
  cues: FaultCue[];
  /** Answers to the screening checklist: true = it happened. */
  answers: Partial<Record<ClauseId, boolean>>;
  stepsTried: string[];
  solvedByTroubleshooting?: boolean;
  /** The customer said no to a repair case for this fault; it is kept in case they change their mind. */
  caseDeclined?: boolean;
}

export interface ConversationData {
  language: Language;
  /** Set once the customer has written something that shows their language (or chose one). */
  languageSettled: boolean;
  /** The locale the channel last reported, to notice when the customer flips the page's language toggle. */
  lastLocale?: string;
  /** Consecutive turns the assistant did not understand. */
  misunderstood: number;
  /**
   * Consecutive replies that did not answer the question pending, which is re-asked differently each time; and the
   * customer's own question last answered while it was pending (asked again, it counts as a miss).
   */
  pendingMisses?: { question: QuestionKind; count: number; answeredTopic?: Topic | 'other_question' | 'hesitation' };
  product: ProductFacts;
  fault: FaultFacts;
  contact?: CustomerContact;
  /** Contact details given before they were asked for ("… Zhang Wei, 139 9128 7734, Xi'an"): the contact question asks only the rest. */
  contactSaid?: Partial<CustomerContact>;
  caseId?: string;
  attachments: Attachment[];
  feedbackGiven: boolean;
}

export function emptyFault(): FaultFacts {
  return { words: [], cues: [], answers: {}, stepsTried: [] };
}

export function newConversationData(): ConversationData {
  return {
    language: 'en',
    languageSettled: false,
    misunderstood: 0,
    product: {},
    fault: emptyFault(),
    attachments: [],
    feedbackGiven: false,
  };
}

export type ConversationDataAccessor = StatePropertyAccessor<ConversationData>;

export async function conversationDataOf(accessor: ConversationDataAccessor, context: TurnContext): Promise<ConversationData> {
  return accessor.get(context, newConversationData());
}

const RECOGNITION_KEY = Symbol('recognition');

/** The bot recognises each message once; dialogs read the result from the turn. */
export function rememberRecognition(context: TurnContext, recognition: Recognition): void {
  context.turnState.set(RECOGNITION_KEY, recognition);
}

export function recognitionOf(context: TurnContext): Recognition | undefined {
  return context.turnState.get(RECOGNITION_KEY) as Recognition | undefined;
}

const LANGUAGE_CHOICE_KEY = Symbol('languageChoice');

/** The customer chose the conversation's language this turn by other means than a message (the page's toggle). */
export function rememberLanguageChoice(context: TurnContext): void {
  context.turnState.set(LANGUAGE_CHOICE_KEY, true);
}

export function languageChosenThisTurn(context: TurnContext): boolean {
  return context.turnState.get(LANGUAGE_CHOICE_KEY) === true;
}

const WAITING_FOR_STAFF_KEY = Symbol('waitingForStaff');

/** The conversation is in the staff queue this turn: what the assistant cannot answer is a message for the team. */
export function rememberWaitingForStaff(context: TurnContext): void {
  context.turnState.set(WAITING_FOR_STAFF_KEY, true);
}

export function waitingForStaff(context: TurnContext): boolean {
  return context.turnState.get(WAITING_FOR_STAFF_KEY) === true;
}

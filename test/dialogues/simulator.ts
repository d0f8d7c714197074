// The simulated customer: answers the assistant's pending question from a conversation's script, in the script's own
// words, says its own moves at their moments, and plays a whole conversation through the real assistant.
import type { QuestionKind } from '../../dialogs/pendingQuestion';
import type { ConversationData } from '../../dialogs/conversationData';
import type { RepairCase } from '../../src/domain/repairCase';
import type { ConversationRecord } from '../../src/storage/types';
import type { HandoffReason } from '../../src/staff/staffQueue';
import type { TestConversation } from '../dialogs/conversationHarness';
import type { ConversationScript, Moment } from './corpus';

/** A case id as the assistant shows it (CONTRACT §5), found anywhere in a reply. */
const CASE_ID_IN_TEXT = /RMA-\d{8}-\d{4,}/;

/** What a customer who has nothing to add says to a question they can't answer from their script. */
const DONT_KNOW = { en: "I don't know", zh: '不知道' } as const;
/** Their answer when asked for a suggestion. */
const NOTHING_TO_ADD = { en: 'no', zh: '没有' } as const;
/** How a customer types name, phone and place in one message. */
const CONTACT_SEPARATOR = { en: ', ', zh: ' ' } as const;

/** The questions during which a move at this moment is said. */
const MOMENT_QUESTIONS: Partial<Record<Moment, readonly QuestionKind[]>> = {
  product: ['serial', 'model', 'purchase_date'],
  symptom: ['symptom'],
  troubleshooting: ['fixed'],
  damage_check: ['checklist', 'confirm_clause'],
  open_case: ['open_case'],
  contact: ['contact', 'name', 'phone', 'city'],
};

export type MessageKind = 'opening' | 'answer' | 'move';

export interface CustomerMessage {
  text: string;
  kind: MessageKind;
  /** For an answer, the question it answers. */
  answers?: QuestionKind;
}

/** One customer message, the assistant's replies to it, and the question it was left waiting on. */
export interface Turn extends CustomerMessage {
  assistant: string;
  pending: QuestionKind | undefined;
}

export class SimulatedCustomer {
  private movesSaid = 0;
  private stepsAnswered = 0;
  private repliesSeen = 0;
  private caseIdSeen = false;

  constructor(private readonly script: ConversationScript) {}

  opening(): CustomerMessage {
    return { text: this.script.opening, kind: 'opening' };
  }

  /**
   * The customer's next message after the assistant's `reply`, with `pending` the question it now waits on;
   * `undefined` when the customer has nothing left to say. The next move is said at the first moment it matches;
   * when nothing is asked, a move whose moment never came is said all the same, since the customer still means it.
   */
  next(reply: string, pending: QuestionKind | undefined): CustomerMessage | undefined {
    this.repliesSeen += 1;
    this.caseIdSeen ||= CASE_ID_IN_TEXT.test(reply);
    const move = this.script.moves[this.movesSaid];
    if (move && (this.isMoment(move.at, pending) || pending === undefined)) {
      this.movesSaid += 1;
      return { text: move.say, kind: 'move' };
    }
    if (pending === undefined) return undefined;
    return { text: this.answer(pending), kind: 'answer', answers: pending };
  }

  private isMoment(moment: Moment, pending: QuestionKind | undefined): boolean {
    if (moment === 'any') return this.repliesSeen > 0;
    if (moment === 'after_case') return this.caseIdSeen;
    return pending !== undefined && (MOMENT_QUESTIONS[moment]?.includes(pending) ?? false);
  }

  private answer(question: QuestionKind): string {
    const { facts, replies, lang } = this.script;
    const said = (value: string | null): string => value ?? replies.other ?? DONT_KNOW[lang];
    switch (question) {
      case 'serial':
      case 'model':
      case 'purchase_date':
        return said(facts[question]);
      case 'symptom':
        return said(facts.problem);
      case 'fixed': {
        const steps = replies.troubleshooting;
        const index = Math.min(this.stepsAnswered, steps.length - 1);
        this.stepsAnswered += 1;
        return said(steps[index] ?? null);
      }
      case 'checklist':
      case 'confirm_clause':
        return said(replies.damage_check);
      case 'open_case':
        return said(replies.open_case);
      case 'contact': {
        const parts = [facts.name, facts.phone, facts.place].filter((part): part is string => part !== null);
        return said(parts.length > 0 ? parts.join(CONTACT_SEPARATOR[lang]) : null);
      }
      case 'name':
        return said(facts.name);
      case 'phone':
      case 'case_phone':
        return said(facts.phone);
      case 'city':
        return said(facts.place);
      case 'case_id':
        return said(facts.case_id);
      case 'quote':
        return said(replies.quote);
      case 'rating':
        return said(replies.rating);
      case 'offer_person':
        return said(replies.person);
      case 'suggestion':
        return NOTHING_TO_ADD[lang];
    }
  }
}

const NEEDS_DECISION: HandoffReason = 'needs_decision';

/** Why a played conversation stopped. */
export type Ending = 'finished' | 'handed_to_staff' | 'cap';

/** What the stores and the assistant's state hold once the conversation is over: where outcomes are read from. */
export interface Observed {
  /** The cases opened in the conversation, newest first. */
  cases: RepairCase[];
  data: ConversationData | undefined;
  /** Who holds the conversation, and why it was escalated if it was. */
  handoff: Pick<ConversationRecord, 'status' | 'reason'> | undefined;
}

export interface PlayedConversation {
  script: ConversationScript;
  turns: Turn[];
  ending: Ending;
  observed: Observed;
}

/** A customer who has not reached an end by the fewest messages plus this many gives up. */
export const PATIENCE = 12;

/** Plays the script through a fresh conversation with the real assistant. */
export async function play(script: ConversationScript, convo: TestConversation): Promise<PlayedConversation> {
  const customer = new SimulatedCustomer(script);
  const cap = script.min_customer_messages + PATIENCE;
  const turns: Turn[] = [];
  let message: CustomerMessage | undefined = customer.opening();
  let ending: Ending = 'finished';
  while (message) {
    const assistant = await convo.say(message.text);
    const pending = await convo.pendingQuestion();
    turns.push({ ...message, assistant, pending });
    if (handedToStaff(await convo.stores.conversations.get(convo.conversationId))) {
      ending = 'handed_to_staff';
      break;
    }
    if (turns.length >= cap) {
      ending = 'cap';
      break;
    }
    message = customer.next(assistant, pending);
  }
  const observed: Observed = {
    cases: await convo.stores.cases.list({ conversationId: convo.conversationId }),
    data: await convo.conversationData(),
    handoff: await convo.stores.conversations.get(convo.conversationId),
  };
  return { script, turns, ending, observed };
}

/**
 * Waiting for staff, or held by a staff member. A case queued only so staff decide its charge (policy `review`) is no
 * handoff: the customer is not waiting for a person, the assistant carries on, and the case's assessment says it.
 */
export function handedToStaff(record: Pick<ConversationRecord, 'status' | 'reason'> | undefined): boolean {
  const handed = record?.status === 'waiting' || record?.status === 'active';
  return handed && record?.reason !== NEEDS_DECISION;
}

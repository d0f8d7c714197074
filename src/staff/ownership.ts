// Who speaks for the service in a conversation, as an explicit state machine: the assistant, the queue, one named
// staff member, or nobody (closed). Pure: the desk applies a step with the store's compare-and-set.
import type { ConversationOwner, HandoffStatus } from '../storage/types';

export interface Ownership {
  status: HandoffStatus;
  owner: ConversationOwner;
}

export type OwnershipEvent =
  /** The customer asked for a person, the assistant is stuck, or a human must decide. */
  | { type: 'escalate' }
  /** The customer withdrew their request before anyone took it. */
  | { type: 'withdraw' }
  | { type: 'take_over'; staffId: string }
  | { type: 'release'; staffId: string }
  /** Nobody answered a held conversation in time: it goes back to the queue for anyone to take. */
  | { type: 'time_out' }
  /** `admin`: an administrator may close a conversation another staff member holds. */
  | { type: 'close'; staffId: string; admin: boolean }
  /** The customer writes again after the conversation was closed: the assistant answers. */
  | { type: 'customer_returns' };

export type OwnershipStep =
  | { ok: true; next: Ownership }
  | { ok: false; refusal: 'held_by_another' | 'not_allowed' };

const ASSISTANT: ConversationOwner = { kind: 'assistant' };

/** The next ownership after `event`, or why it may not happen. Repeating a step one already took is allowed. */
export function nextOwnership(current: Ownership, event: OwnershipEvent): OwnershipStep {
  const { status, owner } = current;
  const heldBy = status === 'active' && owner.kind === 'staff' ? owner.staffId : undefined;
  const to = (next: HandoffStatus, nextOwner: ConversationOwner = ASSISTANT): OwnershipStep => ({ ok: true, next: { status: next, owner: nextOwner } });
  const refuse = (refusal: 'held_by_another' | 'not_allowed'): OwnershipStep => ({ ok: false, refusal });
  switch (event.type) {
    case 'escalate':
      if (status === 'bot' || status === 'closed') return to('waiting');
      return refuse('not_allowed');
    case 'withdraw':
      return status === 'waiting' ? to('bot') : refuse('not_allowed');
    case 'take_over':
      if (heldBy !== undefined) return heldBy === event.staffId ? to('active', owner) : refuse('held_by_another');
      // Staff may step into a conversation the assistant is handling, not only one in the queue.
      if (status === 'bot' || status === 'waiting') return to('active', { kind: 'staff', staffId: event.staffId });
      return refuse('not_allowed');
    case 'release':
      if (heldBy === undefined) return refuse('not_allowed');
      return heldBy === event.staffId ? to('bot') : refuse('held_by_another');
    case 'time_out':
      return heldBy === undefined ? refuse('not_allowed') : to('waiting');
    case 'close':
      if (status === 'closed') return to('closed');
      if (heldBy !== undefined && heldBy !== event.staffId && !event.admin) return refuse('held_by_another');
      return to('closed');
    case 'customer_returns':
      return status === 'closed' ? to('bot') : refuse('not_allowed');
  }
}

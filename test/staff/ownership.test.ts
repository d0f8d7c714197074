// The ownership state machine: assistant → queue → one named staff member → assistant or closed, and what it refuses.
import assert from 'node:assert/strict';
import { nextOwnership, type Ownership, type OwnershipEvent } from '../../src/staff/ownership';

const assistant: Ownership = { status: 'bot', owner: { kind: 'assistant' } };
const queued: Ownership = { status: 'waiting', owner: { kind: 'assistant' } };
const heldByWang: Ownership = { status: 'active', owner: { kind: 'staff', staffId: 'wang' } };
const closed: Ownership = { status: 'closed', owner: { kind: 'assistant' } };

function after(current: Ownership, event: OwnershipEvent): string {
  const step = nextOwnership(current, event);
  if (!step.ok) return `refused: ${step.refusal}`;
  return step.next.owner.kind === 'staff' ? `${step.next.status} by ${step.next.owner.staffId}` : step.next.status;
}

describe('nextOwnership', () => {
  const cases: Array<[string, Ownership, OwnershipEvent, string]> = [
    ['queues a conversation the assistant has', assistant, { type: 'escalate' }, 'waiting'],
    ['queues a closed conversation again', closed, { type: 'escalate' }, 'waiting'],
    ['does not queue one already waiting', queued, { type: 'escalate' }, 'refused: not_allowed'],
    ['does not queue one a staff member holds', heldByWang, { type: 'escalate' }, 'refused: not_allowed'],
    ['gives a queued conversation back to the assistant when the customer withdraws', queued, { type: 'withdraw' }, 'bot'],
    ['hands a queued conversation to the staff member who takes it', queued, { type: 'take_over', staffId: 'zhao' }, 'active by zhao'],
    ['lets staff step into a conversation the assistant is handling', assistant, { type: 'take_over', staffId: 'zhao' }, 'active by zhao'],
    ['refuses a takeover of a conversation another staff member holds', heldByWang, { type: 'take_over', staffId: 'zhao' }, 'refused: held_by_another'],
    ['lets the holder take it again without change', heldByWang, { type: 'take_over', staffId: 'wang' }, 'active by wang'],
    ['refuses a takeover of a closed conversation', closed, { type: 'take_over', staffId: 'zhao' }, 'refused: not_allowed'],
    ['gives the assistant back a conversation its holder releases', heldByWang, { type: 'release', staffId: 'wang' }, 'bot'],
    ['refuses a release by someone who does not hold it', heldByWang, { type: 'release', staffId: 'zhao' }, 'refused: held_by_another'],
    ['refuses a release of a conversation nobody holds', queued, { type: 'release', staffId: 'wang' }, 'refused: not_allowed'],
    ['returns a held conversation to the queue when nobody answered in time', heldByWang, { type: 'time_out' }, 'waiting'],
    ['times out only a held conversation', queued, { type: 'time_out' }, 'refused: not_allowed'],
    ['closes a conversation for its holder', heldByWang, { type: 'close', staffId: 'wang', admin: false }, 'closed'],
    ['closes a queued conversation for any staff member', queued, { type: 'close', staffId: 'zhao', admin: false }, 'closed'],
    ['refuses an agent closing another’s conversation', heldByWang, { type: 'close', staffId: 'zhao', admin: false }, 'refused: held_by_another'],
    ['lets an administrator close another’s conversation', heldByWang, { type: 'close', staffId: 'admin', admin: true }, 'closed'],
    ['gives a closed conversation to the assistant when the customer writes again', closed, { type: 'customer_returns' }, 'bot'],
    ['keeps a held conversation held when the customer writes', heldByWang, { type: 'customer_returns' }, 'refused: not_allowed'],
  ];
  for (const [name, current, event, expected] of cases) {
    it(name, () => assert.equal(after(current, event), expected));
  }
});

// The staff console's live updates: each is logged (for Last-Event-ID replay) and then announced on the bus to every instance.
import type { MessageBus, StaffEvent, StaffEventLog } from '../storage/types';
import { z } from 'zod';

export const STAFF_EVENTS_TOPIC = 'staff:events';

/**
 * The events, with their payloads (README, "Staff console API"):
 * conversation.queued / .taken / .released / .closed / .returned: `{conversation}` (a ConversationView);
 * conversation.reminder: `{conversation, waitingMinutes}`; conversation.held (messages wait for the customer's next one, or
 * were delivered) / conversation.unfollowed (a WeChat customer left the Official Account): `{conversation}`; conversation.message: `{conversationId, activity}`;
 * case.opened / case.updated: `{case}`; account.sessions_ended: `{username, reason: disabled|password_reset}`.
 */
export type StaffEventName =
  | 'conversation.queued'
  | 'conversation.taken'
  | 'conversation.released'
  | 'conversation.closed'
  | 'conversation.returned'
  | 'conversation.reminder'
  | 'conversation.held'
  | 'conversation.unfollowed'
  | 'conversation.message'
  | 'case.opened'
  | 'case.updated'
  | 'account.sessions_ended';

export class StaffEvents {
  constructor(
    private readonly log: StaffEventLog,
    private readonly bus: MessageBus,
    private readonly now: () => Date,
  ) {}

  async publish(name: StaffEventName, data: unknown): Promise<void> {
    const event = await this.log.append(name, data, this.now());
    await this.bus.publish(STAFF_EVENTS_TOPIC, event);
  }

  /** Events with an id above `afterId`, or undefined when the log has dropped some of them. */
  since(afterId: number): Promise<StaffEvent[] | undefined> {
    return this.log.since(afterId);
  }

  subscribe(handler: (event: StaffEvent) => void): Promise<() => Promise<void>> {
    return this.bus.subscribe(STAFF_EVENTS_TOPIC, (message) => {
      const parsed = eventSchema.safeParse(message);
      if (parsed.success) handler(parsed.data as StaffEvent);
    });
  }
}

// Bus messages cross instances: checked on arrival like any outside input.
const eventSchema = z.object({ id: z.number().int().positive(), name: z.string(), data: z.unknown(), at: z.string() });

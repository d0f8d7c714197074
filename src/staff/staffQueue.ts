// The queue as the assistant sees it: putting a conversation in it, what a customer is told about the wait, and
// customer messages reaching staff while the conversation waits for them or is held by them.
import type { Activity } from 'botbuilder';
import type { Clock } from '../../dialogs/services';
import { isStaffTime, type StaffSchedule } from '../domain/staffHours';
import type { Language } from '../domain/vocabulary';
import type { CaseStore, ConsolePresence, ConversationRecord, ConversationStore, TakeoverWaits } from '../storage/types';
import { conversationView } from './conversationView';
import { nextOwnership } from './ownership';
import type { StaffEvents } from './staffEvents';

/** A console counts as online if its live stream was open this recently. */
export const CONSOLE_ONLINE_MS = 60_000;
/** The expected wait is the median of this many recent takeovers. */
const WAITS_FOR_ESTIMATE = 20;

export type HandoffReason = 'customer_request' | 'not_understood' | 'needs_decision' | 'complaint';

export interface EscalationRequest {
  conversationId: string;
  channel: string;
  customer: string;
  language: Language;
  /** The channel's ConversationReference, for replies from staff. */
  reference: unknown;
  reason: HandoffReason;
  summary: string;
  caseId?: string;
}

/** What the customer can honestly be told about the wait. */
export type QueueOutlook =
  | { kind: 'wait'; minutes: number }
  | { kind: 'soon' }
  | { kind: 'nobody_online' }
  | { kind: 'outside_hours' };

export interface StaffQueueDeps {
  conversations: ConversationStore;
  cases: CaseStore;
  events: StaffEvents;
  waits: TakeoverWaits;
  presence: ConsolePresence;
  clock: Clock;
  staffHours: StaffSchedule;
}

export class StaffQueue {
  constructor(private readonly deps: StaffQueueDeps) {}

  /** Puts the conversation in the queue with its summary; `already` when it waits or is held already. */
  async escalate(request: EscalationRequest): Promise<'queued' | 'already'> {
    const { conversations, clock } = this.deps;
    const now = clock.now();
    const record = (await conversations.get(request.conversationId)) ?? (await this.recordFor(request, now));
    const step = nextOwnership(record, { type: 'escalate' });
    if (!step.ok) return 'already';
    const { reason, summary, caseId, language } = request;
    const queued = await conversations.transition(
      record.id,
      { status: record.status, owner: record.owner },
      {
        ...step.next,
        reason,
        summary,
        caseId: caseId ?? record.caseId,
        language,
        waitingSince: now.toISOString(),
        takenAt: undefined,
        awaitingStaffSince: undefined,
        remindedAt: undefined,
        queueNoticeAt: undefined,
        escalations: [...(record.escalations ?? []), { at: now.toISOString(), reason }],
      },
      now,
    );
    // Someone else moved it meanwhile (a takeover, another escalation): it is in staff hands either way.
    if (!queued) return 'already';
    await this.deps.events.publish('conversation.queued', { conversation: conversationView(queued) });
    return 'queued';
  }

  async outlook(): Promise<QueueOutlook> {
    const now = this.deps.clock.now();
    if (!isStaffTime(this.deps.staffHours, now)) return { kind: 'outside_hours' };
    const lastSeen = await this.deps.presence.lastSeen();
    if (lastSeen === undefined || now.getTime() - lastSeen.getTime() > CONSOLE_ONLINE_MS) return { kind: 'nobody_online' };
    const waits = await this.deps.waits.recent(WAITS_FOR_ESTIMATE);
    if (waits.length === 0) return { kind: 'soon' };
    return { kind: 'wait', minutes: Math.max(1, Math.round(median(waits) / 60_000)) };
  }

  /**
   * A customer message while staff wait on or hold the conversation reaches them live; while it waits it is also kept
   * as a note (on the case, if there is one), so a message left out of hours is not lost among the transcript.
   */
  async customerWrote(record: ConversationRecord, activity: Partial<Activity>): Promise<void> {
    const now = this.deps.clock.now();
    const text = (activity.text ?? '').trim();
    if (record.status === 'waiting' && text !== '') {
      if (record.caseId) {
        await this.deps.cases.update(record.caseId, (current) => ({
          ...current,
          history: [...current.history, { at: now.toISOString(), event: 'customer_message', note: text }],
        }));
      } else {
        await this.deps.conversations.annotate(record.id, (current) => ({ notes: [...(current.notes ?? []), { at: now.toISOString(), text }] }), now);
      }
    }
    if (record.status === 'active') {
      await this.deps.conversations.annotate(record.id, (current) => ({ awaitingStaffSince: current.awaitingStaffSince ?? now.toISOString() }), now);
    }
    await this.deps.events.publish('conversation.message', { conversationId: record.id, activity: JSON.parse(JSON.stringify(activity)) as unknown });
  }

  /** The customer no longer wants a person (they typed "start over" while waiting). */
  async withdraw(record: ConversationRecord): Promise<boolean> {
    const step = nextOwnership(record, { type: 'withdraw' });
    if (!step.ok) return false;
    const now = this.deps.clock.now();
    const changed = await this.deps.conversations.transition(record.id, { status: record.status, owner: record.owner }, { ...step.next, waitingSince: undefined }, now);
    if (changed) await this.deps.events.publish('conversation.released', { conversation: conversationView(changed) });
    return changed !== undefined;
  }

  /** The customer accepted or declined the quote they were asked about: it goes on the case, with the time. */
  async answerQuote(record: ConversationRecord, accepted: boolean): Promise<void> {
    const caseId = record.pendingQuote;
    if (caseId === undefined) return;
    const at = this.deps.clock.now().toISOString();
    const consent = accepted ? 'accepted' : 'declined';
    const updated = await this.deps.cases.update(caseId, (current) => ({
      ...current,
      quote: current.quote === undefined ? undefined : { ...current.quote, consent, answeredAt: at },
      history: [...current.history, { at, event: accepted ? 'quote_accepted' : 'quote_declined', note: 'by the customer in chat' }],
    }));
    await this.deps.conversations.annotate(record.id, () => ({ pendingQuote: undefined }), this.deps.clock.now());
    await this.deps.events.publish('case.updated', { case: updated });
  }

  /** A closed conversation the customer writes in again is the assistant's. */
  async reopen(record: ConversationRecord): Promise<void> {
    const step = nextOwnership(record, { type: 'customer_returns' });
    if (!step.ok) return;
    await this.deps.conversations.transition(record.id, { status: record.status, owner: record.owner }, step.next, this.deps.clock.now());
  }

  private async recordFor(request: EscalationRequest, now: Date): Promise<ConversationRecord> {
    const record: ConversationRecord = {
      id: request.conversationId,
      channel: request.channel,
      customer: request.customer,
      language: request.language,
      status: 'bot',
      owner: { kind: 'assistant' },
      updatedAt: now.toISOString(),
      reference: request.reference,
    };
    await this.deps.conversations.put(record);
    return record;
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

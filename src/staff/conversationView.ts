// A conversation as the staff console lists it (CONTRACT §7), from the stored record.
import type { ConversationNote, ConversationRecord, HandoffStatus } from '../storage/types';
import type { Language } from '../domain/vocabulary';

export interface ConversationView {
  id: string;
  channel: string;
  customer: string;
  language: Language;
  status: HandoffStatus;
  summary: string | null;
  caseId: string | null;
  waitingSince: string | null;
  /** The username of the staff member holding it; null when nobody does. */
  owner: string | null;
  reason: string | null;
  takenAt: string | null;
  notes: ConversationNote[];
  /** Messages waiting for the customer's next message before their channel lets them out (WeChat's window). */
  heldMessages: number;
  /** When the customer unfollowed the WeChat Official Account; null while they follow (or on other channels). */
  unfollowedAt: string | null;
  updatedAt: string;
}

export function conversationView(record: ConversationRecord): ConversationView {
  return {
    id: record.id,
    channel: record.channel,
    customer: record.customer,
    language: record.language,
    status: record.status,
    summary: record.summary ?? null,
    caseId: record.caseId ?? null,
    waitingSince: record.waitingSince ?? null,
    owner: record.owner.kind === 'staff' ? record.owner.staffId : null,
    reason: record.reason ?? null,
    takenAt: record.takenAt ?? null,
    notes: record.notes ?? [],
    heldMessages: record.heldMessages ?? 0,
    unfollowedAt: record.unfollowedAt ?? null,
    updatedAt: record.updatedAt,
  };
}

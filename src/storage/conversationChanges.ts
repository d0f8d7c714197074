// What a transition or an annotation does to a conversation record, for every conversation store: the store only
// makes the read and the write one atomic step.
import { sameOwner, type ConversationAnnotation, type ConversationOwner, type ConversationRecord, type HandoffStatus } from './types';

/** The changed record, or undefined when `expected` no longer holds. Fields `next` sets to undefined go when it is stored as JSON. */
export function transitioned(
  current: ConversationRecord,
  expected: { status: HandoffStatus; owner?: ConversationOwner },
  next: Partial<Pick<ConversationRecord, 'status' | 'owner'>> & ConversationAnnotation,
  now: Date,
): ConversationRecord | undefined {
  if (current.status !== expected.status) return undefined;
  if (expected.owner !== undefined && !sameOwner(current.owner, expected.owner)) return undefined;
  return { ...current, ...next, id: current.id, updatedAt: now.toISOString() };
}

/** Status and owner stay as they are whatever `annotation` holds: only a transition moves them. */
export function annotated(current: ConversationRecord, annotation: ConversationAnnotation, now: Date): ConversationRecord {
  return { ...current, ...annotation, id: current.id, status: current.status, owner: current.owner, updatedAt: now.toISOString() };
}

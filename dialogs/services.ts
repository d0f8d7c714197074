// The small interfaces through which dialogs reach the rest of the assistant; tests pass in-memory ones.
import type { Recognizer } from '../intents/types';
import type { ProductRegistry, ServiceCenterDirectory } from '../src/domain/product';
import type { CaseStore, ConversationStore, FeedbackStore } from '../src/storage/types';
import type { Symptom } from '../src/domain/vocabulary';
import type { TroubleshootingStep } from '../src/troubleshooting/knowledgeBase';
import type { StaffSchedule } from '../src/domain/staffHours';
import type { StaffQueue } from '../src/staff/staffQueue';

/**
 * Two notions of time, from one source: `today()` is the business date (`BOT_TODAY` when set) that decides
 * warranties and names cases; `now()` is always the real time, for timestamps, tokens, limits and expiry.
 */
export interface Clock {
  /** The date the warranty rules treat as today, `YYYY-MM-DD`. */
  today(): string;
  /** The real time. */
  now(): Date;
}

export interface AssistantServices {
  recognizer: Recognizer;
  registry: ProductRegistry;
  centers: ServiceCenterDirectory;
  cases: CaseStore;
  feedback: FeedbackStore;
  conversations: ConversationStore;
  troubleshooting: (symptom: Symptom, category: string | undefined) => TroubleshootingStep[];
  clock: Clock;
  /** When the service team answers (STAFF_HOURS), told to a customer handed to a person. */
  staffHours: StaffSchedule;
  /** The staff queue: escalation, and what the customer can be told about the wait. */
  staffQueue: Pick<StaffQueue, 'escalate' | 'outlook'>;
}

/** A clock fixed to `BOT_TODAY` when given, else the real date. */
export function systemClock(fixedToday?: string): Clock {
  return {
    today: () => fixedToday ?? new Date().toISOString().slice(0, 10),
    now: () => new Date(),
  };
}

// Builds every store in process memory: for tests and single-process runs (STORAGE=memory), lost on restart.
import type { Stores } from '../types';
import { caseNumbersInFile, caseNumbersInMemory } from './caseNumbers';
import { MemoryActivityIndex } from './memoryActivityIndex';
import { MemoryCaseStore } from './memoryCaseStore';
import { MemoryConversationStore } from './memoryConversationStore';
import { MemoryFeedbackStore } from './memoryFeedbackStore';
import { MemoryKeyedLock } from './memoryKeyedLock';
import { MemoryMessageBus, type BusHandlerErrorReporter } from './memoryMessageBus';
import { MemoryStateStorage } from './memoryStateStorage';
import { MemoryTranscriptStore } from './memoryTranscriptStore';
import { MemoryUploadStore } from './memoryUploadStore';
import { MemoryStaffAccountStore, MemoryStaffSessionStore } from './memoryStaffAccounts';
import { MemoryStaffEventLog } from './memoryStaffEventLog';
import { MemoryConsolePresence, MemoryTakeoverWaits } from './memoryStaffDeskStats';
import { MemoryCannedReplyStore } from './memoryCannedReplies';
import { MemoryConversationArchive } from './memoryConversationArchive';
import { createMemoryOfficialAccountStores } from './memoryOfficialAccountStores';

export interface MemoryStoresOptions {
  /** Stamps `updatedAt` on case updates. */
  clock?: () => Date;
  /** Receives errors thrown by bus subscribers; the composition root passes the logger here. */
  reportBusHandlerError?: BusHandlerErrorReporter;
  /** Keeps the last case number of each day in this file, so a restart never issues a number again. */
  caseNumbersFile?: string;
  /** How many staff console events are kept for consoles that reconnect (STAFF_EVENT_LOG_SIZE). */
  staffEventLogSize?: number;
}

export const DEFAULT_STAFF_EVENT_LOG_SIZE = 1000;

export function createMemoryStores(options: MemoryStoresOptions = {}): Stores {
  const clock = options.clock ?? (() => new Date());
  const reportBusHandlerError = options.reportBusHandlerError ?? warnAboutHandlerError;
  const bus = new MemoryMessageBus(reportBusHandlerError);
  return {
    state: new MemoryStateStorage(),
    cases: new MemoryCaseStore(clock, options.caseNumbersFile === undefined ? caseNumbersInMemory() : caseNumbersInFile(options.caseNumbersFile)),
    feedback: new MemoryFeedbackStore(),
    conversations: new MemoryConversationStore(),
    transcripts: new MemoryTranscriptStore(),
    uploads: new MemoryUploadStore(),
    lastActivity: new MemoryActivityIndex(),
    locks: new MemoryKeyedLock(),
    bus,
    staffAccounts: new MemoryStaffAccountStore(),
    staffSessions: new MemoryStaffSessionStore(),
    staffEvents: new MemoryStaffEventLog(options.staffEventLogSize ?? DEFAULT_STAFF_EVENT_LOG_SIZE),
    takeoverWaits: new MemoryTakeoverWaits(),
    consolePresence: new MemoryConsolePresence(),
    cannedReplies: new MemoryCannedReplyStore(),
    conversationArchive: new MemoryConversationArchive(),
    officialAccount: createMemoryOfficialAccountStores(),
    // Memory is always reachable.
    ping: async () => true,
    close: async () => bus.clear(),
  };
}

// Without a logger, a failing subscriber must still be visible somewhere rather than vanish.
function warnAboutHandlerError(error: unknown, topic: string): void {
  const detail = error instanceof Error ? error.message : String(error);
  process.emitWarning(`A subscriber of bus topic "${topic}" failed: ${detail}`, 'MessageBusHandlerError');
}

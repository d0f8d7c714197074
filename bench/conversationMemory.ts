// Memory figure (npm run bench): the heap after 10,000 fault dialogs, and after they idled past the expiry,
// against the heap once the model is loaded. Needs node's --expose-gc, so that each figure is taken after a full collection.
import { ConversationExpiry } from '../src/bot/conversationExpiry';
import type { Recognizer } from '../intents/types';
import { createInProcessAssistant } from '../test/support/inProcessAssistant';

// Turns of different conversations overlap as they would on a server; one conversation's turns stay in order.
const AT_ONCE = 50;
const IDLE_MS = 24 * 60 * 60 * 1000;
const FAULT_DIALOG = ['My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video', 'yes', 'Li Wei, 138 1234 5678, Hangzhou', 'no thanks'];
const MB = 1024 * 1024;

export interface ConversationMemoryFigures {
  conversations: number;
  baselineBytes: number;
  withConversationsBytes: number;
  afterExpiryBytes: number;
  /** After 200 conversations ran and expired: the code paths compiled, the modules the dialogs load in place. */
  warmedUpBytes: number;
  casesKept: number;
  casesJsonBytes: number;
}

export async function measureConversationMemory(recognizer: Recognizer, conversations = 10_000): Promise<ConversationMemoryFigures> {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect === undefined) throw new Error('conversationMemory: run node with --expose-gc');
  const heapAfterGc = (): number => {
    collect();
    collect();
    return process.memoryUsage().heapUsed;
  };

  const assistant = createInProcessAssistant(recognizer);
  const expiry = new ConversationExpiry({ stores: assistant.stores, now: assistant.now, idleMs: IDLE_MS, logger: console });
  const baselineBytes = heapAfterGc();

  const runAndExpire = async (prefix: string, count: number): Promise<number> => {
    let next = 0;
    const worker = async (): Promise<void> => {
      for (let index = next++; index < count; index = next++) {
        const conversationId = `${prefix}-${index}`;
        await assistant.open(conversationId);
        for (const text of FAULT_DIALOG) await assistant.say(conversationId, text);
      }
    };
    await Promise.all(Array.from({ length: AT_ONCE }, worker));
    const held = heapAfterGc();
    assistant.advanceClock(IDLE_MS + 60_000);
    const expired = await expiry.sweep();
    if (expired !== count) throw new Error(`conversationMemory: ${expired} of ${count} conversations expired`);
    return held;
  };

  await runAndExpire('bench-warm-up', 200);
  const warmedUpBytes = heapAfterGc();
  const withConversationsBytes = await runAndExpire('bench-memory', conversations);
  const afterExpiryBytes = heapAfterGc();
  const cases = await assistant.stores.cases.list();
  const casesJsonBytes = cases.reduce((sum, repairCase) => sum + JSON.stringify(repairCase).length, 0);
  return { conversations, baselineBytes, warmedUpBytes, withConversationsBytes, afterExpiryBytes, casesKept: cases.length, casesJsonBytes };
}

export function reportConversationMemory(figures: ConversationMemoryFigures): void {
  const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
  const change = (figures.afterExpiryBytes - figures.baselineBytes) / figures.baselineBytes;
  console.log(`heap after the model loaded (GC)              ${mb(figures.baselineBytes)}`);
  console.log(`heap with ${figures.conversations} fault dialogs held (GC)     ${mb(figures.withConversationsBytes)}`);
  console.log(`heap after they idled past the expiry (GC)   ${mb(figures.afterExpiryBytes)}  (${(change * 100).toFixed(1)} % over the model alone; target within 10 %)`);
  const overWarm = (figures.afterExpiryBytes - figures.warmedUpBytes) / figures.warmedUpBytes;
  console.log(`heap after 200 warm-up dialogs expired (GC)  ${mb(figures.warmedUpBytes)}  (the ${figures.conversations} dialogs leave ${(overWarm * 100).toFixed(1)} % over this)`);
  console.log(`cases kept (they never expire)               ${figures.casesKept}, ${mb(figures.casesJsonBytes)} as JSON`);
}

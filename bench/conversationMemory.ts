// Memory figure (npm run bench): the heap after 10,000 fault dialogs, and after they idled past the expiry,
// against the heap once the model is loaded. Needs node's --expose-gc, so that each figure is taken after a full collection.
// A last figure, once the assistant and its stores are released, tells what V8 itself kept from what our objects keep.
import path from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
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
  /** Before the assistant (its registry, dialogs, stores) was built: the model alone. */
  modelOnlyBytes: number;
  /** Once nothing holds the assistant any more: what is left over the model, the assistant does not hold. */
  releasedBytes: number;
}

/** With `snapshotFolder`, heap snapshots of the baseline and of the heap after expiry are written there (see heapSnapshotDiff.ts). */
export async function measureConversationMemory(recognizer: Recognizer, conversations = 10_000, snapshotFolder?: string): Promise<ConversationMemoryFigures> {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect === undefined) throw new Error('conversationMemory: run node with --expose-gc');
  // From a fresh macrotask, so that no value the measured code last touched is still held by the stack.
  const heapAfterGc = async (): Promise<number> => {
    await new Promise((resolve) => setImmediate(resolve));
    collect();
    collect();
    return process.memoryUsage().heapUsed;
  };

  const modelOnlyBytes = await heapAfterGc();
  const snapshot = (name: string): void => {
    if (snapshotFolder !== undefined) console.log(`heap snapshot written to ${writeHeapSnapshot(path.join(snapshotFolder, `${name}.heapsnapshot`))}`);
  };
  const held = await runThroughAssistant(recognizer, conversations, heapAfterGc, snapshot);
  const releasedBytes = await heapAfterGc();
  return { ...held, conversations, modelOnlyBytes, releasedBytes };
}

// In a function of its own so that nothing refers to the assistant once it returns.
async function runThroughAssistant(recognizer: Recognizer, conversations: number, heapAfterGc: () => Promise<number>, snapshot: (name: string) => void) {
  const assistant = createInProcessAssistant(recognizer);
  const expiry = new ConversationExpiry({ stores: assistant.stores, now: assistant.now, idleMs: IDLE_MS, logger: console });
  const baselineBytes = await heapAfterGc();
  snapshot('baseline');

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
    const held = await heapAfterGc();
    assistant.advanceClock(IDLE_MS + 60_000);
    const expired = await expiry.sweep();
    if (expired !== count) throw new Error(`conversationMemory: ${expired} of ${count} conversations expired`);
    return held;
  };

  await runAndExpire('bench-warm-up', 200);
  const warmedUpBytes = await heapAfterGc();
  const withConversationsBytes = await runAndExpire('bench-memory', conversations);
  const afterExpiryBytes = await heapAfterGc();
  snapshot('after-expiry');
  const cases = await assistant.stores.cases.list();
  const casesJsonBytes = cases.reduce((sum, repairCase) => sum + JSON.stringify(repairCase).length, 0);
  return { baselineBytes, warmedUpBytes, withConversationsBytes, afterExpiryBytes, casesKept: cases.length, casesJsonBytes };
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
  // Left once the assistant is gone: the recognizer's feature indexes if it had not recognised anything before the
  // baseline (they are built on first use), compiled code, and V8's list of the prototypes derived from %GeneratorPrototype%.
  // botbuilder's compiled `__awaiter` makes a generator function, with a prototype of its own, for each async call
  // (about 400 a fault dialog); the list grows to the most made between two full collections, reuses its slots after,
  // and is never shrunk (V8 compacts it only when it serialises a snapshot, v8:10031).
  const emptyAssistantBytes = figures.baselineBytes - figures.modelOnlyBytes;
  const keptByOurObjects = figures.afterExpiryBytes - figures.releasedBytes - emptyAssistantBytes;
  console.log(`heap once the assistant is released (GC)     ${mb(figures.releasedBytes)}  (${mb(figures.releasedBytes - figures.modelOnlyBytes)} over the model alone, not held by the assistant: V8's code and prototype list, anything the model builds on first use)`);
  console.log(`so our objects keep after the expiry         ${mb(keptByOurObjects)}  (${((keptByOurObjects / figures.baselineBytes) * 100).toFixed(1)} % of the baseline; the cases are in it)`);
}

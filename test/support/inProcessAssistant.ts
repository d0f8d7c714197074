// The whole assistant (real recognizer, dialogs, stores, turn pipeline) behind an in-process Direct Line adapter,
// on a clock the caller moves: conversations as the website channel runs them, without HTTP, for tests and the bench.
import path from 'node:path';
import { assistantServices, createAssistant } from '../../src/assistant';
import type { BotLogic } from '../../src/channels/directline/directLineAdapter';
import { DirectLineAdapter } from '../../src/channels/directline/directLineAdapter';
import { DirectLineConversations } from '../../src/channels/directline/directLineConversations';
import type { ConversationBinding } from '../../src/channels/directline/directLineTokens';
import { normaliseIncomingActivity } from '../../src/channels/directline/incomingActivity';
import { createLogger } from '../../src/observability/logger';
import { createMetrics } from '../../src/observability/metrics';
import { loadProductRegistry } from '../../src/registry/productRegistry';
import { loadServiceCenters } from '../../src/registry/serviceCenters';
import { createMemoryStores } from '../../src/storage/memory';
import type { StoredUpload, Stores } from '../../src/storage/types';
import type { Recognizer } from '../../intents/types';

const DATA = path.join(__dirname, '../../data');
export const TODAY = '2026-11-25';

export interface InProcessAssistant {
  stores: Stores;
  now(): Date;
  advanceClock(ms: number): void;
  /** Starts a Direct Line conversation as POST /conversations does (record, welcome). */
  open(conversationId: string): Promise<void>;
  /** One customer message, with files already in the upload store if any; resolves when the assistant's turn is over. */
  say(conversationId: string, text: string, uploads?: StoredUpload[]): Promise<void>;
  /** What the assistant said in the conversation, oldest first. */
  replies(conversationId: string): Promise<string[]>;
}

export function createInProcessAssistant(recognizer: Recognizer, stores: Stores = createMemoryStores()): InProcessAssistant {
  let now = new Date(`${TODAY}T08:00:00Z`);
  const clock = { today: () => TODAY, now: () => now };
  const registry = loadProductRegistry(path.join(DATA, 'demo-registry.csv'));
  const centers = loadServiceCenters(path.join(DATA, 'demo-service-centers.csv'));
  const logger = createLogger('silent');
  const services = assistantServices({ recognizer, registry, centers, stores, clock });
  const assistant = createAssistant(services, stores, logger, createMetrics());
  const adapter = new DirectLineAdapter({
    transcripts: stores.transcripts,
    bus: stores.bus,
    botAccount: { id: 'netposa-assistant', name: 'NetPosa Service' },
    logger,
    clock: clock.now,
  });
  assistant.attach(adapter, 'directline');
  const bot: BotLogic = (context) => assistant.bot.run(context);
  const conversations = new DirectLineConversations(stores.conversations, adapter, bot);
  const bindingOf = (conversationId: string): ConversationBinding => ({ conversationId, userId: `dl_${conversationId}` });

  return {
    stores,
    now: clock.now,
    advanceClock: (ms) => (now = new Date(now.getTime() + ms)),
    async open(conversationId) {
      await conversations.open(bindingOf(conversationId), 'en-US');
      await settle(conversationId);
    },
    async say(conversationId, text, uploads) {
      const attachments = uploads?.map((upload) => ({ contentType: upload.contentType, name: upload.name, contentUrl: `http://localhost/attachments/${upload.id}` }));
      const activity = normaliseIncomingActivity(
        { type: 'message', text, locale: 'en-US', ...(attachments === undefined ? {} : { attachments }) },
        { binding: bindingOf(conversationId), botAccount: adapter.botAccount, id: adapter.newActivityId(), now: clock.now(), uploads },
      );
      const { turnCompleted } = await adapter.acceptActivity(activity, bot);
      await turnCompleted;
    },
    async replies(conversationId) {
      return (await stores.transcripts.list(conversationId))
        .filter((activity) => activity.type === 'message' && (activity.from as { role?: string } | undefined)?.role === 'bot')
        .map((activity) => String(activity.text ?? ''));
    },
  };

  // open() does not wait for the welcome turn; its greeting in the transcript says it is over.
  async function settle(conversationId: string): Promise<void> {
    const giveUpAt = Date.now() + 5000;
    while ((await stores.transcripts.list(conversationId)).length < 2) {
      if (Date.now() > giveUpAt) throw new Error(`inProcessAssistant: no welcome in ${conversationId}`);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

// The turn pipeline in front of the dialogs: a reply while a staff quote is pending is recognised once for the whole turn.
import assert from 'node:assert/strict';
import { ConversationState, TestAdapter, type Activity } from 'botbuilder';
import { quoteAnswer, type TurnPipelineDeps } from '../../src/bot/turnPipeline';
import { prepareCustomerMessage } from '../../src/bot/customerMessage';
import { recognitionOf, type ConversationData } from '../../dialogs/conversationData';
import { staffQueueOf } from '../../src/assistant';
import { createMemoryStores } from '../../src/storage/memory';
import { parseStaffHours, DEFAULT_STAFF_HOURS } from '../../src/domain/staffHours';
import type { Recognition, Recognizer } from '../../intents/types';
import { recognizer, TODAY } from '../dialogs/conversationHarness';

describe('Turn pipeline', function () {
  this.timeout(20000);

  it('recognises a reply to a pending quote once, and the dialogs read that recognition', async () => {
    const stores = createMemoryStores();
    const clock = { today: () => TODAY, now: () => new Date(`${TODAY}T08:00:00Z`) };
    const recognised: string[] = [];
    const counting: Recognizer = {
      recognize: (text, options) => {
        recognised.push(text);
        return recognizer().recognize(text, options);
      },
    };
    const deps: TurnPipelineDeps = {
      locks: stores.locks,
      conversations: stores.conversations,
      queue: staffQueueOf(stores, clock, parseStaffHours(DEFAULT_STAFF_HOURS)),
      recognizer: counting,
      clock,
    };
    const conversationData = new ConversationState(stores.state).createProperty<ConversationData>('conversationData');
    let readByDialogs: Recognition | undefined;
    const adapter = new TestAdapter(async (context) => {
      readByDialogs = recognitionOf(context);
    }, { conversation: { id: 'quoted', isGroup: false, conversationType: 'personal', name: 'quoted' } } as Partial<Activity>)
      .use(quoteAnswer(deps))
      .use(prepareCustomerMessage({ conversationData, recognizer: counting, cases: stores.cases, clock }));
    await stores.conversations.put({
      id: 'quoted',
      channel: 'test',
      customer: 'Li Wei',
      language: 'en',
      status: 'bot',
      owner: { kind: 'assistant' },
      pendingQuote: 'RMA-20261125-0001',
      updatedAt: `${TODAY}T08:00:00Z`,
    });

    await adapter.send('where do I send the camera?');

    assert.deepEqual(recognised, ['where do I send the camera?']);
    assert.equal(readByDialogs?.intent, 'shipping_address');
  });
});

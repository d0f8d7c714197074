// The turn pipeline in front of the dialogs: a reply while a staff quote is pending is recognised once for the whole turn,
// and the conversation's record is read once a turn.
import assert from 'node:assert/strict';
import { ConversationState, TestAdapter, type Activity } from 'botbuilder';
import { ownerCheck, quoteAnswer, type TurnPipelineDeps } from '../../src/bot/turnPipeline';
import { prepareCustomerMessage } from '../../src/bot/customerMessage';
import { recognitionOf, type ConversationData } from '../../dialogs/conversationData';
import { staffQueueOf } from '../../src/assistant';
import { createMemoryStores } from '../../src/storage/memory';
import { parseStaffHours, DEFAULT_STAFF_HOURS } from '../../src/domain/staffHours';
import type { Recognition, Recognizer } from '../../intents/types';
import type { ConversationStore } from '../../src/storage/types';
import { sampleNewCase } from '../storage/contract/sampleCase';
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

  it("reads the conversation's record once a turn, and again after a quote's answer changed it", async () => {
    const stores = createMemoryStores();
    const clock = { today: () => TODAY, now: () => new Date(`${TODAY}T08:00:00Z`) };
    let reads = 0;
    const counting: ConversationStore = Object.assign(Object.create(stores.conversations) as ConversationStore, {
      get: (id: string) => {
        reads += 1;
        return stores.conversations.get(id);
      },
    });
    const deps: TurnPipelineDeps = {
      locks: stores.locks,
      conversations: counting,
      queue: staffQueueOf({ ...stores, conversations: counting }, clock, parseStaffHours(DEFAULT_STAFF_HOURS)),
      recognizer: recognizer(),
      clock,
    };
    const reached: string[] = [];
    const adapter = new TestAdapter(async (context) => {
      reached.push(context.activity.text ?? '');
    }, { conversation: { id: 'counted', isGroup: false, conversationType: 'personal', name: 'counted' } } as Partial<Activity>)
      .use(quoteAnswer(deps))
      .use(ownerCheck(deps));

    await adapter.send('my camera has no video');
    const firstTurn = reads;
    reads = 0;
    await adapter.send('still no video');
    assert.deepEqual([firstTurn, reads], [1, 1]);

    // Staff hold the conversation and sent a quote: the answer changes the record, and the owner check reads it anew.
    const record = await stores.conversations.get('counted');
    assert.ok(record);
    const repairCase = await stores.cases.create(sampleNewCase('counted'), { day: TODAY, at: clock.now() });
    await stores.conversations.put({ ...record, status: 'active', owner: { kind: 'staff', staffId: 'wang' }, pendingQuote: repairCase.id });
    reads = 0;
    await adapter.send('yes, go ahead with the repair');
    assert.equal(reads, 2);
    assert.equal((await stores.conversations.get('counted'))?.pendingQuote, undefined);
    assert.deepEqual(reached, ['my camera has no video', 'still no video'], 'a message to staff does not reach the assistant');
  });
});

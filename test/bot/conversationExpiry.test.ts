import assert from 'node:assert/strict';
import path from 'node:path';
import { ConversationExpiry } from '../../src/bot/conversationExpiry';
import { conversationStateKey } from '../../src/bot/conversationStateKeys';
import { loadProductRegistry } from '../../src/registry/productRegistry';
import type { StoredUpload, Stores } from '../../src/storage/types';
import { createRecognizer } from '../../intents/recognizer';
import type { Recognizer } from '../../intents/types';
import { TINY_PNG } from '../channels/directline/support/fixtures';
import { createInProcessAssistant, type InProcessAssistant } from '../support/inProcessAssistant';

const IDLE_MS = 30 * 60 * 1000;
const FAULT_DIALOG = ['My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video', 'yes', 'Li Wei, 138 1234 5678, Hangzhou', 'no thanks'];

/** Everything the stores hold of one conversation. */
async function whatIsKept(stores: Stores, conversationId: string) {
  return {
    record: await stores.conversations.get(conversationId),
    transcript: await stores.transcripts.list(conversationId),
    state: await stores.state.read([conversationStateKey('directline', conversationId)]),
    uploads: await stores.uploads.listByConversation(conversationId),
    lastActivity: await stores.lastActivity.get(conversationId),
  };
}

describe('ConversationExpiry', () => {
  let recognizer: Recognizer;
  let assistant: InProcessAssistant;
  let expiry: ConversationExpiry;

  before(() => {
    recognizer = createRecognizer({ models: loadProductRegistry(path.join(__dirname, '../../data/demo-registry.csv')).models() });
  });

  beforeEach(() => {
    assistant = createInProcessAssistant(recognizer);
    expiry = new ConversationExpiry({ stores: assistant.stores, now: assistant.now, idleMs: IDLE_MS, logger: { error: (details, message) => assert.fail(`${message} ${JSON.stringify(details)}`) } });
  });

  afterEach(() => expiry.stop());

  const photo = (conversationId: string): Promise<StoredUpload> =>
    assistant.stores.uploads.save({ conversationId, name: 'dome.png', contentType: 'image/png', size: TINY_PNG.length }, TINY_PNG, assistant.now());

  it('leaves nothing of an idle conversation in the stores but its case and the photo attached to it', async () => {
    await assistant.open('c-case');
    const attached = await photo('c-case');
    await assistant.say('c-case', FAULT_DIALOG[0], [attached]);
    for (const text of FAULT_DIALOG.slice(1)) await assistant.say('c-case', text);
    await assistant.open('c-loose');
    const loose = await photo('c-loose');
    await assistant.say('c-loose', 'here is a photo of the label', [loose]);
    const [repairCase] = await assistant.stores.cases.list({ conversationId: 'c-case' });
    assert.ok(repairCase, `the fault dialog opened a case: ${(await assistant.replies('c-case')).join(' | ')}`);
    assert.deepEqual(repairCase.attachments.map((attachment) => attachment.id), [attached.id]);
    assert.ok(Object.keys((await whatIsKept(assistant.stores, 'c-case')).state).length > 0, 'the dialog kept state');

    assistant.advanceClock(IDLE_MS + 1000);
    assert.equal(await expiry.sweep(), 2);

    for (const conversationId of ['c-case', 'c-loose']) {
      assert.deepEqual(await whatIsKept(assistant.stores, conversationId), {
        record: undefined,
        transcript: [],
        state: {},
        uploads: conversationId === 'c-case' ? [attached] : [],
        lastActivity: undefined,
      }, conversationId);
    }
    assert.deepEqual(await assistant.stores.cases.get(repairCase.id), repairCase, 'the case stays as it was');
    assert.equal(await assistant.stores.uploads.get(loose.id), undefined);
  });

  it('keeps a conversation that was active within the idle time', async () => {
    await assistant.open('c-busy');
    assistant.advanceClock(IDLE_MS - 60_000);
    await assistant.say('c-busy', 'hello');
    assistant.advanceClock(IDLE_MS - 60_000);
    assert.equal(await expiry.sweep(), 0);
    assert.ok((await whatIsKept(assistant.stores, 'c-busy')).record);
  });

  it('keeps conversations waiting for or held by staff, however long they are idle', async () => {
    for (const [conversationId, status] of [['c-waiting', 'waiting'], ['c-held', 'active']] as const) {
      await assistant.open(conversationId);
      const record = await assistant.stores.conversations.get(conversationId);
      assert.ok(record);
      await assistant.stores.conversations.put({ ...record, status, ...(status === 'active' ? { owner: { kind: 'staff', staffId: 'wang' } } : {}) });
    }
    assistant.advanceClock(10 * IDLE_MS);
    assert.equal(await expiry.sweep(), 0);
    for (const conversationId of ['c-waiting', 'c-held']) {
      const kept = await whatIsKept(assistant.stores, conversationId);
      assert.ok(kept.record && kept.transcript.length > 0, conversationId);
    }
  });

  it('lets a conversation staff closed expire like any other', async () => {
    await assistant.open('c-closed');
    const record = await assistant.stores.conversations.get('c-closed');
    assert.ok(record);
    await assistant.stores.conversations.put({ ...record, status: 'closed' });
    assistant.advanceClock(2 * IDLE_MS);
    assert.equal(await expiry.sweep(), 1);
    assert.equal(await assistant.stores.conversations.get('c-closed'), undefined);
  });

  it('sweeps by itself once started, and stops when told', async () => {
    const fastExpiry = new ConversationExpiry({ stores: assistant.stores, now: assistant.now, idleMs: 20, logger: { error: () => undefined } });
    await assistant.open('c-quick');
    assistant.advanceClock(1000);
    fastExpiry.start();
    const giveUpAt = Date.now() + 3000;
    while ((await assistant.stores.conversations.get('c-quick')) !== undefined && Date.now() < giveUpAt) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await fastExpiry.stop();
    assert.equal(await assistant.stores.conversations.get('c-quick'), undefined);
  });
});

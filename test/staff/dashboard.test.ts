// The dashboard's figures come from the stores: what the assistant and staff did, on the clock the test sets, and the
// same after the conversations have expired.
import assert from 'node:assert/strict';
import path from 'node:path';
import { ConversationExpiry } from '../../src/bot/conversationExpiry';
import { loadProductRegistry } from '../../src/registry/productRegistry';
import { dashboardFigures } from '../../src/staff/dashboard';
import { createRecognizer } from '../../intents/recognizer';
import type { Recognizer } from '../../intents/types';
import { createInProcessAssistant, type InProcessAssistant } from '../support/inProcessAssistant';

const IDLE_MS = 30 * 60 * 1000;

describe('dashboardFigures', () => {
  let recognizer: Recognizer;
  let assistant: InProcessAssistant;

  before(() => {
    recognizer = createRecognizer({ models: loadProductRegistry(path.join(__dirname, '../../data/demo-registry.csv')).models() });
  });

  beforeEach(async () => {
    assistant = createInProcessAssistant(recognizer);
    await assistant.open('c-en');
    await assistant.say('c-en', 'is NPC21A00012345 still under warranty?');
    await assistant.open('c-zh');
    await assistant.say('c-zh', 'NPC21A00012345 还在保修期吗？');
    await assistant.open('c-person');
    await assistant.say('c-person', 'I want to talk to a person');
  });

  const figures = () => dashboardFigures({ stores: assistant.stores, now: assistant.now });

  it('counts the day’s conversations by language and channel, and the share the assistant resolved alone', async () => {
    const shown = await figures();
    assert.deepEqual([shown.day, shown.weekStart], ['2026-11-25', '2026-11-23']);
    assert.deepEqual(shown.conversations, { today: 3, week: 3, byLanguage: { en: 2, zh: 1 }, byChannel: { directline: 3 } });
    assert.deepEqual(shown.resolvedWithoutStaff, { resolved: 2, of: 3, share: 2 / 3 });
    assert.deepEqual(shown.escalations, { total: 1, byReason: { customer_request: 1 } });
    assert.deepEqual([shown.waitMinutes, shown.rating], [{ median: null, count: 0 }, { average: null, count: 0 }]);
  });

  it('counts yesterday’s conversations in the week but not in the day', async () => {
    assistant.advanceClock(24 * 60 * 60 * 1000);
    const shown = await figures();
    assert.deepEqual([shown.conversations.today, shown.conversations.week], [0, 3]);
  });

  it('shows the same figures once the conversations have expired', async () => {
    const before = await figures();
    assistant.advanceClock(IDLE_MS + 1000);
    const expiry = new ConversationExpiry({ stores: assistant.stores, now: assistant.now, idleMs: IDLE_MS, logger: { error: (details, message) => assert.fail(`${message} ${JSON.stringify(details)}`) } });
    // The one waiting for staff stays.
    assert.equal(await expiry.sweep(), 2);
    assert.deepEqual(await figures(), before);
  });
});

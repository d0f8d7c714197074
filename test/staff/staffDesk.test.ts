// The staff desk's timers, on a clock the test moves: a held conversation without a reply reminds staff and then goes
// back to the queue; a queued customer nobody took is told so. Customers are reached through a real Direct Line adapter.
import assert from 'node:assert/strict';
import { DirectLineAdapter } from '../../src/channels/directline/directLineAdapter';
import { createLogger } from '../../src/observability/logger';
import { createMemoryStores } from '../../src/storage/memory';
import type { ConversationRecord, Stores } from '../../src/storage/types';
import { customerChannels } from '../../src/staff/customerChannels';
import { StaffDesk } from '../../src/staff/staffDesk';
import { StaffEvents } from '../../src/staff/staffEvents';

const MINUTE = 60_000;

describe('StaffDesk timers', () => {
  let stores: Stores;
  let now: Date;
  let desk: StaffDesk;

  beforeEach(async () => {
    stores = createMemoryStores();
    now = new Date('2026-11-25T08:00:00Z');
    const clock = { today: () => '2026-11-25', now: () => now };
    const logger = createLogger('silent');
    const adapter = new DirectLineAdapter({ transcripts: stores.transcripts, bus: stores.bus, botAccount: { id: 'bot', name: 'NetPosa Service' }, logger, clock: clock.now });
    const continueOn = (reference: Parameters<DirectLineAdapter['continueConversation']>[0], logic: Parameters<DirectLineAdapter['continueConversation']>[1]) =>
      adapter.continueConversation(reference, logic);
    desk = new StaffDesk({
      conversations: stores.conversations,
      cases: stores.cases,
      transcripts: stores.transcripts,
      accounts: stores.staffAccounts,
      locks: stores.locks,
      waits: stores.takeoverWaits,
      events: new StaffEvents(stores.staffEvents, stores.bus, clock.now),
      channels: customerChannels({ directLine: continueOn, botFramework: continueOn }),
      resumeAssistant: async () => undefined,
      clock,
      timeouts: { reminderMs: 5 * MINUTE, returnMs: 15 * MINUTE, queueNoticeMs: 10 * MINUTE },
      logger,
    });
    await stores.staffAccounts.put({ username: 'wang', displayName: 'Wang Fang', role: 'agent', passwordHash: 'x', createdAt: now.toISOString() });
  });

  function conversation(id: string, fields: Partial<ConversationRecord>): ConversationRecord {
    return {
      id,
      channel: 'directline',
      customer: 'dl_customer',
      language: 'en',
      status: 'waiting',
      owner: { kind: 'assistant' },
      waitingSince: now.toISOString(),
      updatedAt: now.toISOString(),
      reference: { channelId: 'directline', serviceUrl: '', conversation: { id }, user: { id: 'dl_customer', role: 'user' } },
      ...fields,
    };
  }

  const heldByWang = (id: string) => conversation(id, { status: 'active', owner: { kind: 'staff', staffId: 'wang' }, takenAt: now.toISOString(), awaitingStaffSince: now.toISOString() });

  async function eventNames(): Promise<string[]> {
    return ((await stores.staffEvents.since(0)) ?? []).map((event) => event.name);
  }

  async function toldCustomer(id: string): Promise<string[]> {
    return (await stores.transcripts.list(id)).map((activity) => String(activity.text));
  }

  function advance(minutes: number): void {
    now = new Date(now.getTime() + minutes * MINUTE);
  }

  it('reminds staff once of a held conversation whose customer has waited for a reply', async () => {
    await stores.conversations.put(heldByWang('held'));
    advance(4);
    await desk.sweep();
    assert.deepEqual(await eventNames(), []);
    advance(1);
    await desk.sweep();
    await desk.sweep();
    assert.deepEqual(await eventNames(), ['conversation.reminder']);
    assert.equal((await stores.conversations.get('held'))?.status, 'active');
  });

  it('returns a held conversation without a reply to the queue, and tells the customer who stepped away', async () => {
    await stores.conversations.put(heldByWang('held'));
    advance(15);
    await desk.sweep();
    const record = await stores.conversations.get('held');
    assert.deepEqual([record?.status, record?.owner, record?.waitingSince], ['waiting', { kind: 'assistant' }, now.toISOString()]);
    assert.deepEqual(await eventNames(), ['conversation.returned']);
    assert.deepEqual(await toldCustomer('held'), ['Sorry — Wang Fang had to step away. Your request is back in the queue, and the next colleague who is free will reply right here.']);
  });

  it('starts counting again once staff reply', async () => {
    await stores.conversations.put(heldByWang('held'));
    advance(4);
    await desk.sendMessage('held', { username: 'wang', displayName: 'Wang Fang', role: 'agent' }, 'Looking into it now.');
    advance(4);
    await desk.sweep();
    assert.deepEqual(await eventNames(), ['conversation.message']);
  });

  it('tells a queued customer nobody has taken their request yet, once', async () => {
    await stores.conversations.put(conversation('queued', {}));
    advance(9);
    await desk.sweep();
    assert.deepEqual(await toldCustomer('queued'), []);
    advance(1);
    await desk.sweep();
    advance(10);
    await desk.sweep();
    assert.deepEqual(await toldCustomer('queued'), [
      'Sorry for the wait — nobody from the team has been able to pick up your request yet. It stays in the queue: you can leave a message here for them, and I can carry on helping meanwhile.',
    ]);
  });
});

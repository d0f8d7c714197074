// The WeChat adapter: a customer message becomes an activity, a turn's replies leave as one send, in order, within limits.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { MessageFactory, TurnContext, type ConversationReference } from 'botbuilder';
import { WeChatAdapter } from '../../../src/channels/wechat/weChatAdapter';
import type { WeChatCustomer, WeChatOutgoing, WeChatTransport } from '../../../src/channels/wechat/weChatTransport';
import { createMemoryStores } from '../../../src/storage/memory';
import type { Stores } from '../../../src/storage/types';
import { unreadable } from '../../../src/channels/wechat/media';

/** A way in that keeps what it was asked to send, and allows as many messages a turn as the test says. */
class RecordingTransport implements WeChatTransport {
  readonly sent: Array<{ customer: WeChatCustomer; messages: WeChatOutgoing[] }> = [];
  constructor(readonly name: string, private readonly limit?: number) {}
  async send(customer: WeChatCustomer, messages: WeChatOutgoing[]): Promise<void> {
    this.sent.push({ customer, messages });
  }
  async maxMessagesPerTurn(): Promise<number | undefined> {
    return this.limit;
  }
  texts(): string[][] {
    return this.sent.map((delivery) => delivery.messages.map((message) => (message.kind === 'text' ? message.text : `[file ${message.name}]`)));
  }
}

const silentLogger = { error: () => undefined };

function adapterWith(stores: Stores, bot: (context: TurnContext) => Promise<void>): WeChatAdapter {
  return new WeChatAdapter({ bot, transcripts: stores.transcripts, botAccount: { id: 'bot', name: 'NetPosa Service' }, logger: silentLogger });
}

describe('WeChatAdapter', () => {
  const alice: WeChatCustomer = { id: 'wxid_alice', name: 'Alice' };

  it('runs the bot on a message in the customer’s own wechat conversation and sends the turn’s replies in one message', async () => {
    const stores = createMemoryStores();
    const transport = new RecordingTransport('wechaty');
    const seen: string[] = [];
    const adapter = adapterWith(stores, async (context) => {
      seen.push(`${context.activity.channelId} ${context.activity.conversation.id} ${context.activity.from.name}: ${context.activity.text}`);
      await context.sendActivity('Hello!');
      await context.sendActivity({ type: 'typing' });
      await context.sendActivity('What is the serial number?');
    });
    adapter.register(transport);
    await adapter.acceptMessage({ via: 'wechaty', customer: alice, content: { kind: 'text', text: 'hi' } });
    assert.deepEqual(seen, ['wechat wechat:wxid_alice Alice: hi']);
    assert.deepEqual(transport.texts(), [['Hello!\n\nWhat is the serial number?']]);
    assert.deepEqual(transport.sent[0].customer, alice);
  });

  it('records the customer’s message and every reply in the transcript, for the staff console', async () => {
    const stores = createMemoryStores();
    const adapter = adapterWith(stores, async (context) => void (await context.sendActivity('Noted.')));
    adapter.register(new RecordingTransport('wechaty'));
    await adapter.acceptMessage({ via: 'wechaty', customer: alice, content: { kind: 'text', text: 'my camera is dead' } });
    const transcript = await stores.transcripts.list('wechat:wxid_alice');
    assert.deepEqual(transcript.map((activity) => [(activity.from as { role: string }).role, activity.text]), [['user', 'my camera is dead'], ['bot', 'Noted.']]);
  });

  it('uses no more messages a turn than the transport allows', async () => {
    const stores = createMemoryStores();
    const transport = new RecordingTransport('official-account', 1);
    const adapter = adapterWith(stores, async (context) => {
      await context.sendActivity(`${'a'.repeat(1500)}.`);
      await context.sendActivity(`${'b'.repeat(1500)}.`);
    });
    adapter.register(transport);
    await adapter.acceptMessage({ via: 'official-account', customer: alice, content: { kind: 'text', text: 'hi' } });
    assert.equal(transport.sent.length, 1);
    assert.equal(transport.sent[0].messages.length, 1);
  });

  it('answers a burst of messages from one customer in the order they came, each turn after the last was delivered', async () => {
    const stores = createMemoryStores();
    const transport = new RecordingTransport('wechaty');
    // The first message takes longest: without a line per conversation its answer would come last.
    const adapter = adapterWith(stores, async (context) => {
      await sleep(50 - 10 * Number(context.activity.text));
      await context.sendActivity(`answer ${context.activity.text}`);
    });
    adapter.register(transport);
    await Promise.all(['1', '2', '3', '4', '5'].map((text) => adapter.acceptMessage({ via: 'wechaty', customer: alice, content: { kind: 'text', text } })));
    assert.deepEqual(transport.texts(), [['answer 1'], ['answer 2'], ['answer 3'], ['answer 4'], ['answer 5']]);
  });

  it('continues a conversation from its stored reference through the same way in, back to the group the customer wrote in', async () => {
    const stores = createMemoryStores();
    const transport = new RecordingTransport('wechaty');
    let reference: Partial<ConversationReference> | undefined;
    const adapter = adapterWith(stores, async (context) => {
      reference = TurnContext.getConversationReference(context.activity);
    });
    adapter.register(transport);
    const inGroup = { ...alice, roomId: 'room_42' };
    await adapter.acceptMessage({ via: 'wechaty', customer: inGroup, content: { kind: 'text', text: '@bot hi' } });
    const stored = JSON.parse(JSON.stringify(reference)) as Partial<ConversationReference>;
    await adapter.continueConversation(stored, async (context) => void (await context.sendActivity(MessageFactory.text('Wang: your case is shipped'))));
    assert.deepEqual(transport.sent, [{ customer: inGroup, messages: [{ kind: 'text', text: 'Wang: your case is shipped' }] }]);
    assert.equal(stored.conversation?.id, 'wechat:wxid_alice');
  });

  it('refuses to continue a conversation of another channel', async () => {
    const adapter = adapterWith(createMemoryStores(), async () => undefined);
    await assert.rejects(
      adapter.continueConversation({ channelId: 'directline', conversation: { id: 'x', isGroup: false, conversationType: 'personal', name: '' } }, async () => undefined),
      /expected a wechat reference/,
    );
  });

  it('hands a notice (voice, sticker) to the turn as channel data, without text', async () => {
    const stores = createMemoryStores();
    const seen: unknown[] = [];
    const adapter = adapterWith(stores, async (context) => void seen.push([context.activity.text, context.activity.channelData]));
    adapter.register(new RecordingTransport('wechaty'));
    await adapter.acceptMessage({ via: 'wechaty', customer: alice, content: unreadable('voice') });
    assert.deepEqual(seen, [['', { notice: { key: 'notice.voice' } }]]);
  });

  it('still delivers what a failed turn said, with the apology the error handler adds', async () => {
    const stores = createMemoryStores();
    const transport = new RecordingTransport('wechaty');
    const adapter = adapterWith(stores, async (context) => {
      await context.sendActivity('Let me check.');
      throw new Error('storage down');
    });
    adapter.onTurnError = async (context) => void (await context.sendActivity('Sorry, something went wrong.'));
    adapter.register(transport);
    await adapter.acceptMessage({ via: 'wechaty', customer: alice, content: { kind: 'text', text: 'hi' } });
    assert.deepEqual(transport.texts(), [['Let me check.\n\nSorry, something went wrong.']]);
  });
});

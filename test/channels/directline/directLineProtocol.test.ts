import assert from 'node:assert/strict';
import type { Duplex } from 'node:stream';
import { ConnectionStatus } from 'botframework-directlinejs';
import { connect, fromBot, waitForStatus, type RecordingClient } from './support/directLineClient';
import { startTestServer, type TestServer } from './support/directLineTestServer';
import { bearer, call } from './support/httpCalls';
import { generateToken } from './support/tokens';

describe('Direct Line protocol with botframework-directlinejs', () => {
  let server: TestServer;
  let clients: RecordingClient[];

  beforeEach(async () => {
    server = await startTestServer();
    clients = [];
  });

  afterEach(async () => {
    for (const client of clients) client.end();
    await server.close();
  });

  function open(options: Parameters<typeof connect>[1]): RecordingClient {
    const client = connect(server.domain, options);
    clients.push(client);
    return client;
  }

  for (const webSocket of [true, false]) {
    const transport = webSocket ? 'over the WebSocket' : 'by polling';

    it(`delivers the welcome, the echo and the reply ${transport}`, async () => {
      const { token } = await generateToken(server.domain);
      const client = open({ token, webSocket, locale: 'en-US' });
      await client.waitFor(fromBot('Welcome (en-US)'));
      const id = await client.post({ text: 'hello', locale: 'en-US', channelData: { clientActivityID: 'client-1' } });

      const echo = await client.waitFor((activity) => activity.id === id);
      assert.equal(echo.from.role, 'user');
      assert.equal(echo.channelData?.clientActivityID, 'client-1');
      assert.ok(echo.timestamp);
      const reply = await client.waitFor(fromBot('You said: hello (en-US)'));
      assert.equal(reply.replyToId, id);
      assert.ok(reply.id && reply.timestamp);
    });
  }

  it('passes suggested actions and Adaptive Cards through to the client', async () => {
    const { token } = await generateToken(server.domain);
    const client = open({ token });
    await client.post({ text: 'choices' });
    const choices = await client.waitFor(fromBot('What can I help with?'));
    assert.deepEqual(choices.suggestedActions?.actions.map((action) => action.title), ['Repair', 'Warranty']);
    await client.post({ text: 'card' });
    const card = await client.waitFor((activity) => activity.from.role === 'bot' && activity.attachments?.length === 1);
    assert.equal(card.attachments?.[0].contentType, 'application/vnd.microsoft.card.adaptive');
  });

  it('shows a typing indicator over the WebSocket while the bot works, without storing it', async () => {
    const { token, conversationId } = await generateToken(server.domain);
    const client = open({ token });
    await client.post({ text: 'slow' });
    await client.waitFor(fromBot('Done thinking'));
    assert.ok(client.received.some((activity) => activity.type === 'typing' && activity.from.role === 'bot'));
    const stored = await server.stores.transcripts.list(conversationId);
    assert.ok(stored.every((activity) => activity.type !== 'typing'));
  });

  it('overwrites from with the token’s user, so nobody can post as the bot or someone else', async () => {
    const { token } = await generateToken(server.domain, { id: 'dl_customer1', name: 'Li Wei' });
    const client = open({ token });
    const id = await client.post({ text: 'I am the bot', from: { id: 'netposa-assistant', name: 'NetPosa Service', role: 'bot' } });
    const echo = await client.waitFor((activity) => activity.id === id);
    assert.deepEqual(echo.from, { id: 'dl_customer1', name: 'Li Wei', role: 'user' });
  });

  it('continues a conversation from a watermark without losing or repeating an activity', async () => {
    const { token } = await generateToken(server.domain);
    const first = open({ token });
    await first.post({ text: 'one' });
    await first.waitFor(fromBot('You said: one (no locale)'));
    const { conversationId } = first.directLine as unknown as { conversationId: string };
    const watermark = (first.directLine as unknown as { watermark: string }).watermark;
    const freshToken = (first.directLine as unknown as { token: string }).token;
    first.end();

    // Meanwhile the conversation goes on: a proactive message arrives while nobody is connected.
    const reference = (await server.stores.conversations.get(conversationId))?.reference as object;
    await server.deps.adapter.continueConversation(reference, async (context) => {
      await context.sendActivity('Your case was updated');
    });

    const second = open({ token: freshToken, conversationId, watermark });
    await second.waitFor(fromBot('Your case was updated'));
    await second.post({ text: 'two' });
    await second.waitFor(fromBot('You said: two (no locale)'));
    const texts = second.received.filter((activity) => activity.type === 'message').map((activity) => activity.text);
    assert.deepEqual(texts, ['Your case was updated', 'two', 'You said: two (no locale)']);
  });

  it('replays the whole history to a reloaded page that reconnects without a watermark', async () => {
    const { token, conversationId } = await generateToken(server.domain);
    const first = open({ token });
    await first.post({ text: 'before reload' });
    await first.waitFor(fromBot('You said: before reload (no locale)'));
    first.end();

    const reloaded = open({ token, conversationId });
    await reloaded.waitFor(fromBot('You said: before reload (no locale)'));
    const ids = reloaded.received.map((activity) => activity.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(reloaded.received.filter((activity) => activity.type === 'message' && activity.text === 'Welcome (no locale)').length, 1);
  });

  it('reconnects a dropped WebSocket without losing or repeating an activity', async () => {
    const { token, conversationId } = await generateToken(server.domain);
    const streams: Duplex[] = [];
    server.httpServer.on('upgrade', (_request, socket: Duplex) => streams.push(socket));
    const client = open({ token });
    await client.post({ text: 'one' });
    await client.waitFor(fromBot('You said: one (no locale)'));

    for (const stream of streams) stream.destroy();
    const reference = (await server.stores.conversations.get(conversationId))?.reference as object;
    await server.deps.adapter.continueConversation(reference, async (context) => {
      await context.sendActivity('While you were away');
    });
    await client.waitFor(fromBot('While you were away'), 10_000);
    await client.post({ text: 'two' });
    await client.waitFor(fromBot('You said: two (no locale)'));

    assert.ok(streams.length >= 2, 'the client opened a second stream');
    const texts = client.received.filter((activity) => activity.type === 'message').map((activity) => activity.text);
    assert.deepEqual(texts, [
      'Welcome (no locale)',
      'one',
      'You said: one (no locale)',
      'While you were away',
      'two',
      'You said: two (no locale)',
    ]);
  }).timeout(15_000);

  it('refreshes a token before it expires', async () => {
    const { token, conversationId } = await generateToken(server.domain);
    const client = open({ token });
    await waitForStatus(client.directLine, ConnectionStatus.Online);
    const refreshed = await call(`${server.domain}/tokens/refresh`, { method: 'POST', headers: bearer(token) });
    assert.equal(refreshed.status, 200);
    const { token: newToken, expires_in } = refreshed.body as { token: string; expires_in: number };
    assert.equal(expires_in, 1800);
    const posted = await call(`${server.domain}/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: bearer(newToken, { 'Content-Type': 'application/json' }),
      body: JSON.stringify({ type: 'message', text: 'with the refreshed token' }),
    });
    const { id } = posted.body as { id: string };
    await client.waitFor((activity) => activity.id === id);
  });
});

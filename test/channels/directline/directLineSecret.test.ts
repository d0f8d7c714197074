// Starting a conversation with the Direct Line secret as bearer, as Microsoft's Direct Line 3.0 lets a website backend do.
import assert from 'node:assert/strict';
import { connect, fromBot } from './support/directLineClient';
import { startTestServer, TEST_SECRET, type TestServer } from './support/directLineTestServer';
import { bearer, call, errorCode } from './support/httpCalls';
import { generateToken, startConversation } from './support/tokens';

describe('Direct Line with the secret as bearer', () => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startTestServer();
  });

  afterEach(() => server.close());

  it('starts a new conversation and answers with a token bound to it, its id, streamUrl and expires_in', async () => {
    const answer = await call(`${server.domain}/conversations`, { method: 'POST', headers: bearer(TEST_SECRET) });
    assert.equal(answer.status, 201);
    const started = answer.body as { conversationId: string; token: string; expires_in: number; streamUrl: string };
    assert.equal(started.expires_in, 1800);
    assert.match(started.streamUrl, new RegExp(`^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${started.conversationId}/stream\\?`));
    const history = await call(`${server.domain}/conversations/${started.conversationId}/activities`, { headers: bearer(started.token) });
    assert.equal(history.status, 200);
    const other = await generateToken(server.domain);
    const elsewhere = await call(`${server.domain}/conversations/${other.conversationId}/activities`, { headers: bearer(started.token) });
    assert.equal(elsewhere.status, 403);
  });

  it('starts a different conversation each time', async () => {
    const first = await call(`${server.domain}/conversations`, { method: 'POST', headers: bearer(TEST_SECRET) });
    const second = await call(`${server.domain}/conversations`, { method: 'POST', headers: bearer(TEST_SECRET) });
    assert.notEqual((first.body as { conversationId: string }).conversationId, (second.body as { conversationId: string }).conversationId);
  });

  for (const webSocket of [true, false]) {
    it(`lets botframework-directlinejs talk to the bot given only the secret ${webSocket ? 'over the WebSocket' : 'by polling'}`, async () => {
      const client = connect(server.domain, { secret: TEST_SECRET, webSocket });
      try {
        await client.waitFor(fromBot('Welcome (no locale)'));
        await client.post({ text: 'hello with the secret' });
        await client.waitFor(fromBot('You said: hello with the secret (no locale)'));
      } finally {
        client.end();
      }
    });
  }

  it('refuses a wrong secret, and a conversation that was never started', async () => {
    const wrong = await call(`${server.domain}/conversations`, { method: 'POST', headers: bearer(`${TEST_SECRET}-not`) });
    assert.equal(wrong.status, 403);
    assert.equal(errorCode(wrong), 'BadToken');
    const unstarted = await generateToken(server.domain);
    const answer = await call(`${server.domain}/conversations/${unstarted.conversationId}/activities`, { headers: bearer(TEST_SECRET) });
    assert.equal(answer.status, 404);
  });

  it('reads a conversation a token started, speaking as its customer', async () => {
    const generated = await generateToken(server.domain, { id: 'dl_website-customer' });
    await startConversation(server.domain, generated.token);
    const posted = await call(`${server.domain}/conversations/${generated.conversationId}/activities`, {
      method: 'POST',
      headers: bearer(TEST_SECRET, { 'Content-Type': 'application/json' }),
      body: JSON.stringify({ type: 'message', text: 'from the backend', from: { id: 'dl_someone-else' } }),
    });
    assert.equal(posted.status, 200);
    const history = await call(`${server.domain}/conversations/${generated.conversationId}/activities`, { headers: bearer(generated.token) });
    const message = (history.body as { activities: Array<{ text?: string; from: { id: string } }> }).activities.find(
      (activity) => activity.text === 'from the backend',
    );
    assert.equal(message?.from.id, 'dl_website-customer');
  });
});

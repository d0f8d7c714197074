import assert from 'node:assert/strict';
import { bearer, call, errorCode } from './support/httpCalls';
import { startTestServer, type TestServer } from './support/directLineTestServer';
import { generateToken, startConversation } from './support/tokens';

describe('Direct Line conversations that are gone', () => {
  let server: TestServer;

  afterEach(() => server?.close());

  it('answers a started token whose conversation was lost in a restart with ConversationEnded instead of starting it again empty', async () => {
    server = await startTestServer();
    const { token: pageToken, conversationId } = await generateToken(server.domain);
    const { token } = await startConversation(server.domain, pageToken);
    await server.close();
    // The same signing key, the memory stores empty: what a restart with TOKEN_SIGNING_KEY set looks like.
    server = await startTestServer();

    const start = await call(`${server.domain}/conversations`, { method: 'POST', headers: bearer(token) });
    assert.equal(start.status, 404);
    assert.equal(errorCode(start), 'ConversationEnded');
    const refresh = await call(`${server.domain}/tokens/refresh`, { method: 'POST', headers: bearer(token) });
    assert.equal(refresh.status, 404);
    assert.equal(errorCode(refresh), 'ConversationEnded');
    const rejoin = await call(`${server.domain}/conversations/${conversationId}`, { headers: bearer(token) });
    assert.equal(rejoin.status, 404);
    assert.equal(errorCode(rejoin), 'ConversationEnded');
    assert.equal(await server.stores.conversations.get(conversationId), undefined, 'nothing was recreated');
  });

  it('refuses the token of an expired conversation', async () => {
    server = await startTestServer();
    const { token: pageToken, conversationId } = await generateToken(server.domain);
    const { token } = await startConversation(server.domain, pageToken);
    await server.stores.conversations.delete(conversationId);
    const message = await call(`${server.domain}/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: bearer(token, { 'Content-Type': 'application/json' }),
      body: '{"type":"message","text":"still there?"}',
    });
    assert.equal(message.status, 404);
    assert.equal(errorCode(message), 'ConversationEnded');
    assert.equal(errorCode(await call(`${server.domain}/conversations`, { method: 'POST', headers: bearer(token) })), 'ConversationEnded');
  });

  it('still starts the conversation of a token that never started one, and resumes a running one', async () => {
    server = await startTestServer();
    const { token } = await generateToken(server.domain);
    assert.equal((await call(`${server.domain}/conversations`, { method: 'POST', headers: bearer(token) })).status, 201);
    const again = await call(`${server.domain}/conversations`, { method: 'POST', headers: bearer(token) });
    assert.equal(again.status, 200);
    const started = (again.body as { token: string }).token;
    assert.equal((await call(`${server.domain}/conversations`, { method: 'POST', headers: bearer(started) })).status, 200);
  });
});

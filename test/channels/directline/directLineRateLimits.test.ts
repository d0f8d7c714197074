import assert from 'node:assert/strict';
import { defaultServiceLimits, type RateLimitRule, type RateLimits, type ServiceLimits } from '../../../src/serviceLimits';
import { TINY_PNG, uploadForm } from './support/fixtures';
import { bearer, call, errorCode, type JsonAnswer } from './support/httpCalls';
import { startTestServer, TEST_SECRET, type TestServer } from './support/directLineTestServer';
import { generateToken, startConversation } from './support/tokens';

const GENEROUS: RateLimitRule = { perAddress: 1000, perConversation: 1000 };

function limitsWith(kind: keyof Omit<RateLimits, 'windowMs'>, rule: RateLimitRule): ServiceLimits {
  const defaults = defaultServiceLimits();
  const rates: RateLimits = { windowMs: 60_000, tokens: GENEROUS, starts: GENEROUS, messages: GENEROUS, uploads: GENEROUS, [kind]: rule };
  return { ...defaults, rates };
}

/** Makes the same call until it is refused; returns the statuses and the refusal. */
async function callUntilRefused(times: number, makeCall: () => Promise<JsonAnswer>): Promise<{ statuses: number[]; last: JsonAnswer }> {
  const statuses: number[] = [];
  let last: JsonAnswer = { status: 0, body: undefined };
  for (let i = 0; i < times; i += 1) {
    last = await makeCall();
    statuses.push(last.status);
  }
  return { statuses, last };
}

const json = (token: string) => bearer(token, { 'Content-Type': 'application/json' });
const message = (token: string) => ({ method: 'POST', headers: json(token), body: '{"type":"message","text":"hello"}' });
const upload = (token: string) => ({ method: 'POST', headers: bearer(token), body: uploadForm({ type: 'message' }, [{ name: 'label.png', content: TINY_PNG, contentType: 'image/png' }]) });

describe('Direct Line rate limits', () => {
  let server: TestServer;

  afterEach(() => server?.close());

  it('refuses the third page token from one address with a 429 and a JSON error', async () => {
    server = await startTestServer({ limits: limitsWith('tokens', { perAddress: 2, perConversation: 1000 }) });
    const { statuses, last } = await callUntilRefused(3, () => call(`${server.baseUrl}/api/webchat/token`, { method: 'POST' }));
    assert.deepEqual(statuses, [200, 200, 429]);
    assert.match(String((last.body as { error?: unknown }).error), /Too many token requests from one address: at most 2 every 60 s/);
  });

  it('refuses the third tokens/generate from one address with TooManyRequests', async () => {
    server = await startTestServer({ limits: limitsWith('tokens', { perAddress: 2, perConversation: 1000 }) });
    const { statuses, last } = await callUntilRefused(3, () => call(`${server.domain}/tokens/generate`, { method: 'POST', headers: bearer(TEST_SECRET) }));
    assert.deepEqual(statuses, [200, 200, 429]);
    assert.equal(errorCode(last), 'TooManyRequests');
  });

  it("counts token refreshes per conversation, leaving another conversation's refreshes alone", async () => {
    server = await startTestServer({ limits: limitsWith('tokens', { perAddress: 1000, perConversation: 2 }) });
    const first = await generateToken(server.domain);
    const other = await generateToken(server.domain);
    const refresh = (token: string) => call(`${server.domain}/tokens/refresh`, { method: 'POST', headers: bearer(token) });
    const { statuses, last } = await callUntilRefused(3, () => refresh(first.token));
    assert.deepEqual(statuses, [200, 200, 429]);
    assert.match(String((last.body as { error: { message: string } }).error.message), /in one conversation/);
    assert.equal((await refresh(other.token)).status, 200);
  });

  it('refuses conversation starts past the limit per address', async () => {
    server = await startTestServer({ limits: limitsWith('starts', { perAddress: 2, perConversation: 1000 }) });
    const tokens = await Promise.all([1, 2, 3].map(() => generateToken(server.domain)));
    const statuses = [];
    for (const { token } of tokens) statuses.push((await call(`${server.domain}/conversations`, { method: 'POST', headers: bearer(token) })).status);
    assert.deepEqual(statuses, [201, 201, 429]);
  });

  it('refuses reconnects past the limit per conversation', async () => {
    server = await startTestServer({ limits: limitsWith('starts', { perAddress: 1000, perConversation: 2 }) });
    const { token, conversationId } = await generateToken(server.domain);
    await startConversation(server.domain, token);
    const { statuses, last } = await callUntilRefused(2, () => call(`${server.domain}/conversations/${conversationId}`, { headers: bearer(token) }));
    assert.deepEqual(statuses, [200, 429]);
    assert.equal(errorCode(last), 'TooManyRequests');
  });

  it('refuses messages past the limit per conversation, and does not pass the refused one to the bot', async () => {
    server = await startTestServer({ limits: limitsWith('messages', { perAddress: 1000, perConversation: 3 }) });
    const { token, conversationId } = await generateToken(server.domain);
    await startConversation(server.domain, token);
    const { statuses, last } = await callUntilRefused(4, () => call(`${server.domain}/conversations/${conversationId}/activities`, message(token)));
    assert.deepEqual(statuses, [200, 200, 200, 429]);
    assert.equal(errorCode(last), 'TooManyRequests');
    const posted = (await server.stores.transcripts.list(conversationId)).filter((activity) => activity.text === 'hello');
    assert.equal(posted.length, 3);
  });

  it('refuses messages past the limit per address, across conversations', async () => {
    server = await startTestServer({ limits: limitsWith('messages', { perAddress: 2, perConversation: 1000 }) });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) {
      const { token, conversationId } = await generateToken(server.domain);
      await startConversation(server.domain, token);
      statuses.push((await call(`${server.domain}/conversations/${conversationId}/activities`, message(token))).status);
    }
    assert.deepEqual(statuses, [200, 200, 429]);
  });

  it('refuses uploads past the limit per conversation', async () => {
    server = await startTestServer({ limits: limitsWith('uploads', { perAddress: 1000, perConversation: 2 }) });
    const { token, conversationId } = await generateToken(server.domain);
    await startConversation(server.domain, token);
    const { statuses, last } = await callUntilRefused(3, () => call(`${server.domain}/conversations/${conversationId}/upload`, upload(token)));
    assert.deepEqual(statuses, [200, 200, 429]);
    assert.equal(errorCode(last), 'TooManyRequests');
  });

  it('refuses uploads past the limit per address', async () => {
    server = await startTestServer({ limits: limitsWith('uploads', { perAddress: 1, perConversation: 1000 }) });
    const statuses = [];
    for (let i = 0; i < 2; i += 1) {
      const { token, conversationId } = await generateToken(server.domain);
      await startConversation(server.domain, token);
      statuses.push((await call(`${server.domain}/conversations/${conversationId}/upload`, upload(token))).status);
    }
    assert.deepEqual(statuses, [200, 429]);
  });

  it('tells the client when to come back', async () => {
    server = await startTestServer({ limits: limitsWith('tokens', { perAddress: 1, perConversation: 1000 }) });
    await fetch(`${server.baseUrl}/api/webchat/token`, { method: 'POST' });
    const refused = await fetch(`${server.baseUrl}/api/webchat/token`, { method: 'POST' });
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
  });
});

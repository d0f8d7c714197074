import assert from 'node:assert/strict';
import jwt from 'jsonwebtoken';
import { bearer, call, errorCode, upgradeStatus } from './support/httpCalls';
import { startTestServer, TEST_SECRET, type TestServer } from './support/directLineTestServer';
import { generateToken, startConversation } from './support/tokens';

describe('Direct Line tokens', () => {
  let server: TestServer;
  let tokenA: string;
  let streamUrlA: string;
  let conversationA: string;
  let conversationB: string;

  beforeEach(async () => {
    server = await startTestServer();
    const a = await generateToken(server.domain);
    const started = await startConversation(server.domain, a.token);
    tokenA = a.token;
    streamUrlA = started.streamUrl;
    conversationA = a.conversationId;
    const b = await generateToken(server.domain);
    await startConversation(server.domain, b.token);
    conversationB = b.conversationId;
  });

  afterEach(() => server.close());

  it("refuses conversation A's token on every route of conversation B", async () => {
    const routes: Array<[string, RequestInit]> = [
      [`/conversations/${conversationB}`, { headers: bearer(tokenA) }],
      [`/conversations/${conversationB}/activities`, { headers: bearer(tokenA) }],
      [
        `/conversations/${conversationB}/activities`,
        { method: 'POST', headers: bearer(tokenA, { 'Content-Type': 'application/json' }), body: '{"type":"message","text":"hi"}' },
      ],
      [`/conversations/${conversationB}/upload`, { method: 'POST', headers: bearer(tokenA), body: new FormData() }],
    ];
    for (const [path, init] of routes) {
      const answer = await call(`${server.domain}${path}`, init);
      assert.equal(answer.status, 403, `${init.method ?? 'GET'} ${path}`);
      assert.equal(errorCode(answer), 'Forbidden');
    }
    const postedToB = (await server.stores.transcripts.list(conversationB)).filter((activity) => activity.type === 'message' && activity.text === 'hi');
    assert.deepEqual(postedToB, [], 'nothing was posted to B');
  });

  it("refuses the WebSocket upgrade to conversation B with A's stream ticket", async () => {
    assert.equal(await upgradeStatus(streamUrlA), 101);
    assert.equal(await upgradeStatus(streamUrlA.replace(conversationA, conversationB)), 403);
  });

  it('refuses a conversation token where a stream ticket belongs, and a stream ticket as a bearer token', async () => {
    const ticket = new URL(streamUrlA).searchParams.get('t') ?? '';
    const withToken = new URL(streamUrlA);
    withToken.searchParams.set('t', tokenA);
    assert.equal(await upgradeStatus(withToken.toString()), 403);
    const answer = await call(`${server.domain}/conversations/${conversationA}/activities`, { headers: bearer(ticket) });
    assert.equal(answer.status, 403);
  });

  it('answers 403 TokenExpired once a token has run out, and refuses to refresh it', async () => {
    server.advanceClock(1801);
    const polled = await call(`${server.domain}/conversations/${conversationA}/activities`, { headers: bearer(tokenA) });
    assert.equal(polled.status, 403);
    assert.equal(errorCode(polled), 'TokenExpired');
    const refreshed = await call(`${server.domain}/tokens/refresh`, { method: 'POST', headers: bearer(tokenA) });
    assert.equal(refreshed.status, 403);
    assert.equal(errorCode(refreshed), 'TokenExpired');
  });

  it('keeps a refreshed token working past the first one’s expiry', async () => {
    server.advanceClock(1500);
    const refreshed = await call(`${server.domain}/tokens/refresh`, { method: 'POST', headers: bearer(tokenA) });
    server.advanceClock(600);
    const token = (refreshed.body as { token: string }).token;
    const polled = await call(`${server.domain}/conversations/${conversationA}/activities`, { headers: bearer(token) });
    assert.equal(polled.status, 200);
  });

  it('refuses forged tokens: another key, no signature, or a changed conversation', async () => {
    const claims = { conv: conversationA, user: 'dl_intruder', aud: 'directline:conversation' };
    const otherKey = jwt.sign(claims, 'a-different-key-that-is-also-long-enough', { algorithm: 'HS256', expiresIn: 600 });
    const unsigned = jwt.sign(claims, '', { algorithm: 'none' });
    const [header, payload, signature] = tokenA.split('.');
    const changed = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const tampered = [header, Buffer.from(JSON.stringify({ ...changed, conv: conversationB })).toString('base64url'), signature].join('.');
    for (const forged of [otherKey, unsigned, tampered, 'not-a-token']) {
      const answer = await call(`${server.domain}/conversations/${conversationA}/activities`, { headers: bearer(forged) });
      assert.equal(answer.status, 403);
      assert.equal(errorCode(answer), 'BadToken');
    }
  });

  it('asks for a token when there is none', async () => {
    const answer = await call(`${server.domain}/conversations/${conversationA}/activities`);
    assert.equal(answer.status, 401);
    assert.equal(errorCode(answer), 'MissingToken');
  });

  it('mints tokens only for the holder of the Direct Line secret', async () => {
    const wrong = await call(`${server.domain}/tokens/generate`, { method: 'POST', headers: bearer('guess') });
    assert.equal(wrong.status, 403);
    const right = await call(`${server.domain}/tokens/generate`, { method: 'POST', headers: bearer(TEST_SECRET) });
    assert.equal(right.status, 200);
    const body = right.body as { token: string; conversationId: string; expires_in: number };
    assert.equal(body.expires_in, 1800);
    assert.equal((jwt.decode(body.token) as { user: string }).user.startsWith('dl_'), true);
  });

  it('binds a website’s chosen user id into the token, and refuses ids not starting with dl_', async () => {
    const chosen = await generateToken(server.domain, { id: 'dl_shop-customer-42', name: 'Chen' });
    assert.equal((jwt.decode(chosen.token) as { user: string }).user, 'dl_shop-customer-42');
    const refused = await call(`${server.domain}/tokens/generate`, {
      method: 'POST',
      headers: bearer(TEST_SECRET, { 'Content-Type': 'application/json' }),
      body: JSON.stringify({ user: { id: 'netposa-assistant' } }),
    });
    assert.equal(refused.status, 400);
    assert.equal(errorCode(refused), 'BadArgument');
  });
});

import assert from 'node:assert/strict';
import { connect, fromBot } from './support/directLineClient';
import { startTestServer, type TestServer } from './support/directLineTestServer';
import { TINY_PNG, uploadForm } from './support/fixtures';
import { bearer, call, errorCode } from './support/httpCalls';
import { generateToken, startConversation } from './support/tokens';

describe('Direct Line with bad input', () => {
  let server: TestServer;
  let token: string;
  let activitiesUrl: string;
  let uploadUrl: string;

  beforeEach(async () => {
    server = await startTestServer();
    const generated = await generateToken(server.domain);
    await startConversation(server.domain, generated.token);
    token = generated.token;
    activitiesUrl = `${server.domain}/conversations/${generated.conversationId}/activities`;
    uploadUrl = `${server.domain}/conversations/${generated.conversationId}/upload`;
  });

  afterEach(() => server.close());

  function postJson(body: string, contentType = 'application/json') {
    return call(activitiesUrl, { method: 'POST', headers: bearer(token, { 'Content-Type': contentType }), body });
  }

  const badActivities: Array<[string, string, string, number, string]> = [
    ['malformed JSON', '{"type": "message", "text": ', 'application/json', 400, 'BadArgument'],
    ['a JSON array', '[{"type": "message"}]', 'application/json', 400, 'BadArgument'],
    ['an activity without a type', '{"text": "hi"}', 'application/json', 400, 'BadArgument'],
    ['an activity type clients may not send', '{"type": "conversationUpdate"}', 'application/json', 400, 'BadArgument'],
    ['text that is not a string', '{"type": "message", "text": 42}', 'application/json', 400, 'BadArgument'],
    ['a form instead of JSON', 'type=message&text=hi', 'application/x-www-form-urlencoded', 415, 'UnsupportedMediaType'],
    ['plain text', 'hello', 'text/plain', 415, 'UnsupportedMediaType'],
  ];
  for (const [what, body, contentType, status, code] of badActivities) {
    it(`answers ${status} ${code} to ${what}`, async () => {
      const answer = await postJson(body, contentType);
      assert.equal(answer.status, status);
      assert.equal(errorCode(answer), code);
    });
  }

  it('refuses an activity over 256 KB with 413 and accepts one just under', async () => {
    const envelope = '{"type":"message","text":""}'.length;
    const tooBig = await postJson(JSON.stringify({ type: 'message', text: 'x'.repeat(256 * 1024 - envelope + 1) }));
    assert.equal(tooBig.status, 413);
    assert.equal(errorCode(tooBig), 'MessageSizeTooBig');
    const justFits = await postJson(JSON.stringify({ type: 'message', text: 'x'.repeat(256 * 1024 - envelope) }));
    assert.equal(justFits.status, 200);
  });

  it('refuses an upload over 4 MB with 413', async () => {
    const big = Buffer.concat([TINY_PNG, Buffer.alloc(4 * 1024 * 1024)]);
    const answer = await call(uploadUrl, {
      method: 'POST',
      headers: bearer(token),
      body: uploadForm({ type: 'message' }, [{ name: 'huge.png', content: big, contentType: 'image/png' }]),
    });
    assert.equal(answer.status, 413);
    assert.equal(errorCode(answer), 'MessageSizeTooBig');
  });

  it('refuses to upload a file that is neither a photo nor a PDF, whatever its claimed type', async () => {
    const script = Buffer.from('<script>alert(1)</script>');
    const answer = await call(uploadUrl, {
      method: 'POST',
      headers: bearer(token),
      body: uploadForm({ type: 'message' }, [{ name: 'photo.png', content: script, contentType: 'image/png' }]),
    });
    assert.equal(answer.status, 415);
    assert.equal(errorCode(answer), 'UnsupportedMediaType');
    assert.equal((await server.stores.uploads.listByConversation(activitiesUrl.split('/').at(-2) ?? '')).length, 0);
  });

  it('refuses an upload that is not multipart, or carries no file', async () => {
    const notMultipart = await call(uploadUrl, { method: 'POST', headers: bearer(token, { 'Content-Type': 'application/json' }), body: '{}' });
    assert.equal(notMultipart.status, 415);
    const noFile = await call(uploadUrl, { method: 'POST', headers: bearer(token), body: uploadForm({ type: 'message' }, []) });
    assert.equal(noFile.status, 400);
    assert.equal(errorCode(noFile), 'BadArgument');
  });

  it('answers 404 for a conversation that was never started and for unknown routes', async () => {
    const unstarted = await generateToken(server.domain);
    const answer = await call(`${server.domain}/conversations/${unstarted.conversationId}/activities`, { headers: bearer(unstarted.token) });
    assert.equal(answer.status, 404);
    assert.equal(errorCode(answer), 'NotFound');
    const unknownRoute = await call(`${server.domain}/bots/whatever`, { headers: bearer(token) });
    assert.equal(unknownRoute.status, 404);
    assert.equal(errorCode(unknownRoute), 'NotFound');
  });

  it('answers 400 to a watermark that is not a number', async () => {
    const answer = await call(`${activitiesUrl}?watermark=abc`, { headers: bearer(token) });
    assert.equal(answer.status, 400);
    assert.equal(errorCode(answer), 'BadArgument');
  });

  it('answers the polling GET with an empty set, never a 5xx, when the transcript store fails', async () => {
    server.stores.transcripts.list = async () => {
      throw new Error('store unreachable');
    };
    const answer = await call(`${activitiesUrl}?watermark=3`, { headers: bearer(token) });
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body, { activities: [], watermark: '3' });
  });

  it('allows the headers directlinejs sends in a CORS preflight', async () => {
    const response = await fetch(activitiesUrl, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://shop.example.com',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,x-ms-bot-agent,x-requested-with,content-type',
      },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const header of ['authorization', 'x-ms-bot-agent', 'x-requested-with', 'content-type']) assert.ok(allowed.includes(header), header);
  });

  it('keeps serving a well-behaved client after all of that', async () => {
    await postJson('{"type": "message", "text": ');
    await postJson(JSON.stringify({ type: 'message', text: 'x'.repeat(300 * 1024) }));
    const fresh = await generateToken(server.domain);
    const client = connect(server.domain, { token: fresh.token });
    try {
      await client.post({ text: 'still there?' });
      await client.waitFor(fromBot('You said: still there? (no locale)'));
    } finally {
      client.end();
    }
    assert.deepEqual(server.logged.filter((entry) => entry.level === 'error'), []);
  });
});

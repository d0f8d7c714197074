// Requests no Direct Line client would send, as an outsider probing a running server sends them: each gets a 4xx, none ends it.
import assert from 'node:assert/strict';
import net from 'node:net';
import { startTestServer, type TestServer } from './support/directLineTestServer';
import { bearer, call, errorCode } from './support/httpCalls';
import { generateToken, startConversation } from './support/tokens';

/** Sends raw bytes on a fresh connection and resolves with everything the server wrote back before it closed. */
function rawExchange(baseUrl: string, request: string): Promise<string> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(request));
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
    socket.setTimeout(5000, () => {
      socket.destroy();
      resolve(answer);
    });
  });
}

function upgradeRequest(requestTarget: string): string {
  return [
    `GET ${requestTarget} HTTP/1.1`,
    'Host: 127.0.0.1',
    'Upgrade: websocket',
    'Connection: Upgrade',
    'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
    'Sec-WebSocket-Version: 13',
    '',
    '',
  ].join('\r\n');
}

function statusLine(answer: string): string {
  return answer.split('\r\n')[0];
}

describe('Direct Line against malformed requests', () => {
  let server: TestServer;
  let token: string;
  let conversationUrl: string;

  beforeEach(async () => {
    server = await startTestServer();
    const generated = await generateToken(server.domain);
    await startConversation(server.domain, generated.token);
    token = generated.token;
    conversationUrl = `${server.domain}/conversations/${generated.conversationId}`;
  });

  afterEach(() => server.close());

  async function stillServes(): Promise<void> {
    const answer = await call(`${server.baseUrl}/api/webchat/token`, { method: 'POST' });
    assert.equal(answer.status, 200);
  }

  const badUpgrades: Array<[string, string]> = [
    ['a bad %-escape in the stream path', '/v3/directline/conversations/%E0%A4%A/stream'],
    ['a request target that is not a URL', 'http://['],
    ['a path that has no WebSocket', '/v3/directline/conversations/x/elsewhere'],
  ];
  for (const [what, target] of badUpgrades) {
    it(`answers a WebSocket upgrade with ${what} with a 4xx and keeps serving`, async () => {
      const answer = await rawExchange(server.baseUrl, upgradeRequest(target));
      assert.match(statusLine(answer), /^HTTP\/1\.1 4\d\d /);
      await stillServes();
    });
  }

  it('answers 400 to a bad %-escape in a route path', async () => {
    const answer = await call(`${server.domain}/conversations/%E0%A4%A/activities`, { headers: bearer(token) });
    assert.equal(answer.status, 400);
    assert.equal(errorCode(answer), 'BadArgument');
    assert.deepEqual(server.logged.filter((entry) => entry.level === 'error'), []);
  });

  it('answers 400 to an activity nested 10,000 deep', async () => {
    const deep = `{"type":"message","text":"hi","value":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const answer = await call(`${conversationUrl}/activities`, {
      method: 'POST',
      headers: bearer(token, { 'Content-Type': 'application/json' }),
      body: deep,
    });
    assert.equal(answer.status, 400);
    assert.equal(errorCode(answer), 'BadArgument');
    await stillServes();
  });

  it('answers 4xx to a plain body that claims to be gzip', async () => {
    const answer = await call(`${conversationUrl}/activities`, {
      method: 'POST',
      headers: bearer(token, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }),
      body: '{"type":"message","text":"hi"}',
    });
    assert.ok(answer.status === 400 || answer.status === 415, `status ${answer.status}`);
    assert.match(errorCode(answer), /^(BadArgument|UnsupportedMediaType)$/);
  });

  it('answers 400 to a truncated 150-byte multipart upload', async () => {
    const boundary = '----probe';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG`;
    assert.ok(Buffer.byteLength(body) < 150);
    const answer = await call(`${conversationUrl}/upload`, {
      method: 'POST',
      headers: bearer(token, { 'Content-Type': `multipart/form-data; boundary=${boundary}` }),
      body: body.padEnd(150, 'x'),
    });
    assert.equal(answer.status, 400);
    assert.equal(errorCode(answer), 'BadArgument');
    await stillServes();
  });

  it('answers 400 to a multipart upload without a boundary', async () => {
    const answer = await call(`${conversationUrl}/upload`, {
      method: 'POST',
      headers: bearer(token, { 'Content-Type': 'multipart/form-data' }),
      body: 'no parts here',
    });
    assert.equal(answer.status, 400);
    assert.equal(errorCode(answer), 'BadArgument');
  });

  it('refuses an activity whose attachments link outside the upload store, storing nothing', async () => {
    const before = await server.stores.transcripts.list(conversationUrl.split('/').at(-1) ?? '', 0);
    const answer = await call(`${conversationUrl}/activities`, {
      method: 'POST',
      headers: bearer(token, { 'Content-Type': 'application/json' }),
      body: JSON.stringify({
        type: 'message',
        text: 'my invoice',
        attachments: [{ contentType: 'image/png', contentUrl: 'https://evil.example/x.png', name: 'invoice.png' }],
      }),
    });
    assert.equal(answer.status, 400);
    assert.equal(errorCode(answer), 'BadArgument');
    const after = await server.stores.transcripts.list(conversationUrl.split('/').at(-1) ?? '', 0);
    assert.equal(after.length, before.length);
    assert.doesNotMatch(JSON.stringify(after), /evil\.example/);
  });
});

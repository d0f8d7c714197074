import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { defaultServiceLimits, type ServiceLimits } from '../../../src/serviceLimits';
import { connect } from './support/directLineClient';
import { bearer, call } from './support/httpCalls';
import { startTestServer, type TestServer } from './support/directLineTestServer';
import { generateToken, startConversation } from './support/tokens';

function limitsWith(change: Partial<ServiceLimits>): ServiceLimits {
  return { ...defaultServiceLimits(), ...change };
}

/** Opens a real WebSocket; resolves with it once open, or with the HTTP status it was refused with. */
function openStream(url: string): Promise<WebSocket | number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.once('error', reject);
  });
}

async function streamUrlFor(server: TestServer, token: string, conversationId: string, watermark = ''): Promise<string> {
  const answer = await call(`${server.domain}/conversations/${conversationId}?watermark=${watermark}`, { headers: bearer(token) });
  return (answer.body as { streamUrl: string }).streamUrl;
}

async function startedConversation(server: TestServer): Promise<{ token: string; conversationId: string }> {
  const { token, conversationId } = await generateToken(server.domain);
  await startConversation(server.domain, token);
  return { token, conversationId };
}

describe('Direct Line stream and history limits', () => {
  let server: TestServer;
  const sockets: WebSocket[] = [];

  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.terminate();
    await server?.close();
  });

  async function openAll(urls: string[]): Promise<Array<number>> {
    const statuses = [];
    for (const url of urls) {
      const opened = await openStream(url);
      if (typeof opened === 'number') statuses.push(opened);
      else {
        sockets.push(opened);
        statuses.push(101);
      }
    }
    return statuses;
  }

  it('refuses a third WebSocket on one conversation with a 429, and takes one again once a socket closes', async () => {
    server = await startTestServer({ limits: limitsWith({ streams: { perConversation: 2, total: 100, maxBufferedBytes: 1 << 20 } }) });
    const { token, conversationId } = await startedConversation(server);
    const url = await streamUrlFor(server, token, conversationId);
    assert.deepEqual(await openAll([url, url, url]), [101, 101, 429]);
    const closing = sockets[0];
    assert.ok(closing);
    await new Promise((resolve) => {
      closing.once('close', resolve);
      closing.close();
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(await openAll([url]), [101]);
  });

  it('refuses a WebSocket past the total for the server, whatever the conversation', async () => {
    server = await startTestServer({ limits: limitsWith({ streams: { perConversation: 4, total: 2, maxBufferedBytes: 1 << 20 } }) });
    const urls = [];
    for (let i = 0; i < 3; i += 1) {
      const { token, conversationId } = await startedConversation(server);
      urls.push(await streamUrlFor(server, token, conversationId));
    }
    assert.deepEqual(await openAll(urls), [101, 101, 429]);
  });

  it('lets go of a WebSocket whose client stops reading', async () => {
    server = await startTestServer({
      keepAliveMs: 1000,
      limits: limitsWith({ historyPageSize: 50, streams: { perConversation: 1, total: 100, maxBufferedBytes: 256 * 1024 } }),
    });
    const { token, conversationId } = await startedConversation(server);
    // A history far larger than what the kernel buffers on loopback: replayed at once to a socket that never reads, it would pile up here.
    const long = 'x'.repeat(8192);
    for (let i = 0; i < 1500; i += 1) await server.stores.transcripts.append(conversationId, { type: 'message', text: long });
    // One stream per conversation: a second one is admitted only once the server has let go of the stalled one.
    const url = await streamUrlFor(server, token, conversationId);
    const stalled = new WebSocket(await streamUrlFor(server, token, conversationId));
    sockets.push(stalled);
    stalled.once('upgrade', (response) => response.socket.pause());
    await new Promise((resolve) => stalled.once('open', resolve));
    const statuses: number[] = [...(await openAll([url]))];
    for (let attempt = 0; attempt < 50 && statuses.at(-1) !== 101; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      statuses.push(...(await openAll([url])));
    }
    assert.equal(statuses[0], 429, 'the stalled stream was open at first');
    assert.equal(statuses.at(-1), 101, 'the stalled stream was dropped');
  });

  it('serves a history longer than a page in pages, in order, over REST and over the WebSocket', async () => {
    server = await startTestServer({ limits: limitsWith({ historyPageSize: 7 }) });
    const { token, conversationId } = await startedConversation(server);
    const before = (await server.stores.transcripts.list(conversationId)).length;
    const texts = Array.from({ length: 30 }, (_, i) => `note ${i}`);
    for (const [i, text] of texts.entries()) {
      const timestamp = new Date(Date.UTC(2026, 10, 25, 8, 0, i)).toISOString();
      await server.stores.transcripts.append(conversationId, { type: 'message', text, timestamp, from: { id: 'dl_someone', role: 'user' } });
    }
    const total = before + texts.length;
    const notesIn = (activities: Array<{ text?: unknown }>) => activities.map((activity) => activity.text).filter((text) => String(text).startsWith('note '));

    const page = await call(`${server.domain}/conversations/${conversationId}/activities?watermark=3`, { headers: bearer(token) });
    assert.deepEqual(page.body && { count: (page.body as { activities: unknown[] }).activities.length, watermark: (page.body as { watermark: string }).watermark }, { count: 7, watermark: '10' });

    const polling = connect(server.domain, { token, conversationId, webSocket: false });
    try {
      await polling.waitFor((activity) => activity.text === 'note 29');
      assert.deepEqual(notesIn(polling.received), texts, 'directlinejs polling reads the pages whole and in order');
    } finally {
      polling.end();
    }

    const sets: Array<{ activities: Array<{ text?: unknown }>; watermark?: string }> = [];
    const socket = new WebSocket(await streamUrlFor(server, token, conversationId));
    sockets.push(socket);
    await new Promise<void>((resolve) => {
      socket.on('message', (data) => {
        if (String(data) === '') return;
        sets.push(JSON.parse(String(data)) as (typeof sets)[number]);
        if (sets.at(-1)?.watermark === String(total)) resolve();
      });
    });
    assert.ok(sets.every((set) => set.activities.length <= 7), 'no set is larger than a page');
    assert.deepEqual(sets.map((set) => set.watermark), ['7', '14', '21', '28', String(total)].filter((mark) => Number(mark) <= total));
    assert.deepEqual(notesIn(sets.flatMap((set) => set.activities)), texts, 'the WebSocket sends the pages whole and in order');
  });
});

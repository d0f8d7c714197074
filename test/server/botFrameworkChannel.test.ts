// The assistant as a newcomer starts it: /api/messages speaks the Bot Framework (Emulator) protocol, health and metrics answer.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { start } from '../../src/index';

interface Running {
  baseUrl: string;
  stop: () => Promise<void>;
}

async function listen(app: express.Express): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('Bot Framework channel on /api/messages', function () {
  this.timeout(120000);
  let assistant: Running;
  let emulator: { server: http.Server; url: string };
  const received: Array<{ text?: string; conversation?: { id: string } }> = [];
  let notify: (() => void) | undefined;

  before(async () => {
    // Plays the Emulator's side: the bot posts its replies to the serviceUrl of the incoming activity.
    const emulatorApp = express();
    emulatorApp.use(express.json());
    emulatorApp.post('/v3/conversations/:conversationId/activities*', (req, res) => {
      received.push(req.body);
      notify?.();
      res.json({ id: `reply-${received.length}` });
    });
    emulator = await listen(emulatorApp);
    const { server, stop } = await start({ PORT: '0', BOT_TODAY: '2026-11-25', LOG_LEVEL: 'silent' });
    assistant = { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stop };
  });

  after(async () => {
    await assistant.stop();
    emulator.server.close();
  });

  async function post(text: string, conversationId: string): Promise<Response> {
    return fetch(`${assistant.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: `msg-${Date.now()}`,
        text,
        locale: 'en-US',
        channelId: 'emulator',
        serviceUrl: emulator.url,
        from: { id: 'customer-1', name: 'Customer', role: 'user' },
        recipient: { id: 'assistant', name: 'NetPosa assistant', role: 'bot' },
        conversation: { id: conversationId },
      }),
    });
  }

  it('answers a real activity through the Emulator protocol', async () => {
    const replied = new Promise<void>((resolve) => (notify = resolve));
    const response = await post('hello', 'emulator-conversation-1');
    assert.ok(response.status >= 200 && response.status < 300, `status ${response.status}`);
    await replied;
    const reply = received.find((activity) => activity.conversation?.id === 'emulator-conversation-1');
    assert.match(reply?.text ?? '', /NetPosa service assistant/);
  });

  it('starts a fault conversation from a description', async () => {
    received.length = 0;
    const replied = new Promise<void>((resolve) => (notify = () => received.length >= 2 && resolve()));
    await post('My NP-IPC2043 SN NPC21A00012345 has no video', 'emulator-conversation-2');
    await replied;
    assert.ok(received.some((activity) => /NP-IPC2043/.test(activity.text ?? '')));
  });

  it('reports health, readiness and metrics', async () => {
    assert.equal((await fetch(`${assistant.baseUrl}/healthz`)).status, 200);
    const ready = await fetch(`${assistant.baseUrl}/readyz`);
    assert.deepEqual(await ready.json(), { status: 'ready' });
    const metrics = await (await fetch(`${assistant.baseUrl}/metrics`)).text();
    assert.match(metrics, /assistant_turns_total\{channel="botframework"\} [1-9]/);
  });

  it('refuses malformed JSON with a 400 and no stack trace', async () => {
    const response = await fetch(`${assistant.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    assert.equal(response.status, 400);
    const body = await response.text();
    assert.doesNotMatch(body, /at .*\.js:\d+/);
  });
});

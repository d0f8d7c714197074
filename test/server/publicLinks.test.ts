// The links the assistant hands out (streamUrl, attachments) name PUBLIC_BASE_URL or localhost, never a request's Host.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { start } from '../../src/index';
import { TINY_PNG, uploadForm } from '../channels/directline/support/fixtures';

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

const SPOOFED_HOST = 'attacker.example';

/** An HTTP call with a Host header of our choosing, which fetch would not send. */
async function callAs(host: string, url: string, method: string, headers: Record<string, string> = {}, body?: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers: { ...headers, Host: host } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

describe('Links the assistant hands out', function () {
  this.timeout(120000);

  async function withAssistant(env: Record<string, string>, use: (baseUrl: string, port: number) => Promise<void>): Promise<void> {
    const assistant = await start({ PORT: '0', BOT_TODAY: '2026-11-25', LOG_LEVEL: 'silent', ...env });
    const { port } = assistant.server.address() as AddressInfo;
    try {
      await use(`http://127.0.0.1:${port}`, port);
    } finally {
      await assistant.stop();
    }
  }

  async function startConversationAs(
    host: string,
    baseUrl: string,
    headers: Record<string, string> = {},
  ): Promise<{ token: string; conversationId: string; streamUrl: string }> {
    const issued = await callAs(host, `${baseUrl}/api/webchat/token`, 'POST');
    const started = await callAs(host, `${baseUrl}/v3/directline/conversations`, 'POST', { Authorization: `Bearer ${String(issued.body.token)}`, ...headers });
    assert.equal(started.status, 201);
    return started.body as { token: string; conversationId: string; streamUrl: string };
  }

  it('names localhost and the port it listens on when PUBLIC_BASE_URL is unset, whatever Host a request sends', async () => {
    await withAssistant({}, async (baseUrl, port) => {
      const { token, conversationId, streamUrl } = await startConversationAs(SPOOFED_HOST, baseUrl);
      assert.ok(streamUrl.startsWith(`ws://localhost:${port}/v3/directline/conversations/`), streamUrl);

      const form = new Request('http://form.invalid/', {
        method: 'POST',
        body: uploadForm({ type: 'message' }, [{ name: 'damage.png', content: TINY_PNG, contentType: 'image/png' }]),
      });
      const uploaded = await callAs(
        SPOOFED_HOST,
        `${baseUrl}/v3/directline/conversations/${conversationId}/upload`,
        'POST',
        { Authorization: `Bearer ${token}`, 'Content-Type': form.headers.get('content-type') ?? '' },
        Buffer.from(await form.arrayBuffer()),
      );
      assert.equal(uploaded.status, 200);
      const history = await callAs(SPOOFED_HOST, `${baseUrl}/v3/directline/conversations/${conversationId}/activities`, 'GET', {
        Authorization: `Bearer ${token}`,
      });
      const links = JSON.stringify(history.body.activities).match(/https?:\/\/[^/"]+/g) ?? [];
      assert.ok(links.length > 0, 'the upload is echoed with a link');
      assert.deepEqual([...new Set(links)], [`http://localhost:${port}`]);
    });
  });

  it('gives a wss: streamUrl on PUBLIC_BASE_URL when it is https, however the request arrived', async () => {
    await withAssistant({ PUBLIC_BASE_URL: 'https://support.example.com/', TRUST_PROXY: '1' }, async (baseUrl) => {
      const { streamUrl } = await startConversationAs(SPOOFED_HOST, baseUrl, { 'X-Forwarded-Proto': 'http', 'X-Forwarded-Host': SPOOFED_HOST });
      assert.match(streamUrl, /^wss:\/\/support\.example\.com\/v3\/directline\/conversations\/[^/]+\/stream\?/);
    });
  });
});

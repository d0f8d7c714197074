import assert from 'node:assert/strict';
import jwt from 'jsonwebtoken';
import { resolveBrand } from '../../../src/channels/webchat/brand';
import { startTestServer, type TestServer } from '../directline/support/directLineTestServer';

describe('The Web Chat routes', () => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startTestServer();
  });

  afterEach(() => server.close());

  it('gives the bundled page a token of its own conversation without any secret', async () => {
    const response = await fetch(`${server.baseUrl}/api/webchat/token`, { method: 'POST' });
    assert.equal(response.status, 200);
    const body = (await response.json()) as { token: string; conversationId: string; expires_in: number };
    assert.equal(body.expires_in, 1800);
    assert.equal((jwt.decode(body.token) as { conv: string }).conv, body.conversationId);
    assert.equal(response.headers.get('cache-control'), 'no-store');
  });

  it('serves the page with the brand and Web Chat from this server, framable only when embedded', async () => {
    const page = await fetch(`${server.baseUrl}/`);
    const html = await page.text();
    assert.match(html, /<h1 class="brand-name">NetPosa Service<\/h1>/);
    assert.match(html, /<script src="\/webchat\/webchat.js"><\/script>/);
    assert.match(page.headers.get('content-security-policy') ?? '', /frame-ancestors 'self'/);
    const embedded = await fetch(`${server.baseUrl}/?embed=1`);
    assert.match(embedded.headers.get('content-security-policy') ?? '', /frame-ancestors \*/);
    const bundle = await fetch(`${server.baseUrl}/webchat/webchat.js`);
    assert.equal(bundle.status, 200);
    assert.ok(Number(bundle.headers.get('content-length')) > 1_000_000);
  });

  it('serves widget.js with the brand colour and both languages built in', async () => {
    const script = await (await fetch(`${server.baseUrl}/widget.js`)).text();
    assert.match(script, /"primaryColor":"#0b3d91"/);
    assert.match(script, /"openChat":"联系客服"/);
  });

  it('refuses a brand colour that is not a plain hex colour', () => {
    assert.throws(() => resolveBrand({ primaryColor: 'red;} body{display:none' }), /primary colour/);
    assert.equal(resolveBrand({ primaryColor: '#AA0000' }).primaryColor, '#aa0000');
  });
});

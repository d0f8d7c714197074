// The HTTP server every router sits in: a client's mistake on any route is a 4xx, our own a logged 500; proxies as configured.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { refuseDeeplyNestedJson } from '../../src/http/jsonNesting';
import { createMetrics } from '../../src/observability/metrics';
import { createServer, type ServerDeps } from '../../src/server';
import { createMemoryStores } from '../../src/storage/memory';

interface Logged {
  details: object;
  message: string;
}

/** A router as the channels write theirs: JSON bodies, route parameters, and a handler that can fail on our side. */
function channelLikeRouter(): express.Router {
  const router = express.Router();
  router.post('/things', express.json(), refuseDeeplyNestedJson, (request, response) => {
    response.json({ received: request.body as unknown });
  });
  router.get('/things/:id', (request, response) => {
    response.json({ id: request.params.id });
  });
  router.get('/client-address', (request, response) => {
    response.json({ ip: request.ip, protocol: request.protocol });
  });
  router.get('/our-fault', () => {
    throw new Error('the store at 10.0.0.7 refused the password');
  });
  return router;
}

describe('The HTTP server', () => {
  let server: http.Server;
  let baseUrl: string;
  let logged: Logged[];

  async function serve(options: Pick<ServerDeps, 'trustProxy' | 'metricsToken'> = {}): Promise<void> {
    logged = [];
    const app = createServer({
      stores: createMemoryStores(),
      metrics: createMetrics(),
      routers: [channelLikeRouter()],
      logger: { error: (details, message) => logged.push({ details, message }) },
      ...options,
    });
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  afterEach(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  async function call(path: string, init: RequestInit = {}): Promise<{ status: number; body: { error?: unknown } }> {
    const response = await fetch(`${baseUrl}${path}`, init);
    return { status: response.status, body: (await response.json()) as { error?: unknown } };
  }

  function postJson(body: string, headers: Record<string, string> = {}) {
    return call('/things', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
  }

  describe('on errors', () => {
    beforeEach(() => serve());

    const clientMistakes: Array<[string, () => ReturnType<typeof call>, number]> = [
      ['JSON nested 10,000 deep', () => postJson(`{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}`), 400],
      ['malformed JSON', () => postJson('{"a": '), 400],
      ['a plain body that claims to be gzip', () => postJson('{"a": 1}', { 'Content-Encoding': 'gzip' }), 400],
      ['a Content-Encoding nobody knows', () => postJson('{"a": 1}', { 'Content-Encoding': 'zstd-but-not-really' }), 415],
      ['a bad %-escape in a route parameter', () => call('/things/%E0%A4%A'), 400],
    ];
    for (const [what, send, status] of clientMistakes) {
      it(`answers ${what} with ${status} and a JSON error, logging nothing`, async () => {
        const answer = await send();
        assert.equal(answer.status, status);
        assert.equal(typeof answer.body.error, 'string');
        assert.deepEqual(logged, []);
      });
    }

    it('answers its own failure with a bare 500 and logs what went wrong', async () => {
      const answer = await call('/our-fault');
      assert.equal(answer.status, 500);
      assert.deepEqual(answer.body, { error: 'internal error' });
      assert.equal(logged.length, 1);
      assert.match(JSON.stringify(logged[0].details), /refused the password/);
    });

    it('still accepts JSON nested as deep as real requests nest', async () => {
      const answer = await postJson(`{"a":${'['.repeat(20)}${']'.repeat(20)}}`);
      assert.equal(answer.status, 200);
    });
  });

  describe('behind proxies', () => {
    const forwarded = { 'X-Forwarded-For': '203.0.113.9', 'X-Forwarded-Proto': 'https' };

    it('ignores X-Forwarded-* when TRUST_PROXY is unset', async () => {
      await serve();
      const answer = (await call('/client-address', { headers: forwarded })).body as { ip?: string; protocol?: string };
      assert.deepEqual(answer, { ip: '127.0.0.1', protocol: 'http' });
    });

    it('takes the client address and protocol from the one proxy TRUST_PROXY=1 names', async () => {
      await serve({ trustProxy: 1 });
      const answer = (await call('/client-address', { headers: { ...forwarded, 'X-Forwarded-For': '198.51.100.1, 203.0.113.9' } })).body as {
        ip?: string;
        protocol?: string;
      };
      assert.deepEqual(answer, { ip: '203.0.113.9', protocol: 'https' });
    });
  });

  describe('/metrics', () => {
    const metricsStatus = async (headers: Record<string, string> = {}) => (await fetch(`${baseUrl}/metrics`, { headers })).status;

    it('answers a request straight from this machine when no METRICS_TOKEN is set', async () => {
      await serve();
      const response = await fetch(`${baseUrl}/metrics`);
      assert.equal(response.status, 200);
      assert.match(await response.text(), /process_cpu_user_seconds_total/);
    });

    it('refuses a request a proxy forwarded from elsewhere when no METRICS_TOKEN is set', async () => {
      await serve({ trustProxy: 1 });
      assert.equal(await metricsStatus({ 'X-Forwarded-For': '203.0.113.9' }), 403);
    });

    it('asks for the bearer METRICS_TOKEN when one is set, even from this machine', async () => {
      await serve({ metricsToken: 'metrics-token-for-the-test' });
      assert.equal(await metricsStatus(), 401);
      assert.equal(await metricsStatus({ Authorization: 'Bearer not-the-token-at-all' }), 401);
      assert.equal(await metricsStatus({ Authorization: 'Bearer metrics-token-for-the-test' }), 200);
    });
  });
});

// Starts the website channel (Direct Line and the Web Chat page) on a free port with in-memory stores and the test bot.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ShowTypingMiddleware } from 'botbuilder';
import express from 'express';
import type { ChannelLogger } from '../../../../src/channels/directline/channelLogger';
import { DirectLineAdapter } from '../../../../src/channels/directline/directLineAdapter';
import type { DirectLineDeps } from '../../../../src/channels/directline/directLineDeps';
import { createDirectLineRouter } from '../../../../src/channels/directline/directLineRouter';
import { attachDirectLineStream } from '../../../../src/channels/directline/directLineStream';
import { createWebChatRouter } from '../../../../src/channels/webchat/webChatRouter';
import { createMemoryStores } from '../../../../src/storage/memory';
import type { ServiceLimits } from '../../../../src/serviceLimits';
import type { Stores } from '../../../../src/storage/types';
import { TestBot } from './testBot';

export const TEST_SIGNING_KEY = 'test-signing-key-that-is-long-enough-0123456789';
export const TEST_SECRET = 'test-directline-secret';

export interface TestServer {
  baseUrl: string;
  httpServer: Server;
  /** The `domain` option of directlinejs. */
  domain: string;
  stores: Stores;
  deps: DirectLineDeps;
  /** Everything the channel logged, to assert nothing unexpected went wrong. */
  logged: Array<{ level: string; message: string; details: object }>;
  /** Moves the server's clock (tokens expire against it). */
  advanceClock(seconds: number): void;
  close(): Promise<void>;
}

export interface TestServerOptions {
  keepAliveMs?: number;
  /** PUBLIC_BASE_URL; the server's own loopback address when not given. */
  publicBaseUrl?: string;
  limits?: ServiceLimits;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  let clockOffsetMs = 0;
  const clock = () => new Date(Date.now() + clockOffsetMs);
  const logged: TestServer['logged'] = [];
  // Known once the server listens on the port the system picked.
  let baseUrl = '';
  const logger: ChannelLogger = {
    info: (details, message) => logged.push({ level: 'info', message, details }),
    warn: (details, message) => logged.push({ level: 'warn', message, details }),
    error: (details, message) => logged.push({ level: 'error', message, details }),
  };
  const stores = createMemoryStores();
  const adapter = new DirectLineAdapter({
    transcripts: stores.transcripts,
    bus: stores.bus,
    botAccount: { id: 'netposa-assistant', name: 'NetPosa Service' },
    logger,
    clock,
  });
  adapter.use(new ShowTypingMiddleware(200, 1000));
  const deps: DirectLineDeps = {
    config: { tokenSigningKey: TEST_SIGNING_KEY, directLineSecret: TEST_SECRET, publicBaseUrl: () => options.publicBaseUrl ?? baseUrl },
    stores,
    adapter,
    bot: new TestBot(),
    logger,
    clock,
    limits: options.limits,
  };
  const app = express();
  app.use(createDirectLineRouter(deps));
  app.use(createWebChatRouter({ config: { tokenSigningKey: TEST_SIGNING_KEY }, logger, clock, rates: options.limits?.rates }));
  const server: Server = createServer(app);
  const stream = attachDirectLineStream(server, deps, { keepAliveMs: options.keepAliveMs });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    httpServer: server,
    domain: `${baseUrl}/v3/directline`,
    stores,
    deps,
    logged,
    advanceClock: (seconds) => (clockOffsetMs += seconds * 1000),
    async close() {
      await stream.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stores.close();
    },
  };
}

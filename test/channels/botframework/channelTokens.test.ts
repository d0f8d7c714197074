// /api/messages with an app id: only a channel's token, signed by the keys its OpenID metadata publishes, gets a turn.
// The metadata is a local fake signing with a key made here, so nothing leaves this machine.
import assert from 'node:assert/strict';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import jwt from 'jsonwebtoken';
import {
  errorOf,
  postToMessages,
  startAssistant,
  startConnectorService,
  startWebCustomer,
  type ConnectorService,
  type RunningAssistant,
} from './support/botFrameworkCalls';

const APP_ID = '7d2bc0b2-1d5e-4a52-9a8e-000000000001';
const CHANNEL_ISSUER = 'https://api.botframework.com';
const KEY_ID = 'test-signing-key';

interface OpenIdMetadata {
  url: string;
  close(): Promise<void>;
}

/** Publishes the public half of `key` the way login.botframework.com publishes the channels' keys. */
async function startOpenIdMetadata(publicKey: KeyObject): Promise<OpenIdMetadata> {
  const app = express();
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  app.get('/v1/.well-known/openidconfiguration', (_request, response) => {
    response.json({ issuer: CHANNEL_ISSUER, jwks_uri: `${base}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] });
  });
  app.get('/v1/.well-known/keys', (_request, response) => {
    response.json({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid: KEY_ID, use: 'sig', endorsements: ['msteams'] }] });
  });
  return {
    url: `${base}/v1/.well-known/openidconfiguration`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('/api/messages with an app id', function () {
  this.timeout(120000);
  const channelKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const otherKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let metadata: OpenIdMetadata;
  let connector: ConnectorService;
  let assistant: RunningAssistant;

  before(async () => {
    metadata = await startOpenIdMetadata(channelKeys.publicKey);
    connector = await startConnectorService();
    assistant = await startAssistant({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'test-app-password', BotOpenIdMetadata: metadata.url });
  });

  after(async () => {
    await assistant.stop();
    await connector.close();
    await metadata.close();
  });

  interface TokenOptions {
    key?: KeyObject;
    audience?: string;
    issuer?: string;
    serviceUrl?: string;
    expiresIn?: number;
  }

  function channelToken(options: TokenOptions = {}): string {
    return jwt.sign({ serviceurl: options.serviceUrl ?? connector.url }, options.key ?? channelKeys.privateKey, {
      algorithm: 'RS256',
      keyid: KEY_ID,
      audience: options.audience ?? APP_ID,
      issuer: options.issuer ?? CHANNEL_ISSUER,
      expiresIn: options.expiresIn ?? 300,
    });
  }

  /** The activity a channel sends when a conversation starts: the bot needs no reply for it, so no token goes out. */
  function conversationStart(conversationId: string): Record<string, unknown> {
    return {
      type: 'conversationUpdate',
      id: `update-${conversationId}`,
      channelId: 'msteams',
      serviceUrl: connector.url,
      timestamp: '2026-11-25T09:00:00.000Z',
      from: { id: 'customer-1', name: 'Customer' },
      recipient: { id: `28:${APP_ID}`, name: 'NetPosa assistant' },
      conversation: { id: conversationId },
      membersAdded: [{ id: `28:${APP_ID}`, name: 'NetPosa assistant' }],
    };
  }

  async function assertNoTurn(conversationId: string): Promise<void> {
    assert.deepEqual(await assistant.stores.transcripts.list(conversationId), [], 'no turn ran');
  }

  const badBodies: Array<[string, unknown]> = [
    ['an empty object', {}],
    ['a numeric type', { type: 1 }],
    ['text alone', { text: 'hi' }],
    ['an activity without channelId', { type: 'message', text: 'hi', serviceUrl: 'http://127.0.0.1:1', conversation: { id: 'no-channel' }, from: { id: 'a' }, recipient: { id: 'b' } }],
  ];
  for (const [what, body] of badBodies) {
    it(`answers ${what} with 400 before authentication, and keeps serving`, async () => {
      const answer = await postToMessages(assistant.baseUrl, body, { Authorization: `Bearer ${channelToken()}` });
      assert.equal(answer.status, 400);
      assert.match(errorOf(answer), /not a Bot Framework activity/);
      assert.equal((await fetch(`${assistant.baseUrl}/healthz`)).status, 200);
    });
  }

  it('refuses an activity without a token', async () => {
    const answer = await postToMessages(assistant.baseUrl, conversationStart('without-token'));
    assert.equal(answer.status, 401);
    assert.match(errorOf(answer), /token/);
    await assertNoTurn('without-token');
  });

  it('refuses the local Emulator without a token too', async () => {
    const answer = await postToMessages(assistant.baseUrl, { ...conversationStart('emulator-without-token'), channelId: 'emulator' });
    assert.equal(answer.status, 401);
    await assertNoTurn('emulator-without-token');
  });

  const refusedTokens: Array<[string, () => string]> = [
    ['signed by a key the channel does not publish', () => channelToken({ key: otherKeys.privateKey })],
    ['issued for another bot', () => channelToken({ audience: 'another-bots-app-id' })],
    ['issued by someone other than the Bot Framework', () => channelToken({ issuer: 'https://attacker.example' })],
    ['that expired an hour ago', () => channelToken({ expiresIn: -3600 })],
    ["whose serviceurl claim is not the activity's serviceUrl", () => channelToken({ serviceUrl: 'http://127.0.0.1:9/elsewhere' })],
  ];
  refusedTokens.forEach(([what, token], index) => {
    it(`refuses a token ${what}`, async () => {
      const conversationId = `refused-token-${index}`;
      const answer = await postToMessages(assistant.baseUrl, conversationStart(conversationId), { Authorization: `Bearer ${token()}` });
      assert.equal(answer.status, 401);
      assert.match(errorOf(answer), /token/);
      await assertNoTurn(conversationId);
    });
  });

  it("runs the turn of an activity with the channel's token", async () => {
    const answer = await postToMessages(assistant.baseUrl, conversationStart('with-token'), { Authorization: `Bearer ${channelToken()}` });
    assert.equal(answer.status, 200);
    const recorded = await assistant.stores.transcripts.list('with-token');
    assert.deepEqual(
      recorded.map((activity) => [activity.type, activity.channelId]),
      [['conversationUpdate', 'msteams']],
    );
  });

  it("refuses a channel's activity for a conversation that belongs to Direct Line", async () => {
    const customer = await startWebCustomer(assistant.baseUrl);
    const before = await customer.transcript();
    const answer = await postToMessages(assistant.baseUrl, conversationStart(customer.conversationId), { Authorization: `Bearer ${channelToken()}` });
    assert.equal(answer.status, 403);
    assert.match(errorOf(answer), /another channel/);
    assert.deepEqual(await customer.transcript(), before);
  });
});

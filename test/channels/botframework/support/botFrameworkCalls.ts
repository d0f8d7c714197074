// The whole assistant started in this process, and the calls a Bot Framework channel (or someone posing as one) makes to it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { start } from '../../../../src/index';
import type { Stores } from '../../../../src/storage/types';
import { startConversation } from '../../directline/support/tokens';

export interface RunningAssistant {
  baseUrl: string;
  stores: Stores;
  stop: () => Promise<void>;
}

export async function startAssistant(env: Record<string, string> = {}): Promise<RunningAssistant> {
  const { server, stores, stop } = await start({ PORT: '0', BOT_TODAY: '2026-11-25', LOG_LEVEL: 'silent', ...env });
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stores, stop };
}

/** A channel's connector service: records what the bot posts to `serviceUrl`. */
export interface ConnectorService {
  url: string;
  received: Array<{ type?: string; text?: string; conversation?: { id: string } }>;
  /** Resolves once a reply for this conversation has arrived. */
  replyFor(conversationId: string): Promise<{ text?: string }>;
  close(): Promise<void>;
}

export async function startConnectorService(): Promise<ConnectorService> {
  const received: ConnectorService['received'] = [];
  const waiting: Array<() => void> = [];
  const app = express();
  app.use(express.json());
  app.post('/v3/conversations/:conversationId/activities*', (request, response) => {
    received.push(request.body);
    for (const wake of waiting.splice(0)) wake();
    response.json({ id: `reply-${received.length}` });
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const replyFor = async (conversationId: string): Promise<{ text?: string }> => {
    for (;;) {
      const reply = received.find((activity) => activity.conversation?.id === conversationId && activity.type === 'message');
      if (reply) return reply;
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  };
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    replyFor,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function emulatorMessage(text: string, conversationId: string, serviceUrl: string): Record<string, unknown> {
  return {
    type: 'message',
    id: `msg-${conversationId}`,
    text,
    locale: 'en-US',
    channelId: 'emulator',
    serviceUrl,
    timestamp: '2026-11-25T09:00:00.000Z',
    localTimestamp: '2026-11-25T17:00:00+08:00',
    from: { id: 'customer-1', name: 'Customer', role: 'user' },
    recipient: { id: 'assistant', name: 'NetPosa assistant', role: 'bot' },
    conversation: { id: conversationId },
  };
}

export interface Answer {
  status: number;
  body: unknown;
}

export async function postToMessages(baseUrl: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}

/** The `{error}` message of a JSON error body, failing loudly when the body is not one. */
export function errorOf(answer: Answer): string {
  const error = (answer.body as { error?: unknown } | undefined)?.error;
  if (typeof error !== 'string') throw new Error(`not a JSON {error} body (status ${answer.status}): ${JSON.stringify(answer.body)}`);
  return error;
}

export interface WebCustomer {
  conversationId: string;
  token: string;
  /** The conversation as the customer's Web Chat reads it. */
  transcript(): Promise<unknown[]>;
}

/** A visitor of the support page: a token from the page's endpoint, the conversation started over Direct Line, the welcome read. */
export async function startWebCustomer(baseUrl: string): Promise<WebCustomer> {
  const issued = (await (await fetch(`${baseUrl}/api/webchat/token`, { method: 'POST' })).json()) as { token: string; conversationId: string };
  const started = await startConversation(`${baseUrl}/v3/directline`, issued.token);
  const transcript = async () => {
    const response = await fetch(`${baseUrl}/v3/directline/conversations/${issued.conversationId}/activities`, {
      headers: { Authorization: `Bearer ${started.token}` },
    });
    if (response.status !== 200) throw new Error(`reading the customer's activities answered ${response.status}`);
    return ((await response.json()) as { activities: unknown[] }).activities;
  };
  // The welcome is sent after the start is answered; once it is there, the transcript stands still.
  while (!(await transcript()).some((activity) => (activity as { type?: string }).type === 'message')) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { conversationId: issued.conversationId, token: started.token, transcript };
}

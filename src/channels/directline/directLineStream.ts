// The streamUrl WebSocket: authorises the upgrade by its ticket, then pushes {activities, watermark} sets.
import type { IncomingMessage, Server } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { conversationFeedTopic, parseConversationFeedMessage } from './conversationFeed';
import { directLineParts, type DirectLineDeps } from './directLineDeps';
import { DirectLineError } from './directLineError';
import { STREAM_KEEP_ALIVE_MS } from './directLineLimits';
import { DIRECT_LINE_BASE_PATH } from './directLineRouter';
import type { ConversationBinding } from './directLineTokens';
import { StreamDelivery } from './streamDelivery';
import { conversationRef } from '../../observability/logger';
import { sendUnlessStalled, StreamAdmission } from './streamLimits';

export interface DirectLineStreamOptions {
  /** How often a blank frame (and a ping) goes out; also how soon a silent peer is dropped. */
  keepAliveMs?: number;
}

export interface DirectLineStream {
  /** Closes every stream and stops answering upgrades. */
  close(): Promise<void>;
}

const STREAM_PATH = new RegExp(`^${DIRECT_LINE_BASE_PATH}/conversations/([^/]+)/stream$`);
// Clients only ever send blank keep-alive frames.
const MAX_CLIENT_FRAME_BYTES = 1024;

interface AuthorisedStream {
  binding: ConversationBinding;
  startAt: number;
}

export function attachDirectLineStream(
  httpServer: Server,
  deps: DirectLineDeps,
  options: DirectLineStreamOptions = {},
): DirectLineStream {
  const { tokens, conversations, limits } = directLineParts(deps);
  const admission = new StreamAdmission(limits.streams);
  const keepAliveMs = options.keepAliveMs ?? STREAM_KEEP_ALIVE_MS;
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_CLIENT_FRAME_BYTES });

  async function authorise(request: IncomingMessage, requestedConversationId: string): Promise<AuthorisedStream> {
    const url = new URL(request.url ?? '/', 'http://stream.invalid');
    const binding = tokens.verifyStreamTicket(url.searchParams.get('t') ?? '');
    if (binding.conversationId !== requestedConversationId) {
      throw new DirectLineError(403, 'Forbidden', 'This ticket is for another conversation.');
    }
    const watermark = url.searchParams.get('watermark') ?? '';
    if (!/^\d{0,15}$/.test(watermark)) throw new DirectLineError(400, 'BadArgument', 'The watermark must be a whole number.');
    if (!(await conversations.exists(binding.conversationId))) {
      throw new DirectLineError(404, 'NotFound', 'The conversation has not been started.');
    }
    return { binding, startAt: Number(watermark) };
  }

  async function serve(socket: WebSocket, { binding, startAt }: AuthorisedStream): Promise<void> {
    const conversationId = binding.conversationId;
    const delivery = new StreamDelivery(
      conversationId,
      startAt,
      deps.stores.transcripts,
      (set) => sendUnlessStalled(socket, JSON.stringify(set), limits.streams.maxBufferedBytes),
      (error) => {
        deps.logger.warn({ conversation: conversationRef(conversationId), err: describe(error) }, 'directline: stream delivery failed, closing it');
        // The client reconnects with its watermark, which replays whatever this stream could not send.
        socket.close(1011, 'delivery failed');
      },
      limits.historyPageSize,
    );
    socket.on('error', (error) => deps.logger.warn({ conversation: conversationRef(conversationId), err: describe(error) }, 'directline: stream error'));
    let alive = true;
    socket.on('pong', () => (alive = true));
    const keepAlive = setInterval(() => {
      if (!alive) return socket.terminate();
      alive = false;
      socket.ping();
      void sendUnlessStalled(socket, '', limits.streams.maxBufferedBytes);
    }, keepAliveMs);
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    void closed.then(() => clearInterval(keepAlive));
    const unsubscribe = await deps.stores.bus.subscribe(conversationFeedTopic(conversationId), (message) => {
      const parsed = parseConversationFeedMessage(message);
      if (parsed === undefined) {
        deps.logger.warn({ conversation: conversationRef(conversationId) }, 'directline: ignored a malformed feed message');
      } else {
        delivery.receive(parsed);
      }
    });
    void closed.then(unsubscribe);
    delivery.replay();
  }

  function onUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => socket.destroy());
    // Whatever the request line holds, the answer is an HTTP status: a throw here would end the process.
    try {
      const requestedConversationId = streamedConversationId(request);
      // The stream is this server's only WebSocket: an upgrade elsewhere is refused rather than left hanging open.
      if (requestedConversationId === undefined) throw new DirectLineError(404, 'NotFound', 'There is no WebSocket at this path.');
      authorise(request, requestedConversationId).then(
        (authorised) => {
          let release: () => void;
          try {
            release = admission.admit(authorised.binding.conversationId);
          } catch (error) {
            return refuseUpgrade(socket, error, deps);
          }
          // The upgraded WebSocket closes this same socket, and a failed handshake closes it too: either way the place is freed.
          socket.once('close', release);
          sockets.handleUpgrade(request, socket, head, (webSocket) => {
            serve(webSocket, authorised).catch((error: unknown) => {
              deps.logger.error({ err: describe(error) }, 'directline: could not open a stream');
              webSocket.close(1011, 'could not subscribe');
            });
          });
        },
        (error: unknown) => refuseUpgrade(socket, error, deps),
      );
    } catch (error) {
      refuseUpgrade(socket, error, deps);
    }
  }

  httpServer.on('upgrade', onUpgrade);
  return {
    async close() {
      httpServer.off('upgrade', onUpgrade);
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
    },
  };
}

/** The conversation a stream upgrade asks for, or undefined when the upgrade is for another path. */
function streamedConversationId(request: IncomingMessage): string | undefined {
  try {
    const match = STREAM_PATH.exec(new URL(request.url ?? '/', 'http://stream.invalid').pathname);
    return match === null ? undefined : decodeURIComponent(match[1]);
  } catch {
    throw new DirectLineError(400, 'BadArgument', 'The request path is not a valid URL.');
  }
}

function refuseUpgrade(socket: Duplex, error: unknown, deps: DirectLineDeps): void {
  const known = error instanceof DirectLineError ? error : undefined;
  if (known === undefined) deps.logger.error({ err: describe(error) }, 'directline: stream upgrade failed');
  const answer = known ?? new DirectLineError(500, 'ServiceError', 'Something went wrong on our side.');
  const body = JSON.stringify(answer.toBody());
  socket.end(
    `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}\r\n` +
      'Content-Type: application/json\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// What Direct Line streams may hold: open sockets per conversation and on the whole server, bytes waiting unsent per socket.
import { WebSocket } from 'ws';
import { DirectLineError } from './directLineError';

export interface StreamLimits {
  perConversation: number;
  total: number;
  /** A socket with more than this waiting unsent has a client that stopped reading. */
  maxBufferedBytes: number;
}

/** Counts the open streams; a socket that would go over a limit is refused before it is upgraded. */
export class StreamAdmission {
  private readonly openByConversation = new Map<string, number>();
  private openTotal = 0;

  constructor(private readonly limits: StreamLimits) {}

  /** Reserves a place or throws a 429; the returned release gives it back (calling it again does nothing). */
  admit(conversationId: string): () => void {
    const open = this.openByConversation.get(conversationId) ?? 0;
    if (open >= this.limits.perConversation) {
      throw new DirectLineError(429, 'TooManyRequests', `This conversation already has ${this.limits.perConversation} open streams; close one first.`);
    }
    if (this.openTotal >= this.limits.total) {
      throw new DirectLineError(429, 'TooManyRequests', 'The server has no room for another stream right now; try again shortly.');
    }
    this.openByConversation.set(conversationId, open + 1);
    this.openTotal += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.openTotal -= 1;
      const left = (this.openByConversation.get(conversationId) ?? 1) - 1;
      if (left === 0) this.openByConversation.delete(conversationId);
      else this.openByConversation.set(conversationId, left);
    };
  }
}

/**
 * Sends unless the client has stopped reading: what it does not read stays in our memory, so once more than the
 * limit waits the socket is dropped instead (the client reconnects with its watermark and misses nothing).
 * Settles when the data has left for the network (or was not sent), so a sender can wait before sending more.
 */
export function sendUnlessStalled(socket: WebSocket, data: string, maxBufferedBytes: number): Promise<void> {
  if (socket.readyState !== WebSocket.OPEN) return Promise.resolve();
  if (socket.bufferedAmount > maxBufferedBytes) {
    socket.terminate();
    return Promise.resolve();
  }
  return new Promise((resolve) => socket.send(data, () => resolve()));
}

// Raw HTTP and WebSocket calls for the cases directlinejs would never make: wrong tokens, bad bodies.
import WebSocket from 'ws';

export interface JsonAnswer {
  status: number;
  body: unknown;
}

export async function call(url: string, init: RequestInit = {}): Promise<JsonAnswer> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}

export function bearer(token: string, extra: Record<string, string> = {}): Record<string, string> {
  return { Authorization: `Bearer ${token}`, ...extra };
}

/** The error code of a Direct Line error body, failing loudly when the body is not one. */
export function errorCode(answer: JsonAnswer): string {
  const error = (answer.body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  if (typeof error?.code !== 'string' || typeof error.message !== 'string') {
    throw new Error(`not a Direct Line error body (status ${answer.status}): ${JSON.stringify(answer.body)}`);
  }
  return error.code;
}

/** Opens a WebSocket and reports the HTTP status it was refused with, or 101 when it opened. */
export function upgradeStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.on('open', () => {
      socket.close();
      resolve(101);
    });
    socket.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('error', (error) => reject(error));
  });
}

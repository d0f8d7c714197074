// Absolute URLs the server hands to clients (streamUrl, attachment links), from configuration or the request.
import type { Request } from 'express';

export function publicBaseUrl(request: Request, configured: string | undefined): string {
  if (configured !== undefined) return configured.replace(/\/+$/, '');
  return `${request.protocol}://${request.get('host') ?? 'localhost'}`;
}

/** The WebSocket form of an http(s) URL: ws: for http:, wss: for https:. */
export function webSocketUrl(httpUrl: string): string {
  return httpUrl.replace(/^http/, 'ws');
}

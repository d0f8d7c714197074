// The WebSocket form of the public origin the server hands out in streamUrl.

/** ws: for http:, wss: for https:. */
export function webSocketUrl(httpUrl: string): string {
  return httpUrl.replace(/^http/, 'ws');
}

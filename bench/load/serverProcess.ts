// A server under load in a process of its own, so that the simulated customers never share its event loop: the
// assistant (start() from src/index.ts, its settings sent by the parent) or the echo bot. Spoken to over IPC.
import type { AddressInfo } from 'node:net';
import type http from 'node:http';

export type ServerRequest = { kind: 'assistant'; env: Record<string, string> } | { kind: 'echo' } | { kind: 'usage' } | { kind: 'stop' };
export type ServerAnswer = { kind: 'listening'; port: number } | { kind: 'usage'; maxRssKb: number };

let running: { server: http.Server; stop: () => Promise<void> } | undefined;

function answer(message: ServerAnswer): void {
  process.send?.(message);
}

process.on('message', (request: ServerRequest) => {
  void serve(request).catch((error: Error) => {
    console.error(`bench server: ${error.message}`);
    process.exit(1);
  });
});

async function serve(request: ServerRequest): Promise<void> {
  switch (request.kind) {
    case 'assistant':
    case 'echo': {
      // Each loads only its own code, so the echo bot's memory is the echo bot's.
      const started = request.kind === 'assistant' ? await (await import('../../src/index.js')).start(request.env) : await (await import('./echoBot.js')).startEchoServer();
      running = started;
      answer({ kind: 'listening', port: (started.server.address() as AddressInfo).port });
      return;
    }
    case 'usage':
      answer({ kind: 'usage', maxRssKb: process.resourceUsage().maxRSS });
      return;
    case 'stop':
      await running?.stop();
      // A --cpu-prof profile is written on exit.
      process.exit(0);
  }
}

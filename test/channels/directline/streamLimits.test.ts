import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import { sendUnlessStalled, StreamAdmission } from '../../../src/channels/directline/streamLimits';

describe('sendUnlessStalled', () => {
  let server: WebSocketServer;
  let client: WebSocket | undefined;

  afterEach(async () => {
    client?.terminate();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('drops a socket whose client stopped reading once more than the limit waits unsent, and sends no more', async () => {
    server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    const connected = new Promise<WebSocket>((resolve) => server.once('connection', resolve));
    client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
    client.once('upgrade', (response) => response.socket.pause());
    // The paused client never sees its handshake finish; ending it then is no failure of the test.
    client.on('error', () => undefined);
    const socket = await connected;
    const frame = 'x'.repeat(256 * 1024);
    let sent = 0;
    // Not waiting for each send, as a careless sender would: the frames pile up in our memory.
    for (let i = 0; i < 400 && socket.readyState === WebSocket.OPEN; i += 1) {
      void sendUnlessStalled(socket, frame, 1024 * 1024);
      sent += 1;
    }
    assert.ok(sent < 400, `stopped after ${sent} frames`);
    assert.notEqual(socket.readyState, WebSocket.OPEN);
  });
});

describe('StreamAdmission', () => {
  it('gives a place back only once, however often its release is called', () => {
    const admission = new StreamAdmission({ perConversation: 1, total: 10, maxBufferedBytes: 1024 });
    const release = admission.admit('c1');
    assert.throws(() => admission.admit('c1'), /already has 1 open streams/);
    release();
    release();
    const again = admission.admit('c1');
    assert.throws(() => admission.admit('c1'));
    again();
  });
});

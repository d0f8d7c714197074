// What the info-level log holds after a whole web conversation to a case: no words, names, phones, tokens or ids.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { start, type RunningAssistant } from '../../src/index';
import { connect, type RecordingClient, type WireActivity } from '../channels/directline/support/directLineClient';

describe('The info-level log of a web conversation', function () {
  this.timeout(60000);
  const lines: string[] = [];
  let running: RunningAssistant;
  let client: RecordingClient | undefined;

  before(async () => {
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().trim().split('\n'));
        done();
      },
    });
    running = await start({ PORT: '0', BOT_TODAY: '2026-11-25', LOG_LEVEL: 'info' }, { logDestination: destination });
  });

  after(async () => {
    client?.end();
    await running.stop();
  });

  it('carries none of the customer’s words, name, phone, token or conversation id', async () => {
    const baseUrl = `http://127.0.0.1:${(running.server.address() as AddressInfo).port}`;
    const { token, conversationId } = (await (await fetch(`${baseUrl}/api/webchat/token`, { method: 'POST' })).json()) as {
      token: string;
      conversationId: string;
    };
    const recording = connect(`${baseUrl}/v3/directline`, { token, locale: 'en-US' });
    client = recording;
    const fromAssistant = (pattern: RegExp) => (activity: WireActivity) =>
      activity.type === 'message' && activity.from.role === 'bot' && pattern.test(activity.text ?? '');
    async function reply(text: string, expected: RegExp): Promise<void> {
      const before = recording.received.length;
      await recording.post({ text, locale: 'en-US' });
      await recording.waitFor((activity) => recording.received.indexOf(activity) >= before && fromAssistant(expected)(activity), 15000);
    }
    await recording.waitFor(fromAssistant(/NetPosa service assistant/), 15000);
    await reply('My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video', /open a repair case/);
    await reply('Open a case', /your name, a phone number/);
    await reply('Li Wei, 138 1234 5678, Hangzhou', /Your repair case is open/);

    assert.ok(lines.length > 0, 'the assistant logged at info level');
    const logged = lines.join('\n');
    for (const secret of [conversationId, token, 'Li Wei', '138 1234 5678', '13812345678', 'fell off the pole', 'NPC21A00012345']) {
      assert.ok(!logged.includes(secret), `the log does not contain "${secret}"`);
    }
  });
});

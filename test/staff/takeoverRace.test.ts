// Two staff members taking the same conversation at the same moment, a hundred times: exactly one wins each time,
// and the assistant never speaks after the winner took it.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { start, type RunningAssistant } from '../../src/index';
import { StaffClient, type EventRecorder } from './support/staffClient';
import { GENEROUS_RATE_LIMITS, startCustomer } from './support/customer';

const ADMIN_PASSWORD = 'admin-password-for-tests';
const ROUNDS = 100;

describe('Concurrent takeovers', function () {
  this.timeout(180000);
  let running: RunningAssistant;
  let baseUrl: string;
  let first: StaffClient;
  let second: StaffClient;
  let events: EventRecorder;

  before(async () => {
    running = await start({ PORT: '0', BOT_TODAY: '2026-11-25', LOG_LEVEL: 'silent', STAFF_ADMIN_PASSWORD: ADMIN_PASSWORD, ...GENEROUS_RATE_LIMITS });
    baseUrl = `http://127.0.0.1:${(running.server.address() as AddressInfo).port}`;
    const admin = await StaffClient.signIn(baseUrl, 'admin', ADMIN_PASSWORD);
    for (const username of ['li', 'chen']) {
      await admin.post('/users', { username, displayName: username.toUpperCase(), password: `${username}-password-for-tests` });
    }
    first = await StaffClient.signIn(baseUrl, 'li', 'li-password-for-tests');
    second = await StaffClient.signIn(baseUrl, 'chen', 'chen-password-for-tests');
    events = await first.events();
  });

  after(async () => {
    events?.close();
    await running.stop();
  });

  it(`lets exactly one of two staff members win, ${ROUNDS} times, with no assistant message after the winning takeover`, async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const customer = await startCustomer(baseUrl);
      const path = `/conversations/${encodeURIComponent(customer.conversationId)}`;
      await customer.say('I would like to talk to a person please');
      await events.waitFor((event) => event.event === 'conversation.queued' && (event.data.conversation as { id: string }).id === customer.conversationId);

      // The customer writes while the two take it: the assistant's turn and the takeovers race too.
      const [one, other] = await Promise.all([first.post<{ takenAt: string }>(`${path}/takeover`), second.post<{ takenAt: string }>(`${path}/takeover`), customer.say('hello? anyone there?')]);
      assert.deepEqual([one.status, other.status].sort(), [200, 409], `round ${round}`);
      const winner = one.status === 200 ? one.body : other.body;
      const loser = one.status === 409 ? one.body : other.body;
      assert.match((loser as unknown as { error: string }).error, /Another staff member holds this conversation/);

      await customer.say('still there?');
      await events.waitFor((event) => event.event === 'conversation.message' && event.data.conversationId === customer.conversationId && (event.data.activity as { text?: string }).text === 'still there?');
      const transcript = await first.get<Array<{ type: string; timestamp: string; from: { role?: string } }>>(`${path}/transcript`);
      const assistantAfterTakeover = transcript.body.filter(
        (activity) => activity.type === 'message' && activity.from.role === 'bot' && activity.timestamp > winner.takenAt,
      );
      assert.deepEqual(assistantAfterTakeover, [], `round ${round}`);
    }
  });
});

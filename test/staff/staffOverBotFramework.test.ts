// Staff replying on a Bot Framework channel (the Emulator on /api/messages): the same desk and the channel's own adapter,
// and since such channels show no sender names, the staff member's name starts the text.
import assert from 'node:assert/strict';
import { emulatorMessage, postToMessages, startAssistant, startConnectorService, type ConnectorService, type RunningAssistant } from '../channels/botframework/support/botFrameworkCalls';
import { StaffClient, type EventRecorder } from './support/staffClient';

const ADMIN_PASSWORD = 'admin-password-for-tests';

describe('Staff taking over an Emulator conversation', function () {
  this.timeout(120000);
  let emulator: ConnectorService;
  let assistant: RunningAssistant;
  let staff: StaffClient;
  let events: EventRecorder;

  before(async () => {
    emulator = await startConnectorService();
    assistant = await startAssistant({ STAFF_ADMIN_PASSWORD: ADMIN_PASSWORD });
    staff = await StaffClient.signIn(assistant.baseUrl, 'admin', ADMIN_PASSWORD);
    events = await staff.events();
  });

  after(async () => {
    events.close();
    await assistant.stop();
    await emulator.close();
  });

  it('delivers the staff reply through the channel with the name in front, and relays the customer’s answer', async () => {
    const conversationId = 'emulator-staff';
    assert.equal((await postToMessages(assistant.baseUrl, emulatorMessage('I want to talk to a person', conversationId, emulator.url))).status, 200);
    await events.waitFor((event) => event.event === 'conversation.queued');
    assert.equal((await staff.post(`/conversations/${conversationId}/takeover`)).status, 200);
    const before = emulator.received.length;

    assert.equal((await staff.post(`/conversations/${conversationId}/messages`, { text: 'Hello, how can I help?' })).status, 200);
    const delivered = emulator.received.slice(before).filter((activity) => activity.type === 'message') as Array<{ text?: string; from?: { name?: string } }>;
    assert.deepEqual(delivered.map((activity) => [activity.text, activity.from?.name]), [['Administrator: Hello, how can I help?', 'Administrator']]);

    assert.equal((await postToMessages(assistant.baseUrl, { ...emulatorMessage('my camera is offline', conversationId, emulator.url), id: 'msg-2' })).status, 200);
    await events.waitFor((event) => event.event === 'conversation.message' && (event.data.activity as { text?: string }).text === 'my camera is offline');
    assert.equal(emulator.received.slice(before).filter((activity) => activity.type === 'message').length, 1, 'the assistant stays silent');
  });
});

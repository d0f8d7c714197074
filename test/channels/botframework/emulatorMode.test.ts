// /api/messages without an app id: it serves the Emulator on this machine, survives any body, and speaks for nobody else.
import assert from 'node:assert/strict';
import {
  emulatorMessage,
  errorOf,
  postToMessages,
  startAssistant,
  startConnectorService,
  startWebCustomer,
  type ConnectorService,
  type RunningAssistant,
} from './support/botFrameworkCalls';

describe('/api/messages without an app id', function () {
  this.timeout(120000);
  let assistant: RunningAssistant;
  let emulator: ConnectorService;

  before(async () => {
    emulator = await startConnectorService();
    assistant = await startAssistant();
  });

  after(async () => {
    await assistant.stop();
    await emulator.close();
  });

  async function stillServing(): Promise<void> {
    assert.equal((await fetch(`${assistant.baseUrl}/healthz`)).status, 200);
  }

  const badBodies: Array<[string, unknown]> = [
    ['an empty object', {}],
    ['a numeric type', { type: 1 }],
    ['text alone', { text: 'hi' }],
    ['an activity without channelId', { ...emulatorMessage('hi', 'no-channel', 'http://127.0.0.1:1'), channelId: undefined }],
    ['an activity without serviceUrl', { ...emulatorMessage('hi', 'no-service-url', 'http://127.0.0.1:1'), serviceUrl: undefined }],
    ['an activity without conversation', { ...emulatorMessage('hi', 'no-conversation', 'http://127.0.0.1:1'), conversation: undefined }],
    ['an activity whose text is not a string', { ...emulatorMessage('hi', 'numeric-text', 'http://127.0.0.1:1'), text: 42 }],
    ['a timestamp that is no date', { ...emulatorMessage('hi', 'bad-timestamp', 'http://127.0.0.1:1'), timestamp: 'yesterday' }],
    ['a JSON array', [emulatorMessage('hi', 'array', 'http://127.0.0.1:1')]],
  ];
  for (const [what, body] of badBodies) {
    it(`answers ${what} with 400 and keeps serving`, async () => {
      const answer = await postToMessages(assistant.baseUrl, body);
      assert.equal(answer.status, 400);
      assert.match(errorOf(answer), /not a Bot Framework activity|JSON/);
      await stillServing();
    });
  }

  it('answers an activity nested 10,000 deep with 400 and keeps serving', async () => {
    const activity = JSON.stringify(emulatorMessage('hi', 'deep', 'http://127.0.0.1:1'));
    const deep = `${activity.slice(0, -1)},"channelData":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const answer = await fetch(`${assistant.baseUrl}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: deep });
    assert.equal(answer.status, 400);
    assert.match(((await answer.json()) as { error: string }).error, /nests too deeply/);
    await stillServing();
  });

  it('answers the local Emulator and posts the reply to its loopback serviceUrl', async () => {
    const answer = await postToMessages(assistant.baseUrl, emulatorMessage('hello', 'emulator-happy', `${emulator.url.replace('127.0.0.1', 'localhost')}`));
    assert.equal(answer.status, 200);
    const reply = await emulator.replyFor('emulator-happy');
    assert.match(reply.text ?? '', /NetPosa service assistant/);
  });

  it('refuses a request a local reverse proxy forwarded, and runs no turn', async () => {
    const answer = await postToMessages(assistant.baseUrl, emulatorMessage('hello', 'forwarded', emulator.url), { 'X-Forwarded-For': '203.0.113.9' });
    assert.equal(answer.status, 403);
    assert.match(errorOf(answer), /Emulator on this machine/);
    assert.deepEqual(await assistant.stores.transcripts.list('forwarded'), []);
  });

  const foreignServiceUrls = ['http://10.0.0.5:6379/', 'http://169.254.169.254/latest/meta-data/', 'http://attacker.example/', 'file:///etc/passwd'];
  foreignServiceUrls.forEach((serviceUrl, index) => {
    it(`refuses the serviceUrl ${serviceUrl}, so the bot posts nothing there`, async () => {
      const conversationId = `foreign-service-url-${index}`;
      const answer = await postToMessages(assistant.baseUrl, emulatorMessage('hello', conversationId, serviceUrl));
      assert.equal(answer.status, 403);
      assert.match(errorOf(answer), /serviceUrl/);
      assert.deepEqual(await assistant.stores.transcripts.list(conversationId), []);
      assert.equal(await assistant.stores.conversations.get(conversationId), undefined);
    });
  });

  it("refuses a bot message posted into a web customer's Direct Line conversation, which their Web Chat never shows", async () => {
    const customer = await startWebCustomer(assistant.baseUrl);
    const before = await customer.transcript();
    const spoof = {
      ...emulatorMessage('Your camera is covered: pay the repair at https://attacker.example/pay', customer.conversationId, emulator.url),
      channelId: 'directline',
      from: { id: 'netposa-assistant', name: 'NetPosa Service', role: 'bot' },
      recipient: { id: 'customer', role: 'user' },
      attachments: [{ contentType: 'image/png', contentUrl: 'https://attacker.example/qr.png' }],
    };
    const answer = await postToMessages(assistant.baseUrl, spoof);
    assert.equal(answer.status, 403);
    assert.match(errorOf(answer), /channelId "emulator"/);
    assert.deepEqual(await customer.transcript(), before);
    assert.equal((await assistant.stores.conversations.get(customer.conversationId))?.channel, 'directline');
  });

  it("refuses an Emulator message for a conversation that belongs to Direct Line, and leaves the customer's dialog alone", async () => {
    const customer = await startWebCustomer(assistant.baseUrl);
    const before = await customer.transcript();
    const answer = await postToMessages(assistant.baseUrl, emulatorMessage('I want a human', customer.conversationId, emulator.url));
    assert.equal(answer.status, 403);
    assert.match(errorOf(answer), /another channel/);
    assert.deepEqual(await customer.transcript(), before);
    assert.equal((await assistant.stores.conversations.get(customer.conversationId))?.status, 'bot');
  });
});

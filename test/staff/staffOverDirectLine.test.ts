// A customer on the website channel (directlinejs against the real server) and a staff member on /staff/api: the
// request for a person, the takeover, replies both ways, the hand-back, and a quote accepted in words.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { start, type RunningAssistant } from '../../src/index';
import { connect, type RecordingClient, type WireActivity } from '../channels/directline/support/directLineClient';
import { StaffClient, type EventRecorder } from './support/staffClient';

const ADMIN_PASSWORD = 'admin-password-for-tests';
const AGENT_PASSWORD = 'agent-password-for-tests';

describe('Staff taking over a Direct Line conversation', function () {
  this.timeout(60000);
  let running: RunningAssistant;
  let baseUrl: string;
  let agent: StaffClient;
  let events: EventRecorder;
  let customer: RecordingClient;
  let conversationId: string;

  before(async () => {
    // Staff work round the clock here, so what the customer is told does not depend on when the test runs.
    running = await start({ PORT: '0', BOT_TODAY: '2026-11-25', LOG_LEVEL: 'silent', STAFF_ADMIN_PASSWORD: ADMIN_PASSWORD, STAFF_HOURS: 'Mon-Sun 00:00-24:00' });
    baseUrl = `http://127.0.0.1:${(running.server.address() as AddressInfo).port}`;
    const admin = await StaffClient.signIn(baseUrl, 'admin', ADMIN_PASSWORD);
    const created = await admin.post('/users', { username: 'wang', displayName: 'Wang Fang', password: AGENT_PASSWORD });
    assert.equal(created.status, 201);
    agent = await StaffClient.signIn(baseUrl, 'wang', AGENT_PASSWORD);
    events = await agent.events();
    const { token } = (await (await fetch(`${baseUrl}/api/webchat/token`, { method: 'POST' })).json()) as { token: string };
    customer = connect(`${baseUrl}/v3/directline`, { token, locale: 'en-US' });
    const welcome = await customer.waitFor(fromAssistant(/NetPosa service assistant/), 15000);
    conversationId = welcome.conversation!.id;
  });

  after(async () => {
    events?.close();
    customer?.end();
    await running.stop();
  });

  function fromAssistant(pattern: RegExp) {
    return (activity: WireActivity) => activity.type === 'message' && activity.from.role === 'bot' && activity.channelData?.staff === undefined && pattern.test(activity.text ?? '');
  }

  async function say(text: string, expected: (activity: WireActivity) => boolean): Promise<WireActivity> {
    const before = customer.received.length;
    await customer.post({ text, locale: 'en-US' });
    return customer.waitFor((activity) => customer.received.indexOf(activity) >= before && expected(activity), 15000);
  }

  it('queues a customer who asks for a person in a sentence, with a summary, and tells them staff are at the console', async () => {
    const told = await say('My camera keeps dropping off the network, could I please talk to a real person about it?', fromAssistant(/passed our conversation/));
    assert.match(told.text!, /The team is at the console now, and a colleague will reply right here shortly/);
    assert.match(told.text!, /leave a message for them here/);
    const queued = await events.waitFor((event) => event.event === 'conversation.queued');
    const conversation = queued.data.conversation as { id: string; summary: string; status: string; channel: string };
    assert.equal(conversation.id, conversationId);
    assert.equal(conversation.status, 'waiting');
    assert.match(conversation.summary, /Language: en; channel: directline/);
    const waiting = await agent.get<Array<{ id: string }>>('/conversations?status=waiting');
    assert.deepEqual(waiting.body.map((listed) => listed.id), [conversationId]);
  });

  it('delivers the staff member’s reply under their name, and the customer’s answer to staff live, with the assistant silent', async () => {
    const taken = await agent.post<{ status: string; owner: string }>(`/conversations/${encodeURIComponent(conversationId)}/takeover`);
    assert.equal(taken.status, 200);
    assert.deepEqual([taken.body.status, taken.body.owner], ['active', 'wang']);
    const takenAt = customer.received.length;

    const sent = await agent.post<{ id: string }>(`/conversations/${encodeURIComponent(conversationId)}/messages`, { text: 'Hello, this is Wang Fang from NetPosa service. Which model is it?' });
    assert.equal(sent.status, 200);
    const reply = await customer.waitFor((activity) => activity.id === sent.body.id);
    assert.equal(reply.from.name, 'Wang Fang');
    assert.equal(reply.from.role, 'bot');
    assert.deepEqual(reply.channelData?.staff, { name: 'Wang Fang' });
    assert.equal(reply.text, 'Hello, this is Wang Fang from NetPosa service. Which model is it?');

    await customer.post({ text: 'It is an NP-IPC2043, bought last spring', locale: 'en-US' });
    const relayed = await events.waitFor((event) => event.event === 'conversation.message' && (event.data.activity as WireActivity).text === 'It is an NP-IPC2043, bought last spring');
    assert.equal(relayed.data.conversationId, conversationId);
    // Give the assistant every chance to butt in before looking.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const botSince = customer.received.slice(takenAt).filter((activity) => activity.type === 'message' && activity.from.role === 'bot');
    assert.deepEqual(botSince.map((activity) => activity.from.name), ['Wang Fang']);
  });

  it('hands back to the assistant, which greets the customer, offers the rating and answers again', async () => {
    const released = await agent.post<{ status: string }>(`/conversations/${encodeURIComponent(conversationId)}/release`);
    assert.equal(released.body.status, 'bot');
    await customer.waitFor(fromAssistant(/Wang Fang has handed our conversation back to me/));
    // What the customer told Wang Fang ("It is an NP-IPC2043, bought last spring") the assistant now knows too.
    const key = `directline/conversations/${conversationId}/`;
    const saved = (await running.stores.state.read([key]))[key] as { conversationData: { product: { model?: string } } };
    assert.equal(saved.conversationData.product.model, 'NP-IPC2043');
    await customer.waitFor(fromAssistant(/how would you rate this chat/));
    await say('5', fromAssistant(/Anything we could do better/));
    await say('no', fromAssistant(/Thank you for your feedback/));
    await say('Where do I send my camera for repair? I am in Hangzhou', fromAssistant(/Shenchang Road|service centre/i));
  });

  it('asks the customer to accept a quote and records their answer in words on the case, with the time', async () => {
    await say('My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video', fromAssistant(/open a repair case/));
    await say('Open a case', fromAssistant(/your name, a phone number/));
    const opened = await say('Li Wei, 138 1234 5678, Hangzhou', fromAssistant(/Your repair case is open/));
    const caseId = /RMA-\d{8}-\d{4,}/.exec(opened.text!)![0];

    const quoted = await agent.post<{ status: string; quote: { consent: string } }>(`/cases/${caseId}/quote`, { amount: 380, currency: 'CNY', note: 'replace the cracked housing' });
    assert.equal(quoted.status, 200);
    assert.deepEqual([quoted.body.status, quoted.body.quote.consent], ['quoted', 'pending']);
    const question = await customer.waitFor(fromAssistant(/quoted 380 CNY for the repair on case/));
    assert.deepEqual(question.suggestedActions?.actions.map((action) => action.title), ['Accept the quote', 'Decline']);

    await say('yes, please go ahead with the repair', fromAssistant(/recorded your acceptance/));
    const after = await agent.get<{ quote: { consent: string; answeredAt?: string }; history: Array<{ event: string; by?: string }> }>(`/cases/${caseId}`);
    assert.equal(after.body.quote.consent, 'accepted');
    assert.match(after.body.quote.answeredAt ?? '', /^\d{4}-\d{2}-\d{2}T/);
    assert.deepEqual(after.body.history.filter((entry) => entry.event.startsWith('quote')).map((entry) => [entry.event, entry.by]), [['quoted', 'wang'], ['quote_accepted', undefined]]);
    await events.waitFor((event) => event.event === 'case.updated' && (event.data.case as { quote?: { consent: string } }).quote?.consent === 'accepted');
  });
});

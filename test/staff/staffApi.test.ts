// Every call of the staff API (CONTRACT §7) on the real server, with its refusals: no session, a missing or wrong
// CSRF token, a conversation another staff member holds, an agent doing an administrator's job.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { start, type RunningAssistant } from '../../src/index';
import { StaffClient, type EventRecorder } from './support/staffClient';
import { GENEROUS_RATE_LIMITS, startCustomer, type RestCustomer } from './support/customer';

const ADMIN_PASSWORD = 'admin-password-for-tests';

interface View {
  id: string;
  status: string;
  owner: string | null;
  summary: string | null;
  notes: Array<{ text: string }>;
}
interface WireActivity {
  type: string;
  text?: string;
  from: { role?: string; name?: string };
}
interface CaseBody {
  id: string;
  status: string;
  history: Array<{ event: string; by?: string; note?: string }>;
  quote?: { amount: number; currency: string; consent: string };
}

async function startAssistant(env: Record<string, string> = {}): Promise<{ running: RunningAssistant; baseUrl: string }> {
  const running = await start({ PORT: '0', BOT_TODAY: '2026-11-25', LOG_LEVEL: 'silent', STAFF_ADMIN_PASSWORD: ADMIN_PASSWORD, ...GENEROUS_RATE_LIMITS, ...env });
  return { running, baseUrl: `http://127.0.0.1:${(running.server.address() as AddressInfo).port}` };
}

describe('The staff API', function () {
  this.timeout(60000);
  let running: RunningAssistant;
  let baseUrl: string;
  let admin: StaffClient;
  let agent: StaffClient;
  let otherAgent: StaffClient;
  let events: EventRecorder;

  before(async () => {
    ({ running, baseUrl } = await startAssistant());
    admin = await StaffClient.signIn(baseUrl, 'admin', ADMIN_PASSWORD);
    await admin.post('/users', { username: 'wang', displayName: 'Wang Fang', password: 'wang-password-for-tests' });
    await admin.post('/users', { username: 'zhao', displayName: 'Zhao Lei', password: 'zhao-password-for-tests' });
    agent = await StaffClient.signIn(baseUrl, 'wang', 'wang-password-for-tests');
    otherAgent = await StaffClient.signIn(baseUrl, 'zhao', 'zhao-password-for-tests');
    events = await admin.events();
  });

  after(async () => {
    events?.close();
    await running.stop();
  });

  async function waitingCustomer(): Promise<RestCustomer> {
    const customer = await startCustomer(baseUrl);
    await customer.say('I want to talk to a person');
    await events.waitFor((event) => event.event === 'conversation.queued' && (event.data.conversation as View).id === customer.conversationId);
    return customer;
  }

  const conversationPath = (customer: RestCustomer) => `/conversations/${encodeURIComponent(customer.conversationId)}`;

  async function assistantSaid(customer: RestCustomer, pattern: RegExp): Promise<WireActivity> {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const transcript = await admin.get<WireActivity[]>(`${conversationPath(customer)}/transcript`);
      const found = transcript.body.find((activity) => activity.from.role === 'bot' && pattern.test(activity.text ?? ''));
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`the assistant never said ${pattern}`);
  }

  async function caseOf(customer: RestCustomer): Promise<string> {
    await customer.say('My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video');
    await assistantSaid(customer, /open a repair case/);
    await customer.say('Open a case');
    await assistantSaid(customer, /your name, a phone number/);
    await customer.say('Li Wei, 138 1234 5678, Hangzhou');
    return /RMA-\d{8}-\d{4,}/.exec((await assistantSaid(customer, /Your repair case is open/)).text!)![0];
  }

  describe('sign-in', () => {
    it('answers a right password with the CSRF token and an HttpOnly, SameSite=Strict session cookie', async () => {
      const client = new StaffClient(baseUrl);
      const answer = await client.login('admin', ADMIN_PASSWORD);
      assert.equal(answer.status, 200);
      assert.match(answer.body.csrfToken, /^[A-Za-z0-9_-]{40,}$/);
      const cookie = answer.headers.get('set-cookie')!;
      assert.match(cookie, /^staff_session=[A-Za-z0-9_-]{40,}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/);
    });

    it('refuses a wrong password and an unknown user alike with 401', async () => {
      const wrong = await new StaffClient(baseUrl).login('admin', 'not-the-password');
      const unknown = await new StaffClient(baseUrl).login('nobody', 'not-the-password');
      assert.deepEqual([wrong.status, unknown.status], [401, 401]);
      assert.deepEqual(wrong.body, unknown.body);
      assert.deepEqual(wrong.body, { error: 'Wrong username or password.' });
    });

    it('gives a reloaded console its session and CSRF token back', async () => {
      const session = await agent.get<{ username: string; role: string; csrfToken: string; displayName: string; mustChangePassword: boolean }>('/session');
      assert.deepEqual(session.body, { username: 'wang', role: 'agent', csrfToken: agent.csrfToken, displayName: 'Wang Fang', mustChangePassword: false });
    });

    it('ends the session on logout, after which the cookie opens nothing', async () => {
      const client = await StaffClient.signIn(baseUrl, 'wang', 'wang-password-for-tests');
      assert.equal((await client.post('/logout')).status, 204);
      assert.equal((await client.get('/session')).status, 401);
    });
  });

  describe('refusals', () => {
    const reads = ['/session', '/conversations', '/conversations/any', '/conversations/any/transcript', '/cases', '/cases/RMA-20261125-0001', '/events', '/users'];
    const changes: Array<[string, unknown]> = [
      ['/logout', undefined],
      ['/conversations/any/takeover', undefined],
      ['/conversations/any/messages', { text: 'hello' }],
      ['/conversations/any/release', undefined],
      ['/conversations/any/close', undefined],
      ['/cases/RMA-20261125-0001/quote', { amount: 100, currency: 'CNY', note: 'x' }],
      ['/cases/RMA-20261125-0001/status', { status: 'received', note: 'x' }],
      ['/users', { username: 'li', displayName: 'Li', password: 'li-password-for-tests' }],
    ];

    it('answers every call without a session with 401 and a JSON error', async () => {
      const anonymous = new StaffClient(baseUrl);
      for (const path of reads) {
        const answer = await anonymous.get(path);
        assert.deepEqual([path, answer.status, answer.body], [path, 401, { error: 'Sign in first.' }]);
      }
      for (const [path, body] of changes) {
        const answer = await anonymous.post(path, body, {});
        assert.deepEqual([path, answer.status], [path, 401]);
      }
    });

    it('answers every change without the X-CSRF-Token header, or with another session’s, with 403', async () => {
      for (const [path, body] of changes) {
        const missing = await agent.post<{ error: string }>(path, body, {});
        assert.deepEqual([path, missing.status, missing.body.error], [path, 403, 'The X-CSRF-Token header is missing.']);
        const wrong = await agent.post<{ error: string }>(path, body, { 'X-CSRF-Token': otherAgent.csrfToken });
        assert.deepEqual([path, wrong.status, wrong.body.error], [path, 403, 'The X-CSRF-Token header does not match this session.']);
      }
    });

    it('lets only an administrator create or list staff accounts (403 for an agent)', async () => {
      const created = await agent.post<{ error: string }>('/users', { username: 'li', displayName: 'Li', password: 'li-password-for-tests' });
      assert.deepEqual([created.status, created.body.error], [403, 'Only an administrator may do that.']);
      assert.equal((await agent.get('/users')).status, 403);
    });

    it('answers an unknown route, bad JSON and a bad filter with 4xx and a JSON error, never a stack', async () => {
      const unknown = await agent.get<{ error: string }>('/nothing-here');
      assert.deepEqual([unknown.status, unknown.body], [404, { error: 'There is no such staff API route.' }]);
      const response = await fetch(`${baseUrl}/staff/api/conversations/any/messages`, {
        method: 'POST',
        headers: { Cookie: agent.cookie, 'X-CSRF-Token': agent.csrfToken, 'Content-Type': 'application/json' },
        body: '{"text":',
      });
      assert.deepEqual([response.status, await response.json()], [400, { error: 'The body is not valid JSON.' }]);
      const filter = await agent.get<{ error: string }>('/conversations?status=everything');
      assert.equal(filter.status, 400);
      assert.match(filter.body.error, /^status: /);
    });
  });

  describe('accounts', () => {
    it('lets an administrator create an agent, once, and list accounts without their password hashes', async () => {
      const created = await admin.post<{ username: string; role: string }>('/users', { username: 'Sun', displayName: 'Sun Li', password: 'sun-password-for-tests' });
      assert.deepEqual([created.status, created.body.username, created.body.role], [201, 'sun', 'agent']);
      const again = await admin.post('/users', { username: 'sun', displayName: 'Sun Li', password: 'sun-password-for-tests' });
      assert.equal(again.status, 409);
      const listed = await admin.get<Array<Record<string, unknown>>>('/users');
      assert.ok(listed.body.some((account) => account.username === 'sun'));
      assert.ok(listed.body.every((account) => !('passwordHash' in account)));
      const short = await admin.post<{ error: string }>('/users', { username: 'tian', displayName: 'Tian', password: 'short' });
      assert.deepEqual([short.status, short.body.error], [400, 'password: at least 12 characters']);
    });
  });

  describe('conversations', () => {
    it('lists waiting conversations with their summary, and filters by status', async () => {
      const customer = await waitingCustomer();
      const waiting = await agent.get<View[]>('/conversations?status=waiting');
      const listed = waiting.body.find((view) => view.id === customer.conversationId);
      assert.deepEqual([listed?.status, listed?.owner], ['waiting', null]);
      assert.match(listed?.summary ?? '', /Language: en; channel: directline/);
      const active = await agent.get<View[]>('/conversations?status=active');
      assert.ok(!active.body.some((view) => view.id === customer.conversationId));
      const all = await agent.get<View[]>('/conversations');
      assert.ok(all.body.some((view) => view.id === customer.conversationId));
      assert.deepEqual((await agent.get<View>(conversationPath(customer))).body, listed);
      assert.equal((await agent.get('/conversations/no-such-conversation')).status, 404);
    });

    it('gives the transcript oldest first: the welcome, the customer, the assistant', async () => {
      const customer = await waitingCustomer();
      const transcript = await agent.get<WireActivity[]>(`${conversationPath(customer)}/transcript`);
      const messages = transcript.body.filter((activity) => activity.type === 'message');
      assert.match(messages[0].text ?? '', /NetPosa service assistant/);
      assert.deepEqual([messages[1].from.role, messages[1].text], ['user', 'I want to talk to a person']);
      assert.match(messages[2].text ?? '', /passed our conversation/);
      assert.equal((await agent.get('/conversations/no-such-conversation/transcript')).status, 404);
    });

    it('keeps what a queued customer writes as a note for staff, and the assistant says it is noted', async () => {
      const customer = await waitingCustomer();
      await customer.say('zxqv blorp mmm');
      await assistantSaid(customer, /added that to your request/);
      const listed = (await agent.get<View[]>('/conversations?status=waiting')).body.find((view) => view.id === customer.conversationId);
      assert.deepEqual(listed?.notes.map((note) => note.text), ['zxqv blorp mmm']);
    });

    it('lets one staff member take a conversation over and refuses a second with 409', async () => {
      const customer = await waitingCustomer();
      const taken = await agent.post<View>(`${conversationPath(customer)}/takeover`);
      assert.deepEqual([taken.status, taken.body.status, taken.body.owner], [200, 'active', 'wang']);
      const again = await agent.post<View>(`${conversationPath(customer)}/takeover`);
      assert.deepEqual([again.status, again.body.owner], [200, 'wang']);
      const second = await otherAgent.post<{ error: string }>(`${conversationPath(customer)}/takeover`);
      assert.deepEqual([second.status, second.body.error], [409, 'Another staff member holds this conversation.']);
      const taken404 = await agent.post('/conversations/no-such-conversation/takeover');
      assert.equal(taken404.status, 404);
    });

    it('delivers a message only from the staff member who holds the conversation', async () => {
      const customer = await waitingCustomer();
      const early = await agent.post<{ error: string }>(`${conversationPath(customer)}/messages`, { text: 'hello' });
      assert.deepEqual([early.status, early.body.error], [409, 'Take the conversation over before writing in it.']);
      await agent.post(`${conversationPath(customer)}/takeover`);
      assert.equal((await otherAgent.post(`${conversationPath(customer)}/messages`, { text: 'hello' })).status, 409);
      assert.equal((await agent.post(`${conversationPath(customer)}/messages`, { text: '   ' })).status, 400);
      const sent = await agent.post<{ id: string }>(`${conversationPath(customer)}/messages`, { text: 'Hello, Wang Fang here.' });
      assert.equal(sent.status, 200);
      const delivered = await assistantSaid(customer, /^Hello, Wang Fang here\.$/);
      assert.equal(delivered.from.name, 'Wang Fang');
    });

    it('releases only for the holder, and the assistant greets the customer back', async () => {
      const customer = await waitingCustomer();
      await agent.post(`${conversationPath(customer)}/takeover`);
      assert.equal((await otherAgent.post(`${conversationPath(customer)}/release`)).status, 409);
      const released = await agent.post<View>(`${conversationPath(customer)}/release`);
      assert.deepEqual([released.status, released.body.status, released.body.owner], [200, 'bot', null]);
      await assistantSaid(customer, /Wang Fang has handed our conversation back to me/);
      assert.equal((await agent.post(`${conversationPath(customer)}/release`)).status, 409);
    });

    it('closes a conversation for staff and customer; another agent’s only as an administrator', async () => {
      const customer = await waitingCustomer();
      await agent.post(`${conversationPath(customer)}/takeover`);
      const refused = await otherAgent.post<{ error: string }>(`${conversationPath(customer)}/close`);
      assert.deepEqual([refused.status, refused.body.error], [409, 'Another staff member holds this conversation.']);
      const closed = await admin.post<View>(`${conversationPath(customer)}/close`);
      assert.deepEqual([closed.status, closed.body.status], [200, 'closed']);
      await assistantSaid(customer, /service team has closed this conversation/);
      await events.waitFor((event) => event.event === 'conversation.closed' && (event.data.conversation as View).id === customer.conversationId);
      // The customer writing again is the assistant's to answer.
      await customer.say('Where do I send my camera? I am in Hangzhou');
      await assistantSaid(customer, /Shenchang Road/);
    });
  });

  describe('cases', () => {
    let caseId: string;
    let customer: RestCustomer;

    before(async () => {
      customer = await startCustomer(baseUrl);
      caseId = await caseOf(customer);
    });

    it('lists cases, by status, and gives one by id (404 for an unknown id)', async () => {
      const open = await agent.get<CaseBody[]>('/cases?status=open');
      assert.ok(open.body.some((listed) => listed.id === caseId));
      assert.ok(!(await agent.get<CaseBody[]>('/cases?status=closed')).body.some((listed) => listed.id === caseId));
      assert.equal((await agent.get<CaseBody>(`/cases/${caseId}`)).body.id, caseId);
      assert.equal((await agent.get('/cases/RMA-20991231-9999')).status, 404);
      assert.equal((await agent.get('/cases?status=lost')).status, 400);
    });

    it('moves a case on with who did it, and tells the customer in their language', async () => {
      const moved = await agent.post<CaseBody>(`/cases/${caseId}/status`, { status: 'received', note: 'Parcel arrived in good order' });
      assert.equal(moved.body.status, 'received');
      assert.deepEqual(moved.body.history.at(-1), { ...moved.body.history.at(-1), event: 'status_received', by: 'wang', note: 'Parcel arrived in good order' });
      const told = await assistantSaid(customer, /News on your repair case/);
      assert.equal(told.text, `News on your repair case ${caseId}: received at the service centre.\n\nLatest note from the engineers: Parcel arrived in good order`);
      assert.equal((await agent.post(`/cases/${caseId}/status`, { status: 'lost' })).status, 400);
      assert.equal((await agent.post('/cases/RMA-20991231-9999/status', { status: 'received' })).status, 404);
    });

    it('sends a quote the customer is asked about in chat, and refuses a malformed one', async () => {
      const bad = await agent.post<{ error: string }>(`/cases/${caseId}/quote`, { amount: -5, currency: 'CNY', note: '' });
      assert.equal(bad.status, 400);
      assert.equal((await agent.post(`/cases/${caseId}/quote`, { amount: 5, currency: 'yuan', note: '' })).status, 400);
      const quoted = await agent.post<CaseBody>(`/cases/${caseId}/quote`, { amount: 250, currency: 'CNY', note: 'new IR board' });
      assert.deepEqual(quoted.body.quote, { ...quoted.body.quote, amount: 250, currency: 'CNY', consent: 'pending' });
      await assistantSaid(customer, /quoted 250 CNY for the repair on case/);
      await customer.say('Decline');
      await assistantSaid(customer, /nothing will be repaired or charged/);
      assert.equal((await agent.get<CaseBody>(`/cases/${caseId}`)).body.quote?.consent, 'declined');
    });
  });

  describe('events', () => {
    it('replays what a console missed after Last-Event-ID, in order', async () => {
      const seen = events.received.at(-1)?.id ?? '0';
      const first = await waitingCustomer();
      const second = await waitingCustomer();
      const resumed = await admin.events(seen);
      const queued = await resumed.waitFor((event) => event.event === 'conversation.queued' && (event.data.conversation as View).id === second.conversationId);
      resumed.close();
      const ids = resumed.received.map((event) => Number(event.id));
      assert.ok(ids.every((id, index) => id > Number(seen) && (index === 0 || id > ids[index - 1])));
      assert.ok(resumed.received.some((event) => event.event === 'conversation.queued' && (event.data.conversation as View).id === first.conversationId));
      assert.ok(queued);
    });
  });
});

describe('The staff API behind HTTPS, with a short event log', function () {
  this.timeout(60000);
  let running: RunningAssistant;
  let baseUrl: string;

  before(async () => {
    ({ running, baseUrl } = await startAssistant({
      PUBLIC_BASE_URL: 'https://support.example.com',
      STAFF_LOGIN_FAILURES_PER_ACCOUNT: '3',
      STAFF_LOGIN_FAILURES_PER_ADDRESS: '5',
      STAFF_EVENT_LOG_SIZE: '10',
    }));
  });

  after(async () => running.stop());

  it('names the session cookie with the __Host- prefix and marks it Secure', async () => {
    const answer = await new StaffClient(baseUrl).login('admin', ADMIN_PASSWORD);
    assert.match(answer.headers.get('set-cookie') ?? '', /^__Host-staff_session=[^;]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+; Secure$/);
  });

  it('tells a console reconnecting from further back than the log keeps to reload its lists', async () => {
    const staff = await StaffClient.signIn(baseUrl, 'admin', ADMIN_PASSWORD);
    const live = await staff.events();
    for (let customer = 0; customer < 12; customer += 1) await (await startCustomer(baseUrl)).say('I want to talk to a person');
    await live.waitFor(() => live.received.filter((event) => event.event === 'conversation.queued').length === 12);
    live.close();
    const resumed = await staff.events('1');
    const first = await resumed.waitFor(() => true);
    resumed.close();
    assert.equal(first.event, 'reset');
    const recent = await staff.events(live.received[9].id);
    const replayed = await recent.waitFor((event) => event.id === live.received[11].id);
    recent.close();
    assert.deepEqual(recent.received.map((event) => event.id), [live.received[10].id, replayed.id]);
  });

  it('throttles failed sign-ins per account, then per address, with 429', async () => {
    const client = new StaffClient(baseUrl);
    const statuses = [];
    for (let attempt = 0; attempt < 4; attempt += 1) statuses.push((await client.login('admin', 'guessing-wrong')).status);
    assert.deepEqual(statuses, [401, 401, 401, 429]);
    const otherAccount = await client.login('someone', 'guessing-wrong');
    assert.equal(otherAccount.status, 401);
    const addressSpent = await client.login('someone-else', 'guessing-wrong');
    assert.equal(addressSpent.status, 429);
    assert.match((addressSpent.body as unknown as { error: string }).error, /Too many failed sign-ins from one address/);
  });
});

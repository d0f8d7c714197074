// The staff API's calls for a console used all day (README, "Staff console API"): accounts (disable, enable, password
// reset, who is online), search, canned replies, and the case.opened event; each with its refusals.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { start, type RunningAssistant } from '../../src/index';
import { StaffClient, type EventRecorder } from './support/staffClient';
import { GENEROUS_RATE_LIMITS, startCustomer, type RestCustomer } from './support/customer';

const ADMIN_PASSWORD = 'admin-password-for-tests';
const WANG_PASSWORD = 'wang-password-for-tests';

interface Account {
  username: string;
  disabled: boolean;
  mustChangePassword: boolean;
  online: boolean;
  lastSeenAt: string | null;
}
interface CaseBody {
  id: string;
  conversationId: string;
  serial?: string;
  contact: { name: string; phone: string };
}
interface SearchAnswer {
  cases: CaseBody[];
  conversations: Array<{ id: string }>;
}
interface Reply {
  id: string;
  title: string;
  text: { en: string; zh: string };
}
interface WireActivity {
  text?: string;
  from: { role?: string };
}

describe('The staff API for a console used all day', function () {
  this.timeout(90_000);
  let running: RunningAssistant;
  let baseUrl: string;
  let admin: StaffClient;
  let agent: StaffClient;
  let events: EventRecorder;

  before(async () => {
    running = await start({ PORT: '0', BOT_TODAY: '2026-11-25', LOG_LEVEL: 'silent', STAFF_ADMIN_PASSWORD: ADMIN_PASSWORD, ...GENEROUS_RATE_LIMITS });
    baseUrl = `http://127.0.0.1:${(running.server.address() as AddressInfo).port}`;
    admin = await StaffClient.signIn(baseUrl, 'admin', ADMIN_PASSWORD);
    assert.equal((await admin.post('/users', { username: 'wang', displayName: 'Wang Fang', password: WANG_PASSWORD })).status, 201);
    agent = await StaffClient.signIn(baseUrl, 'wang', WANG_PASSWORD);
    events = await admin.events();
  });

  after(async () => {
    events?.close();
    await running?.stop();
  });

  async function assistantSaid(customer: RestCustomer, pattern: RegExp): Promise<WireActivity> {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const transcript = await admin.get<WireActivity[]>(`/conversations/${encodeURIComponent(customer.conversationId)}/transcript`);
      const found = transcript.body.find((activity) => activity.from.role === 'bot' && pattern.test(activity.text ?? ''));
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`the assistant never said ${pattern}`);
  }

  /** A customer who opens a case with the assistant (and is never handed to staff). */
  async function customerWithCase(name: string, phone: string): Promise<{ customer: RestCustomer; caseId: string }> {
    const customer = await startCustomer(baseUrl);
    await customer.say('My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video');
    await assistantSaid(customer, /open a repair case/);
    await customer.say('Open a case');
    await assistantSaid(customer, /your name, a phone number/);
    await customer.say(`${name}, ${phone}, Hangzhou`);
    const caseId = /RMA-\d{8}-\d{4,}/.exec((await assistantSaid(customer, /Your repair case is open/)).text!)![0];
    return { customer, caseId };
  }

  async function freshAgent(username: string): Promise<{ client: StaffClient; password: string }> {
    const password = `${username}-password-for-tests`;
    assert.equal((await admin.post('/users', { username, displayName: username.toUpperCase(), password })).status, 201);
    return { client: await StaffClient.signIn(baseUrl, username, password), password };
  }

  describe('refusals', () => {
    const adminChanges: Array<[string, string, unknown]> = [
      ['POST', '/users/wang/disable', undefined],
      ['POST', '/users/wang/enable', undefined],
      ['POST', '/users/wang/password', { password: 'a-new-password-for-wang' }],
      ['POST', '/canned-replies', { title: 'Hello', text: { en: 'Hello', zh: '您好' } }],
      ['PUT', '/canned-replies/any', { title: 'Hello', text: { en: 'Hello', zh: '您好' } }],
      ['DELETE', '/canned-replies/any', undefined],
    ];
    const reads = ['/search?q=Li', '/canned-replies', '/conversations/any/canned-replies', '/users', '/preferences', '/dashboard'];

    it('answers every new call without a session with 401', async () => {
      const anonymous = new StaffClient(baseUrl);
      for (const path of reads) assert.deepEqual([path, (await anonymous.get(path)).status], [path, 401]);
      const ownChanges: Array<[string, string, unknown]> = [
        ['POST', '/password', { currentPassword: 'x', newPassword: 'y' }],
        ['PUT', '/preferences', { sound: false }],
      ];
      for (const [method, path, body] of [...adminChanges, ...ownChanges]) {
        assert.deepEqual([path, (await anonymous.call(method, path, body)).status], [path, 401]);
      }
    });

    it('answers every new change without the session’s X-CSRF-Token with 403', async () => {
      for (const [method, path, body] of adminChanges) {
        const missing = await admin.call<{ error: string }>(method, path, body);
        assert.deepEqual([path, missing.status, missing.body.error], [path, 403, 'The X-CSRF-Token header is missing.']);
        const wrong = await admin.call<{ error: string }>(method, path, body, { 'X-CSRF-Token': agent.csrfToken });
        assert.deepEqual([path, wrong.status], [path, 403]);
      }
    });

    it('answers a change of one’s own notifications without the X-CSRF-Token with 403', async () => {
      assert.equal((await agent.call('PUT', '/preferences', { sound: false })).status, 403);
      assert.equal((await agent.call('PUT', '/preferences', { sound: false }, { 'X-CSRF-Token': admin.csrfToken })).status, 403);
      assert.equal((await agent.call('POST', '/password', { currentPassword: WANG_PASSWORD, newPassword: 'whatever-long-enough' })).status, 403);
    });

    it('lets only an administrator manage accounts and canned replies (403 for an agent)', async () => {
      for (const [method, path, body] of adminChanges) {
        const answer = await agent.call<{ error: string }>(method, path, body, { 'X-CSRF-Token': agent.csrfToken });
        assert.deepEqual([path, answer.status, answer.body.error], [path, 403, 'Only an administrator may do that.']);
      }
    });

    it('refuses a short search, a reply without both languages, an unknown account or reply, and disabling oneself', async () => {
      assert.equal((await agent.get('/search?q=L')).status, 400);
      assert.equal((await agent.get('/search')).status, 400);
      const oneLanguage = await admin.post<{ error: string }>('/canned-replies', { title: 'Hello', text: { en: 'Hello' } });
      assert.deepEqual([oneLanguage.status, oneLanguage.body.error], [400, 'text.zh: Required']);
      assert.equal((await admin.post('/users/nobody/disable')).status, 404);
      assert.equal((await admin.call('PUT', '/canned-replies/none', { title: 'x', text: { en: 'x', zh: 'x' } }, { 'X-CSRF-Token': admin.csrfToken })).status, 404);
      assert.equal((await admin.call('DELETE', '/canned-replies/none', undefined, { 'X-CSRF-Token': admin.csrfToken })).status, 404);
      const self = await admin.post<{ error: string }>('/users/admin/disable');
      assert.deepEqual([self.status, self.body.error], [409, 'Administrators cannot do that to their own account.']);
      assert.equal((await admin.post('/users/ADMIN/disable')).status, 409);
      assert.equal((await admin.post('/users/Admin/password', { password: 'a-new-admin-password' })).status, 409);
      assert.equal((await agent.get('/conversations/no-such-conversation/canned-replies')).status, 404);
    });
  });

  describe('accounts', () => {
    it('disables an agent: their session ends at once, their event stream closes, and they cannot sign in', async () => {
      const { client, password } = await freshAgent('sun');
      const stream = await client.events();
      const disabled = await admin.post<Account>('/users/sun/disable');
      assert.deepEqual([disabled.status, disabled.body.disabled], [200, true]);
      const told = await stream.waitFor((event) => event.event === 'account.sessions_ended');
      assert.deepEqual([told.data.username, told.data.reason], ['sun', 'disabled']);
      await stream.ended();
      assert.equal((await client.get('/session')).status, 401);
      assert.equal((await client.post('/logout')).status, 401);
      const again = await new StaffClient(baseUrl).login('sun', password);
      assert.deepEqual([again.status, (again.body as { error?: string }).error], [403, 'This account is disabled; an administrator can enable it again.']);
    });

    it('re-enables an agent, who signs in again with the same password', async () => {
      const { password } = await freshAgent('tian');
      await admin.post('/users/tian/disable');
      const enabled = await admin.post<Account>('/users/tian/enable');
      assert.deepEqual([enabled.status, enabled.body.disabled], [200, false]);
      assert.equal((await new StaffClient(baseUrl).login('tian', password)).status, 200);
    });

    it('resets a password: sessions end, and the next session may do nothing but choose a new one', async () => {
      const { client } = await freshAgent('zhou');
      const reset = await admin.post<Account>('/users/zhou/password', { password: 'temporary-password-1' });
      assert.deepEqual([reset.status, reset.body.mustChangePassword], [200, true]);
      assert.equal((await client.get('/session')).status, 401);
      const next = await StaffClient.signIn(baseUrl, 'zhou', 'temporary-password-1');
      assert.equal((await next.get<{ mustChangePassword: boolean }>('/session')).body.mustChangePassword, true);
      const blocked = await next.get<{ error: string }>('/conversations');
      assert.deepEqual([blocked.status, blocked.body.error], [403, 'Choose a new password first.']);
      const wrong = await next.post('/password', { currentPassword: 'not-it', newPassword: 'zhou-chose-this-one' });
      assert.equal(wrong.status, 400);
      const short = await next.post('/password', { currentPassword: 'temporary-password-1', newPassword: 'short' });
      assert.equal(short.status, 400);
      const changed = await next.post<{ mustChangePassword: boolean }>('/password', { currentPassword: 'temporary-password-1', newPassword: 'zhou-chose-this-one' });
      assert.deepEqual([changed.status, changed.body.mustChangePassword], [200, false]);
      assert.equal((await next.get('/conversations')).status, 200);
      assert.equal((await new StaffClient(baseUrl).login('zhou', 'temporary-password-1')).status, 401);
      assert.equal((await new StaffClient(baseUrl).login('zhou', 'zhou-chose-this-one')).status, 200);
    });

    it('keeps each staff member’s notification choices on the server, both on until they choose', async () => {
      const { client } = await freshAgent('qian');
      assert.deepEqual((await client.get('/preferences')).body, { sound: true, desktop: true });
      const chosen = await client.call('PUT', '/preferences', { sound: false }, { 'X-CSRF-Token': client.csrfToken });
      assert.deepEqual([chosen.status, chosen.body], [200, { sound: false, desktop: true }]);
      const again = await StaffClient.signIn(baseUrl, 'qian', 'qian-password-for-tests');
      assert.deepEqual((await again.get('/preferences')).body, { sound: false, desktop: true });
      assert.deepEqual((await agent.get('/preferences')).body, { sound: true, desktop: true });
      const bad = await client.call('PUT', '/preferences', { sound: 'loud' }, { 'X-CSRF-Token': client.csrfToken });
      assert.equal(bad.status, 400);
      assert.equal((await client.call('PUT', '/preferences', { volume: 3 }, { 'X-CSRF-Token': client.csrfToken })).status, 400);
    });

    it('shows who is online: a console with its event stream open', async () => {
      const stream = await agent.events();
      try {
        const users = (await admin.get<Account[]>('/users')).body;
        const wang = users.find((account) => account.username === 'wang');
        assert.equal(wang?.online, true);
        assert.match(wang?.lastSeenAt ?? '', /^\d{4}-\d\d-\d\dT/);
        const never = users.find((account) => account.username === 'tian');
        assert.deepEqual([never?.online, never?.lastSeenAt], [false, null]);
        assert.ok(users.every((account) => !('passwordHash' in account)));
      } finally {
        stream.close();
      }
    });
  });

  describe('search, canned replies and opened cases', () => {
    let caseId: string;
    let customer: RestCustomer;

    before(async () => {
      ({ customer, caseId } = await customerWithCase('Li Wei', '138 1234 5678'));
    });

    it('announces a case the assistant opens to every console at once', async () => {
      const opened = await events.waitFor((event) => event.event === 'case.opened' && (event.data.case as CaseBody).id === caseId);
      assert.equal((opened.data.case as CaseBody).conversationId, customer.conversationId);
    });

    it('finds the case and its conversation by case id, serial, phone or customer name, however they are written', async () => {
      for (const query of [caseId, 'npc21a-0001-2345', '13812345678', '1234 5678', 'li wei']) {
        const found = await agent.get<SearchAnswer>(`/search?q=${encodeURIComponent(query)}`);
        assert.equal(found.status, 200);
        assert.ok(found.body.cases.some((listed) => listed.id === caseId), `case by ${query}`);
        assert.ok(found.body.conversations.some((listed) => listed.id === customer.conversationId), `conversation by ${query}`);
      }
      const nothing = await agent.get<SearchAnswer>('/search?q=Nobody%20Here');
      assert.deepEqual(nothing.body, { cases: [], conversations: [] });
    });

    it('lets an administrator write canned replies in both languages, and fills them in for a conversation', async () => {
      const created = await admin.post<Reply>('/canned-replies', {
        title: 'Ship to the centre',
        text: { en: 'Dear {customer}, please send the camera for case {caseId} to {centreAddress}. {unknown}', zh: '{customer}您好，请把维修单 {caseId} 的设备寄到 {centreAddress}。' },
      });
      assert.equal(created.status, 201);
      assert.deepEqual((await agent.get<Reply[]>('/canned-replies')).body.find((reply) => reply.id === created.body.id)?.text.zh, '{customer}您好，请把维修单 {caseId} 的设备寄到 {centreAddress}。');
      const filled = await agent.get<Array<{ id: string; title: string; text: string }>>(`/conversations/${encodeURIComponent(customer.conversationId)}/canned-replies`);
      const reply = filled.body.find((each) => each.id === created.body.id);
      assert.match(reply?.text ?? '', new RegExp(`^Dear Li Wei, please send the camera for case ${caseId} to NetPosa .+, .+\\. \\{unknown\\}$`));

      const edited = await admin.call<Reply>('PUT', `/canned-replies/${created.body.id}`, { title: 'Ship it', text: { en: 'Hi {customer}', zh: '{customer}您好' } }, { 'X-CSRF-Token': admin.csrfToken });
      assert.deepEqual([edited.status, edited.body.title], [200, 'Ship it']);
      assert.equal((await admin.call('DELETE', `/canned-replies/${created.body.id}`, undefined, { 'X-CSRF-Token': admin.csrfToken })).status, 204);
      assert.ok(!(await agent.get<Reply[]>('/canned-replies')).body.some((each) => each.id === created.body.id));
    });
  });
});

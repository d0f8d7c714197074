// The staff console as a team uses it all day, in headless chromium: an administrator manages canned replies and the
// team, an agent finds a case by phone, answers with a canned reply edited before sending, and is signed out the moment
// the administrator disables the account; notifications in the background, the keyboard. Screenshots at 1280 and 1024 px.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { start, type RunningAssistant } from '../../src/index';
import { StaffClient } from '../staff/support/staffClient';
import { GENEROUS_RATE_LIMITS, startCustomer, type RestCustomer } from '../staff/support/customer';
import { artifactPath, launchBrowser, type TestBrowser } from './browser';

const ADMIN_PASSWORD = 'admin-password-for-tests';
const AGENT_PASSWORD = 'agent-password-for-tests';
const WIDE = { width: 1280, height: 800 };
const NARROW = { width: 1024, height: 768 };

interface WireActivity {
  text?: string;
  from: { role?: string; name?: string };
}

describe('The staff console through a working day', function () {
  this.timeout(120_000);
  let running: RunningAssistant;
  let baseUrl: string;
  let api: StaffClient;
  let adminBrowser: TestBrowser;
  let agentBrowser: TestBrowser;
  let admin: Page;
  let agent: Page;
  let problems: string[];
  let customer: RestCustomer;
  let caseId: string;

  before(async () => {
    running = await start({ PORT: '0', BOT_TODAY: '2026-11-25', LOG_LEVEL: 'silent', STAFF_ADMIN_PASSWORD: ADMIN_PASSWORD, STAFF_HOURS: 'Mon-Sun 00:00-24:00', ...GENEROUS_RATE_LIMITS });
    baseUrl = `http://localhost:${(running.server.address() as AddressInfo).port}`;
    api = await StaffClient.signIn(baseUrl, 'admin', ADMIN_PASSWORD);
    assert.equal((await api.post('/users', { username: 'wang', displayName: 'Wang Fang', password: AGENT_PASSWORD })).status, 201);
    problems = [];
    adminBrowser = await launchBrowser(WIDE);
    agentBrowser = await launchBrowser(WIDE);
    await agentBrowser.context.grantPermissions(['notifications'], { origin: baseUrl });
    // Keeps a record of the real notifications and tones the console makes (each still goes to the browser as well).
    await agentBrowser.context.addInitScript(() => {
      const record = { notifications: [] as Array<{ title: string; body: string }>, tones: 0 };
      (window as unknown as { __made: typeof record }).__made = record;
      const Real = window.Notification;
      window.Notification = class extends Real {
        constructor(title: string, options?: NotificationOptions) {
          super(title, options);
          record.notifications.push({ title, body: options?.body ?? '' });
        }
      };
      const createOscillator = AudioContext.prototype.createOscillator;
      AudioContext.prototype.createOscillator = function (this: AudioContext) {
        record.tones += 1;
        return createOscillator.call(this);
      };
    });
    admin = await watchedPage(adminBrowser, 'admin');
    agent = await watchedPage(agentBrowser, 'agent');
    ({ customer, caseId } = await customerWithCase('Li Wei', '138 1234 5678'));
  });

  after(async () => {
    await adminBrowser?.close();
    await agentBrowser?.close();
    await running?.stop();
  });

  async function watchedPage(browser: TestBrowser, name: string): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => problems.push(`${name} page error: ${error.message}`));
    page.on('console', (message) => {
      // The first session check (401), and the refused requests of a disabled account (401), are expected.
      if (message.type() === 'error' && !/status of 401\b/.test(message.text())) problems.push(`${name} console: ${message.text()}`);
    });
    return page;
  }

  async function assistantSaid(who: RestCustomer, pattern: RegExp): Promise<WireActivity> {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const transcript = await api.get<WireActivity[]>(`/conversations/${encodeURIComponent(who.conversationId)}/transcript`);
      const found = transcript.body.find((activity) => activity.from.role === 'bot' && pattern.test(activity.text ?? ''));
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`the assistant never said ${pattern}`);
  }

  async function customerWithCase(name: string, phone: string): Promise<{ customer: RestCustomer; caseId: string }> {
    const who = await startCustomer(baseUrl);
    await who.say('My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video');
    await assistantSaid(who, /open a repair case/);
    await who.say('Open a case');
    await assistantSaid(who, /your name, a phone number/);
    await who.say(`${name}, ${phone}, Hangzhou`);
    return { customer: who, caseId: /RMA-\d{8}-\d{4,}/.exec((await assistantSaid(who, /Your repair case is open/)).text!)![0] };
  }

  async function signIn(page: Page, username: string, password: string): Promise<void> {
    await page.goto(`${baseUrl}/staff`);
    await page.getByLabel('Username', { exact: true }).fill(username);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.live[data-state="online"]').waitFor();
  }

  it('lets an administrator write a canned reply in both languages from the Admin tab, and see who is online', async () => {
    await signIn(agent, 'wang', AGENT_PASSWORD);
    await signIn(admin, 'admin', ADMIN_PASSWORD);
    await admin.getByRole('button', { name: 'Admin' }).click();
    const wang = admin.locator('.team-row[data-username="wang"]');
    await wang.waitFor();
    assert.match(await wang.innerText(), /Wang Fang[\s\S]*online now/);

    const form = admin.locator('.canned-form');
    await form.getByLabel('Title').fill('Ship to the centre');
    await form.getByLabel('English').fill('Dear {customer}, please send the camera with case number {caseId} to {centreAddress}.');
    await form.getByLabel('Chinese').fill('{customer}您好，请将设备连同维修单号 {caseId} 寄到 {centreAddress}。');
    await form.getByRole('button', { name: 'Save reply' }).click();
    await admin.locator('.canned-row', { hasText: 'Ship to the centre' }).waitFor();
    await admin.screenshot({ path: artifactPath('console-admin-1280.png') });
  });

  it('finds a case by the customer’s phone number and opens it, with its conversation, in one click', async () => {
    await agent.getByRole('searchbox').fill('1234 5678');
    const result = agent.locator('[data-results="cases"] .row', { hasText: caseId });
    await result.waitFor();
    assert.match(await result.innerText(), /Li Wei · NP-IPC2043 · NPC21A00012345/);
    await agent.screenshot({ path: artifactPath('console-search-1280.png') });
    await result.click();
    await agent.locator('.case-panel').getByRole('heading', { name: `Case ${caseId}` }).waitFor();
    await agent.locator('.transcript .turn-customer', { hasText: 'Li Wei, 138 1234 5678, Hangzhou' }).waitFor();
    await agent.getByRole('button', { name: 'Clear' }).click();
    await agent.locator('.queue-panel').waitFor();
  });

  it('inserts a canned reply with a keystroke, filled in for the customer, which the agent edits and sends', async () => {
    await agent.getByRole('button', { name: 'Take over' }).click();
    const box = agent.locator('#reply-text');
    await agent.locator('.canned-chips .chip', { hasText: 'Ship to the centre' }).waitFor();
    await box.fill('/ship');
    await box.press('Enter');
    const inserted = await box.inputValue();
    assert.match(inserted, new RegExp(`^Dear Li Wei, please send the camera with case number ${caseId} to NetPosa .+\\.$`));
    await box.press('End');
    await box.pressSequentially(' A prepaid label is on its way.');
    await agent.screenshot({ path: artifactPath('console-canned-1280.png') });
    await box.press('Enter');
    const sent = `${inserted} A prepaid label is on its way.`;
    await agent.locator('.transcript .turn-staff', { hasText: 'A prepaid label is on its way.' }).waitFor();
    const delivered = await assistantSaid(customer, /A prepaid label is on its way\.$/);
    assert.deepEqual([delivered.text, delivered.from.name], [sent, 'Wang Fang']);
  });

  it('notifies an agent whose console is in a background tab of a new escalation and of their customer’s message, and counts them in the tab title', async () => {
    const made = () => agent.evaluate(() => (window as unknown as { __made: { notifications: Array<{ title: string; body: string }>; tones: number } }).__made);
    // Playwright lets every page believe it has the focus; here the browser's own focus decides, as for a person.
    const cdp = await agentBrowser.context.newCDPSession(agent);
    await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: false });
    const elsewhere = await agentBrowser.context.newPage();
    await elsewhere.goto('about:blank');
    await elsewhere.bringToFront();
    await agent.waitForFunction(() => !document.hasFocus());
    assert.match(await agent.title(), /^NetPosa Service · Staff console$/);

    const newcomer = await startCustomer(baseUrl);
    await newcomer.say('I want to talk to a person about my NVR');
    await agent.waitForFunction(() => (window as unknown as { __made: { notifications: unknown[] } }).__made.notifications.length === 1);
    const newcomerName = (await api.get<{ customer: string }>(`/conversations/${encodeURIComponent(newcomer.conversationId)}`)).body.customer;
    assert.equal((await made()).notifications[0].title, `Waiting for staff: ${newcomerName}`);
    assert.match((await made()).notifications[0].body, /Asked for a person/);
    assert.equal(await agent.title(), '(1) NetPosa Service · Staff console');

    await customer.say('Thank you, I will send it tomorrow');
    await agent.waitForFunction(() => (window as unknown as { __made: { notifications: unknown[] } }).__made.notifications.length === 2);
    const customerName = (await api.get<{ customer: string }>(`/conversations/${encodeURIComponent(customer.conversationId)}`)).body.customer;
    assert.deepEqual((await made()).notifications[1], { title: `${customerName} wrote`, body: 'Thank you, I will send it tomorrow' });
    assert.equal(await agent.title(), '(2) NetPosa Service · Staff console');
    assert.equal((await made()).tones, 4);

    await agent.bringToFront();
    await elsewhere.close();
    await agent.waitForFunction(() => document.title === '(1) NetPosa Service · Staff console');
    await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
    await cdp.detach();
  });

  it('keeps the agent’s notification choices on the server, over a reload', async () => {
    await Promise.all([
      agent.waitForResponse((response) => response.url().endsWith('/staff/api/preferences') && response.request().method() === 'PUT'),
      agent.getByLabel('Sound').uncheck(),
    ]);
    await agent.reload();
    await agent.locator('.live[data-state="online"]').waitFor();
    await agent.waitForFunction(() => (document.querySelector('.notify-settings input[name="desktop"]') as HTMLInputElement).checked);
    assert.equal(await agent.getByLabel('Sound').isChecked(), false);
    await agent.getByLabel('Sound').check();
  });

  it('works from the keyboard: next conversation, take over, send, hand back', async () => {
    const waiting = await agent.locator('[data-list="waiting"] .row').getAttribute('data-id');
    await agent.locator('body').press('Alt+n');
    await agent.locator(`[data-list="waiting"] .row[data-id="${waiting}"][aria-current="true"]`).waitFor();
    await agent.locator('body').press('Alt+t');
    await agent.locator(`[data-list="active"] .row[data-id="${waiting}"]`).waitFor();
    await agent.locator('#reply-text').fill('Hello, Wang Fang here. Which NVR model is it?');
    await agent.locator('#reply-text').press('Control+Enter');
    await agent.locator('.transcript .turn-staff', { hasText: 'Which NVR model is it?' }).waitFor();
    await agent.locator('#reply-text').press('Alt+r');
    await agent.locator('.detail-meta', { hasText: 'With the assistant' }).waitFor();
    assert.equal(await agent.locator(`[data-list="active"] .row[data-id="${waiting}"]`).count(), 0);
  });

  it('keeps queue, conversation and case side by side at 1280 and 1024 px', async () => {
    await agent.locator('[data-list="active"] .row').first().click();
    await agent.locator('.case-panel').getByRole('heading', { name: `Case ${caseId}` }).waitFor();
    for (const [size, name] of [[WIDE, '1280'], [NARROW, '1024']] as const) {
      await agent.setViewportSize(size);
      const [queue, conversation, panel] = await Promise.all(['.sidebar', '.conversation-column', '.case-panel'].map((selector) => agent.locator(selector).boundingBox()));
      assert.ok(queue && conversation && panel);
      assert.ok(queue.x + queue.width <= conversation.x + 1 && conversation.x + conversation.width <= panel.x + 1, `three columns at ${name} px`);
      assert.ok(conversation.width >= 340 && panel.x + panel.width <= size.width + 1, `a usable conversation at ${name} px: ${conversation.width}`);
      await agent.screenshot({ path: artifactPath(`console-conversation-${name}.png`) });
      await admin.setViewportSize(size);
      await admin.screenshot({ path: artifactPath(`console-admin-${name}.png`) });
    }
    await agent.setViewportSize(WIDE);
    await admin.setViewportSize(WIDE);
  });

  it('signs the agent’s open console out the moment an administrator disables the account, and back in once enabled', async () => {
    const wang = admin.locator('.team-row[data-username="wang"]');
    await wang.getByRole('button', { name: 'Disable' }).click();
    await wang.locator('.badge', { hasText: 'Disabled' }).waitFor();
    await agent.locator('.login-form .form-error', { hasText: 'Your account has been disabled by an administrator.' }).waitFor();
    assert.equal(await agent.locator('.desk-view').isHidden(), true);
    await agent.screenshot({ path: artifactPath('console-disabled-1280.png') });

    await wang.getByRole('button', { name: 'Enable' }).click();
    await wang.getByRole('button', { name: 'Disable' }).waitFor();
    await signIn(agent, 'wang', AGENT_PASSWORD);
    assert.deepEqual(problems, []);
  });

  it('has the agent choose a new password after an administrator resets it', async () => {
    const wang = admin.locator('.team-row[data-username="wang"]');
    await wang.getByRole('button', { name: 'Reset password' }).click();
    await wang.getByLabel('Temporary password').fill('temporary-password-1');
    await wang.getByRole('button', { name: 'Set password', exact: true }).click();
    await wang.locator('.badge', { hasText: 'Must choose a new password' }).waitFor();
    await agent.locator('.login-form .form-error', { hasText: 'reset your password' }).waitFor();

    await agent.getByLabel('Username', { exact: true }).fill('wang');
    await agent.getByLabel('Password', { exact: true }).fill('temporary-password-1');
    await agent.getByRole('button', { name: 'Sign in' }).click();
    await agent.getByLabel('Password you were given').fill('temporary-password-1');
    await agent.getByLabel('New password').fill('wang-chose-this-one');
    await agent.getByRole('button', { name: 'Save and continue' }).click();
    await agent.locator('.live[data-state="online"]').waitFor();
    assert.deepEqual(problems, []);
  });
});

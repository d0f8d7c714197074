// The staff console and the support page in headless chromium, side by side in two browsers: a customer asks for a
// person, staff see it arrive live, take over, reply under their name, hand back, send a quote the customer accepts in
// words; customer HTML stays text in the console.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Locator, Page } from 'playwright-core';
import { start, type RunningAssistant } from '../../src/index';
import { StaffClient } from '../staff/support/staffClient';
import { artifactPath, launchBrowser, type TestBrowser } from './browser';
import { serveHostPage } from './support/hostPage';

const SEND_BOX = '[data-id="webchat-sendbox-input"]';
const ADMIN_PASSWORD = 'admin-password-for-tests';
const AGENT_PASSWORD = 'agent-password-for-tests';
const SCREEN = { width: 1280, height: 800 };

describe('The staff console beside the support page', function () {
  this.timeout(120_000);
  let running: RunningAssistant;
  let baseUrl: string;
  let admin: StaffClient;
  let customerBrowser: TestBrowser;
  let staffBrowser: TestBrowser;
  let customer: Page;
  let staff: Page;
  let problems: string[];
  let caseId: string;

  before(async () => {
    // Staff work round the clock here, so what the customer is told does not depend on when the test runs.
    running = await start({ PORT: '0', BOT_TODAY: '2026-11-25', LOG_LEVEL: 'silent', STAFF_ADMIN_PASSWORD: ADMIN_PASSWORD, STAFF_HOURS: 'Mon-Sun 00:00-24:00' });
    // localhost, the origin upload links name by default, so the console's pictures come from its own origin.
    baseUrl = `http://localhost:${(running.server.address() as AddressInfo).port}`;
    admin = await StaffClient.signIn(baseUrl, 'admin', ADMIN_PASSWORD);
    const created = await admin.post('/users', { username: 'wang', displayName: 'Wang Fang', password: AGENT_PASSWORD });
    assert.equal(created.status, 201);
    customerBrowser = await launchBrowser(SCREEN);
    staffBrowser = await launchBrowser(SCREEN);
    problems = [];
    customer = await watchedPage(customerBrowser, 'customer');
    staff = await watchedPage(staffBrowser, 'console');
  });

  after(async () => {
    await customerBrowser?.close();
    await staffBrowser?.close();
    await running?.stop();
  });

  async function watchedPage(browser: TestBrowser, name: string): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => problems.push(`${name} page error: ${error.message}`));
    page.on('console', (message) => {
      // Chromium logs every refused request; the console's first session check (401) and the refusal it shows (409) are expected.
      if (message.type() === 'error' && !/status of (401|409)\b/.test(message.text())) problems.push(`${name} console: ${message.text()}`);
    });
    return page;
  }

  function bubbles(text: string | RegExp): Locator {
    return customer.locator('.webchat__bubble__content', { hasText: text });
  }

  async function say(text: string): Promise<void> {
    await customer.locator(SEND_BOX).fill(text);
    await customer.locator(SEND_BOX).press('Enter');
  }

  function queueRow(list: 'waiting' | 'active', text?: string): Locator {
    return staff.locator(`[data-list="${list}"] .row`, text === undefined ? {} : { hasText: text });
  }

  function turns(kind: 'customer' | 'assistant' | 'staff', text: string): Locator {
    return staff.locator(`.transcript .turn-${kind}`, { hasText: text });
  }

  it('signs a staff member in, and a customer who asks for a person in a sentence appears in the queue live with the summary', async () => {
    await staff.goto(`${baseUrl}/staff`);
    await staff.getByLabel('Username', { exact: true }).fill('wang');
    await staff.getByLabel('Password', { exact: true }).fill(AGENT_PASSWORD);
    await staff.getByRole('button', { name: 'Sign in' }).click();
    await staff.locator('.live[data-state="online"]').waitFor();
    assert.equal(await staff.locator('.who-name').textContent(), 'Wang Fang');
    assert.equal(await queueRow('waiting').count(), 0);

    await customer.goto(baseUrl);
    await bubbles('NetPosa service assistant').first().waitFor();
    const asked = Date.now();
    await say('My NP-IPC2043 keeps dropping off the network, could I please talk to a real person about it?');
    const row = queueRow('waiting');
    await row.waitFor();
    console.log(`      escalation shown in the console ${Date.now() - asked} ms after the customer pressed Enter (1 waiting)`);
    await bubbles(/passed our conversation/).first().waitFor();

    assert.match(await row.innerText(), /Website/);
    assert.match(await row.innerText(), /English/);
    assert.match(await row.innerText(), /Asked for a person/);
    assert.match(await row.locator('.row-summary').innerText(), /NP-IPC2043|network/);
    // The waiting time ticks without a reload.
    const waited = await row.locator('.wait').innerText();
    await staff.waitForFunction((before) => document.querySelector('[data-list="waiting"] .wait')?.textContent !== before, waited);
    await staff.screenshot({ path: artifactPath('console-queue.png') });
  });

  it('takes the conversation over and replies; the customer sees the reply under the staff member’s name', async () => {
    await queueRow('waiting').click();
    assert.match(await staff.locator('.case-panel .summary').innerText(), /Language: en; channel: directline/);
    await staff.getByRole('button', { name: 'Take over' }).click();
    await queueRow('active').waitFor();
    assert.equal(await queueRow('waiting').count(), 0);

    await staff.locator('#reply-text').fill('Hello, this is Wang Fang from NetPosa service. Which firmware version does the camera run?');
    await staff.locator('#reply-text').press('Enter');
    await turns('staff', 'Which firmware version').waitFor();
    assert.equal(await staff.locator('#reply-text').inputValue(), '');

    const message = customer.locator('.staff-message', { hasText: 'Which firmware version does the camera run?' });
    await message.waitFor();
    assert.equal(await message.locator('.staff-name').innerText(), 'Wang Fang');
    await customer.screenshot({ path: artifactPath('customer-staff-reply.png') });
  });

  it('shows the customer’s answer to staff live while the assistant stays silent', async () => {
    const assistantBubbles = customer.locator('.webchat__bubble:not(.webchat__bubble--from-user)');
    const before = await assistantBubbles.count();
    await say('It is version 5.7, bought last spring');
    await turns('customer', 'It is version 5.7, bought last spring').waitFor();
    // Give the assistant every chance to butt in before looking.
    await staff.waitForTimeout(800);
    assert.equal(await assistantBubbles.count(), before);
  });

  it('shows a photo the customer sends as a picture in the console, its name as the characters they gave it', async () => {
    // A real PNG: a corner of the customer's own screen.
    const photo = await customer.screenshot({ clip: { x: 0, y: 0, width: 120, height: 80 } });
    const name = 'crack <img src=x onerror=alert(1)>.png';
    await customer.locator('input[type="file"]').setInputFiles({ name, mimeType: 'image/png', buffer: photo });
    // Web Chat holds an attached file (its icon ticked once the file is read) until the customer sends.
    await customer.locator('.webchat__attachment-icon--checked').waitFor();
    await customer.locator(SEND_BOX).press('Enter');
    const link = staff.locator('.transcript .turn-customer a.file', { hasText: name });
    await link.waitFor();
    assert.equal(await link.locator('img').count(), 1);
    assert.equal(await link.locator('img').getAttribute('alt'), name);
    const picture = link.locator('img');
    await staff.waitForFunction((image) => image !== null && (image as HTMLImageElement).complete, await picture.elementHandle());
    assert.equal(await picture.evaluate((image) => (image as HTMLImageElement).naturalWidth), 120);
    assert.match((await link.getAttribute('href')) ?? '', /^http:\/\/localhost:\d+\/v3\/directline\/attachments\//);
  });

  it('shows a customer’s HTML in the console as the characters they typed', async () => {
    const typed = '<img src=x onerror="window.__injected=1"><script>window.__injected=2</script> is <b>this</b> safe?';
    await say(typed);
    const shown = turns('customer', 'is <b>this</b> safe?');
    await shown.waitFor();
    assert.equal(await shown.locator('.turn-text').innerText(), typed);
    assert.equal(await staff.locator('.detail img:not(.file img), .detail script, .detail b').count(), 0);
    assert.equal(await staff.evaluate(() => (window as unknown as { __injected?: number }).__injected), undefined);
    await staff.screenshot({ path: artifactPath('console-conversation.png') });
  });

  it('hands the conversation back, and the assistant answers again', async () => {
    await staff.getByRole('button', { name: 'Hand back' }).click();
    await staff.locator('.detail-meta', { hasText: 'With the assistant' }).waitFor();
    assert.equal(await queueRow('active').count(), 0);
    await bubbles(/Wang Fang has handed our conversation back to me/).first().waitFor();
    await bubbles(/how would you rate this chat/).first().waitFor();
    await say('5');
    await bubbles(/Anything we could do better/).first().waitFor();
    await say('no');
    await bubbles(/Thank you for your feedback/).first().waitFor();
    await say('is NPC21A00012345 still under warranty?');
    await bubbles('under warranty until 2028-06-10').first().waitFor();
  });

  it('shows a case opened after the hand-back live, sends a quote the customer accepts in words, and keeps a half-written note', async () => {
    await say('My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video');
    await bubbles('Would you like me to open a repair case?').first().waitFor();
    await say('Open a case');
    await bubbles('your name, a phone number').first().waitFor();
    await say('Li Wei, 138 1234 5678, Hangzhou');
    const card = customer.locator('.ac-adaptiveCard', { hasText: 'Repair case opened' });
    await card.waitFor();
    caseId = /RMA-\d{8}-\d{4,}/.exec(await card.innerText())![0];

    // The case was opened with the assistant, after the hand-back: the console shows it by itself.
    const panel = staff.locator('.case-panel');
    await panel.getByRole('heading', { name: `Case ${caseId}` }).waitFor();
    assert.match(await panel.innerText(), /Abnormal cause/);
    assert.match(await panel.innerText(), /fell off the pole/);

    const quote = panel.locator('.quote-form');
    await quote.getByLabel('Amount').fill('380');
    await quote.getByLabel('What it covers').fill('replace the cracked housing');
    await quote.getByRole('button', { name: 'Send quote' }).click();
    await panel.locator('.quote-pending', { hasText: '380 CNY' }).waitFor();

    await bubbles(/quoted 380 CNY for the repair on case/).first().waitFor();
    // Half-written when the customer's answer updates the case: what staff typed stays.
    await staff.locator('.move-form').getByLabel('Note for the customer').fill('Parcel label sent by e-mail');
    await say('yes, please go ahead with the repair');
    await bubbles(/recorded your acceptance/).first().waitFor();
    // The console hears of the answer by itself.
    await panel.locator('.quote-accepted', { hasText: '380 CNY · accepted' }).waitFor();
    assert.match(await panel.locator('.history').innerText(), /Quote accepted[\s\S]*Quote sent/);
    assert.equal(await staff.locator('.move-form').getByLabel('Note for the customer').inputValue(), 'Parcel label sent by e-mail');
    await staff.screenshot({ path: artifactPath('console-case.png') });
  });

  it('moves the case on with a note, and the customer is told', async () => {
    const move = staff.locator('.move-form');
    await move.getByLabel('New status').selectOption('awaiting_shipment');
    await move.getByLabel('Note for the customer').fill('Please send it to our Hangzhou centre.');
    await move.getByRole('button', { name: 'Move case' }).click();
    await staff.locator('.case-panel .case-status', { hasText: 'Awaiting shipment' }).waitFor();
    await bubbles(/Please send it to our Hangzhou centre/).first().waitFor();
  });

  it('lists the case under Cases and opens it with its conversation', async () => {
    await staff.getByRole('tab', { name: 'Cases' }).click();
    const row = staff.locator('.case-list .row', { hasText: caseId });
    await row.waitFor();
    assert.match(await row.innerText(), /Awaiting shipment[\s\S]*Li Wei · NP-IPC2043 · NPC21A00012345/);
    await row.click();
    await turns('staff', 'Which firmware version').waitFor();
    await staff.locator('.case-panel').getByRole('heading', { name: `Case ${caseId}` }).waitFor();
    await staff.getByRole('tab', { name: 'Queue' }).click();
  });

  it('says so in words when another staff member holds the conversation (409)', async () => {
    await say('I would like to talk to a person again please');
    await queueRow('waiting').waitFor();
    const conversationId = await queueRow('waiting').getAttribute('data-id');
    const taken = await admin.post(`/conversations/${encodeURIComponent(conversationId!)}/takeover`);
    assert.equal(taken.status, 200);
    await queueRow('active', 'admin').waitFor();
    await staff.locator('.reply-hint', { hasText: 'admin holds this conversation' }).waitFor();
    assert.equal(await staff.getByRole('button', { name: 'Take over' }).isDisabled(), true);
    await staff.getByRole('button', { name: 'Close' }).click();
    await staff.locator('.alert', { hasText: 'Someone else got there first' }).waitFor();
    assert.match(await staff.locator('.alert').innerText(), /Another staff member holds this conversation/);
    await staff.screenshot({ path: artifactPath('console-refused.png') });
  });

  it('switches to Chinese, keeps the session over a reload, and signs out', async () => {
    await staff.getByRole('button', { name: '中文' }).click();
    await staff.locator('[data-tab="queue"]', { hasText: '排队' }).waitFor();
    assert.match(await staff.locator('.case-panel').innerText(), /维修单 RMA-/);
    await staff.screenshot({ path: artifactPath('console-zh.png') });

    await staff.reload();
    await staff.locator('.live[data-state="online"]').waitFor();
    assert.equal(await staff.locator('.who-name').textContent(), 'Wang Fang');
    assert.equal(await staff.locator('.login-view').isHidden(), true);

    await staff.getByRole('button', { name: '退出登录' }).click();
    await staff.locator('.login-form').waitFor();
    assert.deepEqual(problems, []);
  });

  it('shows the staff member’s name in the widget on another website too', async () => {
    const host = await serveHostPage(baseUrl);
    const events = await admin.events();
    try {
      const page = await watchedPage(customerBrowser, 'widget');
      await page.goto(host.url);
      await page.getByRole('button', { name: 'Chat with support' }).click();
      const chat = page.frameLocator('iframe[title="NetPosa Service"]');
      await chat.locator('.webchat__bubble__content', { hasText: 'NetPosa service assistant' }).first().waitFor();
      await chat.locator(SEND_BOX).fill('Can I speak to someone from your team, please?');
      await chat.locator(SEND_BOX).press('Enter');
      const queued = await events.waitFor((event) => event.event === 'conversation.queued');
      const path = `/conversations/${encodeURIComponent((queued.data.conversation as { id: string }).id)}`;
      assert.equal((await admin.post(`${path}/takeover`)).status, 200);
      assert.equal((await admin.post(`${path}/messages`, { text: 'Good afternoon, how can I help?' })).status, 200);
      const message = chat.locator('.staff-message', { hasText: 'Good afternoon, how can I help?' });
      await message.waitFor();
      assert.equal(await message.locator('.staff-name').innerText(), 'Administrator');
      await page.screenshot({ path: artifactPath('widget-staff-reply.png') });
      assert.deepEqual(problems, []);
    } finally {
      events.close();
      await host.close();
    }
  });
});

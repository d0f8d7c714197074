// The staff dashboard in headless chromium after a scripted day of 20 conversations on the real server: every figure
// shown is the one the script produced (conversations, resolved without staff, escalations, cases, ratings, languages).
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { start, type RunningAssistant } from '../../src/index';
import { StaffClient } from '../staff/support/staffClient';
import { GENEROUS_RATE_LIMITS, startCustomer, type RestCustomer } from '../staff/support/customer';
import { artifactPath, launchBrowser, type TestBrowser } from './browser';

const ADMIN_PASSWORD = 'admin-password-for-tests';

interface WireActivity {
  text?: string;
  from: { role?: string };
}

const MS_PER_DAY = 24 * 60 * 60 * 1000;
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

describe('The staff dashboard after a scripted day of 20 conversations', function () {
  this.timeout(240_000);
  let running: RunningAssistant;
  let baseUrl: string;
  let api: StaffClient;
  let browser: TestBrowser;
  let page: Page;
  const problems: string[] = [];

  async function assistantSaid(who: RestCustomer, pattern: RegExp): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const transcript = await api.get<WireActivity[]>(`/conversations/${encodeURIComponent(who.conversationId)}/transcript`);
      if (transcript.status === 200 && transcript.body.some((activity) => activity.from.role === 'bot' && pattern.test(activity.text ?? ''))) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`the assistant never said ${pattern} in ${who.conversationId}`);
  }

  /** One customer's conversation: what they say, each followed by what the assistant answers. */
  async function conversation(turns: Array<[string, RegExp]>): Promise<RestCustomer> {
    const who = await startCustomer(baseUrl);
    for (const [text, answer] of turns) {
      await who.say(text);
      await assistantSaid(who, answer);
    }
    return who;
  }

  async function escalatedAndRated(rating: string): Promise<void> {
    const who = await conversation([['I want to talk to a person', /passed our conversation/]]);
    const path = `/conversations/${encodeURIComponent(who.conversationId)}`;
    assert.equal((await api.post(`${path}/takeover`)).status, 200);
    assert.equal((await api.post(`${path}/messages`, { text: 'Hello, how can I help?' })).status, 200);
    assert.equal((await api.post(`${path}/release`)).status, 200);
    await assistantSaid(who, /how would you rate this chat/);
    await who.say(rating);
    await assistantSaid(who, /Anything we could do better/);
    await who.say('no');
    await assistantSaid(who, /Thank you for your feedback/);
  }

  before(async function () {
    // The dashboard counts by the real Beijing day: a scripted day must not straddle Beijing midnight, so a run that starts in
    // the last two minutes of a day waits for the next one.
    this.timeout(300000);
    const toMidnight = MS_PER_DAY - ((Date.now() + BEIJING_OFFSET_MS) % MS_PER_DAY);
    if (toMidnight < 120_000) await new Promise((resolve) => setTimeout(resolve, toMidnight + 1000));
    running = await start({ PORT: '0', BOT_TODAY: '2026-11-25', LOG_LEVEL: 'silent', STAFF_ADMIN_PASSWORD: ADMIN_PASSWORD, STAFF_HOURS: 'Mon-Sun 00:00-24:00', ...GENEROUS_RATE_LIMITS });
    baseUrl = `http://localhost:${(running.server.address() as AddressInfo).port}`;
    api = await StaffClient.signIn(baseUrl, 'admin', ADMIN_PASSWORD);
    const warranty = (): Array<[string, RegExp]> => [['is NPC21A00012345 still under warranty?', /under warranty until 2028-06-10/]];
    const warrantyZh = (): Array<[string, RegExp]> => [['NPC21A00012345 还在保修期吗？', /2028-06-10/]];
    const repairCase = (name: string): Array<[string, RegExp]> => [
      ['My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video', /open a repair case/],
      ['Open a case', /your name, a phone number/],
      [`${name}, 138 1234 5678, Hangzhou`, /Your repair case is open/],
    ];
    // The day: 8 English and 4 Chinese warranty questions and 2 repair cases the assistant handles alone; 4 English
    // and 2 Chinese customers who ask for a person, 2 of whom staff take over, hand back, and who then rate 5 and 3.
    await Promise.all([...Array.from({ length: 8 }, () => conversation(warranty())), ...Array.from({ length: 4 }, () => conversation(warrantyZh()))]);
    await Promise.all([conversation(repairCase('Li Wei')), conversation(repairCase('Zhang Min'))]);
    await escalatedAndRated('5');
    await escalatedAndRated('3');
    await Promise.all([
      conversation([['I want to talk to a person', /passed our conversation/]]),
      conversation([['I want to talk to a person', /passed our conversation/]]),
      conversation([['我要找人工客服', /人工|同事|客服/]]),
      conversation([['我要找人工客服', /人工|同事|客服/]]),
    ]);
    browser = await launchBrowser({ width: 1280, height: 800 });
    page = await browser.context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/status of 401\b/.test(message.text())) problems.push(`console: ${message.text()}`);
    });
  });

  after(async () => {
    await browser?.close();
    await running?.stop();
  });

  function bar(chart: string, key: string) {
    return page.locator(`[data-chart="${chart}"] g[data-key="${key}"]`);
  }

  async function barValues(chart: string): Promise<Record<string, number>> {
    const bars = page.locator(`[data-chart="${chart}"] g[data-key]`);
    const values: Record<string, number> = {};
    for (const each of await bars.all()) values[(await each.getAttribute('data-key'))!] = Number(await each.getAttribute('data-value'));
    return values;
  }

  it('shows the day’s figures as the script made them, in tiles and inline SVG charts', async () => {
    await page.goto(`${baseUrl}/staff`);
    await page.getByLabel('Username', { exact: true }).fill('admin');
    await page.getByLabel('Password', { exact: true }).fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Dashboard' }).click();
    await page.locator('[data-figure="conversations.today"] .tile-value').waitFor();

    const tile = (name: string) => page.locator(`[data-figure="${name}"]`).innerText();
    assert.match(await tile('conversations.today'), /Conversations today\s+20/);
    assert.match(await tile('conversations.week'), /Conversations this week\s+20/);
    assert.match(await tile('resolved'), /Resolved without staff\s+70%\s+14 of 20 this week/);
    assert.match(await tile('rating'), /Average rating\s+4\.0 \/ 5\s+2 ratings/);
    assert.match(await tile('wait'), /Median wait for staff\s+\d+(\.\d)? min\s+2 takeovers from the queue/);
    assert.match(await tile('handling'), /Median handling time\s+\d+(\.\d)? min\s+2 finished by staff/);

    assert.deepEqual(await barValues('escalations'), { customer_request: 6 });
    assert.deepEqual(await barValues('language'), { en: 14, zh: 6 });
    assert.deepEqual(await barValues('channel'), { directline: 20 });
    assert.deepEqual(await barValues('assessment'), { charged: 2 });
    assert.deepEqual(await barValues('status'), { open: 2 });
    assert.deepEqual(await barValues('symptoms'), { no_video: 2 });
    assert.deepEqual(await barValues('exclusions'), { abnormal_cause: 2 });
    assert.match((await bar('escalations', 'customer_request').textContent()) ?? '', /^Asked for a person6Asked for a person: 6$/);
    assert.equal(await page.locator('.charts svg.bars').count(), 7);
    await page.screenshot({ path: artifactPath('console-dashboard-1280.png'), fullPage: true });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: artifactPath('console-dashboard-1024.png'), fullPage: true });
    assert.deepEqual(problems, []);
  });

  it('answers the same figures over the API, computed from the stores', async () => {
    const figures = await api.get<{ conversations: { today: number; byLanguage: Record<string, number> }; resolvedWithoutStaff: { share: number } }>('/dashboard');
    assert.deepEqual([figures.status, figures.body.conversations.today, figures.body.conversations.byLanguage, figures.body.resolvedWithoutStaff.share], [200, 20, { en: 14, zh: 6 }, 0.7]);
    assert.equal((await new StaffClient(baseUrl).get('/dashboard')).status, 401);
  });
});

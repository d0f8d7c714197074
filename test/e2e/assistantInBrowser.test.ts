// The real assistant in headless chromium: the support page in English and Chinese, from fault to case card,
// and the widget on another website.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { start, type RunningAssistant } from '../../src/index';
import { artifactPath, launchBrowser, type TestBrowser } from './browser';
import { serveHostPage, type HostPage } from './support/hostPage';

const SEND_BOX = '[data-id="webchat-sendbox-input"]';

function bubbles(page: Page | FrameLocator, text: string | RegExp): Locator {
  return page.locator('.webchat__bubble__content', { hasText: text });
}

describe('The assistant in the browser', function () {
  this.timeout(90_000);
  let assistant: RunningAssistant;
  let baseUrl: string;
  let browser: TestBrowser;
  let problems: string[];

  before(async () => {
    assistant = await start({ PORT: '0', BOT_TODAY: '2026-11-25', LOG_LEVEL: 'silent' });
    baseUrl = `http://127.0.0.1:${(assistant.server.address() as AddressInfo).port}`;
  });

  after(() => assistant.stop());

  beforeEach(async () => {
    browser = await launchBrowser();
    problems = [];
  });

  afterEach(() => browser.close());

  async function openPage(): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    await page.goto(baseUrl);
    return page;
  }

  async function say(page: Page | FrameLocator, text: string): Promise<void> {
    await page.locator(SEND_BOX).fill(text);
    await page.locator(SEND_BOX).press('Enter');
  }

  async function clickSuggestion(page: Page, title: string): Promise<void> {
    // The toolbar's label follows Web Chat's locale, so find the button by its own title.
    await page.getByRole('toolbar').getByRole('button', { name: title, exact: true }).click();
  }

  it('takes an English fault report to a case card, with a suggested action clicked on the way', async () => {
    const page = await openPage();
    await bubbles(page, 'NetPosa service assistant').first().waitFor();
    await say(page, 'My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video');
    await bubbles(page, 'Would you like me to open a repair case?').first().waitFor();
    await clickSuggestion(page, 'Open a case');
    await bubbles(page, 'your name, a phone number').first().waitFor();
    await say(page, 'Li Wei, 138 1234 5678, Hangzhou');
    const card = page.locator('.ac-adaptiveCard', { hasText: 'Repair case opened' });
    await card.waitFor();
    assert.match(await card.innerText(), /RMA-20261125-\d{4}/);
    assert.match(await card.innerText(), /East China Service Centre/);
    await page.screenshot({ path: artifactPath('assistant-case-en.png'), fullPage: true });
    assert.equal(await page.getByText('Send failed').count(), 0);
    assert.deepEqual(problems, []);
  });

  it('does the same in Chinese after the language toggle', async () => {
    const page = await openPage();
    await bubbles(page, 'NetPosa service assistant').first().waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await say(page, '我的NP-IPC2043序列号NPC21A00012345从杆子上掉下来了，没有画面');
    await bubbles(page, '需要我帮您开维修单吗').first().waitFor();
    await clickSuggestion(page, '开维修单');
    await bubbles(page, '留个联系方式').first().waitFor();
    await say(page, '王伟，13812345678，杭州');
    const card = page.locator('.ac-adaptiveCard', { hasText: '维修单已创建' });
    await card.waitFor();
    assert.match(await card.innerText(), /收费维修/);
    await page.screenshot({ path: artifactPath('assistant-case-zh.png'), fullPage: true });
    assert.deepEqual(problems, []);
  });

  it('switches an ongoing fault report to Chinese when the toggle is clicked, asking the pending step again in Chinese', async () => {
    const page = await openPage();
    await bubbles(page, 'NetPosa service assistant').first().waitFor();
    await say(page, 'My camera NPC21A00012345 has no video');
    await bubbles(page, /Step 1 of \d+/).first().waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await bubbles(page, '接下来我用中文').first().waitFor();
    await bubbles(page, /第 1\/\d+ 步/).first().waitFor();
    await page.getByRole('toolbar').getByRole('button', { name: '还是不行', exact: true }).waitFor();
    await page.screenshot({ path: artifactPath('language-toggle.png') });
    // Nothing was typed after the fault: the switch came from the toggle alone.
    assert.equal(await page.locator('.webchat__bubble--from-user').count(), 1);
    assert.equal(await page.locator(SEND_BOX).inputValue(), '');
    assert.deepEqual(problems, []);
  });

  describe('embedded with widget.js on another website', () => {
    let host: HostPage;
    beforeEach(async () => {
      host = await serveHostPage(baseUrl);
    });
    afterEach(() => host.close());

    it('opens the chat from the floating button and answers a warranty question', async () => {
      const page = await browser.context.newPage();
      await page.goto(host.url);
      await page.getByRole('button', { name: 'Chat with support' }).click();
      const chat = page.frameLocator('iframe[title="NetPosa Service"]');
      await bubbles(chat, 'NetPosa service assistant').first().waitFor();
      await say(chat, 'is NPC21A00012345 still under warranty?');
      await bubbles(chat, 'under warranty until 2028-06-10').first().waitFor();
      await page.screenshot({ path: artifactPath('assistant-widget.png') });
    });
  });
});

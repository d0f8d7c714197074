import assert from 'node:assert/strict';
import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../channels/directline/support/directLineTestServer';
import { TINY_PNG } from '../channels/directline/support/fixtures';
import { artifactPath, launchBrowser, type TestBrowser } from './browser';
import { serveHostPage, type HostPage } from './support/hostPage';

const SEND_BOX = '[data-id="webchat-sendbox-input"]';

/** The chat bubbles showing a text (Web Chat also repeats texts in hidden labels for screen readers). */
function bubbles(page: Page | FrameLocator, text: string): Locator {
  return page.locator('.webchat__bubble__content', { hasText: text });
}

/** Web Chat says "Connecting…" for a moment after the first messages show; screenshots wait it out. */
async function whenConnected(frame: Page | Frame): Promise<void> {
  await frame.waitForFunction(() => document.body.innerText.includes('Connectivity Status: Connected'));
}

describe('The Web Chat support page in chromium', function () {
  this.timeout(60_000);
  let server: TestServer;
  let browser: TestBrowser;
  let problems: string[];

  beforeEach(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    problems = [];
  });

  afterEach(async () => {
    await browser.close();
    await server.close();
  });

  async function openPage(path = '/', viewport?: { width: number; height: number }): Promise<Page> {
    const page = await browser.context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    watchForProblems(page);
    await page.goto(`${server.baseUrl}${path}`);
    await bubbles(page, 'Welcome').first().waitFor();
    await whenConnected(page);
    return page;
  }

  // Script errors, CSP violations and failed requests all show up in the console.
  function watchForProblems(page: Page): void {
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
  }

  async function say(page: Page, text: string): Promise<void> {
    await page.locator(SEND_BOX).fill(text);
    await page.locator(SEND_BOX).press('Enter');
  }

  it('answers a customer, offers suggested actions and shows an Adaptive Card', async () => {
    const page = await openPage();
    await say(page, 'hello');
    await bubbles(page, 'You said: hello (en-US)').first().waitFor();
    await say(page, 'choices');
    await page.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name: 'Repair' }).click();
    await bubbles(page, 'You said: Repair (en-US)').first().waitFor();
    await say(page, 'card');
    await page.locator('.ac-adaptiveCard').getByText('Repair case RMA-20250101-0001').waitFor();
    await page.screenshot({ path: artifactPath('webchat-desktop.png') });
    assert.equal(await page.getByText('Send failed').count(), 0);
    assert.deepEqual(problems, []);
  });

  it('tells the assistant when the customer switches to Chinese', async () => {
    const page = await openPage();
    await page.getByRole('button', { name: '中文' }).click();
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
    await page.locator('.brand-subtitle', { hasText: '保修与维修服务' }).waitFor();
    await say(page, '你好');
    await bubbles(page, 'You said: 你好 (zh-CN)').first().waitFor();
    await page.screenshot({ path: artifactPath('webchat-chinese.png') });
    assert.deepEqual(problems, []);
  });

  it('continues the same conversation with its history after a reload', async () => {
    const page = await openPage();
    await say(page, 'before reload');
    await bubbles(page, 'You said: before reload (en-US)').first().waitFor();
    await page.reload();
    await bubbles(page, 'You said: before reload (en-US)').first().waitFor();
    await say(page, 'after reload');
    await bubbles(page, 'You said: after reload (en-US)').first().waitFor();
    assert.equal(await bubbles(page, 'Welcome (en-US)').count(), 1);
    assert.equal(await bubbles(page, 'You said: before reload (en-US)').count(), 1);
  });

  it('uploads a photo and shows it from this server', async () => {
    const page = await openPage();
    await page.locator('input[type="file"]').setInputFiles({ name: 'damage.png', mimeType: 'image/png', buffer: TINY_PNG });
    // Web Chat 4.18 holds a picked file in the send box, ticking the paperclip, until the message is sent.
    await page.locator('.webchat__attachment-icon--checked').waitFor();
    await say(page, 'The front cover is cracked');
    await bubbles(page, 'Received damage.png (image/png)').first().waitFor();
    const shown = page.locator(`img[src^="${server.baseUrl}/v3/directline/attachments/"]`);
    await shown.first().waitFor();
    assert.equal(await shown.first().evaluate((image: HTMLImageElement) => image.naturalWidth), 1);
    assert.deepEqual(problems, []);
  });

  it('fits a phone screen', async () => {
    const page = await openPage('/', { width: 390, height: 844 });
    await say(page, 'choices');
    await page.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name: 'Warranty' }).waitFor();
    await page.screenshot({ path: artifactPath('webchat-mobile.png') });
    const panel = await page.locator('.chat-panel').boundingBox();
    assert.equal(panel?.width, 390);
    assert.deepEqual(problems, []);
  });

  describe('embedded with widget.js on another website', () => {
    let host: HostPage;

    beforeEach(async () => {
      host = await serveHostPage(server.baseUrl);
    });

    afterEach(() => host.close());

    it('opens the chat from the floating button and exchanges a message', async () => {
      const page = await browser.context.newPage();
      watchForProblems(page);
      await page.goto(host.url);
      await page.screenshot({ path: artifactPath('widget-closed.png') });
      await page.getByRole('button', { name: 'Chat with support' }).click();
      const chat = page.frameLocator('iframe[title="NetPosa Service"]');
      await bubbles(chat, 'Welcome').first().waitFor();
      const chatFrame = page.frames().find((frame) => frame.url().includes('embed=1'));
      assert.ok(chatFrame, 'the chat opened in an iframe');
      await whenConnected(chatFrame);
      await chat.locator(SEND_BOX).fill('hello from the shop');
      await chat.locator(SEND_BOX).press('Enter');
      await bubbles(chat, 'You said: hello from the shop (en-US)').first().waitFor();
      await page.screenshot({ path: artifactPath('widget-open.png') });
      await chat.getByRole('button', { name: 'Close chat' }).click();
      await page.locator('[data-netposa-chat] .panel').waitFor({ state: 'hidden' });
      assert.deepEqual(problems, []);
    });
  });
});

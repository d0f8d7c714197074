// The support page in chromium when its conversation is gone: the real server restarts with memory storage,
// the customer's typed message is not lost, and the assistant answers it in a new conversation.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { start, type RunningAssistant } from '../../src/index';
import { PAGE_TEXT } from '../../src/channels/webchat/pageText';
import { artifactPath, launchBrowser, type TestBrowser } from './browser';

const SEND_BOX = '[data-id="webchat-sendbox-input"]';
const TYPED = 'My NP-IPC2043 SN NPC21A00012345 shows no video';

async function conversationIdOf(page: Page): Promise<string> {
  return page.evaluate(() => (JSON.parse(sessionStorage.getItem('netposa-chat:session') ?? '{}') as { conversationId?: string }).conversationId ?? '');
}

/** The assistant's first reply to the typed message, from the server's own transcript. */
async function replyTo(stores: RunningAssistant['stores'], conversationId: string): Promise<string | undefined> {
  const activities = await stores.transcripts.list(conversationId);
  const asked = activities.findIndex((activity) => activity.text === TYPED);
  if (asked < 0) return undefined;
  const reply = activities.slice(asked + 1).find((activity) => (activity.from as { role?: string }).role === 'bot' && activity.type === 'message');
  return reply === undefined ? undefined : String(reply.text);
}

describe('The support page when its conversation is gone', function () {
  this.timeout(120_000);
  let assistant: RunningAssistant | undefined;
  let browser: TestBrowser;

  beforeEach(async () => {
    browser = await launchBrowser();
  });

  afterEach(async () => {
    await browser.close();
    await assistant?.stop();
    assistant = undefined;
  });

  const cases = [
    { name: 'with a signing key of its own per start', env: {} },
    { name: 'with TOKEN_SIGNING_KEY set', env: { TOKEN_SIGNING_KEY: 'a-signing-key-shared-by-every-start-0123456789' } },
  ];
  for (const { name, env } of cases) {
    it(`tells the customer after a restart ${name}, and answers what they typed in a new conversation`, async () => {
      const settings = { BOT_TODAY: '2026-11-25', LOG_LEVEL: 'silent', ...env };
      assistant = await start({ ...settings, PORT: '0' });
      const port = (assistant.server.address() as AddressInfo).port;
      const page = await browser.context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.locator('.webchat__bubble__content', { hasText: 'NetPosa service assistant' }).first().waitFor();
      await page.locator('.status[data-status="online"]').waitFor();
      const before = await conversationIdOf(page);

      await page.locator(SEND_BOX).fill(TYPED);
      await assistant.stop();
      assistant = await start({ ...settings, PORT: String(port) });
      await page.locator(SEND_BOX).press('Enter');

      await page.locator('.notice', { hasText: PAGE_TEXT.en.conversationEnded }).waitFor({ state: 'visible', timeout: 30_000 });
      const stores = assistant.stores;
      let after = '';
      let reply: string | undefined;
      for (const giveUpAt = Date.now() + 30_000; reply === undefined && Date.now() < giveUpAt; ) {
        await page.waitForTimeout(200);
        after = await conversationIdOf(page);
        if (after !== '') reply = await replyTo(stores, after);
      }
      assert.ok(reply, 'the typed message reached the assistant in the new conversation');
      assert.notEqual(after, before);
      assert.equal(await stores.conversations.get(before), undefined, 'the old conversation was not recreated');
      await page.locator('.webchat__bubble__content', { hasText: reply.split('\n')[0]?.slice(0, 40) }).first().waitFor();
      assert.equal(await page.locator('.webchat__bubble__content', { hasText: TYPED }).count(), 1, 'the message shows once, in the new conversation');
      await page.screenshot({ path: artifactPath(`conversation-ended-${env === cases[0]?.env ? 'own-key' : 'signing-key'}.png`) });
      // directlinejs throws "conversation ended" out of Web Chat's own subscription when its reconnect gets a 404;
      // that is the case the page handles, so it is the one error allowed here.
      assert.deepEqual(problems.filter((problem) => problem !== 'conversation ended'), []);
    });
  }
});

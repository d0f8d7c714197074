// The case card as Web Chat renders it on the support page, measured in the DOM on a 390 px phone and a 1280 px desktop.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Locator, Page } from 'playwright-core';
import { start, type RunningAssistant } from '../../src/index';
import { artifactPath, launchBrowser, type TestBrowser } from './browser';

const SEND_BOX = '[data-id="webchat-sendbox-input"]';
const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

const CONVERSATIONS = {
  en: {
    messages: ['My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video', 'Open a case', 'Li Wei, 138 1234 5678, Hangzhou'],
    waitFor: ['Would you like me to open a repair case?', 'your name, a phone number'],
    title: 'Repair case opened',
  },
  zh: {
    messages: ['我的NP-IPC2043序列号NPC21A00012345从杆子上掉下来了，没有画面', '开维修单', '王伟，13812345678，杭州'],
    waitFor: ['需要我帮您开维修单吗', '留个联系方式'],
    title: '维修单已创建',
  },
};

interface CardMeasures {
  /** How far the card's content reaches past its own box, in px (0: nothing sticks out). */
  cardOverflow: number;
  /** How far the page scrolls sideways, in px. */
  pageOverflow: number;
  /** Descendants whose box ends past the card's right edge. */
  sticksOut: string[];
  caseId: { text: string; lines: number; clipped: boolean };
  /** Labels with a word whose letters sit on more than one line. */
  brokenLabels: string[];
  labels: string[];
}

/**
 * Runs in the page. A word broken mid-word is a word whose characters lie on two lines: a DOM Range over just that
 * word returns one client rect per line fragment, so fragments at two different heights mean a break inside it. A
 * Chinese label has no spaces between its words and is short, so it counts as one word: it must keep to one line.
 */
function measureCard(card: HTMLElement, caseIdPattern: string): CardMeasures {
  const lineCount = (node: Node, start: number, end: number): number => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    const tops = Array.from(range.getClientRects()).filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top));
    return new Set(tops).size;
  };
  const textNodeOf = (element: Element): Text | undefined => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && !node.textContent?.trim()) node = walker.nextNode();
    return (node as Text | null) ?? undefined;
  };

  const textRight = (node: Text): number => {
    const range = document.createRange();
    range.selectNodeContents(node);
    return range.getBoundingClientRect().right;
  };

  const cardBox = card.getBoundingClientRect();
  const sticksOut = Array.from(card.querySelectorAll<HTMLElement>('*'))
    .filter((element) => element.getBoundingClientRect().right > cardBox.right + 0.5)
    .map((element) => `${element.tagName}.${element.className}: ${element.textContent?.slice(0, 40)}`);

  const idPattern = new RegExp(`^${caseIdPattern}$`);
  const idElement = Array.from(card.querySelectorAll<HTMLElement>('.ac-textBlock')).find((element) => idPattern.test(element.textContent?.trim() ?? ''));
  const idText = idElement ? textNodeOf(idElement) : undefined;

  const labels = Array.from(card.querySelectorAll<HTMLElement>('.ac-factset .ac-fact-title'));
  const brokenLabels: string[] = [];
  for (const label of labels) {
    const text = textNodeOf(label);
    if (!text) continue;
    const content = text.data;
    const words = /\p{Script=Han}/u.test(content) ? [{ index: 0, word: content.trimEnd() }] : [...content.matchAll(/\S+/g)].map((match) => ({ index: match.index ?? 0, word: match[0] }));
    for (const { index, word } of words) {
      if (lineCount(text, index, index + word.length) > 1) brokenLabels.push(`${content.trim()} (“${word}”)`);
    }
  }

  return {
    cardOverflow: card.scrollWidth - card.clientWidth,
    pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    sticksOut,
    caseId: {
      text: idElement?.textContent?.trim() ?? '',
      lines: idText ? lineCount(idText, 0, idText.data.length) : 0,
      // An ellipsis or a hidden overflow cuts the text without a scrollbar: its glyphs reach past the box that clips them.
      clipped:
        idElement && idText
          ? [idElement, ...Array.from(idElement.querySelectorAll('*'))]
              .filter((box) => box.getClientRects().length > 0)
              .some((box) => box.scrollWidth > box.clientWidth || textRight(idText) > box.getBoundingClientRect().right + 0.5)
          : true,
    },
    brokenLabels,
    labels: labels.map((label) => label.textContent?.trim() ?? ''),
  };
}

describe('The case card in the browser', function () {
  this.timeout(120_000);
  let assistant: RunningAssistant;
  let baseUrl: string;
  let browser: TestBrowser;

  before(async () => {
    assistant = await start({ PORT: '0', BOT_TODAY: '2026-11-25', LOG_LEVEL: 'silent' });
    baseUrl = `http://127.0.0.1:${(assistant.server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser.close();
    await assistant.stop();
  });

  async function openCase(lang: 'en' | 'zh'): Promise<{ page: Page; card: Locator }> {
    const conversation = CONVERSATIONS[lang];
    const page = await browser.context.newPage();
    // tsx compiles measureCard's inner functions with esbuild's name-keeping helper, which the page does not have.
    await page.addInitScript('window.__name = (target) => target;');
    await page.goto(baseUrl);
    await page.locator('.webchat__bubble__content', { hasText: 'NetPosa service assistant' }).first().waitFor();
    if (lang === 'zh') await page.getByRole('button', { name: '中文' }).click();
    for (const [index, message] of conversation.messages.entries()) {
      await page.locator(SEND_BOX).fill(message);
      await page.locator(SEND_BOX).press('Enter');
      const next = conversation.waitFor[index];
      if (next) await page.locator('.webchat__bubble__content', { hasText: next }).first().waitFor();
    }
    const card = page.locator('.ac-adaptiveCard', { hasText: conversation.title });
    await card.waitFor();
    return { page, card };
  }

  for (const lang of ['en', 'zh'] as const) {
    it(`fits the ${lang} case card at 390×844 and 1280×800: no sideways overflow, the case id on one line, no label broken mid-word`, async () => {
      const { page, card } = await openCase(lang);
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await card.scrollIntoViewIfNeeded();
        // Web Chat lays the transcript out again after a resize; measure once the card's width has settled.
        await page.waitForTimeout(300);
        const measures = await card.evaluate(measureCard, 'RMA-20261125-\\d{4}');
        const where = `${lang} at ${size.width}×${size.height}: ${JSON.stringify(measures)}`;
        await card.screenshot({ path: artifactPath(`case-card-${size.width}${lang === 'en' ? '' : '-zh'}.png`) });
        await page.screenshot({ path: artifactPath(`case-card-page-${size.width}${lang === 'en' ? '' : '-zh'}.png`) });
        assert.equal(measures.labels.length, 7, where);
        assert.ok(measures.cardOverflow <= 0, where);
        assert.ok(measures.pageOverflow <= 0, where);
        assert.deepEqual(measures.sticksOut, [], where);
        assert.match(measures.caseId.text, /^RMA-20261125-\d{4}$/, where);
        assert.equal(measures.caseId.lines, 1, where);
        assert.equal(measures.caseId.clipped, false, where);
        assert.deepEqual(measures.brokenLabels, [], where);
      }
      await page.close();
    });
  }
});

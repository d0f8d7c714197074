// The staff console in headless chromium with 200 conversations waiting: how long the page takes from loading to showing
// the whole queue, and how long a new escalation takes from the customer's message to its row in the console.
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { start } from '../src/index';
import { artifactPath, launchBrowser } from '../test/e2e/browser';
import { GENEROUS_RATE_LIMITS, startCustomer } from '../test/staff/support/customer';

const QUEUE_SIZE = 200;
const RELOADS = 5;
const ESCALATIONS = 20;
const ADMIN_PASSWORD = 'bench-admin-password';
const ASK = 'I want to talk to a person';

export interface ConsoleTimings {
  queueShown: number[];
  escalationShown: number[];
}

export async function measureStaffConsole(): Promise<ConsoleTimings> {
  const running = await start({
    PORT: '0',
    BOT_TODAY: '2026-11-25',
    LOG_LEVEL: 'silent',
    STAFF_ADMIN_PASSWORD: ADMIN_PASSWORD,
    STAFF_HOURS: 'Mon-Sun 00:00-24:00',
    ...GENEROUS_RATE_LIMITS,
  });
  const baseUrl = `http://localhost:${(running.server.address() as AddressInfo).port}`;
  const browser = await launchBrowser({ width: 1280, height: 800 });
  try {
    for (let waiting = 0; waiting < QUEUE_SIZE; waiting += 1) await (await startCustomer(baseUrl)).say(ASK);
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/staff`);
    await page.getByLabel('Username').fill('admin');
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.live[data-state="online"]').waitFor();

    // From navigation start (the page's own clock, hence window.performance and not Node's) to the frame in which
    // every waiting row is on screen.
    const queueShown: number[] = [];
    for (let round = 0; round < RELOADS; round += 1) {
      await page.reload();
      const shown = await page.waitForFunction((size) => document.querySelectorAll('[data-list="waiting"] .row').length >= size && window.performance.now(), QUEUE_SIZE, { polling: 'raf' });
      queueShown.push((await shown.jsonValue()) as number);
    }
    await page.screenshot({ path: artifactPath('console-queue-200.png') });

    const escalationShown: number[] = [];
    for (let round = 0; round < ESCALATIONS; round += 1) {
      const newcomer = await startCustomer(baseUrl);
      const started = performance.now();
      await newcomer.say(ASK);
      await page.locator(`[data-list="waiting"] .row[data-id="${newcomer.conversationId}"]`).waitFor();
      escalationShown.push(performance.now() - started);
    }
    return { queueShown, escalationShown };
  } finally {
    await browser.close();
    await running.stop();
  }
}

export function reportStaffConsole(timings: ConsoleTimings): void {
  const line = (name: string, samples: number[]) => {
    const sorted = [...samples].sort((a, b) => a - b);
    console.log(`${name.padEnd(66)} n=${String(samples.length).padStart(3)}  median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms  worst ${sorted.at(-1)!.toFixed(0)} ms`);
  };
  line(`console page loaded → all ${QUEUE_SIZE} waiting rows shown`, timings.queueShown);
  line(`customer asks for a person → row in the console, ${QUEUE_SIZE}+ waiting`, timings.escalationShown);
}

if (require.main === module) {
  measureStaffConsole().then(reportStaffConsole, (error: Error) => {
    console.error(error);
    process.exit(1);
  });
}

// Staff console delays on the real server over loopback: a staff message to the customer's Direct Line stream, a customer
// message to the staff event stream (median and worst of 100 each), and the queue with 200 conversations waiting.
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { start } from '../src/index';
import { connect } from '../test/channels/directline/support/directLineClient';
import { GENEROUS_RATE_LIMITS, startCustomer } from '../test/staff/support/customer';
import { StaffClient } from '../test/staff/support/staffClient';

const ROUNDS = 100;
const QUEUE_SIZE = 200;
const ADMIN_PASSWORD = 'bench-admin-password';

export interface StaffLatency {
  staffToCustomer: number[];
  customerToStaff: number[];
  listQueue: number[];
  queueBytes: number;
  newEscalationShown: number[];
}

export async function measureStaffLatency(): Promise<StaffLatency> {
  const running = await start({
    PORT: '0',
    BOT_TODAY: '2026-11-25',
    LOG_LEVEL: 'silent',
    STAFF_ADMIN_PASSWORD: ADMIN_PASSWORD,
    STAFF_HOURS: 'Mon-Sun 00:00-24:00',
    ...GENEROUS_RATE_LIMITS,
  });
  const baseUrl = `http://127.0.0.1:${(running.server.address() as AddressInfo).port}`;
  const staff = await StaffClient.signIn(baseUrl, 'admin', ADMIN_PASSWORD);
  const events = await staff.events();
  try {
    const { token } = (await (await fetch(`${baseUrl}/api/webchat/token`, { method: 'POST' })).json()) as { token: string };
    const customer = connect(`${baseUrl}/v3/directline`, { token, locale: 'en-US' });
    const welcome = await customer.waitFor((activity) => activity.from.role === 'bot', 15000);
    const path = `/conversations/${encodeURIComponent(welcome.conversation!.id)}`;
    await customer.post({ text: 'I want to talk to a person', locale: 'en-US' });
    await events.waitFor((event) => event.event === 'conversation.queued');
    await staff.post(`${path}/takeover`);

    const staffToCustomer: number[] = [];
    const customerToStaff: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const reply = `staff reply ${round}`;
      const started = performance.now();
      const seen = customer.waitFor((activity) => activity.text === reply).then(() => performance.now());
      await staff.post(`${path}/messages`, { text: reply });
      staffToCustomer.push((await seen) - started);

      const answer = `customer answer ${round}`;
      const sent = performance.now();
      const relayed = events.waitFor((event) => event.event === 'conversation.message' && (event.data.activity as { text?: string }).text === answer).then(() => performance.now());
      await customer.post({ text: answer, locale: 'en-US' });
      customerToStaff.push((await relayed) - sent);
    }
    customer.end();

    for (let waiting = 0; waiting < QUEUE_SIZE; waiting += 1) {
      await (await startCustomer(baseUrl)).say('I want to talk to a person');
    }
    const listQueue: number[] = [];
    let queueBytes = 0;
    for (let round = 0; round < 20; round += 1) {
      const started = performance.now();
      const response = await fetch(`${baseUrl}/staff/api/conversations?status=waiting`, { headers: { Cookie: staff.cookie } });
      queueBytes = (await response.arrayBuffer()).byteLength;
      listQueue.push(performance.now() - started);
    }
    const newEscalationShown: number[] = [];
    for (let round = 0; round < 20; round += 1) {
      const newcomer = await startCustomer(baseUrl);
      const started = performance.now();
      const shown = events.waitFor((event) => event.event === 'conversation.queued' && (event.data.conversation as { id: string }).id === newcomer.conversationId).then(() => performance.now());
      await newcomer.say('I want to talk to a person');
      newEscalationShown.push((await shown) - started);
    }
    return { staffToCustomer, customerToStaff, listQueue, queueBytes, newEscalationShown };
  } finally {
    events.close();
    await running.stop();
  }
}

export function reportStaffLatency(latency: StaffLatency): void {
  const line = (name: string, samples: number[]) => {
    const sorted = [...samples].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(`${name.padEnd(58)} n=${String(samples.length).padStart(4)}  median ${median.toFixed(1)} ms  worst ${sorted.at(-1)!.toFixed(1)} ms`);
  };
  line('staff message → customer’s Direct Line stream', latency.staffToCustomer);
  line('customer message → staff event stream', latency.customerToStaff);
  line(`list the queue, ${QUEUE_SIZE} waiting (${Math.round(latency.queueBytes / 1024)} KB)`, latency.listQueue);
  line(`customer asks for a person → queued event, ${QUEUE_SIZE}+ waiting`, latency.newEscalationShown);
}

if (require.main === module) {
  measureStaffLatency().then(reportStaffLatency, (error: Error) => {
    console.error(error);
    process.exit(1);
  });
}

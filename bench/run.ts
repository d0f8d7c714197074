// Speed and memory figures (npm run bench): recognizer training and recognition, policy decisions, whole assistant turns,
// the heap of 10,000 conversations before and after they expire, the staff console's delays, and the load table: concurrent
// customers through the echo bot and the assistant (memory, Redis, two instances). `--heap-snapshots=FOLDER` also writes heap
// snapshots of the memory figure's baseline and of the heap after expiry there, for bench/heapSnapshotDiff.ts.
// Load options: `--customers=N` (default 50), `--seconds=S` per row (default 10), `--load-only`, `--cpu-prof=FOLDER`
// (CPU profiles of the assistant's processes), `--quick` (the load table alone, 4 customers, 1 s a row: a smoke check).
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { TestAdapter, type Activity } from 'botbuilder';
import { createRecognizer } from '../intents/recognizer';
import { decide } from '../src/policy/decide';
import { loadProductRegistry } from '../src/registry/productRegistry';
import { loadServiceCenters } from '../src/registry/serviceCenters';
import { createMemoryStores } from '../src/storage/memory';
import { assistantServices, createAssistant } from '../src/assistant';
import { createLogger } from '../src/observability/logger';
import { createMetrics } from '../src/observability/metrics';
import { measureConversationMemory, reportConversationMemory } from './conversationMemory';
import { measureStaffLatency, reportStaffLatency } from './staffLatency';
import { percentile } from './percentile';
import { loadTable, runLoadBench, type LoadBenchOptions } from './load/loadBench';

const DATA = path.join(__dirname, '../data');
const TODAY = '2026-11-25';

function report(name: string, samples: number[]): void {
  const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length;
  console.log(`${name.padEnd(44)} n=${String(samples.length).padStart(5)}  mean ${mean.toFixed(3)} ms  p50 ${percentile(samples, 50).toFixed(3)} ms  p95 ${percentile(samples, 95).toFixed(3)} ms`);
}

function option(name: string): string | undefined {
  return process.argv.find((argument) => argument.startsWith(`--${name}=`))?.slice(name.length + 3);
}

function flag(name: string): boolean {
  return process.argv.includes(`--${name}`);
}

function count(name: string, fallback: number): number {
  const given = option(name);
  if (given === undefined) return fallback;
  const value = Number(given);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} takes a positive number, not "${given}"`);
  return value;
}

async function main(): Promise<void> {
  const quick = flag('quick');
  if (!quick && !flag('load-only')) await microFigures();
  const options: LoadBenchOptions = {
    customers: Math.round(count('customers', quick ? 4 : 50)),
    durationMs: count('seconds', quick ? 1 : 10) * 1000,
    warmupMs: quick ? 500 : 3000,
    cpuProfileDir: option('cpu-prof'),
  };
  const before = os.loadavg()[0];
  const figures = await runLoadBench(options);
  console.log(loadTable(figures, options, { before, after: os.loadavg()[0] }));
}

async function microFigures(): Promise<void> {
  const registry = loadProductRegistry(path.join(DATA, 'demo-registry.csv'));
  const centers = loadServiceCenters(path.join(DATA, 'demo-service-centers.csv'));

  const time = (create: () => unknown, runs: number): number[] =>
    Array.from({ length: runs }, () => {
      const started = performance.now();
      create();
      return performance.now() - started;
    });
  const models = registry.models();
  report('recognizer trained in-process (both languages)', time(() => createRecognizer({ models, modelFile: path.join(__dirname, 'no-such-model.json') }), 2));
  report('recognizer loaded from `npm run build`', time(() => createRecognizer({ models }), 3));
  const recognizer = createRecognizer({ models });

  const utterances = [
    'My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video',
    '我的NP-IPC2043序列号NPC21A00012345从杆子上掉下来了，没有画面',
    'is my nvr still under warranty? bought it last March',
    '录像机硬盘不录像了，回放也看不了',
    'where do I send it for repair? I am in Hangzhou',
  ];
  const recognitions: number[] = [];
  for (let round = 0; round < 200; round += 1) {
    for (const text of utterances) {
      const started = performance.now();
      recognizer.recognize(text, { today: TODAY });
      recognitions.push(performance.now() - started);
    }
  }
  report('recognize one utterance', recognitions);

  const decisions: number[] = [];
  const record = registry.findBySerial('NPC21A00012345')!;
  for (let round = 0; round < 5000; round += 1) {
    const started = performance.now();
    decide({ product: { source: 'registry', ...record }, answers: { improper_use: false }, evidence: [{ clause: 'abnormal_cause', text: 'it fell', negated: false }] }, TODAY);
    decisions.push(performance.now() - started);
  }
  report('policy decide()', decisions);

  const stores = createMemoryStores();
  const services = assistantServices({ recognizer, registry, centers, stores, clock: { today: () => TODAY, now: () => new Date() } });
  const assistant = createAssistant(services, stores, createLogger('silent'), createMetrics());
  const turns: number[] = [];
  const script = ['My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video', 'yes', 'Li Wei, 138 1234 5678, Hangzhou', 'no thanks'];
  for (let conversation = 0; conversation < 50; conversation += 1) {
    const adapter = new TestAdapter((context) => assistant.bot.run(context), {
      conversation: { id: `bench-${conversation}`, isGroup: false, conversationType: 'personal', name: 'bench' },
    } as Partial<Activity>);
    assistant.attach(adapter, 'bench');
    for (const text of script) {
      const started = performance.now();
      await adapter.receiveActivity(text);
      turns.push(performance.now() - started);
      adapter.activeQueue.splice(0);
    }
  }
  report('assistant turn (pipeline + dialogs + stores)', turns);
  console.log(`cases opened: ${(await stores.cases.list()).length} of 50 conversations`);

  const snapshotFolder = option('heap-snapshots');
  reportConversationMemory(await measureConversationMemory(recognizer, 10_000, snapshotFolder));
  reportStaffLatency(await measureStaffLatency());
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});

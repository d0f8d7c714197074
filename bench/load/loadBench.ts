// The load part of `npm run bench`: the same customers through the echo bot, the assistant with memory storage, with
// Redis, and two instances sharing that Redis; turns per second, latency percentiles, peak memory, Redis memory per
// conversation and the ratios to the echo bot, as a table.
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { createClient } from 'redis';
import { percentile } from '../percentile';
import { startTestRedis } from '../../test/storage/redis/redisServer';
import { DIALOG_TURNS } from './faultDialog';
import { driveCustomers, type LoadResult, type Way } from './customers';
import { startServerProcess, type BenchServer } from './serverHandle';

export interface LoadBenchOptions {
  customers: number;
  durationMs: number;
  /** Unmeasured load first, in the same run, so that every server is measured in steady traffic with its code compiled. */
  warmupMs: number;
  cpuProfileDir?: string;
}

export interface TargetFigures {
  target: string;
  way: Way;
  turnsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Per process, for several instances one figure each. */
  peakRssMb: number[];
  /** Only for Redis storage: what one more conversation (its dialog, transcript, case…) adds to Redis's memory. */
  redisKbPerConversation?: number;
}

const BOT_TODAY = '2026-11-25';
// Every customer comes from 127.0.0.1: the per-address limits would otherwise throttle the benchmark itself.
const UNLIMITED_RATES = Object.fromEntries(
  ['TOKENS', 'STARTS', 'MESSAGES'].flatMap((kind) => [`RATE_LIMIT_${kind}_PER_ADDRESS`, `RATE_LIMIT_${kind}_PER_CONVERSATION`].map((name) => [name, '1000000'])),
);

export async function runLoadBench(options: LoadBenchOptions): Promise<TargetFigures[]> {
  const figures: TargetFigures[] = [];
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'bench-load-'));
  const assistantEnv = {
    PORT: '0',
    BOT_TODAY,
    LOG_LEVEL: 'silent',
    CASE_NUMBERS_FILE: path.join(scratch, 'case-numbers.json'),
    TOKEN_SIGNING_KEY: 'a-signing-key-every-bench-instance-shares',
    ...UNLIMITED_RATES,
  };
  const profile = { cpuProfileDir: options.cpuProfileDir };
  try {
    const echo = await startServerProcess({ kind: 'echo' });
    figures.push(await measure('echo bot', [echo], 'api/messages', options, { echo: true }));
    await echo.stop();

    const inMemory = await startServerProcess({ kind: 'assistant', env: { ...assistantEnv, STORAGE: 'memory' } }, profile);
    figures.push(await measure('assistant, memory', [inMemory], 'api/messages', options));
    figures.push(await measure('assistant, memory', [inMemory], 'directline', options));
    await inMemory.stop();

    const redis = await startTestRedis();
    const redisClient = createClient({ url: redis.url });
    await redisClient.connect();
    const redisEnv = { ...assistantEnv, STORAGE: 'redis', REDIS_URL: redis.url };
    try {
      const first = await startServerProcess({ kind: 'assistant', env: redisEnv }, profile);
      figures.push(await measure('assistant, Redis', [first], 'api/messages', options, { redis: redisClient }));
      figures.push(await measure('assistant, Redis', [first], 'directline', options, { redis: redisClient }));
      const second = await startServerProcess({ kind: 'assistant', env: redisEnv }, profile);
      figures.push(await measure('assistant, Redis, 2 instances', [first, second], 'api/messages', options, { redis: redisClient }));
      await Promise.all([first.stop(), second.stop()]);
    } finally {
      await redisClient.close();
      await redis.stop();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return figures;
}

let runs = 0;

async function measure(
  target: string,
  servers: BenchServer[],
  way: Way,
  options: LoadBenchOptions,
  extra: { echo?: boolean; redis?: ReturnType<typeof createClient> } = {},
): Promise<TargetFigures> {
  const baseUrls = servers.map((server) => server.baseUrl);
  runs += 1;
  let redisBefore: Promise<number> | undefined;
  const result: LoadResult = await driveCustomers({
    baseUrls,
    way,
    echo: extra.echo === true,
    customers: options.customers,
    warmupMs: options.warmupMs,
    durationMs: options.durationMs,
    onMeasuring: () => (redisBefore = extra.redis && usedMemory(extra.redis)),
    runId: `run-${runs}`,
  });
  const redisGrowth = extra.redis && redisBefore && (await usedMemory(extra.redis)) - (await redisBefore);
  return {
    target,
    way,
    turnsPerSecond: (result.turns / result.elapsedMs) * 1000,
    p50: percentile(result.latencies, 50),
    p95: percentile(result.latencies, 95),
    p99: percentile(result.latencies, 99),
    peakRssMb: await Promise.all(servers.map(async (server) => (await server.peakRssBytes()) / 2 ** 20)),
    // Conversations begun before and cut off after the measurement are partly in it: count whole dialogs' worth of turns.
    ...(redisGrowth === undefined ? {} : { redisKbPerConversation: redisGrowth / 1024 / (result.turns / DIALOG_TURNS) }),
  };
}

async function usedMemory(redis: ReturnType<typeof createClient>): Promise<number> {
  const info = await redis.info('memory');
  const used = /^used_memory:(\d+)/m.exec(info);
  if (!used) throw new Error('INFO memory has no used_memory line');
  return Number(used[1]);
}

/** The table `npm run bench` prints, with the machine and its load, and each figure's ratio to the echo bot's. */
export function loadTable(figures: TargetFigures[], options: LoadBenchOptions, loadAverage: { before: number; after: number }): string {
  const echo = figures.find((row) => row.target === 'echo bot');
  const cpus = os.cpus();
  const lines = [
    `load: ${options.customers} concurrent customers, fault dialogs of ${DIALOG_TURNS} turns (English and Chinese alternating), ${options.durationMs / 1000} s measured per row after ${options.warmupMs / 1000} s of the same load`,
    `machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, load average ${loadAverage.before.toFixed(2)} before, ${loadAverage.after.toFixed(2)} after`,
    [
      'target'.padEnd(30),
      'way'.padEnd(13),
      'turns/s'.padStart(8),
      'p50 ms'.padStart(8),
      'p95 ms'.padStart(8),
      'p99 ms'.padStart(8),
      'peak RSS MB'.padStart(12),
      'Redis KB/conv'.padStart(14),
      '× echo turns/s'.padStart(15),
      '× echo p99'.padStart(11),
    ].join(' '),
  ];
  for (const row of figures) {
    const comparable = echo !== undefined && row !== echo && row.way === echo.way;
    lines.push(
      [
        row.target.padEnd(30),
        row.way.padEnd(13),
        row.turnsPerSecond.toFixed(0).padStart(8),
        row.p50.toFixed(1).padStart(8),
        row.p95.toFixed(1).padStart(8),
        row.p99.toFixed(1).padStart(8),
        row.peakRssMb.map((mb) => mb.toFixed(0)).join('+').padStart(12),
        (row.redisKbPerConversation === undefined ? '-' : row.redisKbPerConversation.toFixed(1)).padStart(14),
        (comparable ? (row.turnsPerSecond / echo.turnsPerSecond).toFixed(2) : '-').padStart(15),
        (comparable ? (row.p99 / echo.p99).toFixed(2) : '-').padStart(11),
      ].join(' '),
    );
  }
  return lines.join('\n');
}

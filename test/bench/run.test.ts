// `npm run bench -- --quick`: the load table keeps its rows and columns, so the benchmark cannot rot unnoticed (speed is not judged).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const PROJECT_ROOT = path.resolve(__dirname, '../..');

describe('npm run bench --quick', function () {
  this.timeout(180_000);
  let output: string;

  before(async () => {
    const run = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--quick', '--customers=2'], { cwd: PROJECT_ROOT, env: { PATH: process.env.PATH ?? '' } });
    output = run.stdout;
  });

  function row(target: string, way: string): string[] {
    const line = output.split('\n').find((candidate) => candidate.startsWith(target.padEnd(30)) && candidate.slice(31).startsWith(way.padEnd(13)));
    assert.ok(line, `a row for ${target} over ${way} in:\n${output}`);
    return line.slice(45).trim().split(/\s+/);
  }

  it('names the load, the machine and its load average', () => {
    assert.match(output, /^load: 2 concurrent customers, fault dialogs of 8 turns/m);
    assert.match(output, /^machine: \d+ × .+, Node v\d+.+, load average \d+\.\d\d before, \d+\.\d\d after$/m);
  });

  it('gives the echo bot turns per second, latency percentiles and peak memory, and no ratio to itself', () => {
    const [turns, p50, p95, p99, rss, redis, ratio, p99Ratio] = row('echo bot', 'api/messages');
    for (const figure of [turns, p50, p95, p99, rss]) assert.ok(Number(figure) > 0, `${figure} is a positive figure`);
    assert.ok(Number(p50) <= Number(p95) && Number(p95) <= Number(p99));
    assert.deepEqual([redis, ratio, p99Ratio], ['-', '-', '-']);
  });

  /** A ratio as printed (two decimals) of two figures as printed (rounded to `step`). */
  function assertRatio(printed: string, numerator: string, denominator: string, step: number, what: string): void {
    const ratio = Number(numerator) / Number(denominator);
    const rounding = 0.005 + ratio * (step / 2 / Number(numerator) + step / 2 / Number(denominator));
    assert.ok(Math.abs(Number(printed) - ratio) <= rounding, `${what}: ${printed} against ${numerator} / ${denominator}`);
  }

  it('compares the assistant on /api/messages with the echo bot, with memory storage and with Redis', () => {
    const [echoTurns, , , echoP99] = row('echo bot', 'api/messages');
    for (const target of ['assistant, memory', 'assistant, Redis', 'assistant, Redis, 2 instances']) {
      const [turns, , , p99, , , ratio, p99Ratio] = row(target, 'api/messages');
      assertRatio(ratio, turns, echoTurns, 1, `${target}: turns/s against the echo bot`);
      assertRatio(p99Ratio, p99, echoP99, 0.1, `${target}: p99 against the echo bot`);
    }
  });

  it('gives Redis memory per conversation for the Redis rows only', () => {
    assert.equal(row('assistant, memory', 'api/messages')[5], '-');
    for (const [target, way] of [['assistant, Redis', 'api/messages'], ['assistant, Redis', 'directline'], ['assistant, Redis, 2 instances', 'api/messages']]) {
      assert.ok(Number(row(target, way)[5]) > 0, `${target} over ${way} has a Redis figure`);
    }
  });

  it('measures Direct Line and two instances sharing Redis, one peak memory per instance', () => {
    for (const target of ['assistant, memory', 'assistant, Redis']) assert.ok(Number(row(target, 'directline')[0]) > 0);
    assert.match(row('assistant, Redis, 2 instances', 'api/messages')[4], /^\d+\+\d+$/);
  });
});

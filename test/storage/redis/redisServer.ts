// Starts a real redis-server for tests, on a free loopback port in a temporary directory: persisting nothing, or, for
// fault tests, an append-only file synced on every write, so it can be killed and started again with its data.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const READY_TIMEOUT_MS = 10_000;

export interface TestRedis {
  url: string;
  stop(): Promise<void>;
  /** kill -9: gone at once, keeping only what its append-only file holds. */
  kill(): Promise<void>;
  /** Starts it again on the same port and directory, after `kill`. */
  restart(): Promise<void>;
}

export async function startTestRedis(options: { durable?: boolean } = {}): Promise<TestRedis> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'test-redis-'));
  const persistence = options.durable === true ? ['--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no'];
  const launch = async () => {
    const launched = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', ...persistence], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await readyOrFail(launched);
    return launched;
  };
  let server = await launch();
  const end = async (signal: NodeJS.Signals) => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill(signal);
    await exited;
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      await end('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
    kill: () => end('SIGKILL'),
    restart: async () => {
      server = await launch();
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function readyOrFail(server: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const fail = (error: Error) => {
      clearTimeout(timer);
      server.kill('SIGKILL');
      reject(error);
    };
    const timer = setTimeout(() => fail(new Error(`redis-server not ready in ${READY_TIMEOUT_MS} ms:\n${output}`)), READY_TIMEOUT_MS);
    const exitedEarly = (code: number | null) => fail(new Error(`redis-server exited with ${code}:\n${output}`));
    server.once('error', (error) => fail(new Error(`cannot run redis-server (is it installed?): ${error.message}`)));
    server.once('exit', exitedEarly);
    const watchForReady = (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes('Ready to accept connections')) return;
      clearTimeout(timer);
      server.off('exit', exitedEarly);
      // Still drained, so a chatty server never blocks on a full pipe.
      server.stdout?.off('data', watchForReady).resume();
      resolve();
    };
    server.stdout?.on('data', watchForReady);
    server.stderr?.resume();
  });
}

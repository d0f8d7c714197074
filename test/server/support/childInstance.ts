// Runs the assistant as a real child process (the same entry point as `npm start`, through tsx), so a test can kill -9 it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

const PROJECT_ROOT = path.resolve(__dirname, '../../..');
const READY_TIMEOUT_MS = 60_000;

export interface ChildInstance {
  baseUrl: string;
  /** kill -9: no shutdown, no cleanup, whatever it was doing. */
  kill(): Promise<void>;
  /** SIGTERM, the graceful stop. */
  stop(): Promise<void>;
}

export async function startChildInstance(env: Record<string, string>): Promise<ChildInstance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: PROJECT_ROOT,
    // Only what the test names, plus PATH: nothing from the developer's own environment leaks in.
    env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the instance did not start in ${READY_TIMEOUT_MS} ms:\n${stderr}`)), READY_TIMEOUT_MS);
    void exited.then(() => reject(new Error(`the instance exited during start-up:\n${stderr}`)));
    // Log lines are JSON; the start-up line names the port the system picked.
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const entry = JSON.parse(line) as { port?: number; storage?: string };
      if (entry.port !== undefined && entry.storage !== undefined) {
        clearTimeout(timer);
        resolve(entry.port);
      }
    });
  });
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { baseUrl: `http://127.0.0.1:${port}`, kill: () => end('SIGKILL'), stop: () => end('SIGTERM') };
}

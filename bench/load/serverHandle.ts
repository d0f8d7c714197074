// Starts bench/load/serverProcess.ts as a child process and speaks to it: where it listens, its peak memory, stop.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { ServerAnswer, ServerRequest } from './serverProcess';

export interface BenchServer {
  baseUrl: string;
  /** The highest resident set size the process reached so far. */
  peakRssBytes(): Promise<number>;
  stop(): Promise<void>;
}

export interface ServerProcessOptions {
  /** Folder for a `--cpu-prof` profile of the process (written when it stops); unset: not profiled. */
  cpuProfileDir?: string;
}

export async function startServerProcess(request: Extract<ServerRequest, { kind: 'assistant' | 'echo' }>, options: ServerProcessOptions = {}): Promise<BenchServer> {
  const profiling = options.cpuProfileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`];
  const child = fork(path.join(__dirname, 'serverProcess.ts'), [], { execArgv: ['--import', 'tsx', ...profiling], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const listening = await ask(child, request, 'listening');
  return {
    baseUrl: `http://127.0.0.1:${listening.port}`,
    peakRssBytes: async () => (await ask(child, { kind: 'usage' }, 'usage')).maxRssKb * 1024,
    stop: async () => {
      child.send({ kind: 'stop' } satisfies ServerRequest);
      await exited;
    },
  };
}

function ask<K extends ServerAnswer['kind']>(child: ChildProcess, request: ServerRequest, kind: K): Promise<Extract<ServerAnswer, { kind: K }>> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the bench server exited (${code}) before answering "${request.kind}"`));
    const onMessage = (message: ServerAnswer) => {
      if (message.kind !== kind) return;
      child.off('message', onMessage).off('exit', onExit);
      resolve(message as Extract<ServerAnswer, { kind: K }>);
    };
    child.on('message', onMessage).once('exit', onExit);
    child.send(request);
  });
}

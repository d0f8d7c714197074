// Starting and stopping the assistant as an operator does: bad data stops start-up with its location, SIGTERM stops cleanly.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { start } from '../../src/index';

const ROOT = path.join(__dirname, '../..');

describe('Assistant start-up', function () {
  this.timeout(120000);

  it('refuses to start on a malformed registry row, naming file, line and column', async () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'registry-'));
    const file = path.join(directory, 'registry.csv');
    const demo = readFileSync(path.join(ROOT, 'data/demo-registry.csv'), 'utf8').trim().split('\n');
    demo[3] = demo[3].replace(/,\d{4}-\d{2}-\d{2},/, ',2024-02-30,');
    writeFileSync(file, `${demo.join('\n')}\n`);
    await assert.rejects(start({ PORT: '0', PRODUCT_REGISTRY: file, LOG_LEVEL: 'silent' }), (error: Error) => {
      assert.match(error.message, new RegExp(`${file.replace(/[.\\/]/g, '\\$&')}:4:4`));
      assert.match(error.message, /purchase_date/);
      return true;
    });
  });

  it('refuses to start on a bad variable, naming it', async () => {
    await assert.rejects(start({ PORT: 'eighty', LOG_LEVEL: 'silent' }), /PORT/);
  });

  it('serves from the compiled JavaScript, as npm start runs it, and stops cleanly on SIGTERM', async () => {
    // `npm test` builds dist/ first, as `npm start` does.
    const child = spawn(process.execPath, ['dist/src/index.js'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', BOT_TODAY: '2026-11-25', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const listening = new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on (http:\/\/localhost:\d+)/.exec(output);
        if (match) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${output}`)));
    });
    const url = await listening;
    assert.equal((await fetch(`${url}/healthz`)).status, 200);
    assert.match(output, /"level":40.*STORAGE=memory.*lost on restart/);
    for (const line of output.trim().split('\n')) assert.doesNotThrow(() => JSON.parse(line), `log lines are JSON: ${line}`);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });
});

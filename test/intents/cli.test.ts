import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const REPO = path.join(__dirname, '..', '..');

function runNlu(args: string[], input = '') {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'intents', 'cli.ts'), ...args], {
    cwd: REPO,
    input,
    encoding: 'utf8',
    env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' },
  });
}

describe('nlu command', function nluCommand() {
  // Each case starts a process that trains the recognizer.
  this.timeout(120000);

  it('names a bad line on stderr and still answers the others, in order', () => {
    const input = ['{"text":"hello"}', 'this is not json', '{"text":"bye, thanks"}'].join('\n');
    const result = runNlu(['predict', '--today', '2025-11-20'], input);
    assert.match(result.stderr, /stdin:2: not valid JSON/);
    const answers = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { text: string });
    assert.deepEqual(answers.map((answer) => answer.text), ['hello', 'bye, thanks']);
  });

  it('crossfits a fresh classifier on any labels', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'nlu-crossfit-'));
    const train = path.join(directory, 'train.jsonl');
    const test = path.join(directory, 'test.jsonl');
    writeFileSync(
      train,
      [
        { text: 'when is the next train to the airport', intent: 'DepartureTime' },
        { text: 'what time does the bus leave', intent: 'DepartureTime' },
        { text: 'how do I get from home to the station', intent: 'FindConnection' },
        { text: 'find me a connection to the city centre', intent: 'FindConnection' },
      ]
        .map((line) => JSON.stringify(line))
        .join('\n'),
    );
    writeFileSync(test, [{ text: 'when does the next train leave' }, { text: 'connection from the station to home' }].map((line) => JSON.stringify(line)).join('\n'));
    const result = runNlu(['crossfit', train, test]);
    const intents = result.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { intent: string }).intent);
    assert.deepEqual(intents, ['DepartureTime', 'FindConnection']);
  });

  it('scores symptoms on the lines that name a fault apart from all lines', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'nlu-eval-'));
    const labelled = path.join(directory, 'labelled.jsonl');
    writeFileSync(
      labelled,
      [
        { text: 'hello there', intent: 'greet' },
        { text: 'thanks, bye', intent: 'goodbye' },
        { text: 'my camera keeps rebooting', intent: 'report_fault', symptom: 'power' },
      ]
        .map((line) => JSON.stringify(line))
        .join('\n'),
    );
    const result = runNlu(['eval', labelled, '--today', '2025-11-20']);
    assert.match(result.stdout, /^fault-line symptom accuracy \d\.\d{4} \(1 examples\)$/mu);
  });
});

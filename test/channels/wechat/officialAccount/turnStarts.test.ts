import assert from 'node:assert/strict';
import { TurnStarts } from '../../../../src/channels/wechat/officialAccount/turnStarts';

const nextPass = () => new Promise((resolve) => setImmediate(resolve));

async function until(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('TurnStarts', () => {
  it('starts queued turns in order, one per pass of the event loop', async () => {
    const starts = new TurnStarts();
    const started: number[] = [];
    for (const n of [1, 2, 3]) starts.add(() => started.push(n));
    assert.deepEqual(started, []);
    await nextPass();
    assert.deepEqual(started, [1]);
    await until(() => started.length === 3);
    assert.deepEqual(started, [1, 2, 3]);
  });

  it('keeps a turn back while a push is being answered, and starts it once the push is answered', async () => {
    const starts = new TurnStarts();
    const started: string[] = [];
    const answered = starts.answering();
    starts.add(() => started.push('turn'));
    await nextPass();
    await nextPass();
    assert.deepEqual(started, []);
    answered();
    await nextPass();
    assert.deepEqual(started, ['turn']);
  });

  it('starts a turn anyway when pushes keep it back too long', async () => {
    const starts = new TurnStarts();
    const started: string[] = [];
    starts.answering();
    starts.add(() => started.push('turn'));
    await until(() => started.length === 1);
  });
});

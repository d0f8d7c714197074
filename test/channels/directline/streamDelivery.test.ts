import assert from 'node:assert/strict';
import { setImmediate as tick } from 'node:timers/promises';
import { StreamDelivery, type ActivitySet } from '../../../src/channels/directline/streamDelivery';
import { createMemoryStores } from '../../../src/storage/memory';
import type { TranscriptStore } from '../../../src/storage/types';

describe('StreamDelivery', () => {
  let transcripts: TranscriptStore;
  let sent: ActivitySet[];

  async function store(text: string): Promise<{ index: number; activity: Record<string, unknown> }> {
    const activity = { type: 'message', text };
    return { index: await transcripts.append('c1', activity), activity };
  }

  function delivery(startAt: number, pageSize = 100): StreamDelivery {
    return new StreamDelivery('c1', startAt, transcripts, async (set) => void sent.push(set), (error) => assert.fail(String(error)), pageSize);
  }

  beforeEach(() => {
    transcripts = createMemoryStores().transcripts;
    sent = [];
  });

  it('replays what was stored after the watermark as one set', async () => {
    await store('a');
    await store('b');
    await store('c');
    delivery(1).replay();
    await tick();
    assert.deepEqual(sent, [{ activities: [{ type: 'message', text: 'b' }, { type: 'message', text: 'c' }], watermark: '3' }]);
  });

  it('replays a long history in sets of at most a page, in order', async () => {
    for (const text of ['a', 'b', 'c', 'd', 'e']) await store(text);
    delivery(0, 2).replay();
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(
      sent.map((set) => [set.activities.map((activity) => activity.text).join(''), set.watermark]),
      [['ab', '2'], ['cd', '4'], ['e', '5']],
    );
  });

  it('skips a feed message it already replayed', async () => {
    const a = await store('a');
    const stream = delivery(0);
    stream.replay();
    stream.receive({ kind: 'stored', ...a });
    await tick();
    assert.deepEqual(sent.map((set) => set.watermark), ['1']);
  });

  it('reads a missed activity back from the transcript when the feed skips ahead', async () => {
    const stream = delivery(0);
    await store('a');
    const b = await store('b');
    stream.receive({ kind: 'stored', ...b });
    await tick();
    assert.deepEqual(sent, [{ activities: [{ type: 'message', text: 'a' }, { type: 'message', text: 'b' }], watermark: '2' }]);
  });

  it('sends typing without a watermark so the client keeps its place', async () => {
    const stream = delivery(0);
    stream.receive({ kind: 'transient', activity: { type: 'typing' } });
    await tick();
    assert.deepEqual(sent, [{ activities: [{ type: 'typing' }] }]);
  });
});

// What the log holds after a turn fails deep in a dialog: the error and the dialog, never the customer's words or ids.
import assert from 'node:assert/strict';
import path from 'node:path';
import { Writable } from 'node:stream';
import { TestAdapter, type Activity } from 'botbuilder';
import { assistantServices, createAssistant } from '../../src/assistant';
import { createLogger, conversationRef } from '../../src/observability/logger';
import { createMetrics } from '../../src/observability/metrics';
import { loadProductRegistry } from '../../src/registry/productRegistry';
import { loadServiceCenters } from '../../src/registry/serviceCenters';
import { createMemoryStores } from '../../src/storage/memory';
import type { ProductRegistry } from '../../src/domain/product';
import { recognizer } from '../dialogs/conversationHarness';

const DATA = path.join(__dirname, '../../data');

describe('The log of a failed turn', function () {
  this.timeout(120000);

  it('names the error and the dialog it failed in, without the dialog state, the customer’s words or the conversation id', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().trim().split('\n'));
        done();
      },
    });
    const registry = loadProductRegistry(path.join(DATA, 'demo-registry.csv'));
    const brokenRegistry: ProductRegistry = {
      models: () => registry.models(),
      categoryOfModel: (model) => registry.categoryOfModel(model),
      findBySerial: () => {
        throw new Error('registry unavailable');
      },
    };
    const stores = createMemoryStores();
    const services = assistantServices({
      recognizer: recognizer(),
      registry: brokenRegistry,
      centers: loadServiceCenters(path.join(DATA, 'demo-service-centers.csv')),
      stores,
      clock: { today: () => '2026-11-25', now: () => new Date('2026-11-25T08:00:00Z') },
    });
    const assistant = createAssistant(services, stores, createLogger('info', destination), createMetrics());
    const adapter = new TestAdapter((context) => assistant.bot.run(context));
    assistant.attach(adapter, 'test');

    const words = 'Zhang Sanfeng here, 13912345678: my camera fell in the fish pond and shows no video';
    const anyReply = (activity: Partial<Activity>) => assert.ok(activity.type);
    await adapter.send(words).assertReply(anyReply);
    await adapter.send('my serial is NPC21A00012345').assertReply(anyReply);

    const failures = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.msg === 'turn failed');
    assert.ok(failures.length >= 1, `a failed turn is logged: ${lines.join('\n')}`);
    const logged = lines.join('\n');
    const failure = failures[0].failure as Record<string, unknown>;
    assert.equal(failure.message, 'registry unavailable');
    assert.equal(typeof failure.dialog, 'string');
    assert.equal(failures[0].conversation, conversationRef(adapter.conversation.conversation.id));
    for (const secret of ['Zhang', '13912345678', 'fish pond', 'NPC21A00012345', adapter.conversation.conversation.id]) {
      assert.ok(!logged.includes(secret), `the log does not contain "${secret}"`);
    }
  });
});

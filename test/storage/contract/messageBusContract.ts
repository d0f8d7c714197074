// What every MessageBus must do: deliver JSON copies per topic, in order, until unsubscribed, despite failing handlers.
import assert from 'node:assert/strict';
import type { Stores } from '../../../src/storage/types';
import { MessageCollector } from './messageCollector';
import { uniqueName } from './uniqueName';

export function describeMessageBusContract(stores: () => Stores): void {
  describe('bus', () => {
    const reply = { type: 'message', text: '您好，我是售后助手', attachments: [] as string[] };

    it('delivers a published message to every subscriber of its topic', async () => {
      const topic = uniqueName('topic');
      const first = await MessageCollector.subscribe(stores().bus, topic);
      const second = await MessageCollector.subscribe(stores().bus, topic);
      await stores().bus.publish(topic, reply);
      assert.deepEqual(await first.collector.waitForCount(1), [reply]);
      assert.deepEqual(await second.collector.waitForCount(1), [reply]);
    });

    it('delivers the messages of a topic in the order they were published', async () => {
      const topic = uniqueName('topic');
      const { collector } = await MessageCollector.subscribe(stores().bus, topic);
      const published = Array.from({ length: 10 }, (_, i) => ({ sequence: i }));
      for (const message of published) await stores().bus.publish(topic, message);
      assert.deepEqual(await collector.waitForCount(10), published);
    });

    it('delivers to a subscriber only what was published after it subscribed', async () => {
      const topic = uniqueName('topic');
      const early = await MessageCollector.subscribe(stores().bus, topic);
      await stores().bus.publish(topic, { n: 1 });
      const late = await MessageCollector.subscribe(stores().bus, topic);
      await stores().bus.publish(topic, { n: 2 });
      // In publish order: once the early subscriber has the second message, the late one has all it will get.
      assert.deepEqual(await early.collector.waitForCount(2), [{ n: 1 }, { n: 2 }]);
      assert.deepEqual(await late.collector.waitForCount(1), [{ n: 2 }]);
    });

    it('gives every subscriber its own copy, untouched by the publisher or other subscribers', async () => {
      const topic = uniqueName('topic');
      const subscribeMarking = async (mark: string) => {
        const collector = new MessageCollector();
        await stores().bus.subscribe(topic, (message) => {
          (message as typeof reply).attachments.push(mark);
          collector.handler(message);
        });
        return collector;
      };
      const firstMarker = await subscribeMarking('first');
      const onlooker = await MessageCollector.subscribe(stores().bus, topic);
      const secondMarker = await subscribeMarking('second');
      const published = structuredClone(reply);
      await stores().bus.publish(topic, published);
      published.text = 'changed after publishing';
      assert.deepEqual(await firstMarker.waitForCount(1), [{ ...reply, attachments: ['first'] }]);
      assert.deepEqual(await secondMarker.waitForCount(1), [{ ...reply, attachments: ['second'] }]);
      assert.deepEqual(await onlooker.collector.waitForCount(1), [reply]);
    });

    it('keeps topics apart', async () => {
      const escalations = uniqueName('escalations');
      const replies = uniqueName('replies');
      const escalationSubscriber = await MessageCollector.subscribe(stores().bus, escalations);
      const replySubscriber = await MessageCollector.subscribe(stores().bus, replies);
      await stores().bus.publish(replies, { text: 'reply' });
      await stores().bus.publish(escalations, { conversationId: 'c1' });
      await stores().bus.publish(replies, { text: 'end of test' });
      assert.deepEqual(await replySubscriber.collector.waitForCount(2), [{ text: 'reply' }, { text: 'end of test' }]);
      assert.deepEqual(await escalationSubscriber.collector.waitForCount(1), [{ conversationId: 'c1' }]);
    });

    it('stops delivering to a subscriber once it unsubscribes', async () => {
      const topic = uniqueName('topic');
      const leaving = await MessageCollector.subscribe(stores().bus, topic);
      const staying = await MessageCollector.subscribe(stores().bus, topic);
      await stores().bus.publish(topic, { n: 1 });
      await leaving.collector.waitForCount(1);
      await leaving.unsubscribe();
      await stores().bus.publish(topic, { n: 2 });
      // Delivery is in publish order, so once the staying subscriber has the second message, the leaving one would too.
      assert.deepEqual(await staying.collector.waitForCount(2), [{ n: 1 }, { n: 2 }]);
      assert.deepEqual(leaving.collector.messages, [{ n: 1 }]);
    });

    it('keeps delivering to the other subscribers when one handler throws', async () => {
      const topic = uniqueName('topic');
      await stores().bus.subscribe(topic, () => {
        throw new Error('a broken subscriber');
      });
      const { collector } = await MessageCollector.subscribe(stores().bus, topic);
      await stores().bus.publish(topic, { n: 1 });
      await stores().bus.publish(topic, { n: 2 });
      assert.deepEqual(await collector.waitForCount(2), [{ n: 1 }, { n: 2 }]);
    });

    it('refuses a message that JSON cannot carry', async () => {
      await assert.rejects(stores().bus.publish(uniqueName('topic'), undefined), TypeError);
    });
  });
}

// Collects what a bus subscriber receives and lets a test wait for a number of messages, since delivery is later.
import type { MessageBus } from '../../../src/storage/types';

const DELIVERY_TIMEOUT_MS = 2000;

export class MessageCollector {
  readonly messages: unknown[] = [];
  private waiters: Array<{ count: number; wake: () => void }> = [];

  /** Bound to this collector, so it can be given to `subscribe` as it is. */
  readonly handler = (message: unknown): void => {
    this.messages.push(message);
    const satisfied = this.waiters.filter((waiter) => this.messages.length >= waiter.count);
    this.waiters = this.waiters.filter((waiter) => !satisfied.includes(waiter));
    for (const waiter of satisfied) waiter.wake();
  };

  static async subscribe(bus: MessageBus, topic: string): Promise<{ collector: MessageCollector; unsubscribe: () => Promise<void> }> {
    const collector = new MessageCollector();
    const unsubscribe = await bus.subscribe(topic, collector.handler);
    return { collector, unsubscribe };
  }

  async waitForCount(count: number): Promise<unknown[]> {
    if (this.messages.length < count) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`expected ${count} messages, got ${this.messages.length} in ${DELIVERY_TIMEOUT_MS} ms`)),
          DELIVERY_TIMEOUT_MS,
        );
        this.waiters.push({ count, wake: () => (clearTimeout(timer), resolve()) });
      });
    }
    return this.messages;
  }
}

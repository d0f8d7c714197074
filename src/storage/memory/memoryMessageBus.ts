// Publish/subscribe within one process, delivering the way a network bus would: later, and as JSON copies.
import type { MessageBus } from '../types';
import { fromJson, toJson } from './storedJson';

type Handler = (message: unknown) => void;

/** Where a handler's error goes, since the publisher has already moved on when it happens. */
export type BusHandlerErrorReporter = (error: unknown, topic: string) => void;

export class MemoryMessageBus implements MessageBus {
  private readonly handlersByTopic = new Map<string, Set<Handler>>();

  constructor(private readonly reportHandlerError: BusHandlerErrorReporter) {}

  async publish(topic: string, message: unknown): Promise<void> {
    const json = toJson(message);
    const subscribers = this.handlersByTopic.get(topic);
    if (subscribers === undefined) return;
    const subscribedWhenPublished = [...subscribers];
    // Delivered after publish returns, as Redis would, so no caller comes to rely on synchronous delivery.
    setImmediate(() => {
      for (const handler of subscribedWhenPublished) {
        if (subscribers.has(handler)) this.deliver(topic, handler, json);
      }
    });
  }

  async subscribe(topic: string, handler: Handler): Promise<() => Promise<void>> {
    // Wrapped so that subscribing the same function twice gives two independent subscriptions.
    const subscription: Handler = (message) => handler(message);
    const handlers = this.handlersByTopic.get(topic) ?? new Set<Handler>();
    handlers.add(subscription);
    this.handlersByTopic.set(topic, handlers);
    return async () => {
      handlers.delete(subscription);
      if (handlers.size === 0 && this.handlersByTopic.get(topic) === handlers) this.handlersByTopic.delete(topic);
    };
  }

  /** Ends every subscription, so nothing is delivered once the stores are closed. */
  clear(): void {
    for (const handlers of this.handlersByTopic.values()) handlers.clear();
    this.handlersByTopic.clear();
  }

  private deliver(topic: string, handler: Handler, json: string): void {
    try {
      handler(fromJson(json));
    } catch (error) {
      this.reportHandlerError(error, topic);
    }
  }
}

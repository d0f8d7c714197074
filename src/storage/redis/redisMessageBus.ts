// Publish/subscribe between instances over Redis Pub/Sub: at most once, so a message published while an instance
// is disconnected is lost to it (a resumable Stream would not be; see the README).
import type { MessageBus } from '../types';
import type { BusHandlerErrorReporter } from '../memory/memoryMessageBus';
import { fromJson, toJson } from '../memory/storedJson';
import { keys } from './keys';
import type { RedisClient } from './redisClient';

type Handler = (message: unknown) => void;

export class RedisMessageBus implements MessageBus {
  /** Per topic: its handlers, and the Redis subscription they wait for before their first message can arrive. */
  private readonly topics = new Map<string, { handlers: Set<Handler>; subscribed: Promise<void> }>();

  /** `subscriber` is a connection of its own: one in subscriber mode can issue no other commands. */
  constructor(
    private readonly publisher: RedisClient,
    private readonly subscriber: RedisClient,
    private readonly reportHandlerError: BusHandlerErrorReporter,
  ) {}

  async publish(topic: string, message: unknown): Promise<void> {
    await this.publisher.publish(keys.busChannel(topic), toJson(message));
  }

  async subscribe(topic: string, handler: Handler): Promise<() => Promise<void>> {
    // Wrapped so that subscribing the same function twice gives two independent subscriptions.
    const subscription: Handler = (message) => handler(message);
    const topicSubscription = this.topics.get(topic) ?? this.subscribeTopic(topic);
    topicSubscription.handlers.add(subscription);
    await topicSubscription.subscribed;
    return async () => {
      topicSubscription.handlers.delete(subscription);
      if (topicSubscription.handlers.size === 0 && this.topics.get(topic) === topicSubscription) {
        this.topics.delete(topic);
        await this.subscriber.unsubscribe(keys.busChannel(topic));
      }
    };
  }

  // One Redis subscription per topic, fanned out here, so each handler parses its own copy.
  private subscribeTopic(topic: string): { handlers: Set<Handler>; subscribed: Promise<void> } {
    const handlers = new Set<Handler>();
    const subscribed = this.subscriber.subscribe(keys.busChannel(topic), (json) => {
      for (const handler of [...handlers]) this.deliver(topic, handler, json);
    });
    const topicSubscription = { handlers, subscribed };
    this.topics.set(topic, topicSubscription);
    return topicSubscription;
  }

  private deliver(topic: string, handler: Handler, json: string): void {
    try {
      handler(fromJson(json));
    } catch (error) {
      this.reportHandlerError(error, topic);
    }
  }
}

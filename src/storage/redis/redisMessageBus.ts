// Publish/subscribe between instances over one Redis Stream that every instance reads from its own last-seen id, so an
// instance that loses its connection for a moment resumes where it stopped instead of missing what was said meanwhile.
import type { MessageBus } from '../types';
import type { BusHandlerErrorReporter } from '../memory/memoryMessageBus';
import { fromJson, toJson } from '../memory/storedJson';
import { keys } from './keys';
import type { RedisClient } from './redisClient';

type Handler = (message: unknown) => void;

/**
 * How long entries stay in the stream: an instance cut off for longer than this misses what was trimmed meanwhile
 * (a Direct Line client then catches up from the transcript by watermark, a console from the staff event log).
 */
export const BUS_WINDOW_MS = 10 * 60_000;
/** How long one XREAD waits for news before asking again; bounds how long closing the bus can take. */
const BLOCK_MS = 2_000;
const MOST_ENTRIES_PER_READ = 500;
/** After a failed read (Redis away), wait this long before the next, so a dead server is not hammered. */
const RETRY_AFTER_FAILURE_MS = 200;

interface Subscription {
  topic: string;
  handler: Handler;
  /** The stream's last entry when it subscribed: it receives only what was published after subscribing. */
  after: StreamId;
}

/** A stream entry id `<ms>-<seq>`, comparable. */
type StreamId = readonly [bigint, bigint];

/** XREAD's reply as the client shapes it over RESP2, its default protocol; null when nothing came. */
type ReadReply = Array<{ messages: Array<{ id: string; message: Record<string, string> }> }> | null;

const START: StreamId = [0n, 0n];

function parseId(id: string): StreamId {
  const [ms = '0', seq = '0'] = id.split('-');
  return [BigInt(ms), BigInt(seq)];
}

function formatId(id: StreamId): string {
  return `${id[0]}-${id[1]}`;
}

function isAfter(a: StreamId, b: StreamId): boolean {
  return a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
}

/*
 * One stream for every topic rather than one per topic: topics are per conversation, and one XREAD over thousands of
 * keys would be refused by Redis Cluster across slots; every instance needs the staff events anyway, and filtering the
 * few conversation entries it has no subscriber for costs less than managing a read per topic.
 * No consumer group: a group hands each entry to one consumer only, and every instance must see every entry.
 */
export class RedisMessageBus implements MessageBus {
  private readonly subscriptions = new Set<Subscription>();
  private lastSeen: StreamId = START;
  private reading: Promise<void> | undefined;
  private closed = false;

  /** `reader` is a connection of its own: a blocking XREAD holds its connection until it returns. */
  constructor(
    private readonly client: RedisClient,
    private readonly reader: RedisClient,
    private readonly reportHandlerError: BusHandlerErrorReporter,
    private readonly reportReadError: (error: Error) => void,
  ) {}

  /** Starts reading after the stream's current last entry. */
  async start(): Promise<void> {
    this.lastSeen = await this.lastEntry();
    this.reading = this.readLoop();
  }

  async publish(topic: string, message: unknown): Promise<void> {
    const json = toJson(message);
    await this.client.xAdd(keys.busStream, '*', { topic, json }, { TRIM: { strategy: 'MINID', strategyModifier: '~', threshold: Date.now() - BUS_WINDOW_MS } });
  }

  async subscribe(topic: string, handler: Handler): Promise<() => Promise<void>> {
    const subscription: Subscription = { topic, handler, after: await this.lastEntry() };
    this.subscriptions.add(subscription);
    return async () => {
      this.subscriptions.delete(subscription);
    };
  }

  /** Stops reading; nothing is delivered afterwards. */
  async close(): Promise<void> {
    this.closed = true;
    this.subscriptions.clear();
    // A blocked XREAD would hold the close for up to BLOCK_MS: drop the reader's connection instead.
    this.reader.destroy();
    await this.reading;
  }

  private async lastEntry(): Promise<StreamId> {
    const [last] = await this.client.xRevRange(keys.busStream, '+', '-', { COUNT: 1 });
    return last === undefined ? START : parseId(last.id);
  }

  private async readLoop(): Promise<void> {
    // While Redis stays away every read fails: one report per outage, not five a second.
    let failing = false;
    while (!this.closed) {
      try {
        // Entry ids are Redis's clock in ms, so even a stream recreated by a Redis that lost its data continues above ours.
        const reply = (await this.reader.xRead({ key: keys.busStream, id: formatId(this.lastSeen) }, { BLOCK: BLOCK_MS, COUNT: MOST_ENTRIES_PER_READ })) as ReadReply;
        failing = false;
        for (const stream of reply ?? []) {
          for (const entry of stream.messages) this.dispatch(parseId(entry.id), entry.message);
        }
      } catch (error) {
        if (this.closed) return;
        if (!failing) this.reportReadError(error instanceof Error ? error : new Error(String(error)));
        failing = true;
        await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_FAILURE_MS));
      }
    }
  }

  private dispatch(id: StreamId, fields: Record<string, string>): void {
    this.lastSeen = id;
    const { topic, json } = fields;
    if (topic === undefined || json === undefined) return;
    for (const subscription of [...this.subscriptions]) {
      if (subscription.topic === topic && isAfter(id, subscription.after)) this.deliver(subscription, json);
    }
  }

  private deliver(subscription: Subscription, json: string): void {
    try {
      subscription.handler(fromJson(json));
    } catch (error) {
      this.reportHandlerError(error, subscription.topic);
    }
  }
}

// Builds every store on one Redis (STORAGE=redis): what instances share, and what survives a restart of any of them.
import { RedisCannedReplyStore, RedisConversationArchive } from './redisConsoleStores';
import { createClient } from 'redis';
import type { Stores } from '../types';
import type { BusHandlerErrorReporter } from '../memory/memoryMessageBus';
import { RedisActivityIndex } from './redisActivityIndex';
import { RedisCaseStore } from './redisCaseStore';
import type { RedisClient } from './redisClient';
import { RedisConversationStore } from './redisConversationStore';
import { RedisFeedbackStore } from './redisFeedbackStore';
import { RedisHitCounters } from './redisHitCounters';
import { DEFAULT_LOCK_LEASE_MS, RedisKeyedLock } from './redisKeyedLock';
import { RedisMessageBus } from './redisMessageBus';
import { RedisConsolePresence, RedisStaffAccountStore, RedisStaffEventLog, RedisStaffSessionStore, RedisTakeoverWaits } from './redisStaffStores';
import { RedisStateStorage } from './redisStateStorage';
import { RedisTranscriptStore } from './redisTranscriptStore';
import { RedisUploadStore } from './redisUploadStore';
import { createRedisOfficialAccountStores } from './redisOfficialAccountStores';

export interface RedisStoresOptions {
  /** REDIS_URL. */
  url: string;
  /** How long a conversation's state, record and transcript outlive its last activity (see `idleKeyTtlMs`). */
  conversationTtlMs: number;
  /** How many staff console events are kept for consoles that reconnect (STAFF_EVENT_LOG_SIZE). */
  staffEventLogSize: number;
  /** Stamps `updatedAt` on case updates. */
  clock?: () => Date;
  /** Receives errors thrown by bus subscribers. */
  reportBusHandlerError: BusHandlerErrorReporter;
  /** Receives connection errors; the client reconnects by itself meanwhile. */
  reportConnectionError: (error: Error) => void;
  /** How long a crashed instance's turn lock lasts (tests shorten it). */
  lockLeaseMs?: number;
}

/**
 * Longer than the idle time by a margin: the expiry sweep (at least once a minute) ends idle conversations first,
 * keeping those staff hold and the uploads a case needs; the TTL only removes what no instance was left to sweep.
 */
export function idleKeyTtlMs(conversationIdleMs: number): number {
  return conversationIdleMs + 10 * 60_000;
}

/** How long /readyz waits for Redis to answer before calling it unreachable. */
const PING_TIMEOUT_MS = 1000;

export async function createRedisStores(options: RedisStoresOptions): Promise<Stores> {
  // Commands fail at once while Redis is away instead of queueing: a customer gets an apology, not a long silence.
  const client: RedisClient = createClient({ url: options.url, disableOfflineQueue: true });
  client.on('error', options.reportConnectionError);
  const busReader = client.duplicate();
  busReader.on('error', options.reportConnectionError);
  await Promise.all([client.connect(), busReader.connect()]);
  const bus = new RedisMessageBus(client, busReader, options.reportBusHandlerError, options.reportConnectionError);
  await bus.start();
  const clock = options.clock ?? (() => new Date());
  const ttl = options.conversationTtlMs;
  return {
    state: new RedisStateStorage(client, ttl),
    cases: new RedisCaseStore(client, clock),
    feedback: new RedisFeedbackStore(client),
    conversations: new RedisConversationStore(client, ttl),
    transcripts: new RedisTranscriptStore(client, ttl),
    uploads: new RedisUploadStore(client),
    lastActivity: new RedisActivityIndex(client, ttl),
    locks: new RedisKeyedLock(client, options.lockLeaseMs ?? DEFAULT_LOCK_LEASE_MS),
    bus,
    staffAccounts: new RedisStaffAccountStore(client),
    staffSessions: new RedisStaffSessionStore(client),
    staffEvents: new RedisStaffEventLog(client, options.staffEventLogSize),
    takeoverWaits: new RedisTakeoverWaits(client),
    consolePresence: new RedisConsolePresence(client),
    cannedReplies: new RedisCannedReplyStore(client),
    conversationArchive: new RedisConversationArchive(client),
    hitCounters: new RedisHitCounters(client, clock),
    officialAccount: createRedisOfficialAccountStores(client),
    ping: () => ping(client),
    close: async () => {
      await bus.close();
      await client.close();
    },
  };
}

// Commands wait in the client's queue while it reconnects; readiness must not wait with them.
async function ping(client: RedisClient): Promise<boolean> {
  if (!client.isReady) return false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS)));
  try {
    return await Promise.race([client.ping().then((reply) => reply === 'PONG'), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

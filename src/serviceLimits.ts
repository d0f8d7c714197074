// What the assistant bounds so that one client cannot exhaust it: rates, upload quota, sockets, page size, idle time.
import { loadConfig, type Config } from './config';

/** How many requests of one kind a client address, and a conversation (its token), may make per window. */
export interface RateLimitRule {
  perAddress: number;
  perConversation: number;
}

export interface RateLimits {
  windowMs: number;
  /** /api/webchat/token, tokens/generate (per address only: they carry no conversation) and tokens/refresh. */
  tokens: RateLimitRule;
  /** Conversation starts and reconnects (which hand out stream tickets). */
  starts: RateLimitRule;
  messages: RateLimitRule;
  uploads: RateLimitRule;
}

export interface ServiceLimits {
  rates: RateLimits;
  uploadQuota: { files: number; bytes: number };
  streams: { perConversation: number; total: number; maxBufferedBytes: number };
  /** Activities per GET activities answer and per WebSocket set. */
  historyPageSize: number;
  conversationIdleMs: number;
}

export function serviceLimitsFrom(config: Config): ServiceLimits {
  return {
    rates: {
      windowMs: config.RATE_LIMIT_WINDOW_SECONDS * 1000,
      tokens: { perAddress: config.RATE_LIMIT_TOKENS_PER_ADDRESS, perConversation: config.RATE_LIMIT_TOKENS_PER_CONVERSATION },
      starts: { perAddress: config.RATE_LIMIT_STARTS_PER_ADDRESS, perConversation: config.RATE_LIMIT_STARTS_PER_CONVERSATION },
      messages: { perAddress: config.RATE_LIMIT_MESSAGES_PER_ADDRESS, perConversation: config.RATE_LIMIT_MESSAGES_PER_CONVERSATION },
      uploads: { perAddress: config.RATE_LIMIT_UPLOADS_PER_ADDRESS, perConversation: config.RATE_LIMIT_UPLOADS_PER_CONVERSATION },
    },
    uploadQuota: { files: config.UPLOAD_QUOTA_FILES, bytes: config.UPLOAD_QUOTA_MB * 1024 * 1024 },
    streams: {
      perConversation: config.STREAMS_PER_CONVERSATION,
      total: config.STREAMS_TOTAL,
      maxBufferedBytes: config.STREAM_MAX_BUFFERED_KB * 1024,
    },
    historyPageSize: config.HISTORY_PAGE_SIZE,
    conversationIdleMs: config.CONVERSATION_IDLE_MINUTES * 60 * 1000,
  };
}

/** The limits of an unconfigured server, for parts built without the composition root (tests, benchmarks). */
export function defaultServiceLimits(): ServiceLimits {
  return serviceLimitsFrom(loadConfig({}));
}

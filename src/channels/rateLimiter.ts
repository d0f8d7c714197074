// One rate-limit rule as Express middleware (express-rate-limit), counting on a pluggable store: in-process, or shared
// by every instance through the stores' hit counters.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { rateLimit, type Store } from 'express-rate-limit';
import type { HitCounters } from '../storage/types';

/**
 * A fresh counter store for the limiter called `name`. Each limiter needs one of its own (express-rate-limit refuses
 * to share one); a networked store keeps the counters of every instance under that name. Unset: in-process counters.
 */
export type RateLimitStoreFactory = (name: string) => Store;

/** Each limiter's counters under its own name in the shared hit counters. */
export function sharedCounterStores(counters: HitCounters): RateLimitStoreFactory {
  return (name) => {
    const counted = (key: string) => `${name}:${key}`;
    let windowMs = 0;
    return {
      // Keys are counted wherever the store lives, not in this process: express-rate-limit must not assume otherwise.
      localKeys: false,
      prefix: name,
      init: (options) => {
        windowMs = options.windowMs;
      },
      increment: async (key) => {
        const { hits, resetAt } = await counters.increment(counted(key), windowMs);
        return { totalHits: hits, resetTime: resetAt };
      },
      decrement: (key) => counters.decrement(counted(key)),
      resetKey: (key) => counters.reset(counted(key)),
    };
  };
}

export interface RateLimiterSpec {
  /** Unique per limiter, e.g. "directline:messages:conversation". */
  name: string;
  /** What is counted, for the refusal: "messages", "token requests". */
  what: string;
  /** Whose requests are counted, for the refusal: "from one address", "in one conversation". */
  scope: string;
  windowMs: number;
  limit: number;
  /** The counter a request adds to; `undefined` leaves it uncounted (e.g. a bad token, which the route refuses anyway). Default: the client address. */
  key?: (request: Request) => string | undefined;
  store?: RateLimitStoreFactory;
  /** Counts only requests that were refused (status 400 and up), e.g. failed sign-ins; default: every request. */
  failuresOnly?: boolean;
  /** Answers a request over the limit with a 429 in the route's own error shape. */
  refuse: (message: string, request: Request, response: Response, next: NextFunction) => void;
}

export function createRateLimiter(spec: RateLimiterSpec): RequestHandler {
  const windowSeconds = Math.round(spec.windowMs / 1000);
  const keyOf = spec.key;
  return rateLimit({
    windowMs: spec.windowMs,
    limit: spec.limit,
    // RateLimit and Retry-After headers tell a well-behaved client when to come back.
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    ...(spec.store === undefined ? {} : { store: spec.store(spec.name) }),
    skipSuccessfulRequests: spec.failuresOnly === true,
    ...(keyOf === undefined
      ? {}
      : { skip: (request: Request) => keyOf(request) === undefined, keyGenerator: (request: Request) => keyOf(request) ?? '' }),
    handler: (request, response, next) => {
      const resetTime = (request as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const retrySeconds = resetTime === undefined ? windowSeconds : Math.max(1, Math.ceil((resetTime.getTime() - Date.now()) / 1000));
      spec.refuse(
        `Too many ${spec.what} ${spec.scope}: at most ${spec.limit} every ${windowSeconds} s. Try again in ${retrySeconds} s.`,
        request,
        response,
        next,
      );
    },
  });
}

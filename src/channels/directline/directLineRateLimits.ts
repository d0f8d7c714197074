// Rate limits of the Direct Line routes, per client address and per conversation (the conversation of the verified token).
import type { Request, RequestHandler, Router } from 'express';
import type { RateLimitRule, RateLimits } from '../../serviceLimits';
import { createRateLimiter, type RateLimitStoreFactory } from '../rateLimiter';
import { DirectLineError } from './directLineError';
import type { DirectLineTokens } from './directLineTokens';

/** Registers the limiters ahead of the routes they guard: mount before the routes themselves. */
export function applyDirectLineRateLimits(api: Router, rates: RateLimits, tokens: DirectLineTokens, store?: RateLimitStoreFactory): void {
  const conversationOf = (request: Request): string | undefined => {
    const match = /^Bearer\s+(\S+)$/i.exec(request.get('authorization') ?? '');
    if (match === null) return undefined;
    try {
      return tokens.verifyConversationToken(match[1]).conversationId;
    } catch {
      return undefined;
    }
  };

  const limiters = (kind: keyof Omit<RateLimits, 'windowMs'>, what: string, perConversation: boolean): RequestHandler[] => {
    const rule: RateLimitRule = rates[kind];
    const common = { what, windowMs: rates.windowMs, store, refuse: refuseWithDirectLineError };
    const byAddress = createRateLimiter({ ...common, name: `directline:${kind}:address`, scope: 'from one address', limit: rule.perAddress });
    if (!perConversation) return [byAddress];
    const byConversation = createRateLimiter({
      ...common,
      name: `directline:${kind}:conversation`,
      scope: 'in one conversation',
      limit: rule.perConversation,
      key: conversationOf,
    });
    return [byAddress, byConversation];
  };

  api.post('/tokens/generate', ...limiters('tokens', 'token requests', false));
  api.post('/tokens/refresh', ...limiters('tokens', 'token requests', true));
  const starts = limiters('starts', 'conversation starts', true);
  api.post('/conversations', ...starts);
  api.get('/conversations/:conversationId', ...starts);
  api.post('/conversations/:conversationId/activities', ...limiters('messages', 'messages', true));
  api.post('/conversations/:conversationId/upload', ...limiters('uploads', 'uploads', true));
}

const refuseWithDirectLineError = (message: string, _request: Request, _response: unknown, next: (error: unknown) => void): void => {
  next(new DirectLineError(429, 'TooManyRequests', message));
};

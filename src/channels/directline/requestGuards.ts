// The checks every Direct Line request passes: CORS, bearer tokens and their conversation scope, body types, errors.
import { createHash, timingSafeEqual } from 'node:crypto';
import express, { type ErrorRequestHandler, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import multer from 'multer';
import type { ChannelLogger } from './channelLogger';
import type { DirectLineConversations } from './directLineConversations';
import { DirectLineError } from './directLineError';
import { MAX_ACTIVITY_BYTES } from './directLineLimits';
import type { ConversationBinding, DirectLineTokens } from './directLineTokens';

/** The binding `requireToken` or `requireConversationToken` found on the request. */
export function authorisedBinding(response: Response): ConversationBinding {
  const binding: unknown = response.locals.binding;
  if (binding === undefined) throw new Error('authorisedBinding: the route has no token check before it');
  return binding as ConversationBinding;
}

// The widget runs on other websites, whose pages call us with these headers; tokens, not cookies, authorise.
export const allowCrossOrigin: RequestHandler = (request, response, next) => {
  response.set('Access-Control-Allow-Origin', '*');
  if (request.method !== 'OPTIONS') return next();
  response.set({
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, x-ms-bot-agent, X-Requested-With, Content-Type',
    'Access-Control-Max-Age': '600',
  });
  response.status(204).end();
};

export function bearerCredential(request: Request): string {
  const header = request.get('authorization');
  if (header === undefined) throw new DirectLineError(401, 'MissingToken', 'An Authorization: Bearer header is required.');
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (match === null) throw new DirectLineError(401, 'MissingToken', 'The Authorization header must be "Bearer <token>".');
  return match[1];
}

export function requireSecret(secret: string | undefined): RequestHandler {
  return (request, _response, next) => {
    if (secret === undefined) {
      throw new DirectLineError(403, 'Forbidden', 'tokens/generate is off: no Direct Line secret is configured.');
    }
    if (!sameSecret(bearerCredential(request), secret)) {
      throw new DirectLineError(403, 'Forbidden', 'The secret is not valid.');
    }
    next();
  };
}

export function requireToken(tokens: DirectLineTokens): RequestHandler {
  return (request, response, next) => {
    response.locals.binding = tokens.verifyConversationToken(bearerCredential(request));
    next();
  };
}

/** A token opens exactly one conversation, and that conversation must have been started. */
export function requireConversationToken(tokens: DirectLineTokens, conversations: DirectLineConversations): RequestHandler {
  return asyncHandler(async (request, response, next) => {
    const binding = tokens.verifyConversationToken(bearerCredential(request));
    if (binding.conversationId !== request.params.conversationId) {
      throw new DirectLineError(403, 'Forbidden', 'This token is for another conversation.');
    }
    if (!(await conversations.exists(binding.conversationId))) {
      await conversations.requireNotEnded(binding);
      throw new DirectLineError(404, 'NotFound', 'The conversation has not been started.');
    }
    response.locals.binding = binding;
    next();
  });
}

/** Parses a JSON body of at most 256 KB; a body of another type is refused rather than ignored. */
export function jsonBody(): RequestHandler[] {
  const refuseOtherTypes: RequestHandler = (request, _response, next) => {
    if (hasBody(request) && !request.is('application/json')) {
      throw new DirectLineError(415, 'UnsupportedMediaType', 'The body must be application/json.');
    }
    next();
  };
  return [refuseOtherTypes, express.json({ limit: MAX_ACTIVITY_BYTES })];
}

export function asyncHandler(handler: (request: Request, response: Response, next: NextFunction) => Promise<void>): RequestHandler {
  return (request, response, next) => {
    handler(request, response, next).catch(next);
  };
}

export const answerUnknownRoute: RequestHandler = () => {
  throw new DirectLineError(404, 'NotFound', 'There is no such Direct Line route.');
};

/** Every failure leaves as {"error": {code, message}}; only unexpected ones are logged, and never with a token. */
export function answerErrors(logger: ChannelLogger): ErrorRequestHandler {
  return (error: unknown, request, response, _next) => {
    const known = asDirectLineError(error);
    if (known === undefined) {
      logger.error({ path: request.path, err: error instanceof Error ? error.message : String(error) }, 'directline: request failed');
    }
    const answer = known ?? new DirectLineError(500, 'ServiceError', 'Something went wrong on our side.');
    response.status(answer.status).json(answer.toBody());
  };
}

function asDirectLineError(error: unknown): DirectLineError | undefined {
  if (error instanceof DirectLineError) return error;
  if (error instanceof multer.MulterError) {
    return error.code === 'LIMIT_FILE_SIZE'
      ? new DirectLineError(413, 'MessageSizeTooBig', 'An upload may be at most 4 MB.')
      : new DirectLineError(400, 'BadArgument', `The upload is malformed: ${error.message}.`);
  }
  // body-parser marks its errors with a `type` and the HTTP status to answer.
  const type = (error as { type?: unknown } | null)?.type;
  switch (type) {
    case 'entity.parse.failed':
      return new DirectLineError(400, 'BadArgument', 'The body is not valid JSON.');
    case 'entity.too.large':
      return new DirectLineError(413, 'MessageSizeTooBig', 'An activity may be at most 256 KB.');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new DirectLineError(415, 'UnsupportedMediaType', 'The body must be UTF-8 JSON.');
    case 'request.aborted':
    case 'request.size.invalid':
      return new DirectLineError(400, 'BadArgument', 'The body arrived incomplete.');
  }
  return undefined;
}

function hasBody(request: Request): boolean {
  return request.get('transfer-encoding') !== undefined || Number(request.get('content-length') ?? 0) > 0;
}

// Comparing digests keeps the comparison constant-time whatever the lengths.
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

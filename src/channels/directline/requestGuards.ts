// The checks every Direct Line request passes: CORS, bearer tokens and their conversation scope, body types, errors.
import express, { type ErrorRequestHandler, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import multer from 'multer';
import { refuseDeeplyNestedJson } from '../../http/jsonNesting';
import type { ChannelLogger } from './channelLogger';
import type { DirectLineConversations } from './directLineConversations';
import { DirectLineError } from './directLineError';
import { storageUnavailableApology } from '../../bot/unavailableApology';
import { MAX_ACTIVITY_BYTES } from './directLineLimits';
import { newConversationBinding, type ConversationBinding, type DirectLineTokens } from './directLineTokens';
import { sameSecret } from '../../http/secrets';

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
    if (!isSecret(bearerCredential(request), secret)) {
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

/**
 * Starting a conversation takes its token or, as on Microsoft's Direct Line, the secret itself: a website backend
 * holding the secret then gets a new conversation, for a new anonymous user, and the token bound to it.
 */
export function requireTokenOrSecret(tokens: DirectLineTokens, secret: string | undefined): RequestHandler {
  return (request, response, next) => {
    const credential = bearerCredential(request);
    response.locals.binding = isSecret(credential, secret) ? newConversationBinding() : tokens.verifyConversationToken(credential);
    next();
  };
}

/**
 * A token opens exactly one conversation, and that conversation must have been started. The secret opens any started
 * one, as on Microsoft's Direct Line (directlinejs given a secret keeps sending it), speaking as its customer.
 */
export function requireConversationToken(
  tokens: DirectLineTokens,
  conversations: DirectLineConversations,
  secret: string | undefined,
): RequestHandler {
  return asyncHandler(async (request, response, next) => {
    const credential = bearerCredential(request);
    const requested = request.params.conversationId;
    const binding = isSecret(credential, secret) ? await conversations.bindingOf(requested) : tokens.verifyConversationToken(credential);
    if (binding !== undefined && binding.conversationId !== requested) {
      throw new DirectLineError(403, 'Forbidden', 'This token is for another conversation.');
    }
    if (binding !== undefined) await conversations.requireNotEnded(binding);
    if (binding === undefined || !(await conversations.exists(binding.conversationId))) {
      throw new DirectLineError(404, 'NotFound', 'The conversation has not been started.');
    }
    response.locals.binding = binding;
    next();
  });
}

/** Parses a JSON body of at most 256 KB and bounded nesting; a body of another type is refused rather than ignored. */
export function jsonBody(): RequestHandler[] {
  const refuseOtherTypes: RequestHandler = (request, _response, next) => {
    if (hasBody(request) && !request.is('application/json')) {
      throw new DirectLineError(415, 'UnsupportedMediaType', 'The body must be application/json.');
    }
    next();
  };
  return [refuseOtherTypes, express.json({ limit: MAX_ACTIVITY_BYTES }), refuseDeeplyNestedJson];
}

export function asyncHandler(handler: (request: Request, response: Response, next: NextFunction) => Promise<void>): RequestHandler {
  return (request, response, next) => {
    handler(request, response, next).catch(next);
  };
}

export const answerUnknownRoute: RequestHandler = () => {
  throw new DirectLineError(404, 'NotFound', 'There is no such Direct Line route.');
};

/**
 * Every failure leaves as {"error": {code, message}}; only unexpected ones are logged, and never with a token.
 * While the stores are unreachable the answer is a 503 whose message is the customer's apology, so a client that
 * shows errors has words for the customer and one that retries knows it may.
 */
export function answerErrors(logger: ChannelLogger, storesReachable: () => Promise<boolean>): ErrorRequestHandler {
  return (error: unknown, request, response, _next) => {
    const known = asDirectLineError(error);
    if (known !== undefined) {
      response.status(known.status).json(known.toBody());
      return;
    }
    logger.error({ path: request.path, err: error instanceof Error ? error.message : String(error) }, 'directline: request failed');
    void storesReachable().then((reachable) => {
      const answer = reachable
        ? new DirectLineError(500, 'ServiceError', 'Something went wrong on our side.')
        : new DirectLineError(503, 'ServiceError', storageUnavailableApology());
      response.status(answer.status).json(answer.toBody());
    });
  };
}

function asDirectLineError(error: unknown): DirectLineError | undefined {
  if (error instanceof DirectLineError) return error;
  if (error instanceof multer.MulterError) {
    return error.code === 'LIMIT_FILE_SIZE'
      ? new DirectLineError(413, 'MessageSizeTooBig', 'An upload may be at most 4 MB.')
      : new DirectLineError(400, 'BadArgument', `The upload is malformed: ${error.message}.`);
  }
  // Express decodes route parameters; a malformed %-escape in the path is the client's.
  if (error instanceof URIError) return new DirectLineError(400, 'BadArgument', 'The request path has a malformed %-escape.');
  // body-parser marks its errors with a `type` and the HTTP status to answer.
  const { type, status } = (error ?? {}) as { type?: unknown; status?: unknown };
  switch (type) {
    case 'entity.parse.failed':
      return new DirectLineError(400, 'BadArgument', 'The body is not valid JSON.');
    case 'entity.too.deep':
      return new DirectLineError(400, 'BadArgument', 'The body nests too deeply.');
    case 'entity.too.large':
      return new DirectLineError(413, 'MessageSizeTooBig', 'An activity may be at most 256 KB.');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new DirectLineError(415, 'UnsupportedMediaType', 'The body must be UTF-8 JSON.');
    case 'request.aborted':
    case 'request.size.invalid':
      return new DirectLineError(400, 'BadArgument', 'The body arrived incomplete.');
  }
  // The rest of body-parser's 400s, such as a body that does not inflate as its Content-Encoding says.
  if (status === 400) return new DirectLineError(400, 'BadArgument', 'The body could not be read.');
  return undefined;
}

function hasBody(request: Request): boolean {
  return request.get('transfer-encoding') !== undefined || Number(request.get('content-length') ?? 0) > 0;
}

function isSecret(credential: string, secret: string | undefined): boolean {
  return secret !== undefined && sameSecret(credential, secret);
}

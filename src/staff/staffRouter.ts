// The staff console's JSON API under /staff/api (CONTRACT §7): sign-in with an HttpOnly SameSite=Strict session cookie,
// X-CSRF-Token on every change, login attempts throttled per account and per address, errors as {error}.
import express, { type ErrorRequestHandler, type NextFunction, type Request, type RequestHandler, type Response, type Router } from 'express';
import { z } from 'zod';
import { CASE_STATUSES } from '../domain/repairCase';
import { refuseDeeplyNestedJson } from '../http/jsonNesting';
import { sameSecret } from '../http/secrets';
import { createRateLimiter, type RateLimitStoreFactory } from '../channels/rateLimiter';
import type { ConsolePresence, StaffSession } from '../storage/types';
import type { StaffAccounts } from './staffAccounts';
import { DeskError, type StaffDesk, type StaffMember } from './staffDesk';
import { StaffEventStreams } from './staffEventStream';
import type { StaffEvents } from './staffEvents';

export const STAFF_API_PATH = '/staff/api';
/** Every state-changing call carries the session's CSRF token in this header. */
export const CSRF_HEADER = 'X-CSRF-Token';
const MAX_MESSAGE_CHARACTERS = 4000;
const DEFAULT_KEEP_ALIVE_MS = 20_000;

export interface StaffLoginLimits {
  windowMs: number;
  /** Failed sign-ins per username per window. */
  failuresPerAccount: number;
  /** Failed sign-ins per client address per window. */
  failuresPerAddress: number;
}

export interface StaffApiDeps {
  accounts: StaffAccounts;
  desk: StaffDesk;
  events: StaffEvents;
  presence: ConsolePresence;
  now: () => Date;
  /** Served over HTTPS (PUBLIC_BASE_URL): the cookie is Secure and named with the __Host- prefix. */
  secureCookies: boolean;
  sessionTtlMs: number;
  loginLimits: StaffLoginLimits;
  rateLimitStore?: RateLimitStoreFactory;
  /** How often the event stream sends a keep-alive (and counts the console as present). */
  keepAliveMs?: number;
}

export interface StaffApi {
  router: Router;
  /** Ends the open event streams, so the server can close. */
  close(): void;
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const loginSchema = z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(1024) });
const messageSchema = z.object({ text: z.string().trim().min(1).max(MAX_MESSAGE_CHARACTERS) });
const quoteSchema = z.object({
  amount: z.number().positive().max(1_000_000_000),
  currency: z.string().regex(/^[A-Z]{3}$/, 'a three-letter ISO 4217 code such as CNY'),
  note: z.string().trim().max(500).default(''),
});
const caseStatusSchema = z.object({ status: z.enum(CASE_STATUSES), note: z.string().trim().max(2000).optional() });
const newUserSchema = z.object({
  username: z.string().regex(/^[a-z0-9][a-z0-9._-]{1,31}$/i, '2–32 letters, digits, dots, dashes or underscores'),
  displayName: z.string().trim().min(1).max(60),
  password: z.string().min(12, 'at least 12 characters').max(1024),
  role: z.enum(['agent', 'admin']).default('agent'),
});
const conversationFilterSchema = z.enum(['waiting', 'active', 'all']).default('all');
const caseFilterSchema = z.enum(CASE_STATUSES).optional();

export function createStaffApi(deps: StaffApiDeps): StaffApi {
  const cookieName = deps.secureCookies ? '__Host-staff_session' : 'staff_session';
  const streams = new StaffEventStreams();
  const api = express.Router();
  api.use(express.json({ limit: '16kb' }), refuseDeeplyNestedJson);

  const refuseLogin = (message: string, _request: Request, response: Response) => {
    response.status(429).json({ error: message });
  };
  const loginThrottles = [
    createRateLimiter({
      name: 'staff:login:address',
      what: 'failed sign-ins',
      scope: 'from one address',
      windowMs: deps.loginLimits.windowMs,
      limit: deps.loginLimits.failuresPerAddress,
      failuresOnly: true,
      store: deps.rateLimitStore,
      refuse: refuseLogin,
    }),
    createRateLimiter({
      name: 'staff:login:account',
      what: 'failed sign-ins',
      scope: 'for one account',
      windowMs: deps.loginLimits.windowMs,
      limit: deps.loginLimits.failuresPerAccount,
      failuresOnly: true,
      key: (request) => {
        const username: unknown = (request.body as { username?: unknown } | undefined)?.username;
        return typeof username === 'string' ? username.toLowerCase() : undefined;
      },
      store: deps.rateLimitStore,
      refuse: refuseLogin,
    }),
  ];

  api.post('/login', ...loginThrottles, handle(async (request, response) => {
    const { username, password } = parse(loginSchema, request.body);
    const signedIn = await deps.accounts.signIn(username, password);
    if (signedIn === undefined) throw new ApiError(401, 'Wrong username or password.');
    response.setHeader('Set-Cookie', sessionCookie(cookieName, signedIn.secret, Math.floor(deps.sessionTtlMs / 1000), deps.secureCookies));
    response.json(sessionAnswer(signedIn.session));
  }));

  // Everything below needs a session; every POST below needs its CSRF token too.
  api.use(handle(async (request, response, next) => {
    const secret = cookieValue(request, cookieName);
    const session = secret === undefined ? undefined : await deps.accounts.sessionFor(secret);
    if (session === undefined) throw new ApiError(401, 'Sign in first.');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const token = request.get(CSRF_HEADER);
      if (token === undefined) throw new ApiError(403, `The ${CSRF_HEADER} header is missing.`);
      if (!sameSecret(token, session.csrfToken)) throw new ApiError(403, `The ${CSRF_HEADER} header does not match this session.`);
    }
    response.locals.session = session;
    next();
  }));

  api.post('/logout', handle(async (_request, response) => {
    await deps.accounts.signOut(sessionOf(response));
    response.setHeader('Set-Cookie', sessionCookie(cookieName, '', 0, deps.secureCookies));
    response.status(204).end();
  }));

  api.get('/session', (_request, response) => {
    response.json(sessionAnswer(sessionOf(response)));
  });

  api.get('/conversations', handle(async (request, response) => {
    response.json(await deps.desk.conversations(parse(conversationFilterSchema, request.query.status, 'status')));
  }));

  api.get('/conversations/:id', handle(async (request, response) => {
    response.json(await deps.desk.conversation(request.params.id));
  }));

  api.get('/conversations/:id/transcript', handle(async (request, response) => {
    response.json(await deps.desk.transcript(request.params.id));
  }));

  api.post('/conversations/:id/takeover', handle(async (request, response) => {
    response.json(await deps.desk.takeOver(request.params.id, staffOf(response)));
  }));

  api.post('/conversations/:id/messages', handle(async (request, response) => {
    const { text } = parse(messageSchema, request.body);
    response.json(await deps.desk.sendMessage(request.params.id, staffOf(response), text));
  }));

  api.post('/conversations/:id/release', handle(async (request, response) => {
    response.json(await deps.desk.release(request.params.id, staffOf(response)));
  }));

  api.post('/conversations/:id/close', handle(async (request, response) => {
    response.json(await deps.desk.close(request.params.id, staffOf(response)));
  }));

  api.get('/cases', handle(async (request, response) => {
    response.json(await deps.desk.cases(parse(caseFilterSchema, request.query.status, 'status')));
  }));

  api.get('/cases/:id', handle(async (request, response) => {
    response.json(await deps.desk.case(request.params.id));
  }));

  api.post('/cases/:id/quote', handle(async (request, response) => {
    response.json(await deps.desk.quote(request.params.id, staffOf(response), parse(quoteSchema, request.body)));
  }));

  api.post('/cases/:id/status', handle(async (request, response) => {
    response.json(await deps.desk.setCaseStatus(request.params.id, staffOf(response), parse(caseStatusSchema, request.body)));
  }));

  api.get('/users', requireAdmin, handle(async (_request, response) => {
    response.json((await deps.accounts.list()).map(({ passwordHash: _hash, ...account }) => account));
  }));

  api.post('/users', requireAdmin, handle(async (request, response) => {
    const created = await deps.accounts.create(parse(newUserSchema, request.body));
    if (created === undefined) throw new ApiError(409, 'That username is taken.');
    const { passwordHash: _hash, ...account } = created;
    response.status(201).json(account);
  }));

  api.get('/events', handle(async (request, response) => {
    const secret = cookieValue(request, cookieName) ?? '';
    await streams.serve(request, response, {
      events: deps.events,
      presence: deps.presence,
      now: deps.now,
      sessionAlive: async () => (await deps.accounts.sessionFor(secret)) !== undefined,
      keepAliveMs: deps.keepAliveMs ?? DEFAULT_KEEP_ALIVE_MS,
    });
  }));

  api.use(() => {
    throw new ApiError(404, 'There is no such staff API route.');
  });
  api.use(answerErrors);

  return { router: express.Router().use(STAFF_API_PATH, api), close: () => streams.closeAll() };
}

const requireAdmin: RequestHandler = (_request, response, next) => {
  if (sessionOf(response).role !== 'admin') throw new ApiError(403, 'Only an administrator may do that.');
  next();
};

// Our refusals answer here; anything else (body-parser's errors, our own faults) goes on to the server's one handler.
const answerErrors: ErrorRequestHandler = (error: unknown, _request, response, next) => {
  if (error instanceof ApiError || error instanceof DeskError) {
    response.status(error.status).json({ error: error.message });
    return;
  }
  next(error);
};

function handle(handler: (request: Request, response: Response, next: NextFunction) => Promise<void>): RequestHandler {
  return (request, response, next) => {
    handler(request, response, next).catch(next);
  };
}

function parse<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, value: unknown, field?: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = [field, ...issue.path].filter((part) => part !== undefined && part !== '').join('.');
  throw new ApiError(400, `${where ? `${where}: ` : ''}${issue.message}`);
}

function sessionOf(response: Response): StaffSession {
  return response.locals.session as StaffSession;
}

function staffOf(response: Response): StaffMember {
  const { username, displayName, role } = sessionOf(response);
  return { username, displayName, role };
}

function sessionAnswer(session: StaffSession) {
  return { username: session.username, displayName: session.displayName, role: session.role, csrfToken: session.csrfToken };
}

function sessionCookie(name: string, value: string, maxAgeSeconds: number, secure: boolean): string {
  // __Host- cookies must be Secure, for the whole site (Path=/) and without a Domain.
  return `${name}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

function cookieValue(request: Request, name: string): string | undefined {
  for (const part of (request.get('cookie') ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

// The staff console's JSON API under /staff/api (CONTRACT §7): sign-in with an HttpOnly SameSite=Strict session cookie,
// X-CSRF-Token on every change, login attempts throttled per account and per address, errors as {error}.
import express, { type ErrorRequestHandler, type NextFunction, type Request, type RequestHandler, type Response, type Router } from 'express';
import { z } from 'zod';
import { CASE_STATUSES } from '../domain/repairCase';
import { refuseDeeplyNestedJson } from '../http/jsonNesting';
import { sameSecret } from '../http/secrets';
import { createRateLimiter, type RateLimitStoreFactory } from '../channels/rateLimiter';
import type { ConsolePresence, StaffAccount, StaffSession } from '../storage/types';
import type { AccountChange, StaffAccounts } from './staffAccounts';
import { CONSOLE_ONLINE_MS } from './staffQueue';
import type { CannedReplies } from './cannedReplies';
import type { DashboardFigures } from './dashboard';
import { DeskError, type StaffDesk, type StaffMember } from './staffDesk';
import { StaffEventStreams } from './staffEventStream';
import type { StaffEvents } from './staffEvents';

export const STAFF_API_PATH = '/staff/api';
/** Every state-changing call carries the session's CSRF token in this header. */
export const CSRF_HEADER = 'X-CSRF-Token';
const MAX_MESSAGE_CHARACTERS = 4000;
const DEFAULT_KEEP_ALIVE_MS = 20_000;
const DISABLED_MESSAGE = 'This account is disabled; an administrator can enable it again.';
const PATHS_BEFORE_NEW_PASSWORD: ReadonlySet<string> = new Set(['/session', '/logout', '/password']);

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
  cannedReplies: CannedReplies;
  /** The dashboard's figures, computed from the stores. */
  dashboard: () => Promise<DashboardFigures>;
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
const passwordSchema = z.string().min(12, 'at least 12 characters').max(1024);
const newUserSchema = z.object({
  username: z.string().regex(/^[a-z0-9][a-z0-9._-]{1,31}$/i, '2–32 letters, digits, dots, dashes or underscores'),
  displayName: z.string().trim().min(1).max(60),
  password: passwordSchema,
  role: z.enum(['agent', 'admin']).default('agent'),
});
const passwordResetSchema = z.object({ password: passwordSchema });
const passwordChangeSchema = z.object({ currentPassword: z.string().min(1).max(1024), newPassword: passwordSchema });
const preferencesSchema = z.object({ sound: z.boolean().optional(), desktop: z.boolean().optional() }).strict();
const searchSchema = z.string().trim().min(2, 'at least 2 characters').max(100);
const cannedTextSchema = z.string().trim().min(1).max(MAX_MESSAGE_CHARACTERS);
const cannedReplySchema = z.object({ title: z.string().trim().min(1).max(80), text: z.object({ en: cannedTextSchema, zh: cannedTextSchema }) });
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
    if (signedIn.kind === 'wrong') throw new ApiError(401, 'Wrong username or password.');
    if (signedIn.kind === 'disabled') throw new ApiError(403, DISABLED_MESSAGE);
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
    // After a password reset only choosing a new one (or leaving) is allowed.
    if (session.mustChangePassword === true && !PATHS_BEFORE_NEW_PASSWORD.has(request.path)) throw new ApiError(403, 'Choose a new password first.');
    response.locals.session = session;
    next();
  }));

  api.post('/password', handle(async (request, response) => {
    const { currentPassword, newPassword } = parse(passwordChangeSchema, request.body);
    const changed = await deps.accounts.changePassword(sessionOf(response), currentPassword, newPassword);
    if (changed === undefined) throw new ApiError(400, 'currentPassword: that is not your current password');
    response.json(sessionAnswer(changed));
  }));

  api.post('/logout', handle(async (_request, response) => {
    await deps.accounts.signOut(sessionOf(response));
    response.setHeader('Set-Cookie', sessionCookie(cookieName, '', 0, deps.secureCookies));
    response.status(204).end();
  }));

  api.get('/session', (_request, response) => {
    response.json(sessionAnswer(sessionOf(response)));
  });

  api.get('/preferences', handle(async (_request, response) => {
    response.json(await deps.accounts.notificationPreferences(sessionOf(response).username));
  }));

  api.put('/preferences', handle(async (request, response) => {
    response.json(await deps.accounts.setNotificationPreferences(sessionOf(response).username, parse(preferencesSchema, request.body)));
  }));

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

  api.get('/dashboard', handle(async (_request, response) => {
    response.json(await deps.dashboard());
  }));

  api.get('/search', handle(async (request, response) => {
    response.json(await deps.desk.search(parse(searchSchema, request.query.q, 'q')));
  }));

  api.get('/conversations/:id/canned-replies', handle(async (request, response) => {
    response.json(await deps.cannedReplies.forConversation(request.params.id));
  }));

  api.get('/canned-replies', handle(async (_request, response) => {
    response.json(await deps.cannedReplies.list());
  }));

  api.post('/canned-replies', requireAdmin, handle(async (request, response) => {
    response.status(201).json(await deps.cannedReplies.create(parse(cannedReplySchema, request.body), sessionOf(response).username));
  }));

  api.put('/canned-replies/:id', requireAdmin, handle(async (request, response) => {
    response.json(await deps.cannedReplies.update(request.params.id, parse(cannedReplySchema, request.body), sessionOf(response).username));
  }));

  api.delete('/canned-replies/:id', requireAdmin, handle(async (request, response) => {
    await deps.cannedReplies.delete(request.params.id);
    response.status(204).end();
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
    const sightings = new Map((await deps.presence.lastSeenBy()).map(({ username, at }) => [username, at]));
    const now = deps.now().getTime();
    response.json((await deps.accounts.list()).map((account) => {
      const seen = sightings.get(account.username);
      return { ...accountAnswer(account), lastSeenAt: seen?.toISOString() ?? null, online: seen !== undefined && now - seen.getTime() <= CONSOLE_ONLINE_MS };
    }));
  }));

  api.post('/users/:username/disable', requireAdmin, handle(async (request, response) => {
    const account = accountChanged(await deps.accounts.setDisabled(request.params.username, true, sessionOf(response).username));
    await deps.events.publish('account.sessions_ended', { username: account.username, reason: 'disabled' });
    response.json(accountAnswer(account));
  }));

  api.post('/users/:username/enable', requireAdmin, handle(async (request, response) => {
    response.json(accountAnswer(accountChanged(await deps.accounts.setDisabled(request.params.username, false, sessionOf(response).username))));
  }));

  api.post('/users/:username/password', requireAdmin, handle(async (request, response) => {
    const { password } = parse(passwordResetSchema, request.body);
    const account = accountChanged(await deps.accounts.resetPassword(request.params.username, password, sessionOf(response).username));
    await deps.events.publish('account.sessions_ended', { username: account.username, reason: 'password_reset' });
    response.json(accountAnswer(account));
  }));

  api.post('/users', requireAdmin, handle(async (request, response) => {
    const created = await deps.accounts.create(parse(newUserSchema, request.body));
    if (created === undefined) throw new ApiError(409, 'That username is taken.');
    response.status(201).json(accountAnswer(created));
  }));

  api.get('/events', handle(async (request, response) => {
    const secret = cookieValue(request, cookieName) ?? '';
    await streams.serve(request, response, {
      events: deps.events,
      presence: deps.presence,
      now: deps.now,
      username: sessionOf(response).username,
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

/** The account as the API shows it: never its password hash; both flags always present. */
function accountAnswer({ passwordHash: _hash, ...account }: StaffAccount) {
  return { ...account, disabled: account.disabled === true, mustChangePassword: account.mustChangePassword === true };
}

function accountChanged(change: AccountChange): StaffAccount {
  if (change.kind === 'unknown') throw new ApiError(404, 'There is no such staff account.');
  if (change.kind === 'self') throw new ApiError(409, 'Administrators cannot do that to their own account.');
  return change.account;
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
  return { username: session.username, displayName: session.displayName, role: session.role, csrfToken: session.csrfToken, mustChangePassword: session.mustChangePassword === true };
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

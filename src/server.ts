// The one HTTP server: Bot Framework, Direct Line and the web widget, health and metrics, all on one port.
import express, { type Express, type Router } from 'express';
import { sameSecret } from './http/secrets';
import { isDirectLocalRequest } from './http/localRequests';
import type { Metrics } from './observability/metrics';
import type { Stores } from './storage/types';

export interface ServerDeps {
  stores: Pick<Stores, 'ping'>;
  metrics: Metrics;
  /** Channel and page routers, mounted in order. */
  routers: Router[];
  /** TRUST_PROXY: how many proxies in front of us set X-Forwarded-*; unset: those headers are not believed. */
  trustProxy?: number;
  logger: { error(details: object, message: string): void };
  /** METRICS_TOKEN: the bearer token /metrics asks for; unset: /metrics answers this machine only. */
  metricsToken?: string;
}

const METRICS_REFUSAL = '/metrics answers this machine, or a request with the bearer METRICS_TOKEN.';

function mayReadMetrics(request: express.Request, token: string | undefined): boolean {
  if (token === undefined) return isDirectLocalRequest(request.socket.remoteAddress, request.headers);
  const given = /^Bearer\s+(\S+)$/i.exec(request.get('authorization') ?? '')?.[1];
  return given !== undefined && sameSecret(given, token);
}

export function createServer(deps: ServerDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  if (deps.trustProxy !== undefined) app.set('trust proxy', deps.trustProxy);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const reachable = await deps.stores.ping().catch(() => false);
    res.status(reachable ? 200 : 503).json({ status: reachable ? 'ready' : 'storage unreachable' });
  });
  app.get('/metrics', async (request, response) => {
    if (!mayReadMetrics(request, deps.metricsToken)) {
      response.status(deps.metricsToken === undefined ? 403 : 401).json({ error: METRICS_REFUSAL });
      return;
    }
    response.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
  for (const router of deps.routers) app.use(router);
  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });
  // A client's mistake, whichever router it reached, is a 4xx with a message; anything else is ours: logged, 500, no detail.
  app.use((error: unknown, request: express.Request, response: express.Response, next: express.NextFunction) => {
    // Only Express itself can end a response that has already begun.
    if (response.headersSent) return next(error);
    const answer = clientErrorOf(error);
    if (answer === undefined) {
      deps.logger.error({ path: request.path, err: error instanceof Error ? error.message : String(error) }, 'request failed');
    }
    const { status, message } = answer ?? { status: 500, message: 'internal error' };
    response.status(status).json({ error: message });
  });
  return app;
}

// body-parser's errors, by their `type`, in words a client can act on.
const BODY_ERRORS: Readonly<Record<string, { status: number; message: string }>> = {
  'entity.parse.failed': { status: 400, message: 'The body is not valid JSON.' },
  'entity.too.large': { status: 413, message: 'The body is too large.' },
  'entity.too.deep': { status: 400, message: 'The body nests too deeply.' },
  'encoding.unsupported': { status: 415, message: 'The body has a Content-Encoding this server does not accept.' },
  'charset.unsupported': { status: 415, message: 'The body must be UTF-8.' },
  'request.aborted': { status: 400, message: 'The body arrived incomplete.' },
  'request.size.invalid': { status: 400, message: 'The body arrived incomplete.' },
};

/** The 4xx a failed request deserves when the fault is the client's; undefined when it is ours. */
function clientErrorOf(error: unknown): { status: number; message: string } | undefined {
  // Express decodes route parameters with decodeURIComponent.
  if (error instanceof URIError) return { status: 400, message: 'The request path has a malformed %-escape.' };
  const { type, status, expose, message } = (error ?? {}) as { type?: unknown; status?: unknown; expose?: unknown; message?: unknown };
  if (typeof type === 'string' && type in BODY_ERRORS) return BODY_ERRORS[type];
  // http-errors marks the errors whose message is meant for the client (a body that does not inflate as declared).
  if (typeof status === 'number' && status >= 400 && status < 500 && expose === true && typeof message === 'string') {
    return { status, message };
  }
  return undefined;
}

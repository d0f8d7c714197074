// The one HTTP server: Bot Framework, Direct Line and the web widget, health and metrics, all on one port.
import express, { type Express, type Router } from 'express';
import type { Metrics } from './observability/metrics';
import type { Stores } from './storage/types';

export interface ServerDeps {
  stores: Pick<Stores, 'ping'>;
  metrics: Metrics;
  /** Channel and page routers, mounted in order. */
  routers: Router[];
}

export function createServer(deps: ServerDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const reachable = await deps.stores.ping().catch(() => false);
    res.status(reachable ? 200 : 503).json({ status: reachable ? 'ready' : 'storage unreachable' });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
  for (const router of deps.routers) app.use(router);
  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });
  // Errors answer with a message, never a stack trace.
  app.use((error: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 600 ? error.status : 500;
    res.status(status).json({ error: status === 500 ? 'internal error' : error.message });
  });
  return app;
}

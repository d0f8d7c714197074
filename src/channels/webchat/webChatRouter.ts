// The website channel's pages: the support page at /, the embed at /widget.js, their assets, and the page's token endpoint.
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import express, { type RequestHandler, type Router } from 'express';
import { LANGUAGES, type Language } from '../../domain/vocabulary';
import { defaultServiceLimits, type RateLimits } from '../../serviceLimits';
import type { ChannelLogger } from '../directline/channelLogger';
import { DirectLineTokens } from '../directline/directLineTokens';
import { createRateLimiter, type RateLimitStoreFactory } from '../rateLimiter';
import { resolveBrand, type Brand } from './brand';
import { renderChatPage, WEBCHAT_ASSET_PATH } from './chatPage';
import { renderWidgetScript } from './widgetScript';
import { ASSET_FOLDER } from './assetFolder';

export interface WebChatConfig {
  /** The same key the Direct Line routes verify tokens with. */
  tokenSigningKey: string;
  brand?: Partial<Brand>;
}

export interface WebChatDeps {
  config: WebChatConfig;
  logger: ChannelLogger;
  clock?: () => Date;
  /** Unset: the defaults of an unconfigured server. */
  rates?: RateLimits;
  /** Where rate-limit counters live; unset: in this process. */
  rateLimitStore?: RateLimitStoreFactory;
}

// Served from the installed package, never a CDN: the page must work where the internet does not.
const WEBCHAT_BUNDLE = join(dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');

const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Web Chat writes its styles at run time.
  "style-src 'self' 'unsafe-inline'",
  // blob: is how Web Chat previews and uploads a file the customer picked; cards may show pictures from anywhere.
  "img-src 'self' data: blob: https:",
  "connect-src 'self' ws: wss: blob:",
  "media-src 'self' blob:",
  // Web Chat makes thumbnails of picked photos in a worker it builds from a blob.
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Mount as `app.use(createWebChatRouter(deps))`. */
export function createWebChatRouter(deps: WebChatDeps): Router {
  const brand = resolveBrand(deps.config.brand);
  const tokens = new DirectLineTokens(deps.config.tokenSigningKey, deps.clock);
  const widgetScript = renderWidgetScript(brand);
  const router = express.Router();

  router.get('/', (request, response) => {
    const embedded = request.query.embed === '1';
    const language = typeof request.query.lang === 'string' && isLanguage(request.query.lang) ? request.query.lang : undefined;
    response
      .set({
        'Content-Security-Policy': `${PAGE_POLICY}; frame-ancestors ${embedded ? '*' : "'self'"}`,
        'Referrer-Policy': 'same-origin',
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      })
      .type('html')
      .send(renderChatPage({ brand, embedded, language }));
  });

  router.get('/widget.js', (_request, response) => {
    response.set({ 'Cache-Control': 'public, max-age=300', 'Cross-Origin-Resource-Policy': 'cross-origin' }).type('js').send(widgetScript);
  });

  // The bundled page needs no secret: each visitor gets a token for a new conversation of their own, and nothing else.
  const rates = deps.rates ?? defaultServiceLimits().rates;
  const limitTokens = createRateLimiter({
    name: 'webchat:tokens:address',
    what: 'token requests',
    scope: 'from one address',
    windowMs: rates.windowMs,
    limit: rates.tokens.perAddress,
    store: deps.rateLimitStore,
    refuse: (message, _request, response) => response.status(429).json({ error: message }),
  });
  router.post('/api/webchat/token', limitTokens, (_request, response) => {
    const issued = tokens.issueForNewConversation();
    deps.logger.info({}, 'webchat: issued a token for a new conversation');
    response.set('Cache-Control', 'no-store').json(issued);
  });

  router.get(`${WEBCHAT_ASSET_PATH}/webchat.js`, sendFile(WEBCHAT_BUNDLE, 'public, max-age=86400'));
  router.get(`${WEBCHAT_ASSET_PATH}/chat-page.js`, sendFile(join(ASSET_FOLDER, 'chat-page.js'), 'no-cache'));
  router.get(`${WEBCHAT_ASSET_PATH}/chat-page.css`, sendFile(join(ASSET_FOLDER, 'chat-page.css'), 'no-cache'));

  return router;
}

function sendFile(path: string, cacheControl: string): RequestHandler {
  // Checked at start-up: a missing asset stops the server starting rather than breaking the page later.
  statSync(path);
  return (_request, response) => response.set('Cache-Control', cacheControl).sendFile(path);
}

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

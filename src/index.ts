// The composition root: configuration → logging → data → storage → recognizer → assistant → channels → HTTP.
// Nothing else in the assistant reads process.env.
import dotenv from 'dotenv';
import http from 'node:http';
import { loadConfig, officialAccountSettings, publicBaseUrl, type Config } from './config';
import type { DestinationStream } from 'pino';
import { serviceLimitsFrom } from './serviceLimits';
import { createLogger, type Logger } from './observability/logger';
import { createMetrics } from './observability/metrics';
import { loadProductRegistry } from './registry/productRegistry';
import { loadServiceCenters } from './registry/serviceCenters';
import { createMemoryStores } from './storage/memory';
import { createRedisStores, idleKeyTtlMs } from './storage/redis';
import type { Stores } from './storage/types';
import { createRecognizer, warmUp } from '../intents/recognizer';
import { systemClock } from '../dialogs/services';
import { assistantServices, createAssistant } from './assistant';
import { createBotFrameworkAdapter, createBotFrameworkRouter } from './channels/botframework/botFrameworkChannel';
import { createServer } from './server';
import { sharedCounterStores, type RateLimitStoreFactory } from './channels/rateLimiter';
import { randomBytes } from 'node:crypto';
import { ShowTypingMiddleware } from 'botbuilder';
import { DirectLineAdapter } from './channels/directline/directLineAdapter';
import { createDirectLineRouter } from './channels/directline/directLineRouter';
import { attachDirectLineStream } from './channels/directline/directLineStream';
import type { DirectLineDeps } from './channels/directline/directLineDeps';
import { createWebChatRouter } from './channels/webchat/webChatRouter';
import { ConversationExpiry } from './bot/conversationExpiry';
import { CaseRetention } from './staff/caseRetention';
import type { AssistantServices } from '../dialogs/services';
import type { ServiceAssistant } from './bot/ServiceAssistant';
import { customerChannels, type CustomerChannels } from './staff/customerChannels';
import { StaffAccounts } from './staff/staffAccounts';
import { CannedReplies } from './staff/cannedReplies';
import { dashboardFigures } from './staff/dashboard';
import { StaffDesk } from './staff/staffDesk';
import { StaffEvents } from './staff/staffEvents';
import { createStaffApi, type StaffApi } from './staff/staffRouter';
import { createConsoleRouter } from './staff/console/consoleRouter';
// WeChat (Wechaty bridge)
import { WeChatAdapter } from './channels/wechat/weChatAdapter';
import type { WeChatMediaDeps } from './channels/wechat/media';
import type { WechatyBridge, WechatyPuppet } from './channels/wechat/wechatyBridge';
import { AttachmentLinks } from './channels/directline/attachmentLinks';
// WeChat Official Account
import { createOfficialAccountChannel } from './channels/wechat/officialAccount/officialAccountChannel';

async function createStores(config: Config, logger: Logger, conversationIdleMs: number): Promise<Stores> {
  const reportBusHandlerError = (error: unknown) => logger.error({ err: error }, 'message bus handler failed');
  if (config.STORAGE === 'redis') {
    return createRedisStores({
      url: config.REDIS_URL,
      conversationTtlMs: idleKeyTtlMs(conversationIdleMs),
      staffEventLogSize: config.STAFF_EVENT_LOG_SIZE,
      reportBusHandlerError,
      // The client reconnects by itself; /readyz says not ready meanwhile.
      reportConnectionError: (error) => logger.error({ err: error.message }, 'Redis connection error'),
    });
  }
  logger.warn('STORAGE=memory: conversations, cases and feedback live in this process only and are lost on restart');
  return createMemoryStores({
    reportBusHandlerError,
    caseNumbersFile: config.CASE_NUMBERS_FILE,
    staffEventLogSize: config.STAFF_EVENT_LOG_SIZE,
  });
}

interface StaffConsoleParts {
  stores: Stores;
  services: AssistantServices;
  bot: ServiceAssistant;
  channels: CustomerChannels;
  logger: Logger;
  /** Unset: the sign-in throttles count in this process. */
  rateLimitStore: RateLimitStoreFactory | undefined;
}

/** The staff side: accounts (the admin from STAFF_ADMIN_PASSWORD), the desk, its timers and the /staff/api routes. */
async function createStaffConsole(config: Config, parts: StaffConsoleParts): Promise<{ api: StaffApi; stop: () => void }> {
  const { stores, services, logger } = parts;
  const now = () => services.clock.now();
  const sessionTtlMs = config.STAFF_SESSION_HOURS * 60 * 60 * 1000;
  const accounts = new StaffAccounts(stores.staffAccounts, stores.staffSessions, now, sessionTtlMs);
  if (config.STAFF_ADMIN_PASSWORD !== undefined) await accounts.bootstrapAdmin(config.STAFF_ADMIN_PASSWORD);
  const events = new StaffEvents(stores.staffEvents, stores.bus, now);
  const desk = new StaffDesk({
    conversations: stores.conversations,
    cases: stores.cases,
    transcripts: stores.transcripts,
    accounts: stores.staffAccounts,
    locks: stores.locks,
    waits: stores.takeoverWaits,
    events,
    channels: parts.channels,
    resumeAssistant: (context, staffName, saidMeanwhile) => parts.bot.resumeAfterStaff(context, staffName, saidMeanwhile),
    clock: services.clock,
    timeouts: {
      reminderMs: config.STAFF_REMINDER_MINUTES * 60_000,
      returnMs: config.STAFF_RETURN_MINUTES * 60_000,
      queueNoticeMs: config.STAFF_QUEUE_NOTICE_MINUTES * 60_000,
    },
    logger,
  });
  const api = createStaffApi({
    accounts,
    desk,
    dashboard: () => dashboardFigures({ stores, now }),
    cannedReplies: new CannedReplies({ replies: stores.cannedReplies, conversations: stores.conversations, cases: stores.cases, centers: services.centers, now }),
    events,
    presence: stores.consolePresence,
    now,
    // The cookie follows where customers and staff reach us, never a request's own claim.
    secureCookies: config.PUBLIC_BASE_URL?.startsWith('https://') === true,
    sessionTtlMs,
    rateLimitStore: parts.rateLimitStore,
    loginLimits: {
      windowMs: config.STAFF_LOGIN_WINDOW_MINUTES * 60_000,
      failuresPerAccount: config.STAFF_LOGIN_FAILURES_PER_ACCOUNT,
      failuresPerAddress: config.STAFF_LOGIN_FAILURES_PER_ADDRESS,
    },
  });
  const stopSweeping = desk.startSweeping((error) => logger.error({ err: error instanceof Error ? error.message : String(error) }, 'staff timers failed; the next sweep tries again'));
  return {
    api,
    stop: () => {
      stopSweeping();
      api.close();
    },
  };
}

export interface RunningAssistant {
  server: http.Server;
  /** What the assistant persisted, for operators' tooling and end-to-end tests. */
  stores: Stores;
  stop: () => Promise<void>;
}

export interface StartOptions {
  /** Where log lines go instead of standard output (tests read them). */
  logDestination?: DestinationStream;
  /** The Wechaty puppet itself, instead of the package WECHATY_PUPPET names (tests pass the mock puppet). */
  wechatyPuppet?: WechatyPuppet;
}

export async function start(env: Record<string, string | undefined>, options: StartOptions = {}): Promise<RunningAssistant> {
  const config = loadConfig(env);
  const limits = serviceLimitsFrom(config);
  const logger = createLogger(config.LOG_LEVEL, options.logDestination);
  const metrics = createMetrics();
  const registry = loadProductRegistry(config.PRODUCT_REGISTRY);
  const centers = loadServiceCenters(config.SERVICE_CENTERS);
  const stores = await createStores(config, logger, limits.conversationIdleMs);
  // Shared by every instance when the stores are; otherwise each limiter counts in this process.
  const rateLimitStore = stores.hitCounters && sharedCounterStores(stores.hitCounters);

  const trainingStarted = Date.now();
  const recognizer = createRecognizer({ models: registry.models() });

  const services = assistantServices({ recognizer, registry, centers, stores, clock: systemClock(config.BOT_TODAY), staffHours: config.STAFF_HOURS });
  warmUp(recognizer, services.clock.today());
  logger.info({ ms: Date.now() - trainingStarted }, 'language model ready (loaded from the build, or trained when stale, and warmed up)');
  const assistant = createAssistant(services, stores, logger, metrics);

  const botFrameworkAdapter = createBotFrameworkAdapter(config, stores.transcripts);
  assistant.attach(botFrameworkAdapter, 'botframework');

  const directLineAdapter = new DirectLineAdapter({
    transcripts: stores.transcripts,
    bus: stores.bus,
    botAccount: { id: 'netposa-assistant', name: config.BRAND_NAME },
    logger,
  });
  directLineAdapter.use(new ShowTypingMiddleware());
  assistant.attach(directLineAdapter, 'directline');
  // Tokens must verify on every instance; a single in-memory instance may sign with a key of its own.
  const tokenSigningKey = config.TOKEN_SIGNING_KEY ?? randomBytes(32).toString('base64url');
  const directLine: DirectLineDeps = {
    config: { tokenSigningKey, directLineSecret: config.DIRECTLINE_SECRET, publicBaseUrl: () => publicBaseUrl(config, listeningPort()) },
    stores,
    adapter: directLineAdapter,
    bot: assistant.bot,
    logger,
    limits,
    rateLimitStore,
  };

  // WeChat (Wechaty bridge): one adapter for every WeChat way in.
  const weChatAdapter = new WeChatAdapter({
    bot: (context) => assistant.bot.run(context),
    transcripts: stores.transcripts,
    botAccount: { id: 'netposa-assistant', name: config.BRAND_NAME },
    logger,
  });
  assistant.attach(weChatAdapter, 'wechat');
  const weChatMedia: WeChatMediaDeps = {
    uploads: stores.uploads,
    quota: limits.uploadQuota,
    links: new AttachmentLinks(tokenSigningKey),
    publicBaseUrl: () => publicBaseUrl(config, listeningPort()),
    now: () => services.clock.now(),
  };

  // WeChat Official Account: on when WECHAT_OA_APPID is set.
  const officialAccount = officialAccountSettings(config);
  const officialAccountWebhook =
    officialAccount === undefined
      ? undefined
      : createOfficialAccountChannel({
          settings: officialAccount,
          stores,
          adapter: weChatAdapter,
          events: new StaffEvents(stores.staffEvents, stores.bus, () => services.clock.now()),
          media: weChatMedia,
          now: () => services.clock.now(),
          logger,
        });
  if (officialAccount !== undefined) {
    logger.info({ safeMode: officialAccount.aesKey !== undefined, apiBase: officialAccount.apiBase }, 'WeChat Official Account: webhook on /wechat');
  }

  const staff = await createStaffConsole(config, {
    stores,
    services,
    bot: assistant.bot,
    logger,
    rateLimitStore,
    channels: customerChannels({
      directLine: (reference, logic) => directLineAdapter.continueConversation(reference, logic),
      botFramework: (reference, logic) => botFrameworkAdapter.continueConversationAsync(config.MicrosoftAppId ?? '', reference, logic),
      weChat: (reference, logic) => weChatAdapter.continueConversation(reference, logic),
    }),
  });

  const brand = { name: config.BRAND_NAME, primaryColor: config.BRAND_COLOR };
  const app = createServer({
    stores,
    metrics,
    trustProxy: config.TRUST_PROXY,
    metricsToken: config.METRICS_TOKEN,
    logger,
    routers: [
      createBotFrameworkRouter({
        adapter: botFrameworkAdapter,
        runBot: (context) => assistant.bot.run(context),
        conversations: stores.conversations,
        storesReachable: () => stores.ping(),
        appId: config.MicrosoftAppId,
        logger,
      }),
      createDirectLineRouter(directLine),
      createWebChatRouter({ config: { tokenSigningKey, brand }, logger, rates: limits.rates, rateLimitStore }),
      staff.api.router,
      createConsoleRouter({ brand, publicOrigin: () => new URL(publicBaseUrl(config, listeningPort())).origin }),
      ...(officialAccountWebhook === undefined ? [] : [officialAccountWebhook]),
    ],
  });
  const server = http.createServer(app);
  const stream = attachDirectLineStream(server, directLine);
  const expiry = new ConversationExpiry({ stores, now: () => services.clock.now(), idleMs: limits.conversationIdleMs, logger });
  expiry.start();
  const retention = new CaseRetention({
    cases: stores.cases,
    uploads: stores.uploads,
    now: () => services.clock.now(),
    retentionMs: config.CASE_RETENTION_DAYS * 24 * 60 * 60_000,
    logger,
  });
  retention.start();
  await new Promise<void>((resolve) => server.listen(config.PORT, resolve));
  const port = listeningPort();
  logger.info({ port, storage: config.STORAGE, today: services.clock.today() }, `NetPosa service assistant listening on http://localhost:${port}`);
  const wechaty = config.WECHATY_PUPPET === undefined ? undefined : await startWechatyBridge(options.wechatyPuppet ?? config.WECHATY_PUPPET);

  /** Loaded only when asked for: Wechaty is large, and the website needs none of it. */
  async function startWechatyBridge(puppet: WechatyPuppet): Promise<WechatyBridge> {
    const { WechatyBridge } = await import('./channels/wechat/wechatyBridge.js');
    const bridge = new WechatyBridge({ adapter: weChatAdapter, media: weChatMedia, puppet: () => puppet, logger });
    bridge.start();
    return bridge;
  }

  // PORT=0 lets the system pick the port; links name the one it picked.
  function listeningPort(): number {
    const address = server.address();
    return typeof address === 'object' && address ? address.port : config.PORT;
  }

  const stop = async () => {
    logger.info('shutting down');
    await wechaty?.stop();
    await expiry.stop();
    await retention.stop();
    staff.stop();
    await stream.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await stores.close();
  };
  return { server, stores, stop };
}

if (require.main === module) {
  // A .env file beside the project, if any; quiet, so that standard output holds JSON log lines only.
  dotenv.config({ quiet: true });
  start(process.env)
    .then(({ stop }) => {
      const shutdown = () => {
        stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGTERM', shutdown);
      process.once('SIGINT', shutdown);
    })
    .catch((error: Error) => {
      // Start-up problems (a bad CSV row, a bad variable) are the operator's to fix: say what, not a stack trace.
      process.stderr.write(`Cannot start: ${error.message}\n`);
      process.exit(1);
    });
}

// The Direct Line 3.0 REST API under /v3/directline, as botframework-directlinejs and Web Chat call it.
import express, { type ErrorRequestHandler, type Request, type Router } from 'express';
import { z } from 'zod';
import { attachmentDownload } from './attachmentDownload';
import type { ChannelLogger } from './channelLogger';
import type { BotLogic } from './directLineAdapter';
import { directLineParts, type DirectLineDeps } from './directLineDeps';
import { DirectLineError } from './directLineError';
import { applyDirectLineRateLimits } from './directLineRateLimits';
import type { ConversationBinding } from './directLineTokens';
import { acceptedLocale, normaliseIncomingActivity, postedActivitySchema } from './incomingActivity';
import { webSocketUrl } from './publicUrls';
import {
  allowCrossOrigin,
  answerErrors,
  answerUnknownRoute,
  asyncHandler,
  authorisedBinding,
  jsonBody,
  requireConversationToken,
  requireSecret,
  requireToken,
  requireTokenOrSecret,
} from './requestGuards';
import { uploadRoute } from './uploadedFiles';
import { refuseWhenQuotaFull } from './uploadQuota';

export const DIRECT_LINE_BASE_PATH = '/v3/directline';

const generateRequestSchema = z.object({
  user: z
    .object({
      // As on real Direct Line, a user id chosen by a website starts with "dl_".
      id: z.string().regex(/^dl_[A-Za-z0-9_-]{1,64}$/, 'a user id must look like dl_ followed by up to 64 letters, digits, _ or -').optional(),
      name: z.string().max(100).optional(),
    })
    .optional(),
});

const startRequestSchema = z.object({ locale: z.unknown().optional() });

/** Mount as `app.use(createDirectLineRouter(deps))`: the routes carry their /v3/directline prefix. */
export function createDirectLineRouter(deps: DirectLineDeps): Router {
  const { tokens, links, conversations, limits } = directLineParts(deps);
  const bot: BotLogic = (context) => deps.bot.run(context);
  const conversationScope = requireConversationToken(tokens, conversations, deps.config.directLineSecret);
  const api = express.Router();

  api.use(allowCrossOrigin);
  applyDirectLineRateLimits(api, limits.rates, tokens, deps.rateLimitStore);

  api.post('/tokens/generate', requireSecret(deps.config.directLineSecret), ...jsonBody(), (request, response) => {
    const { user } = parseBody(generateRequestSchema, request.body);
    response.json(tokens.issueForNewConversation(user));
  });

  api.post('/tokens/refresh', requireToken(tokens), asyncHandler(async (_request, response) => {
    await conversations.requireNotEnded(authorisedBinding(response));
    response.json(tokens.issueConversationToken(authorisedBinding(response)));
  }));

  api.post('/conversations', requireTokenOrSecret(tokens, deps.config.directLineSecret), ...jsonBody(), asyncHandler(async (request, response) => {
    const binding = authorisedBinding(response);
    const { locale } = parseBody(startRequestSchema, request.body);
    const outcome = await conversations.open(binding, acceptedLocale(locale));
    // A new stream starts from the first activity, or the bot's welcome would be lost.
    response.status(outcome === 'started' ? 201 : 200).json(conversationAnswer(binding, 0));
  }));

  api.get('/conversations/:conversationId', conversationScope, (request, response) => {
    response.json(conversationAnswer(authorisedBinding(response), watermarkOf(request)));
  });

  api.get(
    '/conversations/:conversationId/activities',
    conversationScope,
    asyncHandler(async (request, response) => {
      const from = watermarkOf(request);
      // One page at a time: a client follows the watermark for the rest, so no history costs one huge answer.
      const activities = await deps.stores.transcripts.list(authorisedBinding(response).conversationId, from, limits.historyPageSize);
      response.json({ activities, watermark: String(from + activities.length) });
    }),
    answerPollingFailure(deps.logger),
  );

  api.post('/conversations/:conversationId/activities', conversationScope, ...jsonBody(), asyncHandler(async (request, response) => {
    const posted = parseBody(postedActivitySchema, request.body);
    // A customer's files arrive through upload, which checks and stores them (directlinejs sends attachments there).
    // Attachments posted here could link anywhere and be shown to staff and stored on a case as if ours: refused.
    if (posted.attachments !== undefined && posted.attachments.length > 0) {
      throw new DirectLineError(400, 'BadArgument', 'Files must be sent with the upload route, not as attachments of an activity.');
    }
    const id = deps.adapter.newActivityId();
    // Web Chat only sends typing when a site turns it on; the assistant has no use for it.
    if (posted.type !== 'typing') {
      const binding = authorisedBinding(response);
      const activity = normaliseIncomingActivity(posted, { binding, botAccount: deps.adapter.botAccount, id, now: deps.adapter.now() });
      await deps.adapter.acceptActivity(activity, bot);
    }
    response.json({ id });
  }));

  api.post(
    '/conversations/:conversationId/upload',
    conversationScope,
    refuseWhenQuotaFull(deps.stores.uploads, limits.uploadQuota),
    ...uploadRoute({ adapter: deps.adapter, bot, uploads: deps.stores.uploads, links, publicBaseUrl: deps.config.publicBaseUrl, quota: limits.uploadQuota }),
  );

  api.get('/attachments/:uploadId', attachmentDownload(deps.stores.uploads, links));

  api.use(answerUnknownRoute);
  api.use(answerErrors(deps.logger, () => deps.stores.ping()));


  function conversationAnswer(binding: ConversationBinding, watermark: number) {
    return { ...tokens.issueConversationToken({ ...binding, started: true }), streamUrl: streamUrl(binding, watermark) };
  }

  function streamUrl(binding: ConversationBinding, watermark: number): string {
    const base = webSocketUrl(deps.config.publicBaseUrl());
    const ticket = tokens.issueStreamTicket(binding);
    return `${base}${DIRECT_LINE_BASE_PATH}/conversations/${encodeURIComponent(binding.conversationId)}/stream?t=${ticket}&watermark=${watermark}`;
  }

  return express.Router().use(DIRECT_LINE_BASE_PATH, api);
}

// Anything that is not a client's mistake counts as "nothing new yet": one 5xx on this GET stops directlinejs polling for good.
function answerPollingFailure(logger: ChannelLogger): ErrorRequestHandler {
  // Four parameters: that is how Express tells an error handler apart.
  return (error, request, response, next) => {
    if (error instanceof DirectLineError) return next(error);
    logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'directline: polling failed, answered empty');
    const watermark = typeof request.query.watermark === 'string' ? request.query.watermark : '';
    response.json({ activities: [], watermark });
  };
}

/** `watermark` as the client echoes it back: absent or empty means from the start. */
export function watermarkOf(request: Request): number {
  const raw = request.query.watermark;
  if (raw === undefined || raw === '') return 0;
  if (typeof raw !== 'string' || !/^\d{1,15}$/.test(raw)) {
    throw new DirectLineError(400, 'BadArgument', 'The watermark must be a whole number.');
  }
  return Number(raw);
}

function parseBody<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
  throw new DirectLineError(400, 'BadArgument', `The body is not acceptable${where}: ${issue.message}.`);
}

// The Bot Framework channel on /api/messages: Azure Bot Service channels, or the Bot Framework Emulator when no app id is set.
// It only checks who may speak and turns the wire format into an activity; botbuilder authenticates and runs the turn.
import express, { type Request, type Response, type Router } from 'express';
import { JsonWebTokenError } from 'jsonwebtoken';
import {
  CallerIdConstants,
  CloudAdapter,
  TranscriptLoggerMiddleware,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { ConversationStore, TranscriptStore } from '../../storage/types';
import { TranscriptRecorder } from '../../bot/transcriptRecorder';
import { storageUnavailableApology } from '../../bot/unavailableApology';
import type { Logger } from '../../observability/logger';
import { emulatorRefusal } from './emulatorGuard';
import { ClientReusingAuthentication } from './clientReusingAuthentication';
import { describeInvalidActivity, incomingActivitySchema, toActivity } from './incomingActivity';
import { refuseDeeplyNestedJson } from '../../http/jsonNesting';

export interface BotFrameworkSettings {
  MicrosoftAppId?: string;
  MicrosoftAppPassword?: string;
  MicrosoftAppType?: string;
  MicrosoftAppTenantId?: string;
  /** Where the channels' token signing keys are published (OpenID configuration); unset: the public Azure cloud's. */
  BotOpenIdMetadata?: string;
}

type AuthenticatedRequest = Awaited<ReturnType<ClientReusingAuthentication['authenticateRequest']>>;

// The public Azure cloud as botbuilder's AuthenticationConstants describes it. botbuilder reads any one of these settings
// as "all are given" and leaves the others empty (no token would then pass the issuer check), so a changed metadata
// address must come with the rest of them.
const PUBLIC_CLOUD = {
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  CallerId: CallerIdConstants.PublicAzureChannel,
  ValidateAuthority: true,
};

/** The CloudAdapter, with authentication and the turn as two steps so that the endpoint answers each failure itself. */
export class BotFrameworkChannelAdapter extends CloudAdapter {
  authenticate(activity: Activity, authorization: string): Promise<AuthenticatedRequest> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authorization);
  }

  runTurn(request: AuthenticatedRequest, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(request, activity, logic);
  }
}

export function createBotFrameworkAdapter(settings: BotFrameworkSettings, transcripts: TranscriptStore): BotFrameworkChannelAdapter {
  const { MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType, MicrosoftAppTenantId, BotOpenIdMetadata } = settings;
  const credentials = { MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType, MicrosoftAppTenantId };
  const options: ConfigurationBotFrameworkAuthenticationOptions = BotOpenIdMetadata ? { ...credentials, ...PUBLIC_CLOUD, BotOpenIdMetadata } : credentials;
  const adapter = new BotFrameworkChannelAdapter(new ClientReusingAuthentication(options));
  adapter.use(new TranscriptLoggerMiddleware(new TranscriptRecorder(transcripts)));
  return adapter;
}

export interface BotFrameworkRouterDeps {
  adapter: BotFrameworkChannelAdapter;
  runBot: (context: TurnContext) => Promise<void>;
  conversations: Pick<ConversationStore, 'get'>;
  /** Whether the stores answer: while they do not, a customer gets an apology instead of a turn. */
  storesReachable: () => Promise<boolean>;
  /** Unset: no channel token to check, so only the local Emulator is served. */
  appId: string | undefined;
  logger: Pick<Logger, 'warn'>;
}

export function createBotFrameworkRouter(deps: BotFrameworkRouterDeps): Router {
  const router = express.Router();
  router.post('/api/messages', express.json({ limit: '256kb' }), refuseDeeplyNestedJson, (request, response, next) => {
    receive(deps, request, response).catch(next);
  });
  return router;
}

async function receive(deps: BotFrameworkRouterDeps, request: Request, response: Response): Promise<void> {
  const parsed = incomingActivitySchema.safeParse(request.body);
  if (!parsed.success) {
    response.status(400).json({ error: describeInvalidActivity(parsed.error) });
    return;
  }
  const activity = toActivity(parsed.data);
  const emulatorProblem =
    deps.appId === undefined
      ? emulatorRefusal({ remoteAddress: request.socket.remoteAddress, headers: request.headers, channelId: activity.channelId, serviceUrl: activity.serviceUrl })
      : undefined;
  if (emulatorProblem) {
    refuse(deps, response, 403, emulatorProblem);
    return;
  }

  let authenticated: AuthenticatedRequest;
  try {
    authenticated = await deps.adapter.authenticate(activity, request.headers.authorization ?? '');
  } catch (error) {
    if (!isRefusedToken(error)) throw error;
    refuse(deps, response, 401, 'the request does not carry a valid Bot Framework token for this bot');
    return;
  }

  // Checked only once the caller is known, so that nobody learns which conversations exist by asking.
  const existing = await deps.conversations.get(activity.conversation.id).catch(async (error: unknown) => {
    if (await deps.storesReachable()) throw error;
    return 'unreachable' as const;
  });
  if (typeof existing === 'object' && existing.channel !== activity.channelId) {
    refuse(deps, response, 403, 'the conversation belongs to another channel');
    return;
  }

  // The channel is still answered, through the connector or in the reply body, and it is told nothing was taken in.
  const logic = existing === 'unreachable' ? (context: TurnContext) => context.sendActivity(storageUnavailableApology()).then(() => undefined) : deps.runBot;
  const invokeResponse = await deps.adapter.runTurn(authenticated, activity, logic);
  response.status(invokeResponse?.status ?? 200);
  if (invokeResponse?.body === undefined) response.end();
  else response.json(invokeResponse.body);
}

function refuse(deps: BotFrameworkRouterDeps, response: Response, status: 401 | 403, reason: string): void {
  deps.logger.warn({ status, reason }, 'Bot Framework request refused');
  response.status(status).json({ error: reason });
}

/**
 * botbuilder refuses a token with a 401 AuthenticationError, or lets jsonwebtoken's error through (bad signature,
 * expired); its other errors (the signing keys could not be fetched) are the server's trouble, not the caller's.
 */
function isRefusedToken(error: unknown): boolean {
  if (error instanceof JsonWebTokenError) return true;
  return typeof error === 'object' && error !== null && (error as { statusCode?: unknown }).statusCode === 401;
}

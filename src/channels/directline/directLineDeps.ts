// What the Direct Line routes and stream are built from; the composition root passes it in.
import type { TurnContext } from 'botbuilder';
import { defaultServiceLimits, type ServiceLimits } from '../../serviceLimits';
import type { Stores } from '../../storage/types';
import type { RateLimitStoreFactory } from '../rateLimiter';
import type { ChannelLogger } from './channelLogger';
import type { DirectLineAdapter } from './directLineAdapter';
import { DirectLineConversations } from './directLineConversations';
import { DirectLineTokens } from './directLineTokens';
import { AttachmentLinks } from './attachmentLinks';

export interface DirectLineConfig {
  /** HS256 key for tokens, stream tickets and attachment links; every instance must share it. */
  tokenSigningKey: string;
  /** DIRECTLINE_SECRET: a website backend's bearer for tokens/generate and conversations. Unset: only tokens work. */
  directLineSecret?: string;
  /**
   * The origin of stream and attachment links, e.g. https://support.example.com, never a request's Host (anyone can
   * send any Host). A function because the default names the port the server ends up listening on.
   */
  publicBaseUrl: () => string;
}

export interface DirectLineDeps {
  config: DirectLineConfig;
  stores: Pick<Stores, 'transcripts' | 'conversations' | 'uploads' | 'bus' | 'ping'>;
  adapter: DirectLineAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  logger: ChannelLogger;
  clock?: () => Date;
  /** Unset: the defaults of an unconfigured server. */
  limits?: ServiceLimits;
  /** Where rate-limit counters live; unset: in this process. */
  rateLimitStore?: RateLimitStoreFactory;
}

/** The stateless helpers both the routes and the stream build from the deps. */
export interface DirectLineParts {
  tokens: DirectLineTokens;
  links: AttachmentLinks;
  conversations: DirectLineConversations;
  limits: ServiceLimits;
}

export function directLineParts(deps: DirectLineDeps): DirectLineParts {
  return {
    tokens: new DirectLineTokens(deps.config.tokenSigningKey, deps.clock),
    links: new AttachmentLinks(deps.config.tokenSigningKey),
    conversations: new DirectLineConversations(deps.stores.conversations, deps.adapter, (context) => deps.bot.run(context)),
    limits: deps.limits ?? defaultServiceLimits(),
  };
}

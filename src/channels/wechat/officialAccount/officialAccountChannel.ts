// The WeChat Official Account channel, assembled: WeChat's API with the shared token, the transport registered on the
// WeChat adapter, and the webhook router it returns for the one server.
import type { Router } from 'express';
import type { OfficialAccountSettings } from '../../../config';
import type { Logger } from '../../../observability/logger';
import type { StaffEvents } from '../../../staff/staffEvents';
import type { Stores } from '../../../storage/types';
import type { WeChatMediaDeps } from '../media';
import type { WeChatAdapter } from '../weChatAdapter';
import { OfficialAccountTransport } from './officialAccountTransport';
import { WeChatApi } from './weChatApi';
import { createWebhookRouter } from './webhookRouter';

export interface OfficialAccountChannelDeps {
  settings: OfficialAccountSettings;
  stores: Pick<Stores, 'officialAccount' | 'locks' | 'conversations'>;
  adapter: WeChatAdapter;
  events: Pick<StaffEvents, 'publish'>;
  media: WeChatMediaDeps;
  now: () => Date;
  logger: Logger;
}

export function createOfficialAccountChannel(deps: OfficialAccountChannelDeps): Router {
  const { settings, stores } = deps;
  const api = new WeChatApi({ apiBase: settings.apiBase, appId: settings.appId, secret: settings.secret, tokens: stores.officialAccount.accessToken, now: deps.now });
  const transport = new OfficialAccountTransport({
    api,
    customers: stores.officialAccount.customers,
    locks: stores.locks,
    conversations: stores.conversations,
    events: deps.events,
    adapter: deps.adapter,
    media: deps.media,
    now: deps.now,
    logger: deps.logger,
  });
  deps.adapter.register(transport);
  return createWebhookRouter({ account: settings, pushes: stores.officialAccount.pushes, handle: (push) => transport.receive(push), logger: deps.logger });
}

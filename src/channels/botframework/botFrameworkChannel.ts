// The Bot Framework channel on /api/messages: Azure Bot Service channels, or the Bot Framework Emulator when no app id is set.
import express, { type Router } from 'express';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  TranscriptLoggerMiddleware,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import type { TranscriptStore } from '../../storage/types';
import { TranscriptRecorder } from '../../bot/transcriptRecorder';

export interface BotFrameworkCredentials {
  MicrosoftAppId?: string;
  MicrosoftAppPassword?: string;
  MicrosoftAppType?: string;
  MicrosoftAppTenantId?: string;
}

export function createBotFrameworkAdapter(credentials: BotFrameworkCredentials, transcripts: TranscriptStore): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication(credentials as ConfigurationBotFrameworkAuthenticationOptions);
  const adapter = new CloudAdapter(auth);
  adapter.use(new TranscriptLoggerMiddleware(new TranscriptRecorder(transcripts)));
  return adapter;
}

export function createBotFrameworkRouter(adapter: CloudAdapter, runBot: (context: TurnContext) => Promise<void>): Router {
  const router = express.Router();
  router.post('/api/messages', express.json({ limit: '256kb' }), (req, res) => adapter.process(req, res, runBot));
  return router;
}

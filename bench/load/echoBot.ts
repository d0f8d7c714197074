// The Bot Framework's canonical EchoBot (ActivityHandler, onMessage echoes) served the way its sample serves it: Express
// and CloudAdapter.process on /api/messages, no app id. The yardstick the assistant's turns are measured against.
import http from 'node:http';
import express from 'express';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } from 'botbuilder';

export class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const replyText = `Echo: ${context.activity.text}`;
      await context.sendActivity(MessageFactory.text(replyText, replyText));
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const welcomeText = 'Hello and welcome!';
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== context.activity.recipient.id) await context.sendActivity(MessageFactory.text(welcomeText, welcomeText));
      }
      await next();
    });
  }
}

export async function startEchoServer(): Promise<{ server: http.Server; stop: () => Promise<void> }> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new EchoBot();
  const app = express();
  app.use(express.json());
  app.post('/api/messages', (request, response) => {
    // The sample's own call; a failure answers 500 and the customer driver counts it.
    adapter.process(request, response, (context) => bot.run(context)).catch(() => response.headersSent || response.status(500).end());
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    },
  };
}

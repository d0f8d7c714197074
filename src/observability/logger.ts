// JSON logs (pino) that never carry passwords, tokens, secrets, customers' words or conversation ids.
import { createHash } from 'node:crypto';
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** `destination` defaults to standard output; tests pass a stream to read what was logged. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'netposa-service-assistant' },
    redact: {
      paths: ['password', '*.password', 'token', '*.token', 'secret', '*.secret', 'req.headers.authorization', 'req.headers.cookie', 'authorization', 'cookie'],
      censor: '[redacted]',
    },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}

/**
 * A conversation as logs name it: a digest that lets an operator follow one conversation across lines without the
 * log holding the id itself, which a channel may accept as the key to the conversation.
 */
export function conversationRef(conversationId: string): string {
  return createHash('sha256').update(conversationId).digest('hex').slice(0, 12);
}

/**
 * What a failed turn's log line may say: the error and the dialogs it happened in. Never the dialog state that
 * botbuilder-dialogs attaches to its errors, which holds the customer's own words and contact details.
 */
export function turnFailure(error: unknown): { type: string; message: string; stack?: string; dialog?: string; parentDialog?: string } {
  if (!(error instanceof Error)) return { type: typeof error, message: 'a non-Error value was thrown' };
  const dialogs = (error as { dialogContext?: { activeDialog?: unknown; parent?: unknown } }).dialogContext;
  const cause = (error as { error?: unknown }).error;
  const origin = cause instanceof Error ? cause : error;
  return {
    type: origin.name,
    message: origin.message,
    stack: origin.stack,
    ...(typeof dialogs?.activeDialog === 'string' ? { dialog: dialogs.activeDialog } : {}),
    ...(typeof dialogs?.parent === 'string' ? { parentDialog: dialogs.parent } : {}),
  };
}

// JSON logs (pino) that never carry passwords, tokens or secrets.
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'netposa-service-assistant' },
    redact: {
      paths: ['password', '*.password', 'token', '*.token', 'secret', '*.secret', 'req.headers.authorization', 'req.headers.cookie', 'authorization', 'cookie'],
      censor: '[redacted]',
    },
  });
}

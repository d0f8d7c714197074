// The little the channel needs of a logger; pino's logger fits it as is.

export interface ChannelLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

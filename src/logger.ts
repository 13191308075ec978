import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs. Messages are static strings; what a person said and phone numbers go in fields
 * (`transcript`, `phone`) that are redacted.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'leadline' },
    redact: {
      paths: ['transcript', 'phone', '*.phone', 'entities.phone', 'req.headers.authorization'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

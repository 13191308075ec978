import pino, { type Logger } from 'pino';

export type { Logger };

/** Fields that may carry what a person said or a phone number. */
const PRIVATE_FIELDS = [
  'transcript',
  'phone',
  'notes',
  'name',
  '*.transcript',
  '*.phone',
  '*.notes',
  '*.name',
  'entities.*',
  'said.*',
  'req.headers.authorization',
];

/**
 * Structured logs. Messages are static strings; what a person said and phone numbers go in fields
 * that pino redacts, unless LOG_TRANSCRIPTS=true asks for them in clear (the API key never is).
 */
export function createLogger(
  level: string,
  options: { logTranscripts?: boolean; destination?: pino.DestinationStream } = {},
): Logger {
  const paths = options.logTranscripts ? ['req.headers.authorization'] : PRIVATE_FIELDS;
  const settings: pino.LoggerOptions = {
    level,
    base: { service: 'leadline' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths, censor: '[redacted]' },
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

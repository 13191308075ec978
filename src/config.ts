import { z } from 'zod';
import { isValidTimeZone } from './values/time';
import { isSupportedRegion } from './values/phone';

/**
 * Every environment variable the service reads, in one place. The README's configuration table is
 * checked against `CONFIG_VARIABLES` by a test, so the two cannot drift apart.
 */
export const CONFIG_VARIABLES = {
  PORT: { default: '8000', description: 'HTTP port of the bot API.' },
  CRM_PORT: { default: '8001', description: 'HTTP port of the standalone CRM API (`npm run crm`).' },
  DATABASE_PATH: {
    default: './data/crm.sqlite',
    description: 'SQLite file for the embedded CRM, and for the interaction log in either mode.',
  },
  INTERACTIONS_LOG_PATH: {
    default: './data/interactions.jsonl',
    emptyMeansNone: true,
    description: 'JSONL file that receives one line per handled request. Empty string: no JSONL file.',
  },
  CRM_BASE_URL: {
    default: '',
    description: 'Base URL of an external CRM (e.g. `http://127.0.0.1:8001`). Unset: the embedded CRM.',
  },
  CRM_TIMEOUT_MS: { default: '5000', description: 'Timeout of one attempt of a call to the external CRM.' },
  CRM_RETRIES: {
    default: '2',
    description: 'Retries after the first attempt on network errors and 5xx (never on 4xx).',
  },
  LOG_LEVEL: { default: 'info', description: 'pino level: fatal, error, warn, info, debug, trace, silent.' },
  DEFAULT_TIMEZONE: {
    default: 'Asia/Kolkata',
    description: 'IANA zone used when a request has no `timezone`.',
  },
  DEFAULT_REGION: {
    default: 'IN',
    description: 'ISO country whose numbering plan reads phone numbers said without a country code.',
  },
  NLU_PROVIDER: {
    default: 'rules',
    description:
      '`rules` (embedded, no key), `openai`, `gemini`, or `auto`: rules first, a model only when the rules are unsure.',
  },
  OPENAI_API_KEY: {
    default: '',
    description: 'Key for `openai` (not needed with a local `OPENAI_BASE_URL`).',
  },
  OPENAI_BASE_URL: {
    default: '',
    description: 'An OpenAI-compatible server, e.g. `http://localhost:11434/v1` (Ollama), vLLM or llama.cpp.',
  },
  OPENAI_MODEL: { default: 'gpt-4.1-mini', description: 'The OpenAI (or compatible) model.' },
  GEMINI_API_KEY: { default: '', description: 'Key for `gemini`.' },
  GEMINI_BASE_URL: { default: '', description: 'Another Gemini API endpoint (tests use a local one).' },
  GEMINI_MODEL: { default: 'gemini-2.5-flash', description: 'The Gemini model.' },
  GEMINI_LIVE_MODEL: {
    // gemini-live-2.5-flash-preview and gemini-2.0-flash-live-001 were shut down on 2025-12-09.
    default: 'gemini-2.5-flash-native-audio-preview-12-2025',
    description: 'The Gemini Live model of voice sessions (uses GEMINI_API_KEY and GEMINI_BASE_URL).',
  },
  GEMINI_LIVE_VOICE: { default: 'Kore', description: 'The voice Gemini Live answers in.' },
  GEMINI_LIVE_VAD_START: {
    default: 'low',
    description:
      'How readily Live takes a sound for the start of speech: `low` (phone lines, street noise) or `high`.',
  },
  GEMINI_LIVE_SILENCE_MS: {
    default: '700',
    description: 'Silence after which Live takes the user to have stopped speaking.',
  },
  TRANSCRIBE_PROVIDER: {
    default: 'auto',
    description:
      'Who transcribes `POST /transcript/audio`: `gemini`, `openai`, `none`, or `auto` (Gemini when GEMINI_API_KEY is set, else OpenAI when OPENAI_API_KEY or OPENAI_BASE_URL is, else none: 503).',
  },
  GEMINI_TRANSCRIBE_MODEL: {
    default: 'gemini-2.5-flash',
    description: 'The Gemini model that transcribes recorded audio (generateContent, audio inline).',
  },
  OPENAI_TRANSCRIBE_MODEL: {
    default: 'gpt-4o-mini-transcribe',
    description: 'The OpenAI model that transcribes recorded audio (`audio.transcriptions`).',
  },
  AUDIO_LIMIT_BYTES: {
    default: '10485760',
    description: 'Largest recording `POST /transcript/audio` accepts (10 MB); larger is 413.',
  },
  LLM_TIMEOUT_MS: { default: '8000', description: 'Timeout of one call to a model.' },
  LLM_RETRIES: {
    default: '2',
    description: 'Retries of a model call on timeouts, 429 and 5xx; then the rules engine answers instead.',
  },

  BODY_LIMIT_BYTES: { default: '16384', description: 'Largest accepted request body; larger is 413.' },
  API_KEY: {
    default: '',
    description: 'When set, every route but `/healthz` requires `Authorization: Bearer <API_KEY>`.',
  },
  RATE_LIMIT_PER_MINUTE: {
    default: '120',
    description:
      'Requests a minute per API key (or, without one, per client address); over it, 429 with `Retry-After`.',
  },
  LOG_TRANSCRIPTS: {
    default: 'false',
    description:
      '`true` writes transcripts and phone numbers into the logs in clear; otherwise they are redacted.',
  },
  CRM_BREAKER_FAILURES: {
    default: '5',
    description:
      'Consecutive failed calls to the external CRM after which calls fail fast (502) for a while.',
  },
  CRM_BREAKER_RESET_MS: {
    default: '10000',
    description: 'How long the external CRM is left alone before one call tries it again.',
  },
  SESSION_IDLE_MINUTES: {
    default: '30',
    description:
      'A conversation (`session_id`) idle this long is forgotten: its pending request and its "him"/"her".',
  },
} as const;

export type ConfigVariable = keyof typeof CONFIG_VARIABLES;

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const integer = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const configSchema = z.object({
  PORT: integer(0, 65535),
  CRM_PORT: integer(0, 65535),
  DATABASE_PATH: z.string().min(1),
  INTERACTIONS_LOG_PATH: z.string(),
  CRM_BASE_URL: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
  CRM_TIMEOUT_MS: integer(1, 120_000),
  CRM_RETRIES: integer(0, 10),
  LOG_LEVEL: z.enum(logLevels),
  DEFAULT_TIMEZONE: z.string().refine(isValidTimeZone, 'must be an IANA time zone such as Asia/Kolkata'),
  DEFAULT_REGION: z
    .string()
    .transform((value) => value.toUpperCase())
    .refine(isSupportedRegion, 'must be an ISO 3166 country code such as IN'),
  NLU_PROVIDER: z.enum(['rules', 'auto', 'openai', 'gemini'], {
    message: 'must be rules, auto, openai or gemini',
  }),
  OPENAI_API_KEY: z.string(),
  OPENAI_BASE_URL: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
  OPENAI_MODEL: z.string().min(1),
  GEMINI_API_KEY: z.string(),
  GEMINI_BASE_URL: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
  GEMINI_MODEL: z.string().min(1),
  GEMINI_LIVE_MODEL: z.string().min(1),
  GEMINI_LIVE_VOICE: z.string().min(1),
  GEMINI_LIVE_VAD_START: z.enum(['low', 'high'], { message: 'must be low or high' }),
  GEMINI_LIVE_SILENCE_MS: integer(100, 10_000),
  TRANSCRIBE_PROVIDER: z.enum(['auto', 'gemini', 'openai', 'none'], {
    message: 'must be auto, gemini, openai or none',
  }),
  GEMINI_TRANSCRIBE_MODEL: z.string().min(1),
  OPENAI_TRANSCRIBE_MODEL: z.string().min(1),
  AUDIO_LIMIT_BYTES: integer(1024, 20 * 1024 * 1024),
  LLM_TIMEOUT_MS: integer(100, 120_000),
  LLM_RETRIES: integer(0, 10),
  BODY_LIMIT_BYTES: integer(1024, 10 * 1024 * 1024),
  SESSION_IDLE_MINUTES: integer(1, 7 * 24 * 60),
  API_KEY: z.union([z.literal(''), z.string().min(16, 'must be at least 16 characters')]),
  RATE_LIMIT_PER_MINUTE: integer(1, 1_000_000),
  LOG_TRANSCRIPTS: z.enum(['true', 'false'], { message: 'must be true or false' }),
  CRM_BREAKER_FAILURES: integer(1, 1000),
  CRM_BREAKER_RESET_MS: integer(100, 3_600_000),
});

export interface Config {
  readonly port: number;
  readonly crmPort: number;
  readonly databasePath: string;
  readonly interactionsLogPath: string | null;
  readonly crmBaseUrl: string | null;
  readonly crmTimeoutMs: number;
  readonly crmRetries: number;
  readonly logLevel: (typeof logLevels)[number];
  readonly defaultTimezone: string;
  readonly defaultRegion: string;
  readonly nluProvider: 'rules' | 'auto' | 'openai' | 'gemini';
  readonly openaiApiKey: string | null;
  readonly openaiBaseUrl: string | null;
  readonly openaiModel: string;
  readonly geminiApiKey: string | null;
  readonly geminiBaseUrl: string | null;
  readonly geminiModel: string;
  readonly geminiLiveModel: string;
  readonly geminiLiveVoice: string;
  readonly geminiLiveVadStart: 'low' | 'high';
  readonly geminiLiveSilenceMs: number;
  readonly transcribeProvider: 'auto' | 'gemini' | 'openai' | 'none';
  readonly geminiTranscribeModel: string;
  readonly openaiTranscribeModel: string;
  readonly audioLimitBytes: number;
  readonly llmTimeoutMs: number;
  readonly llmRetries: number;
  readonly bodyLimitBytes: number;
  readonly sessionIdleMs: number;
  readonly apiKey: string | null;
  readonly rateLimitPerMinute: number;
  readonly logTranscripts: boolean;
  readonly crmBreakerFailures: number;
  readonly crmBreakerResetMs: number;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads the environment once; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw: Record<string, string> = {};
  for (const [name, spec] of Object.entries(CONFIG_VARIABLES)) {
    const value = env[name];
    // An empty value means "use the default", except where empty is documented to switch a thing off.
    const keepsEmpty = 'emptyMeansNone' in spec && spec.emptyMeansNone;
    raw[name] = value === undefined || (value.trim() === '' && !keepsEmpty) ? spec.default : value.trim();
  }
  const parsed = configSchema
    .superRefine((value, context) => {
      // A model chosen without the means to reach it fails at start, naming what is missing.
      if (value.NLU_PROVIDER === 'openai' && !value.OPENAI_API_KEY && !value.OPENAI_BASE_URL) {
        context.addIssue({
          code: 'custom',
          path: ['OPENAI_API_KEY'],
          message: 'is required when NLU_PROVIDER=openai',
        });
      }
      if (value.TRANSCRIBE_PROVIDER === 'gemini' && !value.GEMINI_API_KEY) {
        context.addIssue({
          code: 'custom',
          path: ['GEMINI_API_KEY'],
          message: 'is required when TRANSCRIBE_PROVIDER=gemini',
        });
      }
      if (value.TRANSCRIBE_PROVIDER === 'openai' && !value.OPENAI_API_KEY && !value.OPENAI_BASE_URL) {
        context.addIssue({
          code: 'custom',
          path: ['OPENAI_API_KEY'],
          message: 'is required when TRANSCRIBE_PROVIDER=openai',
        });
      }
      if (value.NLU_PROVIDER === 'gemini' && !value.GEMINI_API_KEY) {
        context.addIssue({
          code: 'custom',
          path: ['GEMINI_API_KEY'],
          message: 'is required when NLU_PROVIDER=gemini',
        });
      }
    })
    .safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const value = parsed.data;
  return Object.freeze({
    port: value.PORT,
    crmPort: value.CRM_PORT,
    databasePath: value.DATABASE_PATH,
    interactionsLogPath: value.INTERACTIONS_LOG_PATH === '' ? null : value.INTERACTIONS_LOG_PATH,
    crmBaseUrl: value.CRM_BASE_URL === '' ? null : value.CRM_BASE_URL.replace(/\/+$/, ''),
    crmTimeoutMs: value.CRM_TIMEOUT_MS,
    crmRetries: value.CRM_RETRIES,
    logLevel: value.LOG_LEVEL,
    defaultTimezone: value.DEFAULT_TIMEZONE,
    defaultRegion: value.DEFAULT_REGION,
    nluProvider: value.NLU_PROVIDER,
    openaiApiKey: value.OPENAI_API_KEY || null,
    openaiBaseUrl: value.OPENAI_BASE_URL || null,
    openaiModel: value.OPENAI_MODEL,
    geminiApiKey: value.GEMINI_API_KEY || null,
    geminiBaseUrl: value.GEMINI_BASE_URL || null,
    geminiModel: value.GEMINI_MODEL,
    geminiLiveModel: value.GEMINI_LIVE_MODEL,
    geminiLiveVoice: value.GEMINI_LIVE_VOICE,
    geminiLiveVadStart: value.GEMINI_LIVE_VAD_START,
    geminiLiveSilenceMs: value.GEMINI_LIVE_SILENCE_MS,
    transcribeProvider: value.TRANSCRIBE_PROVIDER,
    geminiTranscribeModel: value.GEMINI_TRANSCRIBE_MODEL,
    openaiTranscribeModel: value.OPENAI_TRANSCRIBE_MODEL,
    audioLimitBytes: value.AUDIO_LIMIT_BYTES,
    llmTimeoutMs: value.LLM_TIMEOUT_MS,
    llmRetries: value.LLM_RETRIES,
    bodyLimitBytes: value.BODY_LIMIT_BYTES,
    sessionIdleMs: value.SESSION_IDLE_MINUTES * 60_000,
    apiKey: value.API_KEY === '' ? null : value.API_KEY,
    rateLimitPerMinute: value.RATE_LIMIT_PER_MINUTE,
    logTranscripts: value.LOG_TRANSCRIPTS === 'true',
    crmBreakerFailures: value.CRM_BREAKER_FAILURES,
    crmBreakerResetMs: value.CRM_BREAKER_RESET_MS,
  });
}

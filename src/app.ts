import type express from 'express';
import type { Config } from './config';
import { EmbeddedCrmClient } from './crm/embedded/client';
import { SqliteCrmStore, type CrmStore } from './crm/embedded/store';
import { HttpCrmClient } from './crm/http-client';
import type { CrmPort } from './crm/port';
import { createHttpApp, type Readiness } from './doors/http/app';
import { createLogger, type Logger } from './kernel/logger';
import { openDatabase, type Db } from './storage/database';
import { SqliteIdempotencyStore, type IdempotencyStore } from './storage/idempotency';
import { SqliteInteractionLog, type InteractionLog } from './storage/interactions';
import { SqliteSessionStore, type SessionStore } from './storage/sessions';
import { TurnHandler, warmUp } from './turn/handle-turn';
import { createTranscriber, createUnderstandingProvider } from './understanding/factory';
import type { UnderstandingProvider } from './understanding/port';
import type { Transcriber } from './understanding/transcriber';
import { RulesProvider } from './understanding/rules/rules-provider';
import { loadLocalities } from './values/localities';
import { groupCommitOf } from './storage/group-commit';

/**
 * The one composition root: everything the service needs, wired from the config. main.ts, the voice
 * CLI, the tests, the bench and the regression runner all build the service here.
 */
export interface Application {
  config: Config;
  app: express.Express;
  db: Db;
  logger: Logger;
  /** The embedded CRM's store; undefined when the CRM is external (CRM_BASE_URL). */
  crmStore: CrmStore | undefined;
  crm: CrmPort;
  understanding: UnderstandingProvider;
  turns: TurnHandler;
  sessions: SessionStore;
  idempotency: IdempotencyStore;
  interactions: InteractionLog;
  /** Prepares the code paths so the first request is as fast as the rest; call before listening. */
  warmUp(): Promise<void>;
  close(): Promise<void>;
}

export interface ApplicationOptions {
  logger?: Logger;
  now?: () => Date;
  clockMs?: () => number;
  /** Another understanding engine than the config's (tests: a scripted or broken one). */
  understanding?: UnderstandingProvider;
  /** Another transcriber than the config's; null: none. */
  transcriber?: Transcriber | null;
  /** SQLite's synchronous mode; the regression runner, which resets the CRM per case, turns it off. */
  durable?: boolean;
}

/** What readiness knows of the configured model: its last failure, cleared by its next answer. */
interface ModelState {
  provider: string | null;
  lastError: string | null;
  refusedKey: boolean;
}

/**
 * Each dependency's state. Not ready: the database does not answer, the external CRM's breaker is
 * open, or the model refused its key (every request then falls back until the key is fixed).
 */
export function readinessOf(db: Db, crm: CrmPort, model: ModelState): Readiness {
  let database: { ok: boolean; error?: string; commits?: number; writes?: number };
  try {
    db.prepare('SELECT 1').get();
    // How well writes are grouped: each commit is one fsync.
    const { commits, writes } = groupCommitOf(db).stats;
    database = { ok: true, commits, writes };
  } catch (error) {
    database = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const health = crm.health?.();
  const checks = {
    database,
    crm: health
      ? { ok: health.breaker !== 'open', kind: 'http', breaker: health.breaker, last_error: health.lastError }
      : { ok: database.ok, kind: 'embedded' },
    ...(model.provider
      ? { model: { ok: !model.refusedKey, provider: model.provider, last_error: model.lastError } }
      : {}),
  };
  return { ready: Object.values(checks).every((check) => check.ok), checks };
}

export function createApplication(config: Config, options: ApplicationOptions = {}): Application {
  const logger = options.logger ?? createLogger(config.logLevel, { logTranscripts: config.logTranscripts });
  const db = openDatabase(config.databasePath);
  if (options.durable === false) db.pragma('synchronous = OFF');
  const crmStore = config.crmBaseUrl ? undefined : new SqliteCrmStore(db);
  const crm: CrmPort = crmStore
    ? new EmbeddedCrmClient(crmStore)
    : new HttpCrmClient({
        baseUrl: config.crmBaseUrl ?? '',
        timeoutMs: config.crmTimeoutMs,
        retries: config.crmRetries,
        breakerFailures: config.crmBreakerFailures,
        breakerResetMs: config.crmBreakerResetMs,
        onBreakerChange: (state, lastError) => {
          if (state === 'open')
            logger.warn({ last_error: lastError }, 'CRM circuit breaker opened: calls fail fast');
          else if (state === 'closed') logger.warn('CRM circuit breaker closed: the CRM answers again');
        },
      });
  const model: ModelState = {
    provider: config.nluProvider === 'rules' ? null : config.nluProvider,
    lastError: null,
    refusedKey: false,
  };
  const understanding =
    options.understanding ??
    createUnderstandingProvider(config, {
      onFailure: (error) => {
        const first = model.lastError !== error.message;
        model.lastError = error.message;
        model.refusedKey = error.refusedKey;
        // A refused key is an error at once: every request will fall back until the key is fixed.
        if (error.refusedKey)
          logger.error(
            { provider: error.provider, status: error.upstreamStatus },
            'model refused the API key',
          );
        else if (first)
          logger.warn(
            { provider: error.provider, reason: error.message },
            'model unavailable; the rules engine answers',
          );
      },
      onSuccess: () => {
        model.lastError = null;
        model.refusedKey = false;
      },
    });
  const sessions = new SqliteSessionStore(db, config.sessionIdleMs, options.clockMs);
  const idempotency = new SqliteIdempotencyStore(db, options.clockMs);
  const interactions = new SqliteInteractionLog(db, config.interactionsLogPath, logger);
  const turns = new TurnHandler({
    understanding,
    crm,
    sessions,
    region: config.defaultRegion,
    defaultTimezone: config.defaultTimezone,
    now: options.now,
  });
  const transcriber = options.transcriber === undefined ? createTranscriber(config) : options.transcriber;
  const app = createHttpApp({
    turns,
    idempotency,
    interactions,
    logger,
    bodyLimitBytes: config.bodyLimitBytes,
    apiKey: config.apiKey,
    rateLimitPerMinute: config.rateLimitPerMinute,
    region: config.defaultRegion,
    health: {
      crm: crmStore ? 'embedded' : 'http',
      nlu_provider: understanding.name,
      transcriber: transcriber?.name ?? 'none',
    },
    readiness: () => readinessOf(db, crm, model),
    crmStore,
    transcriber,
    audioLimitBytes: config.audioLimitBytes,
    now: () => (options.now ? options.now().getTime() : Date.now()),
  });
  return {
    config,
    app,
    db,
    logger,
    crmStore,
    crm,
    understanding,
    turns,
    sessions,
    idempotency,
    interactions,
    // Never a paid or remote model at start-up: the embedded engine warms the shared code paths.
    warmUp: async () => {
      loadLocalities();
      await warmUp(new RulesProvider(config.defaultRegion), config.defaultRegion, config.defaultTimezone);
    },
    async close() {
      await interactions.close();
      // Writes still queued for the next group commit are committed, not dropped.
      groupCommitOf(db).flush();
      db.close();
    },
  };
}

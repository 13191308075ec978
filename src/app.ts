import type express from 'express';
import type { Config } from './config';
import { EmbeddedCrmClient } from './crm/embedded/client';
import { SqliteCrmStore, type CrmStore } from './crm/embedded/store';
import { HttpCrmClient } from './crm/http-client';
import type { CrmPort } from './crm/port';
import { createHttpApp } from './doors/http/app';
import { createLogger, type Logger } from './kernel/logger';
import { openDatabase, type Db } from './storage/database';
import { SqliteIdempotencyStore, type IdempotencyStore } from './storage/idempotency';
import { SqliteInteractionLog, type InteractionLog } from './storage/interactions';
import { SqliteSessionStore, type SessionStore } from './storage/sessions';
import { TurnHandler, warmUp } from './turn/handle-turn';
import { createUnderstandingProvider } from './understanding/factory';
import type { UnderstandingProvider } from './understanding/port';
import { RulesProvider } from './understanding/rules/rules-provider';
import { loadLocalities } from './values/localities';

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
  /** SQLite's synchronous mode; the regression runner, which resets the CRM per case, turns it off. */
  durable?: boolean;
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
      });
  const understanding = options.understanding ?? createUnderstandingProvider(config);
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
  const app = createHttpApp({
    turns,
    idempotency,
    interactions,
    logger,
    bodyLimitBytes: config.bodyLimitBytes,
    apiKey: config.apiKey,
    rateLimitPerMinute: config.rateLimitPerMinute,
    region: config.defaultRegion,
    health: { crm: crmStore ? 'embedded' : 'http', nlu_provider: understanding.name },
    crmStore,
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
      db.close();
    },
  };
}

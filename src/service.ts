import type express from 'express';
import { createApp } from './api/app';
import { IdempotencyStore } from './api/idempotency';
import type { Config } from './config';
import { EmbeddedCrmClient } from './crm/embedded-client';
import { HttpCrmClient } from './crm/http-client';
import type { CrmPort } from './crm/port';
import { CrmService } from './crm/service';
import { CrmStore } from './crm/store';
import { openDatabase, type Db } from './db';
import { InteractionLog } from './interactions';
import { createLogger, type Logger } from './logger';
import { createUnderstandingProvider } from './nlu/factory';
import { warmUp, type PipelineDependencies } from './pipeline';
import { SessionStore } from './sessions';

/** Everything the bot needs, wired from the config: the composition root for main.ts and tests. */
export interface Service {
  app: express.Express;
  db: Db;
  logger: Logger;
  crmService: CrmService | undefined;
  interactions: InteractionLog;
  /** What the voice doors share with POST /transcript. */
  pipeline: PipelineDependencies;
  sessions: SessionStore;
  idempotency: IdempotencyStore;
  /** Prepares the pipeline so the first request is as fast as the rest; call before listening. */
  warmUp(): Promise<void>;
  close(): Promise<void>;
}

export function createService(
  config: Config,
  options: { logger?: Logger; now?: () => Date; clockMs?: () => number } = {},
): Service {
  const logger = options.logger ?? createLogger(config.logLevel, { logTranscripts: config.logTranscripts });
  const db = openDatabase(config.databasePath);
  const crmService = config.crmBaseUrl ? undefined : new CrmService(new CrmStore(db), config.defaultRegion);
  const crm: CrmPort = crmService
    ? new EmbeddedCrmClient(crmService)
    : new HttpCrmClient({
        baseUrl: config.crmBaseUrl!,
        timeoutMs: config.crmTimeoutMs,
        retries: config.crmRetries,
        breakerFailures: config.crmBreakerFailures,
        breakerResetMs: config.crmBreakerResetMs,
      });
  const interactions = new InteractionLog(db, config.interactionsLogPath, logger);
  const pipeline = {
    understanding: createUnderstandingProvider(config),
    crm,
    region: config.defaultRegion,
    defaultTimezone: config.defaultTimezone,
    ...(options.now ? { now: options.now } : {}),
  };
  const sessions = new SessionStore(db, config.sessionIdleMs, options.clockMs);
  const idempotency = new IdempotencyStore(db, options.clockMs);
  const app = createApp({
    pipeline,
    sessions,
    idempotency,
    interactions,
    logger,
    bodyLimitBytes: config.bodyLimitBytes,
    apiKey: config.apiKey,
    rateLimitPerMinute: config.rateLimitPerMinute,
    crmService,
  });
  return {
    app,
    db,
    logger,
    crmService,
    interactions,
    pipeline,
    sessions,
    idempotency,
    warmUp: () => warmUp(pipeline),
    async close() {
      await interactions.close();
      db.close();
    },
  };
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type express from 'express';
import request from 'supertest';
import { createApplication, type Application, type ApplicationOptions } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import { createLogger } from '../../src/kernel/logger';
import type { Db } from '../../src/storage/database';
import type { UnderstandingProvider } from '../../src/understanding/port';
import { expectMatchesOpenApi } from './openapi';

export const REFERENCE_TIME = '2025-10-04T10:00:00+05:30';

export function temporaryDirectory(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'leadline-test-'));
}

export interface Harness {
  service: Application;
  config: Config;
  directory: string;
  /** POSTs a transcript (reference_time defaults to REFERENCE_TIME) and checks the answer against openapi.yaml. */
  say(transcript: string, extra?: Record<string, unknown>, route?: string): Promise<request.Response>;
  seedLead(lead: {
    id?: string;
    name: string;
    phone: string;
    city: string;
    source?: string;
  }): Promise<string>;
  close(): Promise<void>;
}

/** The service as main.ts builds it (the same composition root), on a temporary database. */
export function startHarness(env: Record<string, string> = {}, options: ApplicationOptions = {}): Harness {
  const directory = temporaryDirectory();
  const config = loadConfig({
    DATABASE_PATH: path.join(directory, 'crm.sqlite'),
    INTERACTIONS_LOG_PATH: path.join(directory, 'interactions.jsonl'),
    LOG_LEVEL: 'silent',
    ...env,
  });
  const service = createApplication(config, { logger: createLogger('silent'), ...options });
  return {
    service,
    config,
    directory,
    async say(transcript, extra = {}, route = '/transcript') {
      const response = await request(service.app)
        .post(route)
        .send({ transcript, reference_time: REFERENCE_TIME, ...extra });
      expectMatchesOpenApi('POST', route, response);
      return response;
    },
    async seedLead(lead) {
      if (!service.crmStore) throw new Error('seedLead needs the embedded CRM');
      const outcome = await service.crmStore.createLead(lead);
      if (!('created' in outcome)) throw new Error(`seed lead ${lead.name}: phone exists`);
      return outcome.created.lead_id;
    },
    async close() {
      await service.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

/**
 * An app on the harness's database and configuration whose understanding engine is the one given (a
 * scripted or broken one), built through the same composition root, with a generous rate limit.
 */
export function appWithEngine(harness: Harness, understanding: UnderstandingProvider): express.Express {
  return applicationWithEngine(harness, understanding).app;
}

/** The same, as the whole application (its turns, its interaction log), closed with the harness. */
export function applicationWithEngine(harness: Harness, understanding: UnderstandingProvider): Application {
  const config = loadConfig({
    DATABASE_PATH: harness.config.databasePath,
    INTERACTIONS_LOG_PATH: '',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '1000',
  });
  const application = createApplication(config, { logger: createLogger('silent'), understanding });
  const close = harness.close;
  harness.close = async () => {
    await application.close();
    await close();
  };
  return application;
}

/** The database is whole, and no lead is half-written (its history and name words are there). */
export function expectConsistentDatabase(db: Db): void {
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  expect(
    count(`SELECT count(*) AS n FROM leads WHERE id NOT IN (SELECT lead_id FROM lead_status_history)`),
  ).toBe(0);
  expect(count(`SELECT count(*) AS n FROM leads WHERE id NOT IN (SELECT lead_id FROM lead_name_words)`)).toBe(
    0,
  );
  expect(count(`SELECT count(*) AS n FROM leads WHERE phone NOT LIKE '+%' OR name = '' OR city = ''`)).toBe(
    0,
  );
}

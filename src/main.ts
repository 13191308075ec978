import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig } from './config';
import { IdempotencyStore } from './api/idempotency';
import { createCrmApp } from './crm/app';
import { CrmService } from './crm/service';
import { CrmStore } from './crm/store';
import { openDatabase } from './db';
import { createLogger, type Logger } from './logger';
import { createService } from './service';
import { attachVoiceDoor } from './voice/door';

/**
 * Entry point. `node dist/main.js` serves the bot (and, when embedded, its CRM under /crm);
 * `node dist/main.js crm` serves the CRM API alone on CRM_PORT, for the two-process mode.
 */
function stopOn(
  server: Server,
  logger: Logger,
  close: () => Promise<void>,
  drain: () => Promise<void> = async () => undefined,
): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Stop accepting, end voice sessions, let in-flight requests finish (bounded), close the database.
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    void drain();
    server.close(() => {
      void close().then(() => {
        clearTimeout(force);
        process.exit(0);
      });
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

/** The port the server really listens on (PORT=0 lets the system choose one). */
const boundPort = (server: Server) => (server.address() as AddressInfo).port;

async function main(): Promise<void> {
  const config = loadConfig();
  if (process.argv[2] === 'crm') {
    const logger = createLogger(config.logLevel, { logTranscripts: config.logTranscripts });
    const db = openDatabase(config.databasePath);
    const app = createCrmApp(
      new CrmService(new CrmStore(db), config.defaultRegion),
      new IdempotencyStore(db),
      logger,
      config,
    );
    const server = app.listen(config.crmPort, () =>
      logger.info({ port: boundPort(server), database: config.databasePath }, 'CRM API listening'),
    );
    stopOn(server, logger, async () => {
      db.close();
    });
    return;
  }
  const service = createService(config);
  await service.warmUp();
  const server = service.app.listen(config.port, () =>
    service.logger.info(
      {
        port: boundPort(server),
        crm: config.crmBaseUrl ?? 'embedded',
        database: config.databasePath,
        nlu: config.nluProvider,
      },
      'Leadline listening',
    ),
  );
  const voice = attachVoiceDoor(server, config, service);
  stopOn(
    server,
    service.logger,
    () => service.close(),
    () => voice.close(),
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
});

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApplication } from './app';
import { ConfigError, loadConfig } from './config';
import { SqliteCrmStore } from './crm/embedded/store';
import { createCrmApp } from './doors/http/crm-app';
import { attachVoiceDoor } from './doors/voice/door';
import { createLogger, type Logger } from './kernel/logger';
import { openDatabase } from './storage/database';
import { SqliteIdempotencyStore } from './storage/idempotency';

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
    const app = createCrmApp(new SqliteCrmStore(db), new SqliteIdempotencyStore(db), logger, config);
    const server = app.listen(config.crmPort, () =>
      logger.info({ port: boundPort(server), database: config.databasePath }, 'CRM API listening'),
    );
    stopOn(server, logger, async () => {
      db.close();
    });
    return;
  }
  const service = createApplication(config);
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

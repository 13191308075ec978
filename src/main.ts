import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApplication } from './app';
import type { Express } from 'express';
import { ConfigError, loadConfig, type Config } from './config';
import { SqliteCrmStore } from './crm/embedded/store';
import { createCrmApp } from './doors/http/crm-app';
import { attachVoiceDoor } from './doors/voice/door';
import { createLogger, type Logger } from './kernel/logger';
import { DatabaseOpenError, openDatabase } from './storage/database';
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

/** A start-up failure a person can fix: said in one line, exit code 2. */
class StartupError extends Error {}

/** Listens, or fails with the reason: a port in use is a StartupError naming the variable. */
function listen(app: Express, port: number, variable: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port);
    server.once('listening', () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reasons: Record<string, string> = {
        EADDRINUSE: `port ${port} is in use by another program; choose another with ${variable}=`,
        EACCES: `port ${port} needs privileges this process does not have; choose one above 1023 with ${variable}=`,
      };
      reject(new StartupError(`${variable}: ${reasons[error.code ?? ''] ?? error.message}`));
    });
  });
}

function openOrExplain<T>(open: () => T, config: Config): T {
  try {
    return open();
  } catch (error) {
    if (error instanceof DatabaseOpenError)
      throw new StartupError(`DATABASE_PATH (${config.databasePath}): ${error.message}`);
    throw error;
  }
}

const USAGE = `Usage: node dist/main.js [crm]

  (no command)  serve the bot API on PORT (default 8000), with the embedded CRM under /crm unless
                CRM_BASE_URL is set
  crm           serve the embedded CRM's API alone on CRM_PORT (default 8001)
  --help        print this and exit

Configuration comes from the environment (README, "Configuration"; .env.example lists every variable).
Exit codes: 0 after a clean shutdown, 1 on an unexpected fault, 2 on a bad configuration or start-up
failure (a bad variable, a port in use, a database path that cannot be opened).`;

async function main(): Promise<void> {
  const command = process.argv[2];
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (command !== undefined && command !== 'crm')
    throw new StartupError(`unknown command '${command}'.\n${USAGE}`);
  const config = loadConfig();
  if (command === 'crm') {
    const logger = createLogger(config.logLevel, { logTranscripts: config.logTranscripts });
    const db = openOrExplain(() => openDatabase(config.databasePath), config);
    const app = createCrmApp(new SqliteCrmStore(db), new SqliteIdempotencyStore(db), logger, config);
    const server = await listen(app, config.crmPort, 'CRM_PORT');
    logger.info({ port: boundPort(server), database: config.databasePath }, 'CRM API listening');
    stopOn(server, logger, async () => {
      db.close();
    });
    return;
  }
  const service = openOrExplain(() => createApplication(config), config);
  watchForFaults(service.logger);
  // Warm-up only saves the first request some milliseconds: it never stops the start.
  await service.warmUp().catch((error: unknown) => service.logger.warn({ err: error }, 'warm-up failed'));
  const server = await listen(service.app, config.port, 'PORT');
  service.logger.info(
    {
      port: boundPort(server),
      crm: config.crmBaseUrl ?? 'embedded',
      database: config.databasePath,
      nlu: config.nluProvider,
    },
    'Leadline listening',
  );
  const voice = attachVoiceDoor(server, config, service);
  stopOn(
    server,
    service.logger,
    () => service.close(),
    () => voice.close(),
  );
}

/**
 * A fault nothing caught is logged with its stack and ends the process (exit 1): a half-broken
 * process that still accepts requests is worse than a restart, and every acknowledged write is
 * already on disk.
 */
function watchForFaults(logger: Logger): void {
  const fatal = (kind: string) => (error: unknown) => {
    logger.fatal({ err: error, kind }, 'unexpected fault; stopping');
    logger.flush?.();
    process.exit(1);
  };
  process.on('uncaughtException', fatal('uncaughtException'));
  process.on('unhandledRejection', fatal('unhandledRejection'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StartupError) {
    console.error(`leadline: ${error.message}`);
    process.exit(2);
  }
  console.error(
    `leadline: unexpected failure at start-up: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exit(1);
});

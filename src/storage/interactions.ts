import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../kernel/logger';
import type { Db } from './database';

/** One handled request, as kept in SQLite (`interactions`) and as one JSONL line. */
export interface Interaction {
  request_id: string;
  created_at: string;
  channel: 'http' | 'audio' | 'voice' | 'fixtures';
  transcript: string;
  metadata?: unknown;
  session_id?: string | undefined;
  intent: string | null;
  entities: unknown;
  outcome: string;
  http_status: number;
  crm_calls: unknown[];
  provider: string | null;
  latency_ms: number;
}

/**
 * Keeps every handled request, in SQLite and as JSONL. Rows are written in batches — one transaction
 * every FLUSH_INTERVAL_MS or FLUSH_SIZE rows — so a request does not pay a durable commit for its log
 * line on top of its CRM write. A crash can lose the last few milliseconds of log lines, never a CRM
 * write; close() and flush() write what is pending.
 */
/** JSON of a value that may not serialise (a cycle, a nesting too deep): a marker instead of a throw. */
function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'null';
  } catch {
    return JSON.stringify('[not serialisable]');
  }
}

const FLUSH_INTERVAL_MS = 10;
const FLUSH_SIZE = 200;

export interface InteractionLog {
  /** Never throws and never waits: losing a log line must not fail the request it describes. */
  record(interaction: Interaction): void;
  /** Writes what is pending now. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export class SqliteInteractionLog implements InteractionLog {
  private readonly writeBatch: (rows: Interaction[]) => void;
  private readonly stream: fs.WriteStream | null;
  private pending: Interaction[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    db: Db,
    jsonlPath: string | null,
    private readonly logger: Logger,
  ) {
    const insert = db.prepare(
      `INSERT INTO interactions (request_id, created_at, channel, transcript, metadata, session_id, intent, entities,
         outcome, error_type, http_status, crm_calls, provider, latency_ms)
       VALUES (@request_id, @created_at, @channel, @transcript, @metadata, @session_id, @intent, @entities,
         @outcome, @error_type, @http_status, @crm_calls, @provider, @latency_ms)`,
    );
    this.writeBatch = db.transaction((rows: Interaction[]) => {
      for (const interaction of rows) {
        insert.run({
          ...interaction,
          metadata: interaction.metadata === undefined ? null : safeJson(interaction.metadata),
          session_id: interaction.session_id ?? null,
          entities: safeJson(interaction.entities ?? {}),
          error_type: interaction.outcome === 'ok' ? null : interaction.outcome,
          crm_calls: safeJson(interaction.crm_calls),
        });
      }
    });
    if (jsonlPath) {
      fs.mkdirSync(path.dirname(path.resolve(jsonlPath)), { recursive: true });
      this.stream = fs.createWriteStream(jsonlPath, { flags: 'a' });
      this.stream.on('error', (error) => this.logger.error({ err: error }, 'interaction log file failed'));
    } else this.stream = null;
  }

  record(interaction: Interaction): void {
    this.pending.push(interaction);
    if (this.pending.length >= FLUSH_SIZE) this.write();
    else this.timer ??= setTimeout(() => this.write(), FLUSH_INTERVAL_MS);
  }

  async flush(): Promise<void> {
    this.write();
  }

  private write(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const rows = this.pending;
    if (rows.length === 0) return;
    this.pending = [];
    try {
      this.writeBatch(rows);
      this.stream?.write(rows.map((interaction) => `${safeJson(interaction)}\n`).join(''));
    } catch (error) {
      // A log line lost is logged; it never takes the process down with it.
      this.logger.error({ err: error, rows: rows.length }, 'could not record interactions');
    }
  }

  async close(): Promise<void> {
    this.write();
    const stream = this.stream;
    if (stream) await new Promise<void>((resolve) => stream.end(resolve));
  }
}

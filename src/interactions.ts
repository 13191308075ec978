import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './db';
import type { Logger } from './logger';

/** One handled request, as kept in SQLite (`interactions`) and as one JSONL line. */
export interface Interaction {
  request_id: string;
  created_at: string;
  channel: 'http' | 'voice' | 'fixtures';
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

export class InteractionLog {
  private readonly insert;
  private readonly stream: fs.WriteStream | null;

  constructor(
    db: Db,
    jsonlPath: string | null,
    private readonly logger: Logger,
  ) {
    this.insert = db.prepare(
      `INSERT INTO interactions (request_id, created_at, channel, transcript, metadata, session_id, intent, entities,
         outcome, error_type, http_status, crm_calls, provider, latency_ms)
       VALUES (@request_id, @created_at, @channel, @transcript, @metadata, @session_id, @intent, @entities,
         @outcome, @error_type, @http_status, @crm_calls, @provider, @latency_ms)`,
    );
    if (jsonlPath) {
      fs.mkdirSync(path.dirname(path.resolve(jsonlPath)), { recursive: true });
      this.stream = fs.createWriteStream(jsonlPath, { flags: 'a' });
      this.stream.on('error', (error) => this.logger.error({ err: error }, 'interaction log file failed'));
    } else this.stream = null;
  }

  /** Never throws: losing a log line must not fail the request it describes. */
  record(interaction: Interaction): void {
    try {
      this.insert.run({
        ...interaction,
        metadata: interaction.metadata === undefined ? null : JSON.stringify(interaction.metadata),
        session_id: interaction.session_id ?? null,
        entities: JSON.stringify(interaction.entities ?? {}),
        error_type: interaction.outcome === 'ok' ? null : interaction.outcome,
        crm_calls: JSON.stringify(interaction.crm_calls),
      });
      this.stream?.write(`${JSON.stringify(interaction)}\n`);
    } catch (error) {
      this.logger.error({ err: error, request_id: interaction.request_id }, 'could not record interaction');
    }
  }

  async close(): Promise<void> {
    const stream = this.stream;
    if (stream) await new Promise<void>((resolve) => stream.end(resolve));
  }
}

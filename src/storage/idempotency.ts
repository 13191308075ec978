import { createHash } from 'node:crypto';
import type { Db } from './database';
import { groupCommitOf, type GroupCommit } from './group-commit';

/**
 * Idempotency keys: the first answer to a key is kept for 24 hours and replayed to every retry with
 * the same request, so a retried request never writes twice. The same key with another request is a
 * mismatch; a key whose first request is still running is in flight. A first request that never
 * finished (the process died) stops holding its key after a minute. The interface is async so that
 * another engine can implement it; SQLite answers at once.
 */
export type Claim =
  | { kind: 'claimed' }
  | { kind: 'replay'; status: number; response: string }
  | { kind: 'in-flight' }
  | { kind: 'mismatch' };

export interface IdempotencyStore {
  /** Atomically: the key's earlier answer, or the key taken for this request. */
  claim(scope: string, key: string, fingerprint: string): Promise<Claim>;
  /** Keeps the answer for the key's retries. */
  complete(scope: string, key: string, status: number, response: string): Promise<void>;
  /** Frees the key so that a retry runs again (the first run failed without an answer to keep). */
  release(scope: string, key: string): Promise<void>;
}

/** What identifies a request's content: the same for the same JSON value. */
export function fingerprintOf(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(value ?? null))
    .digest('hex');
}

const KEPT_MS = 24 * 60 * 60_000;
const ABANDONED_MS = 60_000;

interface Row {
  body_hash: string;
  status: number | null;
  response: string | null;
  created_at_ms: number;
}

export class SqliteIdempotencyStore implements IdempotencyStore {
  private readonly statements;
  private readonly claimNow: (scope: string, key: string, fingerprint: string) => Claim;
  private readonly writer: GroupCommit;
  private lastPurge = 0;

  constructor(
    db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.writer = groupCommitOf(db);
    this.statements = {
      get: db.prepare(
        `SELECT body_hash, status, response, created_at_ms FROM idempotency_keys WHERE scope = ? AND key = ?`,
      ),
      begin: db.prepare(
        `INSERT INTO idempotency_keys (scope, key, body_hash, created_at_ms) VALUES (?, ?, ?, ?)`,
      ),
      complete: db.prepare(
        `UPDATE idempotency_keys SET status = ?, response = ? WHERE scope = ? AND key = ?`,
      ),
      release: db.prepare(`DELETE FROM idempotency_keys WHERE scope = ? AND key = ?`),
      purge: db.prepare(`DELETE FROM idempotency_keys WHERE created_at_ms < ?`),
    };
    this.claimNow = db.transaction((scope: string, key: string, fingerprint: string): Claim => {
      const now = this.now();
      const row = this.statements.get.get(scope, key) as Row | undefined;
      const age = row ? now - row.created_at_ms : 0;
      const expired = row !== undefined && (age > KEPT_MS || (row.status === null && age > ABANDONED_MS));
      if (row && !expired) {
        if (row.body_hash !== fingerprint) return { kind: 'mismatch' };
        if (row.status === null || row.response === null) return { kind: 'in-flight' };
        return { kind: 'replay', status: row.status, response: row.response };
      }
      if (expired) this.statements.release.run(scope, key);
      this.statements.begin.run(scope, key, fingerprint, now);
      if (now - this.lastPurge > 60 * 60_000) {
        this.lastPurge = now;
        this.statements.purge.run(now - KEPT_MS);
      }
      return { kind: 'claimed' };
    });
  }

  async claim(scope: string, key: string, fingerprint: string): Promise<Claim> {
    return this.writer.run(() => this.claimNow(scope, key, fingerprint));
  }

  async complete(scope: string, key: string, status: number, response: string): Promise<void> {
    await this.writer.run(() => this.statements.complete.run(status, response, scope, key));
  }

  async release(scope: string, key: string): Promise<void> {
    await this.writer.run(() => this.statements.release.run(scope, key));
  }
}

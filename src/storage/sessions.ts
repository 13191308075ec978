import type { LeadSummary } from '../kernel/domain';
import type { UnderstoodAction } from '../kernel/said';
import type { Db } from './database';
import { groupCommitOf, type GroupCommit } from './group-commit';

/**
 * Conversation state, one row per session id: a request still waiting for an answer, and the lead
 * last acted on ("him", "her"). A session idle for longer than its time to live is gone. The
 * interface is async so that another engine can implement it; SQLite answers at once.
 */
export interface PendingRequest {
  action: UnderstoodAction;
  /** The fields the next answer must supply. */
  needs: string[];
}

export interface SessionState {
  pending: PendingRequest | null;
  lastLead: LeadSummary | null;
}

export const EMPTY_SESSION: SessionState = { pending: null, lastLead: null };

export interface SessionStore {
  /** The session's state, or an empty one for a new or expired session. */
  get(id: string): Promise<SessionState>;
  save(id: string, state: SessionState): Promise<void>;
}

export class SqliteSessionStore implements SessionStore {
  private readonly statements;
  private readonly writer: GroupCommit;
  private lastPurge = 0;

  constructor(
    db: Db,
    private readonly idleMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.writer = groupCommitOf(db);
    this.statements = {
      get: db.prepare(`SELECT pending, last_lead, updated_at_ms FROM conversation_sessions WHERE id = ?`),
      save: db.prepare(
        `INSERT INTO conversation_sessions (id, pending, last_lead, updated_at_ms) VALUES (?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET pending = excluded.pending, last_lead = excluded.last_lead,
           updated_at_ms = excluded.updated_at_ms`,
      ),
      purge: db.prepare(`DELETE FROM conversation_sessions WHERE updated_at_ms < ?`),
    };
  }

  async get(id: string): Promise<SessionState> {
    const row = this.statements.get.get(id) as
      { pending: string | null; last_lead: string | null; updated_at_ms: number } | undefined;
    if (!row || row.updated_at_ms < this.now() - this.idleMs) return EMPTY_SESSION;
    return {
      pending: row.pending ? (JSON.parse(row.pending) as PendingRequest) : null,
      lastLead: row.last_lead ? (JSON.parse(row.last_lead) as LeadSummary) : null,
    };
  }

  async save(id: string, state: SessionState): Promise<void> {
    const now = this.now();
    const pending = state.pending ? JSON.stringify(state.pending) : null;
    const lastLead = state.lastLead ? JSON.stringify(state.lastLead) : null;
    // Expired rows are removed now and then, not on every turn.
    const purge = now - this.lastPurge > 60_000;
    if (purge) this.lastPurge = now;
    await this.writer.run(() => {
      this.statements.save.run(id, pending, lastLead, now);
      if (purge) this.statements.purge.run(now - this.idleMs);
    });
  }
}

import { randomUUID } from 'node:crypto';
import type { LeadStatus } from '../../kernel/domain';
import type { Db } from '../../storage/database';
import { groupCommitOf, type GroupCommit } from '../../storage/group-commit';
import { nameWords, startsNameWords } from '../../values/name-words';

export interface Lead {
  lead_id: string;
  number: number;
  name: string;
  phone: string;
  city: string;
  locality: string | null;
  source: string | null;
  status: LeadStatus;
  created_at: string;
  updated_at: string;
}

export interface StatusChange {
  from_status: LeadStatus | null;
  status: LeadStatus;
  notes: string | null;
  changed_at: string;
}

export interface Visit {
  visit_id: string;
  lead_id: string;
  visit_time: string;
  notes: string | null;
  status: 'SCHEDULED';
  created_at: string;
}

export interface NewLead {
  /** Normally generated; given when leads are imported from another CRM with their ids. */
  id?: string | undefined;
  name: string;
  phone: string;
  city: string;
  locality?: string | undefined;
  source?: string | undefined;
}

/** A `leads` row: the Lead, with its id under the column's name. */
type LeadRow = Omit<Lead, 'lead_id'> & { id: string };

const toLead = (row: LeadRow): Lead => ({
  lead_id: row.id,
  number: row.number,
  name: row.name,
  phone: row.phone,
  city: row.city,
  locality: row.locality,
  source: row.source,
  status: row.status,
  created_at: row.created_at,
  updated_at: row.updated_at,
});

interface VisitRow {
  id: string;
  lead_id: string;
  visit_time: string;
  notes: string | null;
  created_at: string;
}

const toVisit = (row: VisitRow): Visit => ({
  visit_id: row.id,
  lead_id: row.lead_id,
  visit_time: row.visit_time,
  notes: row.notes,
  status: 'SCHEDULED',
  created_at: row.created_at,
});

export const nameKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

export interface LeadQuery {
  /** Free text: a name (or the start of one of its words), an id or its prefix, a lead number, a phone. */
  q?: string | undefined;
  /** Phone numbers in E.164 that `q` may stand for (the caller parses; the store only compares). */
  phones?: readonly string[];
  status?: LeadStatus | undefined;
  limit: number;
  /** Lead number after which to continue. */
  after?: number | undefined;
}

export type LeadDetail = Lead & { status_history: StatusChange[]; visits: Visit[] };

export interface NewVisit {
  lead_id: string;
  visit_time: string;
  visit_at_ms: number;
  notes?: string | undefined;
}

export interface VisitFilter {
  lead_id?: string | undefined;
  fromMs?: number | undefined;
  toMs?: number | undefined;
}

/**
 * The embedded CRM's data, called with checked, typed values (the REST routes and the turn check
 * them first). Async so that another engine can implement it.
 */
export interface CrmStore {
  /** Creates a lead with status NEW, or names the lead that already has this phone. */
  createLead(input: NewLead): Promise<{ created: Lead } | { existing: Lead }>;
  getLead(id: string): Promise<LeadDetail | null>;
  searchLeads(query: LeadQuery): Promise<{ leads: Lead[]; last: number | null }>;
  deleteLead(id: string): Promise<boolean>;
  /** Null when the lead is unknown. */
  createVisit(input: NewVisit): Promise<Visit | null>;
  listVisits(filter: VisitFilter): Promise<Visit[]>;
  /** Sets the status and appends to the history in one transaction; null when the lead is unknown. */
  updateStatus(id: string, status: LeadStatus, notes?: string): Promise<Lead | null>;
}

/** The CRM's tables in SQLite. better-sqlite3 transactions are synchronous: they cannot interleave. */
export class SqliteCrmStore implements CrmStore {
  private readonly statements;
  /** Writes go through the database's group commit: one fsync for the writes of concurrent requests. */
  private readonly writer: GroupCommit;

  constructor(private readonly db: Db) {
    this.writer = groupCommitOf(db);
    this.statements = {
      insertLead: db.prepare(
        `INSERT INTO leads (id, number, name, name_key, phone, city, locality, source, status, created_at, updated_at)
         VALUES (@id, (SELECT last FROM lead_counter WHERE id = 1), @name, @name_key, @phone, @city, @locality, @source, 'NEW', @now, @now)`,
      ),
      nextNumber: db.prepare(`UPDATE lead_counter SET last = last + 1 WHERE id = 1`),
      insertHistory: db.prepare(
        `INSERT INTO lead_status_history (lead_id, from_status, to_status, notes, changed_at)
         VALUES (?, ?, ?, ?, ?)`,
      ),
      leadById: db.prepare(`SELECT * FROM leads WHERE id = ?`),
      leadByPhone: db.prepare(`SELECT * FROM leads WHERE phone = ?`),
      history: db.prepare(
        `SELECT from_status, to_status AS status, notes, changed_at FROM lead_status_history WHERE lead_id = ? ORDER BY id`,
      ),
      visitsOfLead: db.prepare(`SELECT * FROM visits WHERE lead_id = ? ORDER BY visit_at_ms, id`),
      deleteLead: db.prepare(`DELETE FROM leads WHERE id = ?`),
      insertVisit: db.prepare(
        `INSERT INTO visits (id, lead_id, visit_time, visit_at_ms, notes, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      setStatus: db.prepare(`UPDATE leads SET status = ?, updated_at = ? WHERE id = ?`),
      insertNameWord: db.prepare(`INSERT OR IGNORE INTO lead_name_words (word, lead_id) VALUES (?, ?)`),
      page: db.prepare(
        `SELECT * FROM leads WHERE (@status IS NULL OR status = @status) AND number > @after ORDER BY number LIMIT @limit`,
      ),
      byNumber: db.prepare(`SELECT * FROM leads WHERE number = ?`),
      byIdRange: db.prepare(`SELECT * FROM leads WHERE id >= ? AND id < ? LIMIT 100`),
      byNameWord: db.prepare(
        `SELECT leads.* FROM lead_name_words JOIN leads ON leads.id = lead_name_words.lead_id
         WHERE lead_name_words.word >= ? AND lead_name_words.word < ? LIMIT 500`,
      ),
    };
  }

  async createLead(input: NewLead): Promise<{ created: Lead } | { existing: Lead }> {
    return this.writer.run(() => {
      const existing = this.statements.leadByPhone.get(input.phone) as LeadRow | undefined;
      if (existing) return { existing: toLead(existing) };
      const id = input.id ?? randomUUID();
      const now = new Date().toISOString();
      this.statements.nextNumber.run();
      this.statements.insertLead.run({
        id,
        name: input.name,
        name_key: nameKey(input.name),
        phone: input.phone,
        city: input.city,
        locality: input.locality ?? null,
        source: input.source ?? null,
        now,
      });
      this.statements.insertHistory.run(id, null, 'NEW', null, now);
      for (const word of nameWords(input.name)) this.statements.insertNameWord.run(word, id);
      return { created: toLead(this.statements.leadById.get(id) as LeadRow) };
    });
  }

  async getLead(id: string): Promise<LeadDetail | null> {
    const row = this.statements.leadById.get(id) as LeadRow | undefined;
    if (!row) return null;
    return {
      ...toLead(row),
      status_history: this.statements.history.all(id) as StatusChange[],
      visits: (this.statements.visitsOfLead.all(id) as VisitRow[]).map(toVisit),
    };
  }

  /**
   * Leads matching `q` as a name (whole, or each said word starting a name word in order), an id or
   * id prefix, a lead number or a phone — each through an index — or every lead, oldest first.
   */
  async searchLeads(query: LeadQuery): Promise<{ leads: Lead[]; last: number | null }> {
    const q = query.q
      ?.trim()
      .toLowerCase()
      .replace(/(?:\.{2,}|…)$/, '');
    let rows: LeadRow[];
    if (!q) {
      rows = this.statements.page.all({
        status: query.status ?? null,
        after: query.after ?? 0,
        limit: query.limit + 1,
      }) as LeadRow[];
    } else {
      const found = new Map<string, LeadRow>();
      const add = (matches: unknown[]) => {
        for (const row of matches as LeadRow[]) found.set(row.id, row);
      };
      if (/^\d{1,9}$/.test(q)) add(this.statements.byNumber.all(Number(q)));
      if (/^[0-9a-f-]{4,36}$/.test(q)) add(this.statements.byIdRange.all(q, `${q}\uffff`));
      for (const phone of query.phones ?? []) add(this.statements.leadByPhone.all(phone));
      const said = nameWords(q);
      if (said.length > 0 && /\p{L}/u.test(q)) {
        const candidates = this.statements.byNameWord.all(said[0], `${said[0]}\uffff`) as LeadRow[];
        add(candidates.filter((row) => startsNameWords(q, row.name)));
      }
      rows = [...found.values()]
        .filter((row) => (!query.status || row.status === query.status) && row.number > (query.after ?? 0))
        .sort((a, b) => a.number - b.number)
        .slice(0, query.limit + 1);
    }
    const page = rows.slice(0, query.limit);
    return {
      leads: page.map(toLead),
      last: rows.length > query.limit ? (page.at(-1)?.number ?? null) : null,
    };
  }

  async deleteLead(id: string): Promise<boolean> {
    return this.writer.run(() => this.statements.deleteLead.run(id).changes > 0);
  }

  async createVisit(input: NewVisit): Promise<Visit | null> {
    return this.writer.run(() => {
      if (!this.statements.leadById.get(input.lead_id)) return null;
      const id = randomUUID();
      const now = new Date().toISOString();
      this.statements.insertVisit.run(
        id,
        input.lead_id,
        input.visit_time,
        input.visit_at_ms,
        input.notes ?? null,
        now,
      );
      return {
        visit_id: id,
        lead_id: input.lead_id,
        visit_time: input.visit_time,
        notes: input.notes ?? null,
        status: 'SCHEDULED' as const,
        created_at: now,
      };
    });
  }

  async listVisits(filter: VisitFilter): Promise<Visit[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.lead_id) {
      where.push('lead_id = ?');
      params.push(filter.lead_id);
    }
    if (filter.fromMs !== undefined) {
      where.push('visit_at_ms >= ?');
      params.push(filter.fromMs);
    }
    if (filter.toMs !== undefined) {
      where.push('visit_at_ms <= ?');
      params.push(filter.toMs);
    }
    const sql = `SELECT * FROM visits ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY visit_at_ms, id LIMIT 500`;
    return (this.db.prepare(sql).all(...params) as VisitRow[]).map(toVisit);
  }

  async updateStatus(id: string, status: LeadStatus, notes?: string): Promise<Lead | null> {
    return this.writer.run(() => {
      const row = this.statements.leadById.get(id) as LeadRow | undefined;
      if (!row) return null;
      const now = new Date().toISOString();
      this.statements.setStatus.run(status, now, id);
      this.statements.insertHistory.run(id, row.status, status, notes ?? null, now);
      return { ...toLead(row), status, updated_at: now };
    });
  }
}

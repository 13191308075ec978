import { randomUUID } from 'node:crypto';
import type { Db } from '../db';
import type { LeadStatus } from '../domain';

export interface Lead {
  lead_id: string;
  number: number;
  name: string;
  phone: string;
  city: string;
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
  source?: string | undefined;
}

interface LeadRow {
  id: string;
  number: number;
  name: string;
  phone: string;
  city: string;
  source: string | null;
  status: LeadStatus;
  created_at: string;
  updated_at: string;
}

const toLead = (row: LeadRow): Lead => ({
  lead_id: row.id,
  number: row.number,
  name: row.name,
  phone: row.phone,
  city: row.city,
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

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

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

/** The embedded CRM's tables. Synchronous: better-sqlite3 transactions cannot interleave. */
export class CrmStore {
  private readonly statements;

  constructor(private readonly db: Db) {
    this.statements = {
      insertLead: db.prepare(
        `INSERT INTO leads (id, number, name, name_key, phone, city, source, status, created_at, updated_at)
         VALUES (@id, (SELECT COALESCE(MAX(number), 0) + 1 FROM leads), @name, @name_key, @phone, @city, @source, 'NEW', @now, @now)`,
      ),
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
    };
  }

  /** Creates a lead with status NEW, or names the lead that already has this phone. */
  createLead(input: NewLead): { created: Lead } | { existing: Lead } {
    return this.db.transaction(() => {
      const existing = this.statements.leadByPhone.get(input.phone) as LeadRow | undefined;
      if (existing) return { existing: toLead(existing) };
      const id = input.id ?? randomUUID();
      const now = new Date().toISOString();
      this.statements.insertLead.run({
        id,
        name: input.name,
        name_key: nameKey(input.name),
        phone: input.phone,
        city: input.city,
        source: input.source ?? null,
        now,
      });
      this.statements.insertHistory.run(id, null, 'NEW', null, now);
      return { created: toLead(this.statements.leadById.get(id) as LeadRow) };
    })();
  }

  getLead(id: string): (Lead & { status_history: StatusChange[]; visits: Visit[] }) | null {
    const row = this.statements.leadById.get(id) as LeadRow | undefined;
    if (!row) return null;
    return {
      ...toLead(row),
      status_history: this.statements.history.all(id) as StatusChange[],
      visits: (this.statements.visitsOfLead.all(id) as VisitRow[]).map(toVisit),
    };
  }

  searchLeads(query: LeadQuery): { leads: Lead[]; last: number | null } {
    const where: string[] = [];
    const params: unknown[] = [];
    const q = query.q
      ?.trim()
      .toLowerCase()
      .replace(/(?:\.{2,}|…)$/, '');
    if (q) {
      const alternatives = ['name_key = ?', `name_key LIKE ? ESCAPE '\\'`, `name_key LIKE ? ESCAPE '\\'`];
      params.push(nameKey(q), `${escapeLike(nameKey(q))}%`, `% ${escapeLike(nameKey(q))}%`);
      if (/^[0-9a-f-]{4,36}$/.test(q)) {
        alternatives.push(`id LIKE ? ESCAPE '\\'`);
        params.push(`${escapeLike(q)}%`);
      }
      if (/^\d{1,9}$/.test(q)) {
        alternatives.push('number = ?');
        params.push(Number(q));
      }
      for (const phone of query.phones ?? []) {
        alternatives.push('phone = ?');
        params.push(phone);
      }
      where.push(`(${alternatives.join(' OR ')})`);
    }
    if (query.status) {
      where.push('status = ?');
      params.push(query.status);
    }
    if (query.after !== undefined) {
      where.push('number > ?');
      params.push(query.after);
    }
    const sql = `SELECT * FROM leads ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY number LIMIT ?`;
    const rows = this.db.prepare(sql).all(...params, query.limit + 1) as LeadRow[];
    const page = rows.slice(0, query.limit);
    return {
      leads: page.map(toLead),
      last: rows.length > query.limit ? page[page.length - 1]!.number : null,
    };
  }

  deleteLead(id: string): boolean {
    return this.statements.deleteLead.run(id).changes > 0;
  }

  createVisit(input: {
    lead_id: string;
    visit_time: string;
    visit_at_ms: number;
    notes?: string | undefined;
  }): Visit | null {
    return this.db.transaction(() => {
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
    })();
  }

  listVisits(filter: {
    lead_id?: string | undefined;
    fromMs?: number | undefined;
    toMs?: number | undefined;
  }): Visit[] {
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

  /** Sets the status and appends to the history in one transaction; null when the lead is unknown. */
  updateStatus(id: string, status: LeadStatus, notes?: string): Lead | null {
    return this.db.transaction(() => {
      const row = this.statements.leadById.get(id) as LeadRow | undefined;
      if (!row) return null;
      const now = new Date().toISOString();
      this.statements.setStatus.run(status, now, id);
      this.statements.insertHistory.run(id, row.status, status, notes ?? null, now);
      return { ...toLead(row), status, updated_at: now };
    })();
  }
}

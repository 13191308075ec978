import { z } from 'zod';
import { LEAD_STATUSES } from '../domain';
import { parsePhone } from '../nlu/phone';
import { CrmStore, type Lead } from './store';

/**
 * The embedded CRM's behaviour in HTTP terms ({status, body}), shared by its REST router and by the
 * in-process client, so both answer with the same codes and the same `{"detail": ...}` errors.
 */
export interface CrmReply {
  status: number;
  body: unknown;
}

const text = (max: number) => z.string().trim().min(1).max(max);

const newLeadBody = z.object({
  name: text(120),
  phone: text(32),
  city: text(80),
  source: text(60).nullish(),
});

const isoWithOffset = z.iso.datetime({ offset: true });

const newVisitBody = z.object({
  lead_id: text(64),
  visit_time: isoWithOffset,
  notes: z.string().trim().max(1000).nullish(),
});

const statusBody = z.object({
  status: z.enum(LEAD_STATUSES),
  notes: z.string().trim().max(1000).nullish(),
});

const listQuery = z.object({
  q: z.string().trim().max(200).optional(),
  status: z.enum(LEAD_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(64).optional(),
});

const visitsQuery = z.object({
  lead_id: z.string().trim().max(64).optional(),
  from: isoWithOffset.optional(),
  to: isoWithOffset.optional(),
});

const detail = (status: number, message: string, extra: Record<string, unknown> = {}): CrmReply => ({
  status,
  body: { detail: message, ...extra },
});

function invalid(error: z.ZodError): CrmReply {
  const first = error.issues[0];
  const where = first?.path.length ? `${first.path.join('.')}: ` : '';
  return detail(422, `Invalid request: ${where}${first?.message ?? 'bad value'}`);
}

const encodeCursor = (number: number) => Buffer.from(`n:${number}`).toString('base64url');
function decodeCursor(cursor: string): number | null {
  const match = /^n:(\d{1,12})$/.exec(Buffer.from(cursor, 'base64url').toString());
  return match ? Number(match[1]) : null;
}

export class CrmService {
  constructor(
    readonly store: CrmStore,
    private readonly region: string,
  ) {}

  createLead(body: unknown): CrmReply {
    const parsed = newLeadBody.safeParse(body);
    if (!parsed.success) return invalid(parsed.error);
    const phone = parsePhone(parsed.data.phone, this.region);
    if (!phone.ok) return detail(422, phone.reason);
    const outcome = this.store.createLead({
      ...parsed.data,
      phone: phone.e164,
      source: parsed.data.source ?? undefined,
    });
    if ('existing' in outcome) {
      return detail(409, `A lead with phone ${phone.e164} already exists: ${outcome.existing.lead_id}.`, {
        lead_id: outcome.existing.lead_id,
      });
    }
    return { status: 201, body: { lead_id: outcome.created.lead_id, status: outcome.created.status } };
  }

  listLeads(query: unknown): CrmReply {
    const parsed = listQuery.safeParse(query);
    if (!parsed.success) return invalid(parsed.error);
    const { q, status, limit, cursor } = parsed.data;
    const after = cursor === undefined ? undefined : decodeCursor(cursor);
    if (after === null) return detail(422, 'Invalid request: cursor: not a cursor from this API');
    const phones = q
      ? [parsePhone(q, this.region)].flatMap((result) => (result.ok ? [result.e164] : []))
      : [];
    const page = this.store.searchLeads({ q, phones, status, limit, after });
    return {
      status: 200,
      body: { leads: page.leads, next_cursor: page.last === null ? null : encodeCursor(page.last) },
    };
  }

  getLead(id: string): CrmReply {
    const lead = this.store.getLead(id);
    return lead ? { status: 200, body: lead } : detail(404, 'Lead not found');
  }

  deleteLead(id: string): CrmReply {
    return this.store.deleteLead(id) ? { status: 204, body: null } : detail(404, 'Lead not found');
  }

  createVisit(body: unknown): CrmReply {
    const parsed = newVisitBody.safeParse(body);
    if (!parsed.success) return invalid(parsed.error);
    const visit = this.store.createVisit({
      lead_id: parsed.data.lead_id,
      visit_time: parsed.data.visit_time,
      visit_at_ms: Date.parse(parsed.data.visit_time),
      notes: parsed.data.notes ?? undefined,
    });
    return visit
      ? { status: 201, body: { visit_id: visit.visit_id, status: visit.status } }
      : detail(404, 'Lead not found');
  }

  listVisits(query: unknown): CrmReply {
    const parsed = visitsQuery.safeParse(query);
    if (!parsed.success) return invalid(parsed.error);
    const { lead_id, from, to } = parsed.data;
    const visits = this.store.listVisits({
      lead_id,
      fromMs: from === undefined ? undefined : Date.parse(from),
      toMs: to === undefined ? undefined : Date.parse(to),
    });
    return { status: 200, body: { visits } };
  }

  updateStatus(id: string, body: unknown): CrmReply {
    const parsed = statusBody.safeParse(body);
    if (!parsed.success) return invalid(parsed.error);
    const lead: Lead | null = this.store.updateStatus(id, parsed.data.status, parsed.data.notes ?? undefined);
    return lead
      ? { status: 200, body: { lead_id: lead.lead_id, status: lead.status } }
      : detail(404, 'Lead not found');
  }
}

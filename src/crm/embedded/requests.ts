import { z } from 'zod';
import { LEAD_STATUSES, type LeadStatus } from '../../kernel/domain';
import { ValidationError } from '../../kernel/errors';
import { canonicalCity, canonicalSource, properCase } from '../../values/lexicon';
import { parsePhone } from '../../values/phone';
import type { LeadQuery, NewLead, NewVisit, VisitFilter } from './store';

/**
 * The embedded CRM's REST requests, checked: each reader turns a body or a query into the typed
 * values the store takes, or a ValidationError (422) naming the first problem. The turn does not
 * come through here: it calls the store with values it has checked already.
 */
const text = (max: number) => z.string().trim().min(1).max(max);

const newLeadBody = z.object({
  name: text(120),
  phone: text(32),
  city: text(80),
  locality: text(80).nullish(),
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

function invalid(error: z.ZodError): ValidationError {
  const first = error.issues[0];
  const where = first?.path.length ? `${first.path.join('.')}: ` : '';
  return new ValidationError(`Invalid request: ${where}${first?.message ?? 'bad value'}`);
}

function parsed<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw invalid(result.error);
  return result.data;
}

export const encodeCursor = (number: number) => Buffer.from(`n:${number}`).toString('base64url');
function decodeCursor(cursor: string): number | null {
  const match = /^n:(\d{1,12})$/.exec(Buffer.from(cursor, 'base64url').toString());
  return match ? Number(match[1]) : null;
}

/** A lead as POST /crm/leads takes it, written the way POST /transcript writes one. */
export function readNewLead(body: unknown, region: string): NewLead {
  const lead = parsed(newLeadBody, body);
  const phone = parsePhone(lead.phone, region);
  if (!phone.ok) throw new ValidationError(phone.reason);
  return {
    name: properCase(lead.name),
    phone: phone.e164,
    city: canonicalCity(lead.city),
    locality: lead.locality ? properCase(lead.locality) : undefined,
    source: lead.source ? (canonicalSource(lead.source) ?? properCase(lead.source)) : undefined,
  };
}

export function readLeadQuery(query: unknown, region: string): LeadQuery {
  const { q, status, limit, cursor } = parsed(listQuery, query);
  const after = cursor === undefined ? undefined : decodeCursor(cursor);
  if (after === null) throw new ValidationError('Invalid request: cursor: not a cursor from this API');
  const phone = q ? parsePhone(q, region) : null;
  return { q, phones: phone?.ok ? [phone.e164] : [], status, limit, after };
}

/** A visit as POST /crm/visits takes it: like POST /transcript, never in the past. */
export function readNewVisit(body: unknown, now = Date.now()): NewVisit {
  const visit = parsed(newVisitBody, body);
  if (Date.parse(visit.visit_time) < now - 60_000) {
    throw new ValidationError(
      `Invalid request: visit_time: ${visit.visit_time} is in the past; give a future time (ISO 8601 with an offset).`,
    );
  }
  return {
    lead_id: visit.lead_id,
    visit_time: visit.visit_time,
    visit_at_ms: Date.parse(visit.visit_time),
    notes: visit.notes ?? undefined,
  };
}

export function readVisitFilter(query: unknown): VisitFilter {
  const { lead_id, from, to } = parsed(visitsQuery, query);
  return {
    lead_id,
    fromMs: from === undefined ? undefined : Date.parse(from),
    toMs: to === undefined ? undefined : Date.parse(to),
  };
}

export function readStatusChange(body: unknown): { status: LeadStatus; notes: string | undefined } {
  const change = parsed(statusBody, body);
  return { status: change.status, notes: change.notes ?? undefined };
}

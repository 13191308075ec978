import { z } from 'zod';
import type { CrmAttempt, LeadSummary } from '../kernel/domain';
import { ConflictError, CrmError, NotFoundError } from '../kernel/errors';
import type { CrmResult } from './port';

/**
 * How the answers of an external CRM are read: tolerant readers for any CRM that speaks the contract
 * or the reference mock CRM (which says `id` in places and answers 200 on create). Only the HTTP
 * client uses them; the embedded CRM is called with types.
 */
const created = z.looseObject({
  lead_id: z.string().min(1).optional(),
  id: z.string().min(1).optional(),
  status: z.string().optional(),
});
const visit = z.looseObject({
  visit_id: z.string().optional(),
  id: z.string().optional(),
  status: z.string().optional(),
});
const leadList = z.looseObject({
  leads: z.array(
    z.looseObject({
      lead_id: z.string().optional(),
      id: z.string().optional(),
      name: z.string().optional(),
      phone: z.string().optional(),
      number: z.number().optional(),
      city: z.string().optional(),
    }),
  ),
});

export function readCreatedLead(body: unknown): { lead_id: string; status: string } | null {
  const parsed = created.safeParse(body);
  const id = parsed.success ? (parsed.data.lead_id ?? parsed.data.id) : undefined;
  return id ? { lead_id: id, status: parsed.data?.status ?? 'NEW' } : null;
}

export function readVisit(body: unknown): { visit_id?: string; status: string } {
  const parsed = visit.safeParse(body ?? {});
  if (!parsed.success) return { status: 'SCHEDULED' };
  const id = parsed.data.visit_id ?? parsed.data.id;
  return { ...(id ? { visit_id: id } : {}), status: parsed.data.status ?? 'SCHEDULED' };
}

export function readStatus(fallback: { lead_id: string; status: string }) {
  return (body: unknown): { lead_id: string; status: string } => {
    const parsed = created.safeParse(body ?? {});
    if (!parsed.success) return fallback;
    return {
      lead_id: parsed.data.lead_id ?? parsed.data.id ?? fallback.lead_id,
      status: parsed.data.status ?? fallback.status,
    };
  };
}

export function readLeadList(body: unknown): { leads: LeadSummary[] } | null {
  const parsed = leadList.safeParse(body);
  if (!parsed.success) return null;
  return {
    leads: parsed.data.leads.flatMap((lead) => {
      const id = lead.lead_id ?? lead.id;
      return id
        ? [{ lead_id: id, name: lead.name, phone: lead.phone, number: lead.number, city: lead.city }]
        : [];
    }),
  };
}

/** The CRM's human-readable message: `{"detail": "..."}`, FastAPI's list form, or a plain string. */
export function detailOf(body: unknown, status: number): string {
  if (typeof body === 'string' && body.trim()) return body.trim().slice(0, 500);
  if (body && typeof body === 'object' && 'detail' in body) {
    const detail = (body as { detail: unknown }).detail;
    if (typeof detail === 'string') return detail;
    if (Array.isArray(detail)) {
      return detail
        .map((item) =>
          item && typeof item === 'object' && 'msg' in item
            ? String((item as { msg: unknown }).msg)
            : JSON.stringify(item),
        )
        .join('; ')
        .slice(0, 500);
    }
    return JSON.stringify(detail).slice(0, 500);
  }
  return `The CRM answered HTTP ${status}.`;
}

/**
 * Reads a CRM reply: 2xx through `read`; 404 as not found and any other answer as a rejection, each
 * with the CRM's own words. `conflict` reads a 409 for the one call that can have one.
 */
export function toResult<T>(
  reply: { status: number; body: unknown },
  call: Omit<CrmAttempt, 'status_code'>,
  read: (body: unknown) => T | null,
  conflict?: (body: unknown, detail: string, attempt: CrmAttempt) => CrmError,
): CrmResult<T> {
  const attempt = { ...call, status_code: reply.status };
  const fail = (error: CrmError): CrmResult<T> => ({ ok: false, attempt, answer: reply.body, error });
  if (reply.status >= 200 && reply.status < 300) {
    const value = read(reply.body);
    if (value !== null) return { ok: true, attempt, answer: reply.body, value };
    return fail(new CrmError('The CRM answered success with a body this service cannot read.', 502, attempt));
  }
  const detail = detailOf(reply.body, reply.status);
  if (reply.status === 404) return fail(new NotFoundError(detail, attempt));
  if (reply.status === 409)
    return fail(
      conflict ? conflict(reply.body, detail, attempt) : new ConflictError(detail, undefined, attempt),
    );
  return fail(new CrmError(`The CRM rejected the request: ${detail}`, 502, attempt));
}

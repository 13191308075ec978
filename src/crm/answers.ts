import { z } from 'zod';
import type { LeadSummary } from './port';

/**
 * How the answers of a CRM are read, for the embedded one and for any external one that speaks the
 * contract or the reference mock CRM (which says `id` in places and answers 200 on create).
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
    }),
  ),
});

export function readCreatedLead(body: unknown): { lead_id: string; status: string } | null {
  const parsed = created.safeParse(body);
  const id = parsed.success ? (parsed.data.lead_id ?? parsed.data.id) : undefined;
  return id ? { lead_id: id, status: parsed.data?.status ?? 'NEW' } : null;
}

export function readVisit(body: unknown): { visit_id: string; status: string } | null {
  const parsed = visit.safeParse(body ?? {});
  if (!parsed.success) return { visit_id: '', status: 'SCHEDULED' };
  return {
    visit_id: parsed.data.visit_id ?? parsed.data.id ?? '',
    status: parsed.data.status ?? 'SCHEDULED',
  };
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
      return id ? [{ lead_id: id, name: lead.name, phone: lead.phone, number: lead.number }] : [];
    }),
  };
}

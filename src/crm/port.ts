import type { LeadStatus } from '../domain';

/**
 * What the pipeline needs from a CRM. Two implementations: the embedded CRM in this process, and
 * the HTTP client for CRM_BASE_URL. Both report the call as the contract's `crm_call` and the CRM's
 * real status code, and both answer 4xx outcomes as values; a CRM that cannot be reached (timeout,
 * refused, 5xx after retries) is a thrown CrmUnavailableError.
 */
export interface CrmCall {
  endpoint: string;
  method: 'GET' | 'POST';
  status_code: number;
}

export type CrmAnswer<T> =
  | { ok: true; call: CrmCall; value: T }
  | { ok: false; call: CrmCall; status: number; detail: string; body: unknown };

export interface LeadSummary {
  lead_id: string;
  name?: string | undefined;
  phone?: string | undefined;
  number?: number | undefined;
}

export interface CrmPort {
  createLead(input: {
    name: string;
    phone: string;
    city: string;
    source?: string;
  }): Promise<CrmAnswer<{ lead_id: string; status: string }>>;
  /** Leads matching a reference; 'unsupported' when the CRM has no lookup endpoint. */
  findLeads(q: string): Promise<CrmAnswer<{ leads: LeadSummary[] }> | 'unsupported'>;
  scheduleVisit(input: {
    lead_id: string;
    visit_time: string;
    notes?: string;
  }): Promise<CrmAnswer<{ visit_id: string; status: string }>>;
  updateStatus(
    leadId: string,
    input: { status: LeadStatus; notes?: string },
  ): Promise<CrmAnswer<{ lead_id: string; status: string }>>;
}

export class CrmUnavailableError extends Error {
  override readonly name = 'CrmUnavailableError';
  constructor(
    message: string,
    readonly call: Omit<CrmCall, 'status_code'> & { status_code: number | null },
  ) {
    super(message);
  }
}

/** Reads a CRM reply into a CrmAnswer: 2xx through `read`, anything else with the CRM's detail. */
export function toAnswer<T>(
  reply: { status: number; body: unknown },
  call: Omit<CrmCall, 'status_code'>,
  read: (body: unknown) => T | null,
): CrmAnswer<T> {
  const withStatus: CrmCall = { ...call, status_code: reply.status };
  if (reply.status >= 200 && reply.status < 300) {
    const value = read(reply.body);
    if (value !== null) return { ok: true, call: withStatus, value };
    return {
      ok: false,
      call: withStatus,
      status: 502,
      detail: 'The CRM answered success with a body this service cannot read.',
      body: reply.body,
    };
  }
  return {
    ok: false,
    call: withStatus,
    status: reply.status,
    detail: detailOf(reply.body, reply.status),
    body: reply.body,
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

import type { CrmCall, LeadStatus } from '../../kernel/domain';
import { NotFoundError } from '../../kernel/errors';
import { duplicatePhone, type CrmPort, type CrmResult, type LeadLookup, type NewLeadInput } from '../port';
import type { CrmStore } from './store';

/**
 * The embedded CRM, called in-process with typed values the turn has checked: no HTTP hop, no second
 * validation, no tolerant reading. It reports each call as the REST route it stands for, with the
 * status code that route would answer.
 */
const LOOKUP_LIMIT = 50;

function done<T>(attempt: CrmCall, value: T): CrmResult<T> {
  return { ok: true, attempt, answer: value, value };
}

export class EmbeddedCrmClient implements CrmPort {
  constructor(private readonly store: CrmStore) {}

  async createLead(input: NewLeadInput): Promise<CrmResult<{ lead_id: string; status: string }>> {
    const outcome = await this.store.createLead(input);
    if ('existing' in outcome) {
      const attempt = { endpoint: '/crm/leads', method: 'POST', status_code: 409 } as const;
      const error = duplicatePhone(input.phone, outcome.existing.lead_id, attempt);
      return {
        ok: false,
        attempt,
        answer: { detail: error.message, lead_id: outcome.existing.lead_id },
        error,
      };
    }
    const { lead_id, status } = outcome.created;
    return done({ endpoint: '/crm/leads', method: 'POST', status_code: 201 }, { lead_id, status });
  }

  async findLeads(lookup: LeadLookup) {
    const page = await this.store.searchLeads({
      q: lookup.phone ?? lookup.text,
      phones: lookup.phone ? [lookup.phone] : [],
      limit: LOOKUP_LIMIT,
    });
    const leads = page.leads.map(({ lead_id, name, phone, number, city }) => ({
      lead_id,
      name,
      phone,
      number,
      city,
    }));
    return done({ endpoint: '/crm/leads', method: 'GET', status_code: 200 }, { leads });
  }

  async scheduleVisit(input: { lead_id: string; visit_time: string; notes?: string }) {
    const visit = await this.store.createVisit({ ...input, visit_at_ms: Date.parse(input.visit_time) });
    if (!visit) return this.notFound<{ visit_id?: string; status: string }>('/crm/visits');
    return done(
      { endpoint: '/crm/visits', method: 'POST', status_code: 201 },
      { visit_id: visit.visit_id, status: visit.status },
    );
  }

  async updateStatus(leadId: string, input: { status: LeadStatus; notes?: string }) {
    const endpoint = `/crm/leads/${leadId}/status`;
    const lead = await this.store.updateStatus(leadId, input.status, input.notes);
    if (!lead) return this.notFound<{ lead_id: string; status: string }>(endpoint);
    return done(
      { endpoint, method: 'POST', status_code: 200 },
      { lead_id: lead.lead_id, status: lead.status },
    );
  }

  private notFound<T>(endpoint: string): CrmResult<T> {
    const attempt = { endpoint, method: 'POST', status_code: 404 } as const;
    const error = new NotFoundError('Lead not found', attempt);
    return { ok: false, attempt, answer: { detail: error.message }, error };
  }
}

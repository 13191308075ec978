import type { LeadStatus } from '../domain';
import { readCreatedLead, readLeadList, readStatus, readVisit } from './answers';
import { toAnswer, type CrmPort } from './port';
import type { CrmService } from './service';

/** The embedded CRM, called in-process: same answers as its REST API, without the HTTP hop. */
export class EmbeddedCrmClient implements CrmPort {
  constructor(private readonly service: CrmService) {}

  async createLead(input: { name: string; phone: string; city: string; source?: string }) {
    return toAnswer(
      this.service.createLead(input),
      { endpoint: '/crm/leads', method: 'POST' },
      readCreatedLead,
    );
  }

  async findLeads(q: string) {
    return toAnswer(
      this.service.listLeads({ q, limit: '50' }),
      { endpoint: '/crm/leads', method: 'GET' },
      readLeadList,
    );
  }

  async scheduleVisit(input: { lead_id: string; visit_time: string; notes?: string }) {
    return toAnswer(this.service.createVisit(input), { endpoint: '/crm/visits', method: 'POST' }, readVisit);
  }

  async updateStatus(leadId: string, input: { status: LeadStatus; notes?: string }) {
    const endpoint = `/crm/leads/${leadId}/status`;
    return toAnswer(
      this.service.updateStatus(leadId, input),
      { endpoint, method: 'POST' },
      readStatus({ lead_id: leadId, status: input.status }),
    );
  }
}

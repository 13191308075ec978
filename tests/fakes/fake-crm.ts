import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

/**
 * A CRM on loopback that speaks the contract's CRM API (or, with `lookup: false`, the reference mock
 * CRM: create answers 200, no lookup endpoint). Scripted faults: the next N requests fail with a
 * status, or hang. Every request is recorded so tests can assert what the bot sent.
 */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

interface Lead {
  lead_id: string;
  name: string;
  phone: string;
  city: string;
  status: string;
}

export class FakeCrm {
  readonly requests: RecordedRequest[] = [];
  readonly leads: Lead[] = [];
  readonly visits: { lead_id: string; visit_time: string; notes?: string }[] = [];
  private faults: (
    { kind: 'status'; status: number; detail: string } | { kind: 'hang' } | { kind: 'delay'; ms: number }
  )[] = [];
  private server: Server | null = null;
  private counter = 0;

  constructor(
    private readonly options: { lookup: boolean; createStatus: number } = { lookup: true, createStatus: 201 },
  ) {}

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  failNext(count: number, status: number, detail = 'Internal Server Error'): void {
    for (let index = 0; index < count; index++) this.faults.push({ kind: 'status', status, detail });
  }

  /** The next request is answered normally, but only after `ms`. */
  delayNext(ms: number): void {
    this.faults.push({ kind: 'delay', ms });
  }

  hangNext(count: number): void {
    for (let index = 0; index < count; index++) this.faults.push({ kind: 'hang' });
  }

  addLead(lead: Omit<Lead, 'lead_id' | 'status'> & { lead_id?: string }): string {
    const id = lead.lead_id ?? `lead-${++this.counter}`;
    this.leads.push({ ...lead, lead_id: id, status: 'NEW' });
    return id;
  }

  async start(): Promise<void> {
    const app = express();
    app.use(express.json());
    app.use((request, response, next) => {
      this.requests.push({
        method: request.method,
        path: request.originalUrl,
        headers: request.headers,
        body: request.body,
      });
      const fault = this.faults.shift();
      if (!fault) return next();
      if (fault.kind === 'hang') return; // never answers
      if (fault.kind === 'delay') {
        setTimeout(next, fault.ms);
        return;
      }
      response.status(fault.status).json({ detail: fault.detail });
    });
    app.post('/crm/leads', (request, response) => {
      const body = request.body as { name: string; phone: string; city: string };
      const existing = this.leads.find((lead) => lead.phone === body.phone);
      if (existing)
        return response
          .status(409)
          .json({ detail: `Lead with phone ${body.phone} already exists`, lead_id: existing.lead_id });
      const id = this.addLead(body);
      response.status(this.options.createStatus).json({ lead_id: id, status: 'NEW' });
    });
    if (this.options.lookup) {
      app.get('/crm/leads', (request, response) => {
        const q = String(request.query.q ?? '').toLowerCase();
        const leads = this.leads.filter(
          (lead) =>
            lead.lead_id.startsWith(q) ||
            lead.phone === request.query.q ||
            lead.name.toLowerCase().includes(q),
        );
        response.json({ leads, next_cursor: null });
      });
    }
    app.post('/crm/visits', (request, response) => {
      const body = request.body as { lead_id: string; visit_time: string; notes?: string };
      if (!this.leads.some((lead) => lead.lead_id === body.lead_id))
        return response.status(404).json({ detail: 'Lead not found' });
      this.visits.push(body);
      response
        .status(this.options.createStatus)
        .json({ visit_id: `visit-${this.visits.length}`, status: 'SCHEDULED' });
    });
    app.post('/crm/leads/:id/status', (request, response) => {
      const lead = this.leads.find((candidate) => candidate.lead_id === request.params.id);
      if (!lead) return response.status(404).json({ detail: 'Lead not found' });
      lead.status = (request.body as { status: string }).status;
      response.json({ lead_id: lead.lead_id, status: lead.status });
    });
    await new Promise<void>((resolve) => {
      this.server = app.listen(0, '127.0.0.1', () => resolve());
    });
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

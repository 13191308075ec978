import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedCrmClient } from '../crm/embedded-client';
import { CrmService } from '../crm/service';
import { CrmStore } from '../crm/store';
import { openDatabase, type Db } from '../db';
import type { UnderstandingProvider } from '../nlu/provider';
import { handleTurn } from '../conversation';
import type { PipelineDependencies } from '../pipeline';
import { SessionStore } from '../sessions';
import type { LeadSpec, SeededLead } from './fixtures';

/** Where the regression cases run: this process's pipeline, or a server at a URL. */
export interface RegressionRequest {
  transcript: string;
  reference_time?: string | undefined;
  timezone?: string | undefined;
  session_id?: string | undefined;
}

export interface RegressionAnswer {
  httpStatus: number;
  body: Record<string, unknown>;
  latencyMs: number;
  provider: string;
}

export interface Target {
  readonly description: string;
  /** Makes these leads, and only these, the ones the next case sees. */
  reset(leads: Record<string, LeadSpec>): Promise<Record<string, SeededLead>>;
  send(request: RegressionRequest): Promise<RegressionAnswer>;
  close(): Promise<void>;
}

/** The same pipeline the API runs, on a fresh temporary SQLite database. */
export class InProcessTarget implements Target {
  readonly description: string;
  private readonly directory = fs.mkdtempSync(path.join(os.tmpdir(), 'leadline-fixtures-'));
  private readonly db: Db;
  private readonly store: CrmStore;
  private readonly deps: PipelineDependencies;
  private readonly sessions: SessionStore;
  private requests = 0;

  constructor(understanding: UnderstandingProvider, options: { region: string; defaultTimezone: string }) {
    this.db = openDatabase(path.join(this.directory, 'crm.sqlite'));
    // The runner restarts from an empty CRM before each case; durability of each write buys nothing.
    this.db.pragma('synchronous = OFF');
    this.store = new CrmStore(this.db);
    const service = new CrmService(this.store, options.region);
    this.deps = { understanding, crm: new EmbeddedCrmClient(service), ...options };
    this.sessions = new SessionStore(this.db, 30 * 60_000);
    this.description = `in-process (${understanding.name}, temporary SQLite)`;
  }

  async reset(leads: Record<string, LeadSpec>): Promise<Record<string, SeededLead>> {
    this.db.exec(
      'DELETE FROM visits; DELETE FROM lead_status_history; DELETE FROM leads; DELETE FROM conversation_sessions;',
    );
    const seeded: Record<string, SeededLead> = {};
    for (const [key, lead] of Object.entries(leads)) {
      const outcome = this.store.createLead(lead);
      if (!('created' in outcome)) throw new Error(`lead '${key}': its phone is declared twice`);
      if (lead.status && lead.status !== 'NEW') this.store.updateStatus(outcome.created.lead_id, lead.status);
      seeded[key] = { id: outcome.created.lead_id, number: outcome.created.number };
    }
    return seeded;
  }

  async send(request: RegressionRequest): Promise<RegressionAnswer> {
    const started = performance.now();
    const result = await handleTurn(
      {
        transcript: request.transcript,
        requestId: `fixture-${++this.requests}`,
        referenceTime: request.reference_time ? new Date(request.reference_time) : undefined,
        timezone: request.timezone,
        sessionId: request.session_id,
      },
      this.deps,
      this.sessions,
    );
    return {
      httpStatus: result.httpStatus,
      body: result.body as unknown as Record<string, unknown>,
      latencyMs: performance.now() - started,
      provider: result.trace.provider,
    };
  }

  async close(): Promise<void> {
    this.db.close();
    fs.rmSync(this.directory, { recursive: true, force: true });
  }
}

/**
 * A running server: its /transcript, and its /crm API to declare leads before a case and remove
 * what the case created after it, so a deployment is left as it was found.
 */
export class HttpTarget implements Target {
  readonly description: string;
  private created: string[] = [];

  constructor(private readonly url: string) {
    this.url = url.replace(/\/+$/, '');
    this.description = `server at ${this.url}`;
  }

  private async json(
    method: string,
    route: string,
    body?: unknown,
  ): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${this.url}${route}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
  }

  private async removeCreated(): Promise<void> {
    for (const id of this.created) await this.json('DELETE', `/crm/leads/${encodeURIComponent(id)}`);
    this.created = [];
  }

  async reset(leads: Record<string, LeadSpec>): Promise<Record<string, SeededLead>> {
    await this.removeCreated();
    const seeded: Record<string, SeededLead> = {};
    for (const [key, lead] of Object.entries(leads)) {
      const answer = await this.json('POST', '/crm/leads', {
        name: lead.name,
        phone: lead.phone,
        city: lead.city,
        source: lead.source,
      });
      const id = (answer.body as { lead_id?: string } | null)?.lead_id;
      if ((answer.status !== 201 && answer.status !== 200) || !id) {
        throw new Error(
          `could not declare lead '${key}' at ${this.url}/crm/leads: HTTP ${answer.status} ${JSON.stringify(answer.body)}`,
        );
      }
      this.created.push(id);
      if (lead.status && lead.status !== 'NEW')
        await this.json('POST', `/crm/leads/${id}/status`, { status: lead.status });
      const detail = await this.json('GET', `/crm/leads/${id}`);
      seeded[key] = { id, number: (detail.body as { number?: number } | null)?.number };
    }
    return seeded;
  }

  async send(request: RegressionRequest): Promise<RegressionAnswer> {
    const started = performance.now();
    const answer = await this.json('POST', '/transcript', request);
    const latencyMs = performance.now() - started;
    const body = (answer.body ?? {}) as Record<string, unknown>;
    const result = body.result as { lead_id?: string } | undefined;
    if (body.intent === 'LEAD_CREATE' && answer.status === 200 && result?.lead_id)
      this.created.push(result.lead_id);
    return {
      httpStatus: answer.status,
      body,
      latencyMs,
      provider: typeof body.provider === 'string' ? body.provider : 'server',
    };
  }

  async close(): Promise<void> {
    await this.removeCreated();
  }
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApplication, type Application } from '../../app';
import { loadConfig } from '../../config';
import type { CrmStore } from '../../crm/embedded/store';
import { createLogger } from '../../kernel/logger';
import type { UnderstandingProvider } from '../../understanding/port';
import type { LeadSpec, SeededLead } from './fixtures';

/** Where the regression cases run: this process's service, or a server at a URL. */
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

/** The service as main.ts builds it, on a fresh temporary SQLite database, called in-process. */
export class InProcessTarget implements Target {
  readonly description: string;
  private readonly directory = fs.mkdtempSync(path.join(os.tmpdir(), 'leadline-fixtures-'));
  private readonly application: Application;
  private readonly store: CrmStore;
  private requests = 0;

  constructor(understanding: UnderstandingProvider, options: { region: string; defaultTimezone: string }) {
    const config = loadConfig({
      DATABASE_PATH: path.join(this.directory, 'crm.sqlite'),
      INTERACTIONS_LOG_PATH: '',
      DEFAULT_REGION: options.region,
      DEFAULT_TIMEZONE: options.defaultTimezone,
      LOG_LEVEL: 'silent',
    });
    // The runner restarts from an empty CRM before each case; durability of each write buys nothing.
    this.application = createApplication(config, {
      understanding,
      logger: createLogger('silent'),
      durable: false,
    });
    if (!this.application.crmStore) throw new Error('the in-process target needs the embedded CRM');
    this.store = this.application.crmStore;
    this.description = `in-process (${understanding.name}, temporary SQLite)`;
  }

  async reset(leads: Record<string, LeadSpec>): Promise<Record<string, SeededLead>> {
    this.application.db.exec(
      'DELETE FROM visits; DELETE FROM lead_status_history; DELETE FROM leads; DELETE FROM conversation_sessions;',
    );
    const seeded: Record<string, SeededLead> = {};
    for (const [key, lead] of Object.entries(leads)) {
      const outcome = await this.store.createLead(lead);
      if (!('created' in outcome)) throw new Error(`lead '${key}': its phone is declared twice`);
      if (lead.status && lead.status !== 'NEW')
        await this.store.updateStatus(outcome.created.lead_id, lead.status);
      seeded[key] = { id: outcome.created.lead_id, number: outcome.created.number };
    }
    return seeded;
  }

  async send(request: RegressionRequest): Promise<RegressionAnswer> {
    const started = performance.now();
    const result = await this.application.turns.handle({
      transcript: request.transcript,
      requestId: `fixture-${++this.requests}`,
      referenceTime: request.reference_time ? new Date(request.reference_time) : undefined,
      timezone: request.timezone,
      sessionId: request.session_id,
    });
    return {
      httpStatus: result.httpStatus,
      body: result.body as unknown as Record<string, unknown>,
      latencyMs: performance.now() - started,
      provider: result.trace.provider,
    };
  }

  async close(): Promise<void> {
    await this.application.close();
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
      if (lead.id)
        throw new Error(`lead '${key}' declares a fixed id, which only an in-process run can give it`);
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
      // The engine that answered, as the response reports it.
      provider: providerOf(body) ?? 'server',
    };
  }

  async close(): Promise<void> {
    await this.removeCreated();
  }
}

function providerOf(body: Record<string, unknown>): string | undefined {
  const nlu = body.nlu as { provider?: unknown } | undefined;
  return typeof nlu?.provider === 'string' ? nlu.provider : undefined;
}

import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApplication, type Application } from '../../app';
import { loadConfig } from '../../config';
import type { CrmStore } from '../../crm/embedded/store';
import { createLogger } from '../../kernel/logger';
import type { UnderstandingProvider } from '../../understanding/port';
import type { FixtureCase, LeadSpec, SeededLead } from './fixtures';

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
  /** Why this target cannot run a case, if it cannot. */
  cannotRun?(item: FixtureCase): string | null;
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
      // A fresh CRM for each case, its lead numbers starting again at 1.
      'DELETE FROM visits; DELETE FROM lead_status_history; DELETE FROM leads; DELETE FROM conversation_sessions; UPDATE lead_counter SET last = 0;',
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
 * what the run created, so a deployment is left as it was found. A file's leads are declared once
 * and kept while its cases run (a case's own leads come and go with it), so that a run fits a
 * server's rate limit; a 429 waits for its Retry-After. Session ids get a suffix of this run, so a
 * second run never continues the first one's conversations.
 */
export class HttpTarget implements Target {
  readonly description: string;
  /** Leads a transcript created during the current case: removed before the next. */
  private created: string[] = [];
  /** Leads declared by this run, by their spec, kept while the cases that declare them run. */
  private declared = new Map<string, SeededLead>();
  private readonly run = randomUUID().slice(0, 8);
  /** How many times a 429 was waited out, for the report. */
  waits = 0;

  constructor(
    private readonly url: string,
    private readonly pacing = { maxWaits: 8, maxWaitMs: 65_000 },
  ) {
    this.url = url.replace(/\/+$/, '');
    this.description = `server at ${this.url}`;
  }

  private async json(
    method: string,
    route: string,
    body?: unknown,
  ): Promise<{ status: number; body: unknown }> {
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(`${this.url}${route}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      if (response.status === 429 && attempt < this.pacing.maxWaits) {
        // The server's rate limit: wait as long as it says, then send the same request again.
        const seconds = Number(response.headers.get('retry-after') ?? '1');
        this.waits++;
        await new Promise((resolve) =>
          setTimeout(
            resolve,
            Math.min(this.pacing.maxWaitMs, (Number.isFinite(seconds) ? seconds : 1) * 1000),
          ),
        );
        continue;
      }
      let parsed: unknown = null;
      try {
        parsed = text ? (JSON.parse(text) as unknown) : null;
      } catch {
        parsed = text;
      }
      if (response.status === 429)
        throw new Error(`${method} ${route}: still rate limited (429) after ${this.pacing.maxWaits} waits`);
      return { status: response.status, body: parsed };
    }
  }

  cannotRun(item: FixtureCase): string | null {
    const fixed = Object.entries(item.leads).find(([, lead]) => lead.id);
    return fixed ? `lead '${fixed[0]}' has a fixed id, which only an in-process run can give it` : null;
  }

  private async remove(ids: Iterable<string>): Promise<void> {
    for (const id of ids) await this.json('DELETE', `/crm/leads/${encodeURIComponent(id)}`);
  }

  async reset(leads: Record<string, LeadSpec>): Promise<Record<string, SeededLead>> {
    await this.remove(this.created);
    this.created = [];
    const wanted = new Map(
      Object.entries(leads).map(([key, lead]) => [JSON.stringify([key, lead]), { key, lead }]),
    );
    // Leads no longer declared go; the ones still declared stay as they are.
    for (const [spec, lead] of [...this.declared]) {
      if (wanted.has(spec)) continue;
      await this.remove([lead.id]);
      this.declared.delete(spec);
    }
    const seeded: Record<string, SeededLead> = {};
    for (const [spec, { key, lead }] of wanted) {
      seeded[key] = this.declared.get(spec) ?? (await this.declare(key, lead));
      this.declared.set(spec, seeded[key]);
    }
    return seeded;
  }

  private async declare(key: string, lead: LeadSpec): Promise<SeededLead> {
    if (lead.id)
      throw new Error(`lead '${key}' declares a fixed id, which only an in-process run can give it`);
    const answer = await this.json('POST', '/crm/leads', {
      name: lead.name,
      phone: lead.phone,
      city: lead.city,
      source: lead.source,
    });
    const body = answer.body as { lead_id?: string; detail?: string } | null;
    if (answer.status === 409) {
      throw new Error(
        `lead '${key}' could not be declared: the server already has a lead with phone ${lead.phone}` +
          ` (lead_id ${body?.lead_id ?? '?'}) that this run did not make; run against a fresh database or remove it`,
      );
    }
    const id = body?.lead_id;
    if ((answer.status !== 201 && answer.status !== 200) || !id) {
      throw new Error(
        `could not declare lead '${key}' at ${this.url}/crm/leads: HTTP ${answer.status} ${JSON.stringify(body)}`,
      );
    }
    if (lead.status && lead.status !== 'NEW')
      await this.json('POST', `/crm/leads/${id}/status`, { status: lead.status });
    const detail = await this.json('GET', `/crm/leads/${id}`);
    return { id, number: (detail.body as { number?: number } | null)?.number };
  }

  async send(request: RegressionRequest): Promise<RegressionAnswer> {
    const started = performance.now();
    const answer = await this.json('POST', '/transcript', {
      ...request,
      ...(request.session_id ? { session_id: `${request.session_id}-${this.run}` } : {}),
    });
    const latencyMs = performance.now() - started;
    const body = (answer.body && typeof answer.body === 'object' ? answer.body : {}) as Record<
      string,
      unknown
    >;
    // Every lead a transcript created, in any of its actions, is removed after the case.
    const actions = (Array.isArray(body.actions) ? body.actions : [body]) as {
      intent?: unknown;
      result?: { lead_id?: unknown };
    }[];
    for (const action of actions) {
      if (action.intent === 'LEAD_CREATE' && typeof action.result?.lead_id === 'string')
        this.created.push(action.result.lead_id);
    }
    return {
      httpStatus: answer.status,
      body,
      latencyMs,
      // The engine that answered, as the response reports it.
      provider: providerOf(body) ?? 'server',
    };
  }

  async close(): Promise<void> {
    await this.remove([...this.created, ...[...this.declared.values()].map((lead) => lead.id)]);
    this.created = [];
    this.declared.clear();
  }
}

function providerOf(body: Record<string, unknown>): string | undefined {
  const nlu = body.nlu as { provider?: unknown } | undefined;
  return typeof nlu?.provider === 'string' ? nlu.provider : undefined;
}

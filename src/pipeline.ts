import type { ActionResult, Candidate, TranscriptResponseBody } from './contract';
import { errorBody } from './contract';
import type { Entities, Intent } from './domain';
import { CrmError, ParsingError, type LeadlineError } from './errors';
import { resolveLeadReference } from './crm/lead-reference';
import {
  CrmUnavailableError,
  type CrmAnswer,
  type CrmCall,
  type CrmPort,
  type LeadSummary,
} from './crm/port';
import { interpret } from './nlu/interpret';
import type { Understanding, UnderstandingProvider } from './nlu/provider';
import { humanTime } from './nlu/time';

/**
 * One transcript, from words to a CRM write to the contract's JSON:
 *   understand -> interpret (deterministic values) -> resolve the lead -> act on the CRM -> answer.
 * It knows nothing of HTTP or WebSockets; the API, the voice adapter and the regression runner call it.
 */
export interface PipelineDependencies {
  understanding: UnderstandingProvider;
  crm: CrmPort;
  region: string;
  defaultTimezone: string;
  now?: () => Date;
}

export interface TranscriptInput {
  transcript: string;
  requestId: string;
  /** The request's "now"; default: the clock. */
  referenceTime?: Date | undefined;
  timezone?: string | undefined;
}

/** What happened, for the interaction log. */
export interface PipelineTrace {
  intent: Intent;
  entities: Entities;
  outcome: 'ok' | LeadlineError['type'];
  provider: string;
  crmCalls: { call: CrmCall | Omit<CrmCall, 'status_code'>; answer: unknown }[];
}

export interface PipelineResult {
  httpStatus: number;
  body: TranscriptResponseBody;
  trace: PipelineTrace;
}

const FALLBACK_MESSAGE =
  "I can add a new lead, schedule a site visit, or update a lead's status. For example: " +
  '"Add a new lead Rohan Sharma from Gurgaon, phone 98765 43210", ' +
  '"Schedule a visit for Rohan Sharma tomorrow at 3 pm", or "Mark Rohan Sharma as won".';

export async function handleTranscript(
  input: TranscriptInput,
  deps: PipelineDependencies,
): Promise<PipelineResult> {
  const context = {
    referenceTime: input.referenceTime ?? (deps.now ?? (() => new Date()))(),
    timezone: input.timezone ?? deps.defaultTimezone,
    region: deps.region,
  };
  const answer = new Answer(input.requestId, deps.understanding.name);

  let understanding: Understanding;
  try {
    understanding = await deps.understanding.understand(input.transcript, context);
  } catch (error) {
    if (error instanceof ParsingError) return answer.failure(error);
    throw error;
  }
  answer.understood(understanding);
  if (understanding.intent === 'UNKNOWN') return answer.success(null, { message: FALLBACK_MESSAGE });

  const interpreted = interpret(understanding.intent, understanding.said, context);
  answer.entities = interpreted.entities;
  if (interpreted.problem) return answer.failure(interpreted.problem);

  try {
    let lead: LeadSummary | null = null;
    if (interpreted.leadReference !== undefined) {
      const resolution = await resolveLeadReference(interpreted.leadReference, deps.crm, deps.region);
      if (resolution.call)
        answer.crmCalls.push({ call: resolution.call, answer: resolution.ok ? resolution.lead : null });
      if (!resolution.ok) return answer.failure(resolution.error, resolution.call, resolution.candidates);
      lead = resolution.lead;
      answer.entities = withLeadId(interpreted.entities, lead.lead_id);
    }
    return await act(understanding.intent, answer, lead, deps.crm, context.timezone);
  } catch (error) {
    if (!(error instanceof CrmUnavailableError)) throw error;
    answer.crmCalls.push({ call: error.call, answer: error.message });
    const call = error.call.status_code === null ? undefined : (error.call as CrmCall);
    return answer.failure(new CrmError(error.message, 502), call);
  }
}

const WARM_UP_TRANSCRIPTS = [
  'add a new lead rohan sharma from gurgaon phone nine eight seven six five four three two one zero source instagram',
  'schedule a site visit for lead 12 tomorrow at half past four',
  'mark priya nair as not interested, notes: budget too low',
];

/**
 * Runs understanding and interpretation once on a few transcripts, so that the first real request
 * does not pay for compiling the engines' patterns (several hundred milliseconds for the first visit).
 */
export async function warmUp(deps: PipelineDependencies): Promise<void> {
  const context = { referenceTime: new Date(), timezone: deps.defaultTimezone, region: deps.region };
  for (const transcript of WARM_UP_TRANSCRIPTS) {
    const understanding = await deps.understanding.understand(transcript, context);
    interpret(understanding.intent, understanding.said, context);
  }
}

/** Puts lead_id first among the entities, where a reader of the response looks for it. */
function withLeadId(entities: Entities, leadId: string): Entities {
  return { lead_id: leadId, ...entities };
}

async function act(
  intent: Exclude<Intent, 'UNKNOWN'>,
  answer: Answer,
  lead: LeadSummary | null,
  crm: CrmPort,
  timezone: string,
): Promise<PipelineResult> {
  const entities = answer.entities;
  switch (intent) {
    case 'LEAD_CREATE': {
      const result = await answer.call(
        crm.createLead({
          name: entities.name!,
          phone: entities.phone!,
          city: entities.city!,
          ...(entities.source ? { source: entities.source } : {}),
        }),
      );
      if (!result.ok) return answer.crmFailure(result, `A lead with phone ${entities.phone} already exists`);
      const { lead_id, status } = result.value;
      return answer.success(result.call, {
        message: `Created lead ${entities.name} (${status}).`,
        lead_id,
        status,
      });
    }
    case 'VISIT_SCHEDULE': {
      const result = await answer.call(
        crm.scheduleVisit({
          lead_id: lead!.lead_id,
          visit_time: entities.visit_time!,
          ...(entities.notes ? { notes: entities.notes } : {}),
        }),
      );
      if (!result.ok) return answer.crmFailure(result);
      const when = humanTime(new Date(entities.visit_time!), timezone);
      return answer.success(result.call, {
        message: `Scheduled a visit for ${lead!.name ?? `lead ${lead!.lead_id}`} on ${when}.`,
        lead_id: lead!.lead_id,
        ...(result.value.visit_id ? { visit_id: result.value.visit_id } : {}),
        status: result.value.status,
      });
    }
    case 'LEAD_UPDATE': {
      const result = await answer.call(
        crm.updateStatus(lead!.lead_id, {
          status: entities.status!,
          ...(entities.notes ? { notes: entities.notes } : {}),
        }),
      );
      if (!result.ok) return answer.crmFailure(result);
      return answer.success(result.call, {
        message: `Updated ${lead!.name ?? `lead ${lead!.lead_id}`} to ${result.value.status}.`,
        lead_id: lead!.lead_id,
        status: result.value.status,
      });
    }
  }
}

/** Collects what the pipeline learns as it goes, and builds the response and its trace. */
class Answer {
  intent: Intent = 'UNKNOWN';
  entities: Entities = {};
  confidence: number | undefined;
  readonly crmCalls: PipelineTrace['crmCalls'] = [];

  constructor(
    private readonly requestId: string,
    private readonly provider: string,
  ) {}

  understood(understanding: Understanding): void {
    this.intent = understanding.intent;
    this.confidence = understanding.confidence;
  }

  async call<T>(pending: Promise<CrmAnswer<T>>): Promise<CrmAnswer<T>> {
    const result = await pending;
    this.crmCalls.push({ call: result.call, answer: result.ok ? result.value : result.body });
    return result;
  }

  private trace(outcome: PipelineTrace['outcome']): PipelineTrace {
    return {
      intent: this.intent,
      entities: this.entities,
      outcome,
      provider: this.provider,
      crmCalls: this.crmCalls,
    };
  }

  success(crmCall: CrmCall | null, result: ActionResult): PipelineResult {
    return {
      httpStatus: 200,
      body: {
        intent: this.intent,
        entities: this.entities,
        crm_call: crmCall,
        result,
        confidence: this.confidence ?? 0,
        request_id: this.requestId,
      },
      trace: this.trace('ok'),
    };
  }

  failure(error: LeadlineError, crmCall?: CrmCall | null, candidates?: Candidate[]): PipelineResult {
    return {
      httpStatus: error.httpStatus,
      body: errorBody(error, {
        requestId: this.requestId,
        intent: this.intent,
        entities: this.entities,
        ...(this.confidence === undefined ? {} : { confidence: this.confidence }),
        crmCall: crmCall ?? undefined,
        ...(candidates ? { candidates } : {}),
      }),
      trace: this.trace(error.type),
    };
  }

  /** A CRM that said no: 404 and 409 keep their meaning, anything else is the CRM failing (502). */
  crmFailure(result: Extract<CrmAnswer<unknown>, { ok: false }>, conflictMessage?: string): PipelineResult {
    if (result.status === 404) return this.failure(new CrmError(result.detail, 404), result.call);
    if (result.status === 409) {
      const existing = (result.body as { lead_id?: unknown } | null)?.lead_id;
      const message =
        conflictMessage && typeof existing === 'string'
          ? `${conflictMessage} (lead_id ${existing}).`
          : result.detail;
      return this.failure(new CrmError(message, 409), result.call);
    }
    return this.failure(new CrmError(`The CRM rejected the request: ${result.detail}`, 502), result.call);
  }
}

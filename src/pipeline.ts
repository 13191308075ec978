import type { ActionBody, ActionResult, Candidate, NluReport, TranscriptResponseBody } from './contract';
import { errorBody } from './contract';
import type { Entities, Intent } from './domain';
import { CrmError, ParsingError, ValidationError, type LeadlineError } from './errors';
import { resolveLeadReference } from './crm/lead-reference';
import {
  CrmUnavailableError,
  type CrmAnswer,
  type CrmCall,
  type CrmPort,
  type LeadSummary,
} from './crm/port';
import { interpret, type InterpretContext } from './nlu/interpret';
import type { Understanding, UnderstandingProvider, UnderstoodAction } from './nlu/provider';
import { isPronounReference } from './nlu/references';
import { humanTime } from './nlu/time';

/**
 * One transcript, from words to CRM writes to the contract's JSON. For each request said, in order:
 *   interpret (deterministic values) -> resolve the lead -> act on the CRM,
 * stopping at the first that fails. It knows nothing of HTTP or WebSockets; the API, the voice adapter
 * and the regression runner call it.
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
  /** The lead "him", "her" and "that lead" mean before this transcript names one (from a session). */
  lastLead?: LeadSummary | undefined;
}

export type CrmExchange = { call: CrmCall | Omit<CrmCall, 'status_code'>; answer: unknown };

/** What happened, for the interaction log and for a conversation session. */
export interface PipelineTrace {
  intent: Intent;
  entities: Entities;
  outcome: 'ok' | LeadlineError['type'];
  provider: string;
  crmCalls: CrmExchange[];
  /** The lead the last successful action acted on. */
  lastLead: LeadSummary | null;
  /** The request that failed, as understood, so that a follow-up turn can complete it. */
  failed: { action: UnderstoodAction; error: LeadlineError } | null;
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
  const context: InterpretContext = {
    referenceTime: input.referenceTime ?? (deps.now ?? (() => new Date()))(),
    timezone: input.timezone ?? deps.defaultTimezone,
    region: deps.region,
  };
  let understanding: Understanding;
  try {
    understanding = await deps.understanding.understand(input.transcript, context);
  } catch (error) {
    if (!(error instanceof ParsingError)) throw error;
    return parsingFailure(error, input, deps);
  }
  return runActions(understanding, input, context, deps);
}

/** The answer when no engine could produce a usable reading. */
export function parsingFailure(
  error: ParsingError,
  input: TranscriptInput,
  deps: PipelineDependencies,
): PipelineResult {
  return respond([failedOutcome('UNKNOWN', {}, error)], {
    ...input,
    confidence: undefined,
    nlu: { provider: deps.understanding.name, fallback: false },
  });
}

/** Runs already-understood actions: used for transcripts and for follow-ups a session completes. */
export async function runActions(
  understanding: Understanding,
  input: TranscriptInput,
  context: InterpretContext,
  deps: PipelineDependencies,
): Promise<PipelineResult> {
  const actions = understanding.actions.filter((action) => action.intent !== 'UNKNOWN');
  const meta = {
    ...input,
    confidence: understanding.confidence,
    nlu: {
      provider: understanding.servedBy ?? deps.understanding.name,
      fallback: understanding.fallback !== undefined,
      ...(understanding.fallback ? { fallback_reason: understanding.fallback.reason } : {}),
    },
  };
  if (actions.length === 0) return respond([unknownOutcome()], meta);

  const outcomes: ActionOutcome[] = [];
  let lastLead = input.lastLead ?? null;
  for (const action of actions) {
    if (outcomes.some((outcome) => !outcome.ok)) {
      outcomes.push(skippedOutcome(action, context));
      continue;
    }
    const outcome = await runAction(action, context, deps, lastLead);
    outcomes.push(outcome);
    if (outcome.ok && outcome.lead) lastLead = outcome.lead;
  }
  return respond(outcomes, meta, lastLead);
}

// ---- one action --------------------------------------------------------------------------------------

interface ActionOutcome {
  ok: boolean;
  action: UnderstoodAction;
  entities: Entities;
  httpStatus: number;
  crmCall: CrmCall | null;
  result?: ActionResult;
  error?: LeadlineError;
  candidates?: Candidate[];
  skipped?: true;
  lead?: LeadSummary;
  crmCalls: CrmExchange[];
}

async function runAction(
  action: UnderstoodAction,
  context: InterpretContext,
  deps: PipelineDependencies,
  lastLead: LeadSummary | null,
): Promise<ActionOutcome> {
  const interpreted = interpret(action.intent, action.said, context);
  const outcome: ActionOutcome = {
    ok: false,
    action,
    entities: interpreted.entities,
    httpStatus: 200,
    crmCall: null,
    crmCalls: [],
  };
  const fail = (error: LeadlineError, crmCall?: CrmCall | null, candidates?: Candidate[]) => {
    Object.assign(outcome, { ok: false, error, httpStatus: error.httpStatus, crmCall: crmCall ?? null });
    if (candidates) outcome.candidates = candidates;
    return outcome;
  };
  if (interpreted.problem) return fail(interpreted.problem);

  try {
    let lead: LeadSummary | null = null;
    const reference = interpreted.leadReference;
    if (reference !== undefined && isPronounReference(reference)) {
      if (!lastLead) {
        return fail(
          new ValidationError(`'${reference}' points at no lead talked about before.`, {
            missing: ['lead_id'],
            prompt: 'Which lead do you mean? Say a name, a phone number or a lead id.',
          }),
        );
      }
      lead = lastLead;
    } else if (reference !== undefined) {
      const resolution = await resolveLeadReference(reference, deps.crm, deps.region);
      if (resolution.call)
        outcome.crmCalls.push({ call: resolution.call, answer: resolution.ok ? resolution.lead : null });
      if (!resolution.ok) return fail(resolution.error, resolution.call, resolution.candidates);
      lead = resolution.lead;
    }
    if (lead) outcome.entities = { lead_id: lead.lead_id, ...interpreted.entities };
    return await act(outcome, lead, deps.crm, context.timezone, fail);
  } catch (error) {
    if (!(error instanceof CrmUnavailableError)) throw error;
    outcome.crmCalls.push({ call: error.call, answer: error.message });
    const call = error.call.status_code === null ? undefined : (error.call as CrmCall);
    return fail(new CrmError(error.message, 502), call);
  }
}

async function act(
  outcome: ActionOutcome,
  lead: LeadSummary | null,
  crm: CrmPort,
  timezone: string,
  fail: (error: LeadlineError, crmCall?: CrmCall | null) => ActionOutcome,
): Promise<ActionOutcome> {
  const entities = outcome.entities;
  const call = async <T>(pending: Promise<CrmAnswer<T>>) => {
    const result = await pending;
    outcome.crmCalls.push({ call: result.call, answer: result.ok ? result.value : result.body });
    return result;
  };
  const succeed = (crmCall: CrmCall, result: ActionResult, acted: LeadSummary) =>
    Object.assign(outcome, { ok: true, httpStatus: 200, crmCall, result, lead: acted });
  const crmFailure = (result: Extract<CrmAnswer<unknown>, { ok: false }>, conflict?: string) => {
    if (result.status === 404) return fail(new CrmError(result.detail, 404), result.call);
    if (result.status === 409) {
      const existing = (result.body as { lead_id?: unknown } | null)?.lead_id;
      const message =
        conflict && typeof existing === 'string' ? `${conflict} (lead_id ${existing}).` : result.detail;
      return fail(new CrmError(message, 409), result.call);
    }
    return fail(new CrmError(`The CRM rejected the request: ${result.detail}`, 502), result.call);
  };
  const nameOf = (target: LeadSummary) => target.name ?? `lead ${target.lead_id}`;

  switch (outcome.action.intent) {
    case 'LEAD_CREATE': {
      const result = await call(
        crm.createLead({
          name: entities.name!,
          phone: entities.phone!,
          city: entities.city!,
          ...(entities.source ? { source: entities.source } : {}),
        }),
      );
      if (!result.ok) return crmFailure(result, `A lead with phone ${entities.phone} already exists`);
      const { lead_id, status } = result.value;
      return succeed(
        result.call,
        { message: `Created lead ${entities.name} (${status}).`, lead_id, status },
        { lead_id, name: entities.name, phone: entities.phone },
      );
    }
    case 'VISIT_SCHEDULE': {
      const result = await call(
        crm.scheduleVisit({
          lead_id: lead!.lead_id,
          visit_time: entities.visit_time!,
          ...(entities.notes ? { notes: entities.notes } : {}),
        }),
      );
      if (!result.ok) return crmFailure(result);
      const when = humanTime(new Date(entities.visit_time!), timezone);
      return succeed(
        result.call,
        {
          message: `Scheduled a visit for ${nameOf(lead!)} on ${when}.`,
          lead_id: lead!.lead_id,
          ...(result.value.visit_id ? { visit_id: result.value.visit_id } : {}),
          status: result.value.status,
        },
        lead!,
      );
    }
    case 'LEAD_UPDATE': {
      const result = await call(
        crm.updateStatus(lead!.lead_id, {
          status: entities.status!,
          ...(entities.notes ? { notes: entities.notes } : {}),
        }),
      );
      if (!result.ok) return crmFailure(result);
      return succeed(
        result.call,
        {
          message: `Updated ${nameOf(lead!)} to ${result.value.status}.`,
          lead_id: lead!.lead_id,
          status: result.value.status,
        },
        lead!,
      );
    }
    default:
      throw new Error(`no action for intent ${outcome.action.intent}`);
  }
}

function unknownOutcome(message = FALLBACK_MESSAGE): ActionOutcome {
  return {
    ok: true,
    action: { intent: 'UNKNOWN', said: {} },
    entities: {},
    httpStatus: 200,
    crmCall: null,
    result: { message },
    crmCalls: [],
  };
}

/** An answer that acts on nothing and says `message` (intent UNKNOWN, crm_call null). */
export function replyOnly(
  message: string,
  input: TranscriptInput,
  deps: PipelineDependencies,
): PipelineResult {
  return respond([unknownOutcome(message)], {
    ...input,
    confidence: 1,
    nlu: { provider: deps.understanding.name, fallback: false },
  });
}

function failedOutcome(intent: Intent, entities: Entities, error: LeadlineError): ActionOutcome {
  return {
    ok: false,
    action: { intent, said: {} },
    entities,
    httpStatus: error.httpStatus,
    crmCall: null,
    error,
    crmCalls: [],
  };
}

/** An action after a failed one: not run, but shown with the entities it would have used. */
function skippedOutcome(action: UnderstoodAction, context: InterpretContext): ActionOutcome {
  return {
    ok: true,
    action,
    entities: interpret(action.intent, action.said, context).entities,
    httpStatus: 200,
    crmCall: null,
    skipped: true,
    crmCalls: [],
  };
}

// ---- the response ------------------------------------------------------------------------------------

function actionBody(outcome: ActionOutcome, requestId: string): ActionBody {
  const base = { intent: outcome.action.intent, entities: outcome.entities };
  if (outcome.skipped) return { ...base, skipped: true };
  if (outcome.error) {
    const { intent, entities, error, prompt, crm_call } = errorBody(outcome.error, {
      requestId,
      intent: base.intent,
      entities: base.entities,
      crmCall: outcome.crmCall ?? undefined,
      ...(outcome.candidates ? { candidates: outcome.candidates } : {}),
    });
    return { intent, entities, crm_call: crm_call ?? null, error, ...(prompt ? { prompt } : {}) };
  }
  return { ...base, crm_call: outcome.crmCall, result: outcome.result! };
}

/**
 * The top-level fields describe the first failed action or, if none failed, the first action; the
 * HTTP status is theirs. With several actions, `actions` lists each (skipped ones marked so).
 */
function respond(
  outcomes: ActionOutcome[],
  meta: { requestId: string; confidence: number | undefined; nlu: NluReport },
  lastLead: LeadSummary | null = null,
): PipelineResult {
  const top = outcomes.find((outcome) => !outcome.ok) ?? outcomes[0]!;
  const confidence = meta.confidence ?? 0;
  let body: TranscriptResponseBody;
  if (top.error) {
    body = errorBody(top.error, {
      requestId: meta.requestId,
      intent: top.action.intent,
      entities: top.entities,
      crmCall: top.crmCall ?? undefined,
      ...(meta.confidence === undefined ? {} : { confidence }),
      ...(top.candidates ? { candidates: top.candidates } : {}),
    });
  } else {
    body = {
      intent: top.action.intent,
      entities: top.entities,
      crm_call: top.crmCall,
      result: top.result!,
      confidence,
      request_id: meta.requestId,
    };
  }
  body.nlu = meta.nlu;
  if (outcomes.length > 1) body.actions = outcomes.map((outcome) => actionBody(outcome, meta.requestId));
  return {
    httpStatus: top.httpStatus,
    body,
    trace: {
      intent: top.action.intent,
      entities: top.entities,
      outcome: top.error ? top.error.type : 'ok',
      provider: meta.nlu.provider,
      crmCalls: outcomes.flatMap((outcome) => outcome.crmCalls),
      lastLead,
      failed: top.error ? { action: top.action, error: top.error } : null,
    },
  };
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
    for (const action of understanding.actions) interpret(action.intent, action.said, context);
  }
}

import type { ActionIntent, CrmCall, CrmExchange, Entities, Intent, LeadSummary } from '../kernel/domain';
import { ConflictError, ValidationError, type LeadlineError } from '../kernel/errors';
import type { UnderstoodAction } from '../kernel/said';
import type {
  ActionBody,
  ActionResult,
  Candidate,
  DetailBody,
  ErrorBody,
  ErrorObject,
  NluReport,
  TranscriptResponseBody,
} from './contract';

/**
 * The only place outcomes and errors become JSON: a turn's outcomes as the contract's response, and
 * any error — of a turn, of a transport guard, of the CRM API — in the shape of the door that answers
 * it: the contract's `{intent, entities, error, …}` or the CRM API's `{"detail": …}`.
 */

/** What became of one request of a transcript. */
export type ActionOutcome =
  | {
      kind: 'done';
      intent: ActionIntent;
      entities: Entities;
      crmCall: CrmCall;
      result: ActionResult;
      lead: LeadSummary;
    }
  | {
      kind: 'failed';
      action: UnderstoodAction;
      entities: Entities;
      error: LeadlineError;
      crmCall: CrmCall | null;
      candidates?: Candidate[];
    }
  | { kind: 'skipped'; intent: ActionIntent; entities: Entities }
  /** Nothing to act on: the message says what the bot can do, or answers a "cancel". */
  | { kind: 'reply'; message: string };

export interface AnswerMeta {
  requestId: string;
  /** Absent when no engine produced a reading. */
  confidence: number | undefined;
  nlu: NluReport;
}

/** What happened, for the interaction log and for a conversation session. */
export interface TurnTrace {
  intent: Intent;
  entities: Entities;
  outcome: 'ok' | LeadlineError['type'];
  provider: string;
  crmCalls: CrmExchange[];
  /** The lead the last successful action acted on, or the one known before. */
  lastLead: LeadSummary | null;
  /** The request that failed, as understood, so that a follow-up turn can complete it. */
  failed: { action: UnderstoodAction; error: LeadlineError } | null;
}

export interface TurnResult {
  httpStatus: number;
  body: TranscriptResponseBody;
  trace: TurnTrace;
}

export type ErrorShape = 'contract' | 'crm';

/** Where an error of the contract's shape came from: what was understood before it. */
export interface ErrorContext {
  requestId: string;
  intent?: Intent;
  entities?: Entities;
  confidence?: number;
  crmCall?: CrmCall | null;
  candidates?: Candidate[];
}

function errorObject(error: LeadlineError, candidates: Candidate[] | undefined): ErrorObject {
  const object: ErrorObject = { type: error.type, details: error.message };
  if (error instanceof ValidationError && error.missing.length > 0) object.missing = [...error.missing];
  if (candidates?.length) object.candidates = candidates;
  return object;
}

/** An error in the contract's shape. */
export function errorBody(error: LeadlineError, context: ErrorContext): ErrorBody {
  const body: ErrorBody = {
    intent: context.intent ?? 'UNKNOWN',
    entities: context.entities ?? {},
    error: errorObject(error, context.candidates),
    request_id: context.requestId,
  };
  if (error instanceof ValidationError && error.prompt) body.prompt = error.prompt;
  if (context.crmCall) body.crm_call = context.crmCall;
  if (context.confidence !== undefined) body.confidence = context.confidence;
  return body;
}

/**
 * An error in the CRM API's shape. The CRM API keeps the reference mock CRM's semantics: a body it
 * cannot read is a 422 there, as FastAPI answers it; a duplicate phone names the lead that has it.
 */
export function detailBody(error: LeadlineError): { status: number; body: DetailBody } {
  const body: DetailBody = { detail: error.message };
  if (error instanceof ConflictError && error.existingLeadId) body.lead_id = error.existingLeadId;
  return { status: error.httpStatus === 400 ? 422 : error.httpStatus, body };
}

/** An error outside a turn (a guard, a malformed request), in the shape of the door that answers. */
export function errorResponse(
  error: LeadlineError,
  shape: ErrorShape,
  requestId: string,
): { status: number; body: ErrorBody | DetailBody } {
  if (shape === 'crm') return detailBody(error);
  return { status: error.httpStatus, body: errorBody(error, { requestId }) };
}

// ---- a turn's answer ---------------------------------------------------------------------------------

const FALLBACK_MESSAGE =
  "I can add a new lead, schedule a site visit, or update a lead's status. For example: " +
  '"Add a new lead Rohan Sharma from Gurgaon, phone 98765 43210", ' +
  '"Schedule a visit for Rohan Sharma tomorrow at 3 pm", or "Mark Rohan Sharma as won".';

export const fallbackReply = (): ActionOutcome => ({ kind: 'reply', message: FALLBACK_MESSAGE });

const intentOf = (outcome: ActionOutcome): Intent =>
  outcome.kind === 'reply' ? 'UNKNOWN' : outcome.kind === 'failed' ? outcome.action.intent : outcome.intent;
const entitiesOf = (outcome: ActionOutcome): Entities => (outcome.kind === 'reply' ? {} : outcome.entities);

/** What an outcome that did not fail answers: the call made (if any) and what came of it. */
function resultOf(outcome: Exclude<ActionOutcome, { kind: 'failed' }>): {
  crm_call: CrmCall | null;
  result: ActionResult;
} {
  switch (outcome.kind) {
    case 'done':
      return { crm_call: outcome.crmCall, result: outcome.result };
    case 'reply':
      return { crm_call: null, result: { message: outcome.message } };
    case 'skipped':
      return { crm_call: null, result: { message: 'Not run: an earlier request failed.' } };
  }
}

function actionBody(outcome: ActionOutcome, requestId: string): ActionBody {
  const base = { intent: intentOf(outcome), entities: entitiesOf(outcome) };
  if (outcome.kind === 'skipped') return { ...base, skipped: true };
  if (outcome.kind !== 'failed') return { ...base, ...resultOf(outcome) };
  const { error, prompt, crm_call } = errorBody(outcome.error, {
    requestId,
    ...base,
    crmCall: outcome.crmCall,
    ...(outcome.candidates ? { candidates: outcome.candidates } : {}),
  });
  return { ...base, crm_call: crm_call ?? null, error, ...(prompt ? { prompt } : {}) };
}

/**
 * The top-level fields describe the first failed action or, if none failed, the first action; the
 * HTTP status is theirs. With several actions, `actions` lists each (skipped ones marked so).
 */
export function answer(
  outcomes: readonly [ActionOutcome, ...ActionOutcome[]],
  meta: AnswerMeta,
  exchanges: CrmExchange[],
  lastLead: LeadSummary | null,
): TurnResult {
  const top = outcomes.find((outcome) => outcome.kind === 'failed') ?? outcomes[0];
  const intent = intentOf(top);
  const entities = entitiesOf(top);
  let body: TranscriptResponseBody;
  if (top.kind === 'failed') {
    body = errorBody(top.error, {
      requestId: meta.requestId,
      intent,
      entities,
      crmCall: top.crmCall,
      ...(meta.confidence === undefined ? {} : { confidence: meta.confidence }),
      ...(top.candidates ? { candidates: top.candidates } : {}),
    });
  } else {
    body = {
      intent,
      entities,
      ...resultOf(top),
      confidence: meta.confidence ?? 0,
      request_id: meta.requestId,
    };
  }
  body.nlu = meta.nlu;
  if (outcomes.length > 1) body.actions = outcomes.map((outcome) => actionBody(outcome, meta.requestId));
  return {
    httpStatus: top.kind === 'failed' ? top.error.httpStatus : 200,
    body,
    trace: {
      intent,
      entities,
      outcome: top.kind === 'failed' ? top.error.type : 'ok',
      provider: meta.nlu.provider,
      crmCalls: exchanges,
      lastLead,
      failed: top.kind === 'failed' ? { action: top.action, error: top.error } : null,
    },
  };
}

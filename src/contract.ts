import type { Entities, Intent } from './domain';
import type { ErrorType, LeadlineError } from './errors';
import { ValidationError } from './errors';
import type { CrmCall } from './crm/port';

/** The response bodies of POST /transcript, as CONTRACT.md and openapi.yaml describe them. */
export interface ActionResult {
  message: string;
  lead_id?: string;
  status?: string;
  visit_id?: string;
}

/** One request of a transcript that held several (CONTRACT.md, "Several requests in one transcript"). */
export type ActionBody =
  | { intent: Intent; entities: Entities; crm_call: CrmCall | null; result: ActionResult }
  | { intent: Intent; entities: Entities; crm_call: CrmCall | null; error: ErrorObject; prompt?: string }
  | { intent: Intent; entities: Entities; skipped: true };

/** Which understanding engine served the request, and whether it stood in for another that failed. */
export interface NluReport {
  provider: string;
  fallback: boolean;
  fallback_reason?: string;
}

export interface SuccessBody {
  intent: Intent;
  entities: Entities;
  crm_call: CrmCall | null;
  result: ActionResult;
  confidence: number;
  request_id: string;
  nlu?: NluReport;
  actions?: ActionBody[];
}

export interface Candidate {
  lead_id: string;
  name?: string | undefined;
}

export interface ErrorObject {
  type: ErrorType;
  details: string;
  missing?: string[];
  candidates?: Candidate[];
}

export interface ErrorBody {
  intent: Intent;
  entities: Entities;
  error: ErrorObject;
  prompt?: string;
  crm_call?: CrmCall;
  confidence?: number;
  request_id: string;
  nlu?: NluReport;
  actions?: ActionBody[];
}

export type TranscriptResponseBody = SuccessBody | ErrorBody;

/** The one place an error becomes the contract's JSON. */
export function errorBody(
  error: LeadlineError,
  context: {
    requestId: string;
    intent?: Intent;
    entities?: Entities;
    confidence?: number;
    crmCall?: CrmCall | undefined;
    candidates?: Candidate[];
  },
): ErrorBody {
  const object: ErrorObject = { type: error.type, details: error.message };
  if (error instanceof ValidationError && error.missing.length > 0) object.missing = [...error.missing];
  if (context.candidates?.length) object.candidates = context.candidates;
  const body: ErrorBody = {
    intent: context.intent ?? 'UNKNOWN',
    entities: context.entities ?? {},
    error: object,
    request_id: context.requestId,
  };
  if (error instanceof ValidationError && error.prompt) body.prompt = error.prompt;
  if (context.crmCall) body.crm_call = context.crmCall;
  if (context.confidence !== undefined) body.confidence = context.confidence;
  return body;
}

import type { CrmCall, Entities, Intent } from '../kernel/domain';
import type { ErrorType } from '../kernel/errors';

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

/** The CRM API's error body, the reference mock CRM's shape. */
export interface DetailBody {
  detail: string;
  lead_id?: string;
}

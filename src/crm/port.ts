import type { CrmAttempt, CrmCall, LeadStatus, LeadSummary } from '../kernel/domain';
import { ConflictError, type CrmError } from '../kernel/errors';

/**
 * What the turn needs from a CRM. Two implementations: the embedded CRM in this process (typed calls,
 * no HTTP) and the HTTP client for CRM_BASE_URL (tolerant readers of a foreign CRM's answers). Both
 * report the call as the contract's `crm_call` with the CRM's real status code, and both answer every
 * outcome as a value: a 404, a 409, a rejection and an unreachable CRM are CrmError subclasses
 * made by the adapter that saw them.
 */
export type CrmResult<T> =
  | { ok: true; attempt: CrmCall; answer: unknown; value: T }
  | { ok: false; attempt: CrmAttempt; answer: unknown; error: CrmError };

export interface NewLeadInput {
  name: string;
  phone: string;
  city: string;
  locality?: string;
  source?: string;
}

/** A lead reference to look up: the words as said, and the E.164 number they stand for, if any. */
export interface LeadLookup {
  text: string;
  phone?: string;
  /**
   * The lookup only adds to an answer already decided (the lead of a question asked back): a CRM
   * over the network gives it one short attempt, and none while its circuit is open.
   */
  quick?: boolean;
}

/** How a write is sent: `idempotencyKey` is the same for every attempt of the same request. */
export interface WriteOptions {
  idempotencyKey?: string | undefined;
}

/** How an external CRM is doing, for readiness: its circuit breaker and its last failure. */
export interface CrmHealth {
  breaker: 'closed' | 'open' | 'half-open';
  lastError: string | null;
}

export interface CrmPort {
  /** Present on a CRM reached over the network. */
  health?(): CrmHealth;
  createLead(
    input: NewLeadInput,
    options?: WriteOptions,
  ): Promise<CrmResult<{ lead_id: string; status: string }>>;
  /** Leads matching a reference; 'unsupported' when the CRM has no lookup endpoint. */
  findLeads(lookup: LeadLookup): Promise<CrmResult<{ leads: LeadSummary[] }> | 'unsupported'>;
  scheduleVisit(
    input: { lead_id: string; visit_time: string; notes?: string },
    options?: WriteOptions,
  ): Promise<CrmResult<{ visit_id?: string; status: string }>>;
  updateStatus(
    leadId: string,
    input: { status: LeadStatus; notes?: string },
    options?: WriteOptions,
  ): Promise<CrmResult<{ lead_id: string; status: string }>>;
}

/** The answer to a create whose phone belongs to a lead already. */
export function duplicatePhone(phone: string, existingLeadId: string, attempt: CrmAttempt): ConflictError {
  return new ConflictError(
    `A lead with phone ${phone} already exists (lead_id ${existingLeadId}).`,
    existingLeadId,
    attempt,
  );
}

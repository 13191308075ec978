/** Vocabulary shared by every layer: intents, statuses, entities, a lead as known, a CRM call. */
export const INTENTS = ['LEAD_CREATE', 'VISIT_SCHEDULE', 'LEAD_UPDATE', 'UNKNOWN'] as const;
export type Intent = (typeof INTENTS)[number];
/** The intents that act on the CRM. */
export type ActionIntent = Exclude<Intent, 'UNKNOWN'>;

export const LEAD_STATUSES = ['NEW', 'IN_PROGRESS', 'FOLLOW_UP', 'WON', 'LOST'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

/** Entities as they appear in a response: validated, canonical values only. */
export interface Entities {
  name?: string;
  phone?: string;
  city?: string;
  /** The area within the city ("Baner" in Pune), when said. */
  locality?: string;
  source?: string;
  lead_id?: string;
  visit_time?: string;
  status?: LeadStatus;
  notes?: string;
}

export type EntityField = keyof Entities;

/** The fields each intent cannot do without, in the order a person would be asked for them. */
export const REQUIRED_FIELDS: Record<ActionIntent, readonly EntityField[]> = {
  LEAD_CREATE: ['name', 'phone', 'city'],
  VISIT_SCHEDULE: ['lead_id', 'visit_time'],
  LEAD_UPDATE: ['lead_id', 'status'],
};

/** A lead as the CRM knows it, as much as a lookup told: "him" and "her" point at one of these. */
export interface LeadSummary {
  lead_id: string;
  name?: string | undefined;
  phone?: string | undefined;
  number?: number | undefined;
  /** Where the lead is from, when the CRM says: it tells two leads of one name apart. */
  city?: string | undefined;
}

/** The contract's `crm_call`: the CRM path called and the CRM's real answer. */
export interface CrmCall {
  endpoint: string;
  method: 'GET' | 'POST';
  status_code: number;
}

/** A call that was tried: `status_code` is null when the CRM never answered. */
export type CrmAttempt = Omit<CrmCall, 'status_code'> & { status_code: number | null };

/** One call to the CRM and what came back, for the interaction log. */
export interface CrmExchange {
  call: CrmAttempt;
  answer: unknown;
}

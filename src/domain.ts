/** Vocabulary shared by the understanding engine, the pipeline and the CRM. */
export const INTENTS = ['LEAD_CREATE', 'VISIT_SCHEDULE', 'LEAD_UPDATE', 'UNKNOWN'] as const;
export type Intent = (typeof INTENTS)[number];

export const LEAD_STATUSES = ['NEW', 'IN_PROGRESS', 'FOLLOW_UP', 'WON', 'LOST'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

/** Entities as they appear in a response: validated, canonical values only. */
export interface Entities {
  name?: string;
  phone?: string;
  city?: string;
  source?: string;
  lead_id?: string;
  visit_time?: string;
  status?: LeadStatus;
  notes?: string;
}

/** The fields each intent cannot do without, in the order a person would be asked for them. */
export const REQUIRED_FIELDS: Record<Exclude<Intent, 'UNKNOWN'>, readonly (keyof Entities)[]> = {
  LEAD_CREATE: ['name', 'phone', 'city'],
  VISIT_SCHEDULE: ['lead_id', 'visit_time'],
  LEAD_UPDATE: ['lead_id', 'status'],
};

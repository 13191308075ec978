import { z } from 'zod';
import type { EntityField, Intent } from './domain';

/**
 * The one "said" schema: what any understanding engine (the rules, a model, a live voice model's tool
 * call) reports of a request — its entities *as said*, never as computed values. The model's
 * structured output, the voice tools' parameters and the session's pending request all use these
 * names; only the deterministic layer turns them into values.
 */
const said = z.string().nullable();

export const SAID_SCHEMA = {
  name: said.describe("The lead's name as said"),
  phone: said.describe('The phone number exactly as said, digits or words'),
  city: said,
  locality: said.describe('The area or neighbourhood within the city, as said (Baner, Salt Lake)'),
  source: said.describe('Where the lead came from, as said (Instagram, referral, walk-in…)'),
  lead_reference: said.describe('How an existing lead was referred to: name, id, number, phone, or her/him'),
  time: said.describe('The time phrase exactly as said, e.g. "tomorrow at 3 pm"'),
  status: said.describe('The status word as said, e.g. "not interested"'),
  notes: said,
};

export type SaidField = keyof typeof SAID_SCHEMA;
export const SAID_FIELDS = Object.keys(SAID_SCHEMA) as SaidField[];

/** Entities as said: present only when something was said. */
export type SaidEntities = Partial<Record<SaidField, string>>;

/** One request in a transcript: what to do, and the entities as said. */
export interface UnderstoodAction {
  intent: Intent;
  said: SaidEntities;
}

/** Where each required entity comes from in what was said. */
export const SAID_FIELD_OF: Record<EntityField, SaidField> = {
  name: 'name',
  phone: 'phone',
  city: 'city',
  locality: 'locality',
  source: 'source',
  lead_id: 'lead_reference',
  visit_time: 'time',
  status: 'status',
  notes: 'notes',
};

/** Said values from a foreign object (model JSON, tool arguments): trimmed text, absent when empty. */
export function saidFrom(
  values: Partial<Record<SaidField, unknown>>,
  fields: readonly SaidField[] = SAID_FIELDS,
): SaidEntities {
  const entities: SaidEntities = {};
  for (const field of fields) {
    const raw = values[field];
    const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
    if (text) entities[field] = text;
  }
  return entities;
}

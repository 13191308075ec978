import type { ActionIntent, CrmCall, CrmExchange, Entities, LeadStatus, LeadSummary } from '../kernel/domain';
import { ValidationError, type LeadlineError } from '../kernel/errors';
import type { SaidEntities } from '../kernel/said';
import type { CrmPort, NewLeadInput } from '../crm/port';
import { interpret, type InterpretContext } from '../values/interpret';
import { isPronounReference } from '../values/references';
import type { Candidate } from './contract';
import { resolveLeadReference, type Resolution } from './resolve-lead';

/**
 * From a request as said to a command the CRM can run: the values checked by the deterministic layer,
 * and the lead found through the CRM ("her" is the lead talked about last). A request that cannot
 * become a command is a failure value naming what is wrong.
 */
export type Command =
  | { intent: 'LEAD_CREATE'; lead: NewLeadInput }
  | { intent: 'VISIT_SCHEDULE'; lead: LeadSummary; visit_time: string; notes?: string }
  | { intent: 'LEAD_UPDATE'; lead: LeadSummary; status: LeadStatus; notes?: string };

export type Resolved =
  | {
      ok: true;
      command: Command;
      entities: Entities;
      exchanges: CrmExchange[];
      /** The lead was not looked up (a CRM without lookup): a 404 may mean a part of an id. */
      unverified?: true;
    }
  | {
      ok: false;
      entities: Entities;
      error: LeadlineError;
      crmCall: CrmCall | null;
      candidates?: Candidate[];
      exchanges: CrmExchange[];
    };

export interface ResolveDependencies {
  crm: CrmPort;
  region: string;
}

export async function resolve(
  intent: ActionIntent,
  said: SaidEntities,
  context: InterpretContext,
  lastLead: LeadSummary | null,
  deps: ResolveDependencies,
): Promise<Resolved> {
  const interpreted = interpret(intent, said, context);
  const entities = interpreted.entities;
  if (!interpreted.ok) {
    // "book rohan" with no time: the question comes back with the lead it is about, when that lead is
    // found (the lookup only reads, and quickly: a slow CRM must not hold the question up), so that
    // the caller sees whom the question is for.
    const reference = intent === 'LEAD_CREATE' ? undefined : interpreted.lead_reference;
    const found = reference ? await findLead(reference, lastLead, deps, true).catch(() => null) : null;
    const known = found?.ok && !found.unverified ? { lead_id: found.lead.lead_id, ...entities } : entities;
    const exchanges = found?.exchange ? [found.exchange] : [];
    return { ok: false, entities: known, error: interpreted.problem, crmCall: null, exchanges };
  }
  const values = interpreted.values;
  if (values.intent === 'LEAD_CREATE') {
    const { name, phone, city, locality, source } = values;
    const lead = { name, phone, city, ...(locality ? { locality } : {}), ...(source ? { source } : {}) };
    return { ok: true, command: { intent: values.intent, lead }, entities, exchanges: [] };
  }

  const found = await findLead(values.lead_reference, lastLead, deps);
  const exchanges = found.exchange ? [found.exchange] : [];
  if (!found.ok) {
    return {
      ok: false,
      entities,
      error: found.error,
      crmCall: found.crmCall,
      ...(found.candidates ? { candidates: found.candidates } : {}),
      exchanges,
    };
  }
  const lead = found.lead;
  const withLead = { lead_id: lead.lead_id, ...entities };
  const notes = values.notes === undefined ? {} : { notes: values.notes };
  const command: Command =
    values.intent === 'VISIT_SCHEDULE'
      ? { intent: values.intent, lead, visit_time: values.visit_time, ...notes }
      : { intent: values.intent, lead, status: values.status, ...notes };
  return {
    ok: true,
    command,
    entities: withLead,
    exchanges,
    ...(found.unverified ? { unverified: true } : {}),
  };
}

/** "him", "her", "that lead": the lead talked about last; anything else, through the CRM. */
async function findLead(
  reference: string,
  lastLead: LeadSummary | null,
  deps: ResolveDependencies,
  quick = false,
): Promise<Resolution> {
  if (!isPronounReference(reference)) return resolveLeadReference(reference, deps.crm, deps.region, quick);
  if (lastLead) return { ok: true, lead: lastLead, exchange: null };
  return {
    ok: false,
    error: new ValidationError(`'${reference}' points at no lead talked about before.`, {
      missing: ['lead_id'],
      prompt: 'Which lead do you mean? Say a name, a phone number or a lead id.',
    }),
    crmCall: null,
    exchange: null,
  };
}

import { createHash } from 'node:crypto';
import type { CrmCall, CrmExchange, LeadSummary } from '../kernel/domain';
import type { CrmError } from '../kernel/errors';
import type { CrmPort, CrmResult } from '../crm/port';
import { humanTime } from '../values/time';
import type { ActionResult } from './contract';
import type { Command } from './resolve';

/**
 * Runs one command on the CRM: one typed handler per intent, each saying in a sentence what was done.
 */
export type Acted =
  | { ok: true; crmCall: CrmCall; result: ActionResult; lead: LeadSummary; exchange: CrmExchange }
  | { ok: false; crmCall: CrmCall | null; error: CrmError; exchange: CrmExchange };

const nameOf = (lead: LeadSummary) => lead.name ?? `lead ${lead.lead_id}`;

function acted<T>(
  answer: CrmResult<T>,
  success: (value: T) => { result: ActionResult; lead: LeadSummary },
): Acted {
  const exchange = { call: answer.attempt, answer: answer.ok ? answer.value : answer.answer };
  if (!answer.ok) return { ok: false, crmCall: answer.error.crmCall, error: answer.error, exchange };
  return { ok: true, crmCall: answer.attempt, ...success(answer.value), exchange };
}

/**
 * The key a CRM write carries: derived from the client's Idempotency-Key and the action's place in
 * the transcript, so that the client's retry sends the CRM the same key and never writes twice.
 */
export function crmKeyOf(clientKey: string | undefined, action: number): string | undefined {
  if (clientKey === undefined) return undefined;
  return `leadline-${createHash('sha256').update(`${clientKey}\n${action}`).digest('hex').slice(0, 40)}`;
}

export async function act(
  command: Command,
  crm: CrmPort,
  timezone: string,
  idempotencyKey?: string,
): Promise<Acted> {
  const options = { idempotencyKey };
  switch (command.intent) {
    case 'LEAD_CREATE': {
      const { lead } = command;
      return acted(await crm.createLead(lead, options), ({ lead_id, status }) => ({
        result: { message: `Created lead ${lead.name} (${status}).`, lead_id, status },
        lead: { lead_id, name: lead.name, phone: lead.phone },
      }));
    }
    case 'VISIT_SCHEDULE': {
      const { lead, visit_time, notes } = command;
      const answer = await crm.scheduleVisit(
        {
          lead_id: lead.lead_id,
          visit_time,
          ...(notes ? { notes } : {}),
        },
        options,
      );
      return acted(answer, ({ visit_id, status }) => ({
        result: {
          message: `Scheduled a visit for ${nameOf(lead)} on ${humanTime(new Date(visit_time), timezone)}.`,
          lead_id: lead.lead_id,
          ...(visit_id ? { visit_id } : {}),
          status,
        },
        lead,
      }));
    }
    case 'LEAD_UPDATE': {
      const { lead, status, notes } = command;
      const answer = await crm.updateStatus(lead.lead_id, { status, ...(notes ? { notes } : {}) }, options);
      return acted(answer, (updated) => ({
        result: {
          message: `Updated ${nameOf(lead)} to ${updated.status}.`,
          lead_id: lead.lead_id,
          status: updated.status,
        },
        lead,
      }));
    }
  }
}

import type { ActionIntent, CrmExchange } from '../kernel/domain';
import { saidFrom, type SaidField } from '../kernel/said';
import { fingerprintOf, type IdempotencyStore } from '../storage/idempotency';
import type { TurnHandler } from './handle-turn';

/**
 * The CRM tools a live voice model may call, and how one call runs: as a request already understood,
 * through the same turn as a transcript, in the caller's session. Every argument is optional, so the
 * model may call a tool before it has all it needs and hear back, in the contract's JSON, what is
 * missing ("I still need the phone number"). A call repeated by a resumed connection is answered from
 * the record of its first run, never written twice.
 */
export interface ToolSpec {
  intent: ActionIntent;
  description: string;
  /** The said fields it takes, named as in the one "said" schema. */
  fields: readonly SaidField[];
}

export const TOOLS = {
  createLead: {
    intent: 'LEAD_CREATE',
    description:
      'Create a new lead (status NEW). Needs the name, the phone number and the city; the source if said.',
    fields: ['name', 'phone', 'city', 'locality', 'source'],
  },
  scheduleVisit: {
    intent: 'VISIT_SCHEDULE',
    description:
      'Schedule a site visit for one existing lead. Needs the lead and the time, as the user said them.',
    fields: ['lead_reference', 'time', 'notes'],
  },
  updateLeadStatus: {
    intent: 'LEAD_UPDATE',
    description:
      "Change one existing lead's status (new, in progress, follow up, won, lost), with notes if said.",
    fields: ['lead_reference', 'status', 'notes'],
  },
} as const satisfies Record<string, ToolSpec>;

export type ToolName = keyof typeof TOOLS;

export interface ToolCall {
  sessionId: string;
  /** The model's id of the call, unique within the session. */
  callId: string;
  name: string;
  args: unknown;
  timezone: string;
}

export type ToolAnswer =
  | {
      kind: 'answered';
      /** The contract's JSON, as POST /transcript would have answered the same request. */
      result: unknown;
      httpStatus: number;
      /** Calls made to the CRM by this run (none when replayed). */
      crmCalls: CrmExchange[];
      replayed: boolean;
    }
  /** The same call is running already (a resumed connection repeated it): its answer will come. */
  | { kind: 'running' };

const SCOPE = 'voice-tool';

const isTool = (name: string): name is ToolName => Object.hasOwn(TOOLS, name);

export async function runToolCall(
  call: ToolCall,
  turns: TurnHandler,
  idempotency: IdempotencyStore,
): Promise<ToolAnswer> {
  const key = `${call.sessionId}:${call.callId}`;
  const claim = await idempotency.claim(
    SCOPE,
    key,
    fingerprintOf({ name: call.name, args: call.args ?? {} }),
  );
  if (claim.kind === 'in-flight') return { kind: 'running' };
  if (claim.kind === 'replay') {
    const result: unknown = JSON.parse(claim.response);
    return { kind: 'answered', result, httpStatus: claim.status, crmCalls: [], replayed: true };
  }
  if (claim.kind === 'mismatch') {
    const details = `The call id '${call.callId}' was used for another call.`;
    const result = { error: { type: 'VALIDATION_ERROR', details } };
    return { kind: 'answered', result, httpStatus: 422, crmCalls: [], replayed: false };
  }
  try {
    const answer = await run(call, key, turns);
    await idempotency.complete(SCOPE, key, answer.httpStatus, JSON.stringify(answer.result));
    return { kind: 'answered', ...answer, replayed: false };
  } catch (error) {
    // A run that failed before its answer was stored frees its key: the same call may come again.
    await idempotency.release(SCOPE, key);
    throw error;
  }
}

async function run(
  call: ToolCall,
  requestId: string,
  turns: TurnHandler,
): Promise<{ result: unknown; httpStatus: number; crmCalls: CrmExchange[] }> {
  if (!isTool(call.name)) {
    const result = { error: { type: 'VALIDATION_ERROR', details: `There is no tool named '${call.name}'.` } };
    return { result, httpStatus: 422, crmCalls: [] };
  }
  const tool: ToolSpec = TOOLS[call.name];
  const args = call.args && typeof call.args === 'object' ? (call.args as Record<string, unknown>) : {};
  const outcome = await turns.handleUnderstood(
    { actions: [{ intent: tool.intent, said: saidFrom(args, tool.fields) }], confidence: 1 },
    {
      transcript: `[${call.name}] ${JSON.stringify(call.args ?? {})}`,
      requestId,
      timezone: call.timezone,
      sessionId: call.sessionId,
      // A call repeated by a resumed connection carries the same CRM keys as its first run.
      idempotencyKey: requestId,
    },
  );
  return { result: outcome.body, httpStatus: outcome.httpStatus, crmCalls: outcome.trace.crmCalls };
}

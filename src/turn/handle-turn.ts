import type { ActionIntent, CrmExchange, LeadSummary } from '../kernel/domain';
import { NotFoundError, ParsingError, ValidationError } from '../kernel/errors';
import type { CrmPort } from '../crm/port';
import type { SaidEntities } from '../kernel/said';
import { EMPTY_SESSION, type SessionState, type SessionStore } from '../storage/sessions';
import type { Understanding, UnderstandingProvider } from '../understanding/port';
import { interpret, type InterpretContext } from '../values/interpret';
import { act, crmKeyOf } from './act';
import { answer, fallbackReply, type ActionOutcome, type AnswerMeta, type TurnResult } from './answer';
import { cancelMessage, completePending, isCancel, sessionAfter } from './conversation';
import { resolve } from './resolve';
import { SessionQueue } from './session-queue';

/**
 * The use case: one turn, from words to CRM writes to the contract's JSON. It knows nothing of HTTP
 * or WebSockets; the HTTP door, the voice door and the regression runner all call it.
 *
 *   session → understand → (for each request said: resolve → act) → answer → remember
 *
 * Turns of one session run one after another (SessionQueue); each request stops the ones after it
 * when it fails.
 */
export interface TurnDependencies {
  understanding: UnderstandingProvider;
  crm: CrmPort;
  sessions: SessionStore;
  region: string;
  defaultTimezone: string;
  now?: (() => Date) | undefined;
}

export interface TurnInput {
  transcript: string;
  requestId: string;
  /** The request's "now"; default: the clock. */
  referenceTime?: Date | undefined;
  timezone?: string | undefined;
  /** Turns with the same id are one conversation. */
  sessionId?: string | undefined;
  /** The client's Idempotency-Key: the CRM writes of its retries carry the same keys. */
  idempotencyKey?: string | undefined;
}

export type { TurnResult } from './answer';

export class TurnHandler {
  private readonly queue = new SessionQueue();

  constructor(readonly deps: TurnDependencies) {}

  /** A transcript. */
  handle(input: TurnInput): Promise<TurnResult> {
    return this.queue.run(input.sessionId, async () => {
      const session = await this.sessionOf(input.sessionId);
      if (input.sessionId && isCancel(input.transcript)) {
        return this.remember(input.sessionId, session, this.reply(cancelMessage(session), input));
      }
      const context = this.contextOf(input);
      const reading = await this.understand(input.transcript, context);
      if (!reading.ok) return this.answerUnreadable(reading.error, input);
      const understanding = completePending(
        reading.understanding,
        session,
        input.transcript,
        this.deps.region,
      );
      const result = await this.run(understanding, input, context, session.lastLead);
      return this.remember(input.sessionId, session, result);
    });
  }

  /** Requests understood elsewhere (a voice model's tool call), through the same steps. */
  handleUnderstood(understanding: Understanding, input: TurnInput): Promise<TurnResult> {
    return this.queue.run(input.sessionId, async () => {
      const session = await this.sessionOf(input.sessionId);
      const result = await this.run(understanding, input, this.contextOf(input), session.lastLead);
      return this.remember(input.sessionId, session, result);
    });
  }

  // ---- the steps -----------------------------------------------------------------------------------

  private contextOf(input: TurnInput): InterpretContext {
    return {
      referenceTime: input.referenceTime ?? (this.deps.now ?? (() => new Date()))(),
      timezone: input.timezone ?? this.deps.defaultTimezone,
      region: this.deps.region,
    };
  }

  private async sessionOf(sessionId: string | undefined): Promise<SessionState> {
    return sessionId ? this.deps.sessions.get(sessionId) : EMPTY_SESSION;
  }

  private async understand(
    transcript: string,
    context: InterpretContext,
  ): Promise<{ ok: true; understanding: Understanding } | { ok: false; error: ParsingError }> {
    try {
      return { ok: true, understanding: await this.deps.understanding.understand(transcript, context) };
    } catch (error) {
      if (error instanceof ParsingError) return { ok: false, error };
      throw error;
    }
  }

  /** Each request in the order said; after one fails, the rest are shown but not run. */
  private async run(
    understanding: Understanding,
    input: TurnInput,
    context: InterpretContext,
    knownLead: LeadSummary | null,
  ): Promise<TurnResult> {
    const actions = understanding.actions.flatMap((action) =>
      action.intent === 'UNKNOWN' ? [] : [{ intent: action.intent, said: action.said }],
    );
    const outcomes: ActionOutcome[] = [];
    const exchanges: CrmExchange[] = [];
    let lastLead = knownLead;
    for (const [index, action] of actions.entries()) {
      if (outcomes.some((outcome) => outcome.kind === 'failed')) {
        const { entities } = interpret(action.intent, action.said, context);
        outcomes.push({ kind: 'skipped', intent: action.intent, entities });
        continue;
      }
      const outcome = await this.runAction(
        action,
        crmKeyOf(input.idempotencyKey, index),
        context,
        lastLead,
        exchanges,
      );
      if (outcome.kind === 'done') lastLead = outcome.lead;
      outcomes.push(outcome);
    }
    const [first, ...rest] = outcomes;
    return answer(
      first ? [first, ...rest] : [fallbackReply()],
      this.metaOf(input, understanding),
      exchanges,
      lastLead,
    );
  }

  /** One request: resolve it to a command, act on the CRM, and say what became of it. */
  private async runAction(
    action: { intent: ActionIntent; said: SaidEntities },
    crmKey: string | undefined,
    context: InterpretContext,
    lastLead: LeadSummary | null,
    exchanges: CrmExchange[],
  ): Promise<ActionOutcome> {
    const resolved = await resolve(action.intent, action.said, context, lastLead, this.deps);
    exchanges.push(...resolved.exchanges);
    if (!resolved.ok) {
      const { ok: _ok, exchanges: _exchanges, ...failure } = resolved;
      return { kind: 'failed', action, ...failure };
    }
    const acted = await act(resolved.command, this.deps.crm, context.timezone, crmKey);
    exchanges.push(acted.exchange);
    if (acted.ok) {
      const { crmCall, result, lead } = acted;
      return { kind: 'done', intent: action.intent, entities: resolved.entities, crmCall, result, lead };
    }
    if (resolved.unverified && acted.error instanceof NotFoundError) {
      // A CRM without lookup has no lead by this id: it may have been only the start of one.
      const { lead_id: reference, ...entities } = resolved.entities;
      return { kind: 'failed', action, entities, error: partOfAnId(reference), crmCall: acted.crmCall };
    }
    return {
      kind: 'failed',
      action,
      entities: resolved.entities,
      error: acted.error,
      crmCall: acted.crmCall,
    };
  }

  /** Keeps what the conversation must remember of this turn. */
  private async remember(sessionId: string | undefined, before: SessionState, result: TurnResult) {
    if (sessionId) await this.deps.sessions.save(sessionId, sessionAfter(result, before));
    return result;
  }

  private metaOf(input: TurnInput, understanding: Understanding): AnswerMeta {
    return {
      requestId: input.requestId,
      confidence: understanding.confidence,
      nlu: {
        provider: understanding.servedBy ?? this.deps.understanding.name,
        fallback: understanding.fallback !== undefined,
        ...(understanding.fallback ? { fallback_reason: understanding.fallback.reason } : {}),
      },
    };
  }

  private plainMeta(input: TurnInput, confidence: number | undefined): AnswerMeta {
    return {
      requestId: input.requestId,
      confidence,
      nlu: { provider: this.deps.understanding.name, fallback: false },
    };
  }

  /** An answer that acts on nothing and says `message`. */
  private reply(message: string, input: TurnInput): TurnResult {
    return answer([{ kind: 'reply', message }], this.plainMeta(input, 1), [], null);
  }

  /** No engine could produce a usable reading. */
  private answerUnreadable(error: ParsingError, input: TurnInput): TurnResult {
    const outcome: ActionOutcome = {
      kind: 'failed',
      action: { intent: 'UNKNOWN', said: {} },
      entities: {},
      error,
      crmCall: null,
    };
    return answer([outcome], this.plainMeta(input, undefined), [], null);
  }
}

function partOfAnId(reference: string | undefined): ValidationError {
  return new ValidationError(
    `The CRM has no lead with the id '${reference ?? ''}'. If that is the start of an id, say the whole id.`,
    { fields: ['lead_id'], prompt: 'What is the full lead id?' },
  );
}

const WARM_UP_TRANSCRIPTS = [
  'add a new lead rohan sharma from gurgaon phone nine eight seven six five four three two one zero source instagram',
  'schedule a site visit for lead 12 tomorrow at half past four',
  'mark priya nair as not interested, notes: budget too low',
];

/**
 * Runs the rules engine and the deterministic layer once on a few transcripts, so that the first real
 * request does not pay for compiling their patterns (several hundred milliseconds for the first
 * visit). It asks `understanding` — pass the embedded engine, never a paid or remote model.
 */
export async function warmUp(understanding: UnderstandingProvider, region: string, timezone: string) {
  const context = { referenceTime: new Date(), timezone, region };
  for (const transcript of WARM_UP_TRANSCRIPTS) {
    const reading = await understanding.understand(transcript, context);
    for (const action of reading.actions) {
      if (action.intent !== 'UNKNOWN') interpret(action.intent, action.said, context);
    }
  }
}

import type { Request, Response } from 'express';
import type { LeadlineError } from '../../kernel/errors';
import type { Logger } from '../../kernel/logger';
import type { Interaction, InteractionLog } from '../../storage/interactions';
import { errorBody } from '../../turn/answer';
import type { TurnHandler } from '../../turn/handle-turn';
import type { TranscriptRequest } from './transcript-request';

/** What the routes that run a turn over HTTP share: POST /transcript and POST /transcript/audio. */
export interface TurnRouteDependencies {
  turns: TurnHandler;
  interactions: InteractionLog;
  logger: Logger;
}

type Channel = Interaction['channel'];

/** A request refused before its turn ran: answered in the contract's shape and kept in the log. */
export function refuse(
  deps: TurnRouteDependencies,
  response: Response,
  error: LeadlineError,
  what: { channel: Channel; transcript: string; started: number; extra?: Record<string, unknown> },
): void {
  const id = response.locals.requestId as string;
  deps.interactions.record({
    request_id: id,
    created_at: new Date().toISOString(),
    channel: what.channel,
    transcript: what.transcript,
    intent: null,
    entities: {},
    outcome: error.type,
    http_status: error.httpStatus,
    crm_calls: [],
    provider: null,
    latency_ms: performance.now() - what.started,
  });
  deps.logger.info(
    { request_id: id, outcome: error.type, status: error.httpStatus, channel: what.channel },
    'request refused',
  );
  response.status(error.httpStatus).json({ ...errorBody(error, { requestId: id }), ...what.extra });
}

/** Runs the turn, keeps the interaction, logs it and answers; `extra` joins the answer's body. */
export async function answerTurn(
  deps: TurnRouteDependencies,
  request: Request,
  response: Response,
  input: TranscriptRequest,
  how: { channel: Channel; started: number; extra?: Record<string, unknown> },
): Promise<void> {
  const id = response.locals.requestId as string;
  const result = await deps.turns.handle({
    transcript: input.transcript,
    requestId: id,
    referenceTime: input.referenceTime,
    timezone: input.timezone,
    sessionId: input.sessionId,
    idempotencyKey: request.get('idempotency-key'),
  });
  const latency = performance.now() - how.started;
  deps.interactions.record({
    request_id: id,
    created_at: new Date().toISOString(),
    channel: how.channel,
    transcript: input.transcript,
    metadata: input.metadata,
    session_id: input.sessionId,
    intent: result.trace.intent,
    entities: result.trace.entities,
    outcome: result.trace.outcome,
    http_status: result.httpStatus,
    crm_calls: result.trace.crmCalls,
    provider: result.trace.provider,
    latency_ms: latency,
  });
  // Built only when it will be written: most deployments run at info.
  if (deps.logger.isLevelEnabled('debug'))
    deps.logger.debug(
      { request_id: id, transcript: input.transcript, entities: result.trace.entities },
      'transcript understood',
    );
  deps.logger.info(
    {
      request_id: id,
      intent: result.trace.intent,
      outcome: result.trace.outcome,
      status: result.httpStatus,
      latency_ms: Math.round(latency * 100) / 100,
      ...(how.channel === 'http' ? {} : { channel: how.channel }),
    },
    'transcript handled',
  );
  response.status(result.httpStatus).json({ ...result.body, ...how.extra });
}

import type express from 'express';
import { Router, type RequestHandler } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import type { CrmStore } from '../../crm/embedded/store';
import type { Logger } from '../../kernel/logger';
import type { IdempotencyStore } from '../../storage/idempotency';
import type { InteractionLog } from '../../storage/interactions';
import { errorBody } from '../../turn/answer';
import type { TurnHandler } from '../../turn/handle-turn';
import { crmApi } from './crm-routes';
import { jsonBody } from './body-guard';
import { errorHandler, noRoute } from './error-handler';
import { baseApp } from './base-app';
import { transportGuards } from './guards';
import { idempotent } from './idempotency';
import { parseTranscriptRequest, transcriptOf } from './transcript-request';

/**
 * The HTTP door: the bot's API (POST /transcript, POST /bot/handle, /openapi.yaml) and, when the CRM
 * is embedded, its REST API under /crm — each with its own error shape, sharing the guards. It only
 * translates HTTP: the turn does the work.
 */
export interface HttpDependencies {
  turns: TurnHandler;
  idempotency: IdempotencyStore;
  interactions: InteractionLog;
  logger: Logger;
  bodyLimitBytes: number;
  /** When set, every route but /healthz requires `Authorization: Bearer <apiKey>`. */
  apiKey: string | null;
  rateLimitPerMinute: number;
  region: string;
  /** What /healthz reports (liveness: the process answers). */
  health: Record<string, string>;
  /** What /readyz reports: each dependency's state; 503 when not ready. */
  readiness: () => Readiness;
  /** Present when the CRM is embedded: its REST API is then served under /crm. */
  crmStore?: CrmStore | undefined;
  now: () => number;
}

export interface Readiness {
  ready: boolean;
  checks: Record<string, { ok: boolean } & Record<string, unknown>>;
}

export const OPENAPI_PATH = path.resolve(__dirname, '..', '..', '..', 'openapi.yaml');

/** The Express app, without listen(): main.ts serves it, tests drive it with supertest. */
export function createHttpApp(deps: HttpDependencies): express.Express {
  const app = baseApp(deps.health);
  app.get('/readyz', (_request, response) => {
    const readiness = deps.readiness();
    response
      .status(readiness.ready ? 200 : 503)
      .json({ status: readiness.ready ? 'ready' : 'not_ready', ...readiness });
  });
  const guards = transportGuards(deps);
  if (deps.crmStore) {
    app.use(
      '/crm',
      crmApi({
        store: deps.crmStore,
        idempotency: deps.idempotency,
        region: deps.region,
        bodyLimitBytes: deps.bodyLimitBytes,
        logger: deps.logger,
        guards,
        now: deps.now,
      }),
    );
  }
  app.use(botApi(deps, guards));
  app.use(errorHandler(deps.logger, 'contract'));
  return app;
}

function botApi(deps: HttpDependencies, guards: RequestHandler[]): Router {
  const router = Router();
  router.use(...guards);
  router.use(...jsonBody(deps.bodyLimitBytes));
  const handle = transcriptRoute(deps);
  // One operation under two paths: a retry may come in on either.
  const once = idempotent(deps.idempotency, deps.logger, 'transcript');
  router.post('/transcript', once, handle);
  router.post('/bot/handle', once, handle);
  const openapi = fs.readFileSync(OPENAPI_PATH, 'utf8');
  router.get('/openapi.yaml', (_request, response) => {
    response.type('application/yaml').send(openapi);
  });
  router.use(noRoute);
  return router;
}

function transcriptRoute(deps: HttpDependencies): RequestHandler {
  return async (request, response) => {
    const started = performance.now();
    const id = response.locals.requestId as string;
    const parsed = parseTranscriptRequest(request.body);
    if (!parsed.ok) {
      deps.interactions.record({
        request_id: id,
        created_at: new Date().toISOString(),
        channel: 'http',
        transcript: transcriptOf(request.body),
        intent: null,
        entities: {},
        outcome: parsed.error.type,
        http_status: 400,
        crm_calls: [],
        provider: null,
        latency_ms: performance.now() - started,
      });
      response.status(400).json(errorBody(parsed.error, { requestId: id }));
      return;
    }
    const input = parsed.value;
    const result = await deps.turns.handle({
      transcript: input.transcript,
      requestId: id,
      referenceTime: input.referenceTime,
      timezone: input.timezone,
      sessionId: input.sessionId,
      idempotencyKey: request.get('idempotency-key'),
    });
    const latency = performance.now() - started;
    deps.interactions.record({
      request_id: id,
      created_at: new Date().toISOString(),
      channel: 'http',
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
      },
      'transcript handled',
    );
    response.status(result.httpStatus).json(result.body);
  };
}

import type express from 'express';
import { Router, type RequestHandler } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import type { CrmStore } from '../../crm/embedded/store';
import type { Logger } from '../../kernel/logger';
import type { IdempotencyStore } from '../../storage/idempotency';
import type { InteractionLog } from '../../storage/interactions';
import type { TurnHandler } from '../../turn/handle-turn';
import { crmApi } from './crm-routes';
import { jsonBody } from './body-guard';
import { errorHandler, noRoute } from './error-handler';
import { baseApp } from './base-app';
import { transportGuards } from './guards';
import { idempotent } from './idempotency';
import { parseTranscriptRequest, transcriptOf } from './transcript-request';
import { answerTurn, refuse } from './turn-route';
import { audioRoute } from './audio-route';
import type { Transcriber } from '../../understanding/transcriber';

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
  /** Who transcribes POST /transcript/audio; null: that route answers 503. */
  transcriber: Transcriber | null;
  audioLimitBytes: number;
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
  router.post('/transcript/audio', ...audioRoute(deps));
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
    const parsed = parseTranscriptRequest(request.body);
    if (!parsed.ok) {
      refuse(deps, response, parsed.error, {
        channel: 'http',
        transcript: transcriptOf(request.body),
        started,
      });
      return;
    }
    await answerTurn(deps, request, response, parsed.value, { channel: 'http', started });
  };
}

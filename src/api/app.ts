import express, { type ErrorRequestHandler, type RequestHandler, type Response } from 'express';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import helmet from 'helmet';
import { errorBody } from '../contract';
import { InternalError, ValidationError, type LeadlineError } from '../errors';
import type { CrmService } from '../crm/service';
import { crmRouter } from '../crm/router';
import type { InteractionLog } from '../interactions';
import type { Logger } from '../logger';
import { handleTurn } from '../conversation';
import { rateLimiter, requireApiKey, sendError } from './guards';
import { idempotent, type IdempotencyStore } from './idempotency';
import type { PipelineDependencies } from '../pipeline';
import type { SessionStore } from '../sessions';
import { parseTranscriptRequest, transcriptOf } from './transcript-request';

export interface AppDependencies {
  pipeline: PipelineDependencies;
  interactions: InteractionLog;
  logger: Logger;
  bodyLimitBytes: number;
  /** When set, every route but /healthz requires `Authorization: Bearer <apiKey>`. */
  apiKey?: string | null | undefined;
  rateLimitPerMinute: number;
  sessions: SessionStore;
  idempotency: IdempotencyStore;
  /** Present when the CRM is embedded: its REST API is then served under /crm. */
  crmService?: CrmService | undefined;
}

export const OPENAPI_PATH = path.resolve(__dirname, '..', '..', 'openapi.yaml');

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const requestId: RequestHandler = (request, response, next) => {
  const given = request.get('x-request-id');
  const id = given && REQUEST_ID.test(given) ? given : randomUUID();
  response.locals.requestId = id;
  response.setHeader('x-request-id', id);
  next();
};

/** The Express app, without listen(): main.ts serves it, tests drive it with supertest. */
export function createApp(deps: AppDependencies): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(requestId);
  app.use(helmet());
  if (deps.apiKey) app.use(requireApiKey(deps.apiKey));
  app.use(rateLimiter(deps.rateLimitPerMinute));
  app.use(express.json({ limit: deps.bodyLimitBytes, type: ['application/json', 'application/*+json'] }));

  const handle: RequestHandler = async (request, response) => {
    const started = performance.now();
    const id = response.locals.requestId as string;
    const parsed = parseTranscriptRequest(request.body);
    if (!parsed.ok) {
      const body = errorBody(parsed.error, { requestId: id });
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
      response.status(400).json(body);
      return;
    }
    const input = parsed.value;
    const result = await handleTurn(
      {
        transcript: input.transcript,
        requestId: id,
        referenceTime: input.referenceTime,
        timezone: input.timezone,
        sessionId: input.sessionId,
      },
      deps.pipeline,
      deps.sessions,
    );
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

  // One operation under two paths: a retry may come in on either.
  app.post('/transcript', idempotent(deps.idempotency, 'transcript'), handle);
  app.post('/bot/handle', idempotent(deps.idempotency, 'transcript'), handle);
  app.get('/healthz', (_request, response) => {
    response.json({
      status: 'ok',
      crm: deps.crmService ? 'embedded' : 'http',
      nlu_provider: deps.pipeline.understanding.name,
    });
  });
  const openapi = fs.readFileSync(OPENAPI_PATH, 'utf8');
  app.get('/openapi.yaml', (_request, response) => {
    response.type('application/yaml').send(openapi);
  });
  if (deps.crmService) app.use('/crm', crmRouter(deps.crmService, deps.idempotency));

  app.use((request, response) => {
    response.status(404).json({ detail: `No route for ${request.method} ${request.path}` });
  });
  app.use(errorHandler(deps.logger));
  return app;
}

/** The one error middleware: body-parser failures and anything unexpected, as contract JSON. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response: Response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const type = (error as { type?: unknown } | null)?.type;
    let failure: LeadlineError;
    if (type === 'entity.parse.failed')
      failure = new ValidationError('The request body is not valid JSON.', { httpStatus: 400 });
    else if (type === 'entity.too.large')
      failure = new ValidationError('The request body is too large.', { httpStatus: 413 });
    else if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
      failure = new ValidationError('Unsupported body encoding; send UTF-8 JSON.', { httpStatus: 415 });
    } else {
      logger.error({ err: error, request_id: response.locals.requestId }, 'unhandled error');
      failure = new InternalError();
    }
    sendError(request, response, failure);
  };
}

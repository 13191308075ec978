import express from 'express';
import helmet from 'helmet';
import { errorHandler } from '../api/app';
import { rateLimiter, requireApiKey } from '../api/guards';
import type { IdempotencyStore } from '../api/idempotency';
import type { Logger } from '../logger';
import { crmRouter } from './router';
import type { CrmService } from './service';

/** The embedded CRM's REST API on its own, for `npm run crm` (the two-process mode). */
export function createCrmApp(
  service: CrmService,
  idempotency: IdempotencyStore,
  logger: Logger,
  options: { bodyLimitBytes: number; apiKey: string | null; rateLimitPerMinute: number },
): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(helmet());
  if (options.apiKey) app.use(requireApiKey(options.apiKey));
  app.use(rateLimiter(options.rateLimitPerMinute));
  app.use(express.json({ limit: options.bodyLimitBytes }));
  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok', service: 'crm' });
  });
  app.use('/crm', crmRouter(service, idempotency));
  app.use((request, response) => {
    response.status(404).json({ detail: `No route for ${request.method} ${request.path}` });
  });
  app.use(errorHandler(logger));
  return app;
}

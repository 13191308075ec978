import express from 'express';
import { errorHandler } from '../api/app';
import type { Logger } from '../logger';
import { crmRouter } from './router';
import type { CrmService } from './service';

/** The embedded CRM's REST API on its own, for `npm run crm` (the two-process mode). */
export function createCrmApp(service: CrmService, logger: Logger, bodyLimitBytes: number): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(express.json({ limit: bodyLimitBytes }));
  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok', service: 'crm' });
  });
  app.use('/crm', crmRouter(service));
  app.use((request, response) => {
    response.status(404).json({ detail: `No route for ${request.method} ${request.path}` });
  });
  app.use(errorHandler(logger));
  return app;
}

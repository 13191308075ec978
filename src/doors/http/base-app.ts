import express from 'express';
import helmet from 'helmet';
import { requestId } from './guards';

/**
 * What every HTTP API of this service starts with: no framework banner, plain query strings, a
 * request id on every answer, helmet's headers, and an unguarded /healthz that says what it is.
 */
export function baseApp(health: Record<string, string>): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(requestId);
  app.use(helmet());
  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok', ...health });
  });
  return app;
}

import express from 'express';
import helmet from 'helmet';
import { requestId } from './guards';

/**
 * helmet's headers, worked out once: helmet is run against a stand-in response at start-up and the
 * headers it set are then set on every response as they are, instead of being recomputed per
 * request. (Its headers do not depend on the request; a nonce-based CSP would, and is not used.)
 */
function helmetHeaders(): express.RequestHandler {
  const headers: [string, string | number | readonly string[]][] = [];
  const stand = {
    setHeader: (name: string, value: string | number | readonly string[]) => headers.push([name, value]),
    removeHeader: () => undefined,
    getHeader: () => undefined,
  };
  helmet()({} as express.Request, stand as unknown as express.Response, () => undefined);
  return (_request, response, next) => {
    for (const [name, value] of headers) response.setHeader(name, value);
    next();
  };
}

/**
 * What every HTTP API of this service starts with: no framework banner, plain query strings, a
 * request id on every answer, helmet's headers, and an unguarded /healthz that says what it is.
 */
export function baseApp(health: Record<string, string>): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(requestId);
  app.use(helmetHeaders());
  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok', ...health });
  });
  return app;
}

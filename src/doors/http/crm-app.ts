import type express from 'express';
import type { CrmStore } from '../../crm/embedded/store';
import type { Logger } from '../../kernel/logger';
import type { IdempotencyStore } from '../../storage/idempotency';
import { crmApi } from './crm-routes';
import { errorHandler, noRoute } from './error-handler';
import { baseApp } from './base-app';
import { transportGuards } from './guards';

/** The embedded CRM's REST API on its own, for `npm run crm` (the two-process mode). */
export function createCrmApp(
  store: CrmStore,
  idempotency: IdempotencyStore,
  logger: Logger,
  options: {
    bodyLimitBytes: number;
    apiKey: string | null;
    rateLimitPerMinute: number;
    defaultRegion: string;
  },
): express.Express {
  const app = baseApp({ service: 'crm' });
  const guards = transportGuards(options);
  app.use(
    '/crm',
    crmApi({
      store,
      idempotency,
      region: options.defaultRegion,
      bodyLimitBytes: options.bodyLimitBytes,
      logger,
      guards,
      now: Date.now,
    }),
  );
  app.use(...guards, noRoute);
  app.use(errorHandler(logger, 'crm'));
  return app;
}

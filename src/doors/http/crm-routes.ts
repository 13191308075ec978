import { Router, type RequestHandler, type Response } from 'express';
import type { CrmStore } from '../../crm/embedded/store';
import {
  encodeCursor,
  readLeadQuery,
  readNewLead,
  readNewVisit,
  readStatusChange,
  readVisitFilter,
} from '../../crm/embedded/requests';
import { ConflictError, NotFoundError } from '../../kernel/errors';
import type { Logger } from '../../kernel/logger';
import type { IdempotencyStore } from '../../storage/idempotency';
import { jsonBody } from './body-guard';
import { errorHandler, noRoute } from './error-handler';
import { requestLog } from './guards';
import { idempotent } from './idempotency';

/**
 * The embedded CRM's REST API, mounted at /crm: the requests checked, the store called with typed
 * values, every error answered by the one error handler in the CRM's `{"detail": …}` shape.
 */
export interface CrmApiDependencies {
  store: CrmStore;
  idempotency: IdempotencyStore;
  region: string;
  bodyLimitBytes: number;
  logger: Logger;
  guards: RequestHandler[];
  /** The clock a visit in the past is judged by. */
  now: () => number;
}

const found = <T>(value: T | null): T => {
  if (value === null) throw new NotFoundError();
  return value;
};

const send = (response: Response, status: number, body: unknown) => response.status(status).json(body);

export function crmApi(deps: CrmApiDependencies): Router {
  const { store, region } = deps;
  const router = Router();
  const once = idempotent(deps.idempotency, deps.logger);
  router.use(requestLog(deps.logger, 'crm request handled'));
  router.use(...deps.guards);
  router.use(...jsonBody(deps.bodyLimitBytes));

  router.post('/leads', once, async (request, response) => {
    const lead = readNewLead(request.body, region);
    const outcome = await store.createLead(lead);
    if ('existing' in outcome) {
      const id = outcome.existing.lead_id;
      throw new ConflictError(`A lead with phone ${lead.phone} already exists: ${id}.`, id);
    }
    send(response, 201, { lead_id: outcome.created.lead_id, status: outcome.created.status });
  });
  router.get('/leads', async (request, response) => {
    const page = await store.searchLeads(readLeadQuery(request.query, region));
    send(response, 200, {
      leads: page.leads,
      next_cursor: page.last === null ? null : encodeCursor(page.last),
    });
  });
  router.get('/leads/:leadId', async (request, response) => {
    send(response, 200, found(await store.getLead(request.params.leadId)));
  });
  router.delete('/leads/:leadId', async (request, response) => {
    if (!(await store.deleteLead(request.params.leadId))) throw new NotFoundError();
    response.status(204).end();
  });
  router.post('/leads/:leadId/status', once, async (request, response) => {
    const change = readStatusChange(request.body);
    const lead = found(await store.updateStatus(String(request.params.leadId), change.status, change.notes));
    send(response, 200, { lead_id: lead.lead_id, status: lead.status });
  });
  router.post('/visits', once, async (request, response) => {
    const visit = found(await store.createVisit(readNewVisit(request.body, deps.now())));
    send(response, 201, { visit_id: visit.visit_id, status: visit.status });
  });
  router.get('/visits', async (request, response) => {
    send(response, 200, { visits: await store.listVisits(readVisitFilter(request.query)) });
  });

  router.use(noRoute);
  router.use(errorHandler(deps.logger, 'crm'));
  return router;
}

import { Router, type Response } from 'express';
import { idempotent, type IdempotencyStore } from '../api/idempotency';
import type { CrmReply, CrmService } from './service';

function send(response: Response, reply: CrmReply): void {
  if (reply.status === 204) response.status(204).end();
  else response.status(reply.status).json(reply.body);
}

/** The embedded CRM's REST API, mounted at /crm. Every answer comes from CrmService. */
export function crmRouter(service: CrmService, idempotency: IdempotencyStore): Router {
  const router = Router();
  const once = idempotent(idempotency);
  router.post('/leads', once, (request, response) => send(response, service.createLead(request.body)));
  router.get('/leads', (request, response) => send(response, service.listLeads(request.query)));
  router.get('/leads/:leadId', (request, response) => send(response, service.getLead(request.params.leadId)));
  router.delete('/leads/:leadId', (request, response) =>
    send(response, service.deleteLead(request.params.leadId)),
  );
  router.post('/leads/:leadId/status', once, (request, response) =>
    send(response, service.updateStatus(String(request.params.leadId), request.body)),
  );
  router.post('/visits', once, (request, response) => send(response, service.createVisit(request.body)));
  router.get('/visits', (request, response) => send(response, service.listVisits(request.query)));
  return router;
}

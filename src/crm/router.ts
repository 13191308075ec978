import { Router, type Response } from 'express';
import type { CrmReply, CrmService } from './service';

function send(response: Response, reply: CrmReply): void {
  if (reply.status === 204) response.status(204).end();
  else response.status(reply.status).json(reply.body);
}

/** The embedded CRM's REST API, mounted at /crm. Every answer comes from CrmService. */
export function crmRouter(service: CrmService): Router {
  const router = Router();
  router.post('/leads', (request, response) => send(response, service.createLead(request.body)));
  router.get('/leads', (request, response) => send(response, service.listLeads(request.query)));
  router.get('/leads/:leadId', (request, response) => send(response, service.getLead(request.params.leadId)));
  router.delete('/leads/:leadId', (request, response) =>
    send(response, service.deleteLead(request.params.leadId)),
  );
  router.post('/leads/:leadId/status', (request, response) =>
    send(response, service.updateStatus(request.params.leadId, request.body)),
  );
  router.post('/visits', (request, response) => send(response, service.createVisit(request.body)));
  router.get('/visits', (request, response) => send(response, service.listVisits(request.query)));
  return router;
}

import request from 'supertest';
import {
  AuthError,
  ConflictError,
  CrmUnavailableError,
  InternalError,
  NotFoundError,
  ParsingError,
  RateLimitedError,
  ServiceUnavailableError,
  ValidationError,
  type LeadlineError,
} from '../../src/kernel/errors';
import { errorResponse } from '../../src/turn/answer';
import { startHarness, type Harness } from '../helpers/harness';
import { expectMatchesOpenApi } from '../helpers/openapi';

/**
 * Errors become JSON in one module (turn/answer.ts): the same error answers in the contract's shape
 * on the bot's routes and in the CRM API's `{"detail": …}` shape on /crm, and what the HTTP door
 * sends is exactly what that module makes.
 */
let harness: Harness;
afterEach(async () => {
  await harness.close();
});

const withoutRequestId = (body: Record<string, unknown>) => {
  const { request_id: _id, ...rest } = body;
  return rest;
};

test('when the same body is not JSON on a CRM route and on the transcript route, then each answers in its own shape from the one module', async () => {
  harness = startHarness();
  const broken = '{"transcript": ';
  const crm = await request(harness.service.app)
    .post('/crm/leads')
    .set('content-type', 'application/json')
    .send(broken);
  const bot = await request(harness.service.app)
    .post('/transcript')
    .set('content-type', 'application/json')
    .send(broken);
  const error = new ValidationError('The request body is not valid JSON.', { httpStatus: 400 });

  const crmShape = errorResponse(error, 'crm', 'unused');
  expect(crm.status).toBe(crmShape.status);
  expect(crm.status).toBe(422);
  expect(crm.body).toEqual(crmShape.body);
  expect(crm.body).toEqual({ detail: 'The request body is not valid JSON.' });
  expectMatchesOpenApi('POST', '/crm/leads', crm);

  const contractShape = errorResponse(error, 'contract', bot.body.request_id as string);
  expect(bot.status).toBe(contractShape.status);
  expect(bot.status).toBe(400);
  expect(bot.body).toEqual(contractShape.body);
  expect(withoutRequestId(bot.body)).toEqual({
    intent: 'UNKNOWN',
    entities: {},
    error: { type: 'VALIDATION_ERROR', details: 'The request body is not valid JSON.' },
  });
  expectMatchesOpenApi('POST', '/transcript', bot);
});

test('when a request lacks the API key on a CRM route and on the transcript route, then both are the same AuthError in two shapes', async () => {
  harness = startHarness({ API_KEY: 'test-key-0123456789abcdef' });
  const crm = await request(harness.service.app).get('/crm/leads');
  const bot = await request(harness.service.app).post('/transcript').send({ transcript: 'hello' });
  const error = new AuthError();
  expect(crm.status).toBe(401);
  expect(crm.body).toEqual(errorResponse(error, 'crm', 'unused').body);
  expect(bot.status).toBe(401);
  expect(bot.body).toEqual(errorResponse(error, 'contract', bot.body.request_id as string).body);
  expectMatchesOpenApi('GET', '/crm/leads', crm);
  expectMatchesOpenApi('POST', '/transcript', bot);
});

test('when the phone exists, then the CRM route and the transcript route both answer 409, each in its shape', async () => {
  harness = startHarness();
  const existing = await harness.seedLead({ name: 'Rohan Sharma', phone: '+919876543210', city: 'Gurgaon' });
  const crm = await request(harness.service.app)
    .post('/crm/leads')
    .send({ name: 'Someone Else', phone: '98765 43210', city: 'Pune' });
  expect(crm.status).toBe(409);
  expect(crm.body).toEqual({
    detail: `A lead with phone +919876543210 already exists: ${existing}.`,
    lead_id: existing,
  });
  const bot = await harness.say('add a new lead Someone Else from Pune phone 98765 43210');
  expect(bot.status).toBe(409);
  expect(bot.body.error).toEqual({
    type: 'CRM_ERROR',
    details: `A lead with phone +919876543210 already exists (lead_id ${existing}).`,
  });
  expect(bot.body.crm_call).toEqual({ endpoint: '/crm/leads', method: 'POST', status_code: 409 });
});

test.each<[string, LeadlineError, number, string]>([
  ['a malformed request', new ValidationError('bad', { httpStatus: 400 }), 422, 'VALIDATION_ERROR'],
  [
    'an invalid value',
    new ValidationError('bad', { missing: ['phone'], prompt: 'Which?' }),
    422,
    'VALIDATION_ERROR',
  ],
  ['an unreadable model answer', new ParsingError('bad'), 422, 'PARSING_ERROR'],
  ['an unknown lead', new NotFoundError(), 404, 'CRM_ERROR'],
  ['a duplicate phone', new ConflictError('taken', 'lead-1'), 409, 'CRM_ERROR'],
  [
    'an unreachable CRM',
    new CrmUnavailableError('down', { endpoint: '/crm/leads', method: 'POST', status_code: null }),
    502,
    'CRM_ERROR',
  ],
  ['a missing key', new AuthError(), 401, 'AUTH_ERROR'],
  ['a rate limit', new RateLimitedError(7), 429, 'RATE_LIMITED'],
  ['an unconfigured service', new ServiceUnavailableError('no key'), 503, 'SERVICE_UNAVAILABLE'],
  ['a bug', new InternalError(), 500, 'INTERNAL_ERROR'],
])(
  'when %s is answered, then the CRM shape and the contract shape carry the same words',
  (_case, error, crmStatus, type) => {
    const crm = errorResponse(error, 'crm', 'r-1');
    const contract = errorResponse(error, 'contract', 'r-1');
    expect(crm.status).toBe(crmStatus);
    expect(contract.status).toBe(error.httpStatus);
    expect(crm.body).toMatchObject({ detail: error.message });
    expect(contract.body).toMatchObject({ error: { type, details: error.message }, request_id: 'r-1' });
  },
);

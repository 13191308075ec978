import { HttpCrmClient } from '../../src/crm/http-client';
import { CrmUnavailableError } from '../../src/kernel/errors';
import { FakeCrm } from '../fakes/fake-crm';
import { startHarness, type Harness } from '../helpers/harness';

/**
 * With CRM_BASE_URL set, every CRM action is an HTTP call to a CRM on loopback. These tests run the
 * whole API against a fake CRM that fails on cue, and check what reached it.
 */
let crm: FakeCrm;
let harness: Harness;

async function start(options?: { lookup: boolean; createStatus: number }, env: Record<string, string> = {}) {
  crm = new FakeCrm(options);
  await crm.start();
  harness = startHarness({ CRM_BASE_URL: crm.url, CRM_TIMEOUT_MS: '300', CRM_RETRIES: '2', ...env });
}

afterEach(async () => {
  await harness?.close();
  await crm?.stop();
});

const CREATE = 'Add a new lead: Rohan Sharma from Gurgaon, phone 98 765 43210, source Instagram.';

test('when the CRM answers, then the lead is created there and crm_call reports its status code', async () => {
  await start();
  const response = await harness.say(CREATE);
  expect(response.status).toBe(200);
  expect(response.body.crm_call).toEqual({ endpoint: '/crm/leads', method: 'POST', status_code: 201 });
  expect(crm.leads).toEqual([
    expect.objectContaining({ name: 'Rohan Sharma', phone: '+919876543210', city: 'Gurgaon' }),
  ]);
  expect(crm.requests[0]!.body).toEqual({
    name: 'Rohan Sharma',
    phone: '+919876543210',
    city: 'Gurgaon',
    source: 'Instagram',
  });
});

test('when the CRM fails with 500 twice and then answers, then the call is retried and succeeds with one key', async () => {
  await start();
  crm.failNext(2, 500);
  const response = await harness.say(CREATE);
  expect(response.status).toBe(200);
  const posts = crm.requests.filter((request) => request.method === 'POST');
  expect(posts).toHaveLength(3);
  const keys = new Set(posts.map((request) => request.headers['idempotency-key']));
  expect(keys.size).toBe(1);
  expect([...keys][0]).toEqual(expect.any(String));
});

test("when the CRM keeps failing with 500, then it is CRM_ERROR 502 with the CRM's message, after 3 attempts", async () => {
  await start();
  crm.failNext(3, 503, 'database is locked');
  const response = await harness.say(CREATE);
  expect(response.status).toBe(502);
  expect(response.body.error.type).toBe('CRM_ERROR');
  expect(response.body.error.details).toMatch(/HTTP 503 after 3 attempts: database is locked/);
  expect(response.body.crm_call).toEqual({ endpoint: '/crm/leads', method: 'POST', status_code: 503 });
  expect(crm.requests).toHaveLength(3);
});

test('when the CRM does not answer in time, then each attempt times out and it is CRM_ERROR 502', async () => {
  await start();
  crm.hangNext(3);
  const started = Date.now();
  const response = await harness.say(CREATE);
  expect(response.status).toBe(502);
  expect(response.body.error.details).toMatch(/did not answer within 300 ms \(3 attempts\)/);
  expect(Date.now() - started).toBeLessThan(5_000);
});

test('when the CRM refuses connections, then it is CRM_ERROR 502 naming the cause', async () => {
  await start();
  await crm.stop();
  const response = await harness.say(CREATE);
  expect(response.status).toBe(502);
  expect(response.body.error.details).toMatch(/Could not reach the CRM \(3 attempts\).*ECONNREFUSED/);
  expect(response.body.crm_call).toBeUndefined();
});

test('when the CRM answers 4xx, then it is not retried', async () => {
  await start();
  crm.failNext(1, 422, 'phone: not a valid number');
  const response = await harness.say(CREATE);
  expect(response.status).toBe(502);
  expect(response.body.error.details).toBe('The CRM rejected the request: phone: not a valid number');
  expect(crm.requests).toHaveLength(1);
});

test('when the CRM says the phone exists (409), then it is CRM_ERROR 409 naming the existing lead', async () => {
  await start();
  const existing = crm.addLead({ name: 'R. Sharma', phone: '+919876543210', city: 'Delhi' });
  const response = await harness.say(CREATE);
  expect(response.status).toBe(409);
  expect(response.body.error.details).toContain(existing);
});

test('when the CRM has the lead, then a visit by name is resolved through its search and booked', async () => {
  await start();
  const id = crm.addLead({ name: 'Priya Nair', phone: '+919123456789', city: 'Mumbai' });
  const response = await harness.say('book a site visit for priya nair tomorrow at 11');
  expect(response.status).toBe(200);
  expect(response.body.entities).toEqual({ lead_id: id, visit_time: '2025-10-05T11:00:00+05:30' });
  expect(crm.visits).toEqual([{ lead_id: id, visit_time: '2025-10-05T11:00:00+05:30' }]);
});

test('when the CRM has no such lead, then it is CRM_ERROR 404', async () => {
  await start();
  const response = await harness.say('update lead 5f5f5f5f to won');
  expect(response.status).toBe(404);
  expect(response.body.error.type).toBe('CRM_ERROR');
});

describe('against the reference mock CRM semantics (create answers 200, no lookup endpoints)', () => {
  beforeEach(async () => {
    await start({ lookup: false, createStatus: 200 });
  });

  test('when a lead is created, then 200 counts as success and is reported as the CRM said it', async () => {
    const response = await harness.say(CREATE);
    expect(response.status).toBe(200);
    expect(response.body.crm_call.status_code).toBe(200);
    expect(response.body.result.lead_id).toBe('lead-1');
  });

  test('when a lead is referred to, then the reference goes to the CRM as said', async () => {
    crm.addLead({ lead_id: 'abc123', name: 'Rohan Sharma', phone: '+919876543210', city: 'Gurgaon' });
    const response = await harness.say('mark lead abc123 as won');
    expect(response.status).toBe(200);
    expect(response.body.entities.lead_id).toBe('abc123');
    expect(crm.requests.map((request) => `${request.method} ${request.path.split('?')[0]}`)).toEqual([
      'GET /crm/leads',
      'POST /crm/leads/abc123/status',
    ]);
  });

  test('when a lead is named, then the bot asks for the full id instead of sending a name as an id', async () => {
    const response = await harness.say('mark rohan sharma as won');
    expect(response.status).toBe(422);
    expect(response.body.error.type).toBe('VALIDATION_ERROR');
    expect(response.body.error.details).toMatch(/only by its full id/);
    expect(response.body.prompt).toMatch(/full lead id/);
    expect(response.body.entities.lead_id).toBeUndefined();
    expect(crm.requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  test('when an id the mock does not know may be the start of one, then the bot asks for the whole id', async () => {
    const response = await harness.say('mark lead 7b1b8f54 as won');
    expect(response.status).toBe(422);
    expect(response.body.error.details).toMatch(/no lead with the id '7b1b8f54'.*whole id/);
    expect(response.body.entities.lead_id).toBeUndefined();
    expect(response.body.error.details).not.toBe('Lead not found');
  });

  test('when the reference is unknown to the mock, then its 404 detail survives', async () => {
    const response = await harness.say('schedule a visit for lead 99999 tomorrow at 4 pm');
    expect(response.status).toBe(404);
    expect(response.body.error.details).toBe('Lead not found');
  });
});

test('when the client is used on its own, then a timeout comes back as a CrmUnavailableError value', async () => {
  crm = new FakeCrm();
  await crm.start();
  crm.hangNext(1);
  const client = new HttpCrmClient({ baseUrl: crm.url, timeoutMs: 100, retries: 0 });
  const result = await client.createLead({ name: 'A B', phone: '+919876543210', city: 'Pune' });
  expect(result.ok).toBe(false);
  expect(result.ok ? null : result.error).toBeInstanceOf(CrmUnavailableError);
  expect(result.attempt).toEqual({ endpoint: '/crm/leads', method: 'POST', status_code: null });
  harness = startHarness();
});

test('when the CRM keeps failing, then calls fail fast without reaching it, and resume by themselves', async () => {
  await start(undefined, { CRM_RETRIES: '0', CRM_BREAKER_FAILURES: '3', CRM_BREAKER_RESET_MS: '300' });
  crm.failNext(3, 503);
  for (let index = 0; index < 3; index++) expect((await harness.say(CREATE)).status).toBe(502);
  const reached = crm.requests.length;
  const started = Date.now();
  const fast = await harness.say(CREATE);
  expect(fast.status).toBe(502);
  expect(fast.body.error.details).toMatch(/paused/);
  expect(crm.requests.length).toBe(reached);
  // Fast: no attempt, no timeout, no backoff (the CRM's timeout alone would be 300 ms).
  expect(Date.now() - started).toBeLessThan(1000);
  await new Promise((resolve) => setTimeout(resolve, 350));
  const recovered = await harness.say(CREATE);
  expect(recovered.status).toBe(200);
  expect(crm.leads).toHaveLength(1);
});

describe('the lead of a question asked back is looked up quickly', () => {
  test('when the CRM hangs on that lookup, then the question comes back after one short attempt, without the lead', async () => {
    await start(undefined, { CRM_TIMEOUT_MS: '4000', CRM_RETRIES: '2' });
    crm.addLead({ name: 'Priya Nair', phone: '+919123456789', city: 'Mumbai' });
    crm.hangNext(3);
    const started = Date.now();
    const response = await harness.say('book a site visit for priya nair');
    expect(response.status).toBe(422);
    expect(response.body.error.missing).toEqual(['visit_time']);
    expect(response.body.entities.lead_id).toBeUndefined();
    // One attempt of at most 1 s, where a write's lookup would wait 3 × 4 s.
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(crm.requests).toHaveLength(1);
  });

  test('when the CRM answers that lookup, then the question carries the lead', async () => {
    await start(undefined, { CRM_TIMEOUT_MS: '4000', CRM_RETRIES: '2' });
    const id = crm.addLead({ name: 'Priya Nair', phone: '+919123456789', city: 'Mumbai' });
    const response = await harness.say('book a site visit for priya nair');
    expect(response.status).toBe(422);
    expect(response.body.entities.lead_id).toBe(id);
  });

  test('when the circuit to the CRM is open, then the question is asked without calling it', async () => {
    await start(undefined, { CRM_RETRIES: '0', CRM_BREAKER_FAILURES: '2', CRM_BREAKER_RESET_MS: '60000' });
    crm.failNext(2, 503);
    for (let index = 0; index < 2; index++) expect((await harness.say(CREATE)).status).toBe(502);
    const reached = crm.requests.length;
    const response = await harness.say('book a site visit for priya nair');
    expect(response.status).toBe(422);
    expect(crm.requests.length).toBe(reached);
  });
});

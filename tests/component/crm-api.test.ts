import request from 'supertest';
import { startHarness, type Harness } from '../helpers/harness';
import { expectMatchesOpenApi } from '../helpers/openapi';

/** The embedded CRM's REST API under /crm, exactly as CONTRACT.md lists it; every answer vs openapi.yaml. */
let harness: Harness;

beforeEach(() => {
  // Visits are judged against this clock: "the future" of the cases below.
  harness = startHarness({}, { now: () => new Date('2025-10-04T10:00:00+05:30') });
});
afterEach(async () => {
  await harness.close();
});

async function call(method: 'get' | 'post' | 'delete', path: string, body?: object) {
  const pending = request(harness.service.app)[method](path);
  const response = body ? await pending.send(body) : await pending;
  expectMatchesOpenApi(method.toUpperCase(), path, response);
  return response;
}

const lead = { name: 'Rohan Sharma', phone: '98765 43210', city: 'Gurgaon', source: 'Instagram' };

test('when a lead is created, then it is 201 with status NEW and the phone is stored as E.164', async () => {
  const created = await call('post', '/crm/leads', lead);
  expect(created.status).toBe(201);
  expect(created.body).toEqual({ lead_id: expect.any(String), status: 'NEW' });
  const fetched = await call('get', `/crm/leads/${created.body.lead_id}`);
  expect(fetched.body).toMatchObject({
    name: 'Rohan Sharma',
    phone: '+919876543210',
    number: 1,
    status: 'NEW',
    visits: [],
  });
  expect(fetched.body.status_history).toEqual([
    { from_status: null, status: 'NEW', notes: null, changed_at: expect.any(String) },
  ]);
});

test('when the phone exists, then it is 409 with the existing lead_id', async () => {
  const first = await call('post', '/crm/leads', lead);
  const second = await call('post', '/crm/leads', {
    ...lead,
    name: 'Someone Else',
    phone: '+91 98765-43210',
  });
  expect(second.status).toBe(409);
  expect(second.body).toEqual({
    detail: expect.stringContaining(first.body.lead_id),
    lead_id: first.body.lead_id,
  });
});

test.each([
  ['no name', { phone: '9876543210', city: 'Pune' }],
  ['an invalid phone', { name: 'A B', phone: '12345', city: 'Pune' }],
  ['an empty city', { name: 'A B', phone: '9876543210', city: ' ' }],
  ['a number for a name', { name: 7, phone: '9876543210', city: 'Pune' }],
])('when a lead has %s, then it is 422 with a detail', async (_case, body) => {
  const response = await call('post', '/crm/leads', body);
  expect(response.status).toBe(422);
  expect(response.body.detail).toEqual(expect.any(String));
});

test('when leads are listed with a limit, then the cursor pages through all of them once', async () => {
  for (let index = 0; index < 5; index++) {
    await call('post', '/crm/leads', { name: `Lead ${index}`, phone: `98765 4321${index}`, city: 'Pune' });
  }
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page: request.Response = await call(
      'get',
      `/crm/leads?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
    );
    seen.push(...page.body.leads.map((item: { name: string }) => item.name));
    cursor = page.body.next_cursor;
  } while (cursor);
  expect(seen).toEqual(['Lead 0', 'Lead 1', 'Lead 2', 'Lead 3', 'Lead 4']);
  expect((await call('get', '/crm/leads?cursor=garbage')).status).toBe(422);
});

test('when leads are searched, then q matches a name word, an id prefix, a number or a phone', async () => {
  const rohan = await call('post', '/crm/leads', lead);
  await call('post', '/crm/leads', { name: 'Priya Nair', phone: '91234 56789', city: 'Mumbai' });
  const names = async (q: string) =>
    (await call('get', `/crm/leads?q=${encodeURIComponent(q)}`)).body.leads.map(
      (item: { name: string }) => item.name,
    );
  expect(await names('sharma')).toEqual(['Rohan Sharma']);
  expect(await names('pri')).toEqual(['Priya Nair']);
  expect(await names(rohan.body.lead_id.slice(0, 6))).toEqual(['Rohan Sharma']);
  expect(await names('2')).toEqual(['Priya Nair']);
  expect(await names('91234 56789')).toEqual(['Priya Nair']);
  expect(await names('100%_')).toEqual([]);
});

test('when a lead is filtered by status, then only leads with that status come back', async () => {
  const rohan = await call('post', '/crm/leads', lead);
  await call('post', '/crm/leads', { name: 'Priya Nair', phone: '91234 56789', city: 'Mumbai' });
  await call('post', `/crm/leads/${rohan.body.lead_id}/status`, { status: 'WON' });
  const won = await call('get', '/crm/leads?status=WON');
  expect(won.body.leads.map((item: { name: string }) => item.name)).toEqual(['Rohan Sharma']);
});

test('when a visit is scheduled and listed, then it is stored with its time and found by range', async () => {
  const rohan = await call('post', '/crm/leads', lead);
  const visit = await call('post', '/crm/visits', {
    lead_id: rohan.body.lead_id,
    visit_time: '2025-10-05T15:00:00+05:30',
    notes: 'bring brochure',
  });
  expect(visit.status).toBe(201);
  expect(visit.body).toEqual({ visit_id: expect.any(String), status: 'SCHEDULED' });
  const inRange = await call(
    'get',
    `/crm/visits?lead_id=${rohan.body.lead_id}&from=${encodeURIComponent('2025-10-05T00:00:00+05:30')}&to=${encodeURIComponent('2025-10-06T00:00:00+05:30')}`,
  );
  expect(inRange.body.visits).toEqual([
    expect.objectContaining({ visit_time: '2025-10-05T15:00:00+05:30', notes: 'bring brochure' }),
  ]);
  const outOfRange = await call('get', `/crm/visits?from=${encodeURIComponent('2025-10-06T00:00:00+05:30')}`);
  expect(outOfRange.body.visits).toEqual([]);
});

test('when a visit names an unknown lead or a time without offset, then it is 404 or 422', async () => {
  expect(
    (await call('post', '/crm/visits', { lead_id: 'nope', visit_time: '2025-10-05T15:00:00+05:30' })).status,
  ).toBe(404);
  const rohan = await call('post', '/crm/leads', lead);
  expect(
    (await call('post', '/crm/visits', { lead_id: rohan.body.lead_id, visit_time: '2025-10-05 15:00' }))
      .status,
  ).toBe(422);
});

test('when a status is set, then the history records from and to with notes; an unknown status is 422', async () => {
  const rohan = await call('post', '/crm/leads', lead);
  const id = rohan.body.lead_id;
  expect(
    (await call('post', `/crm/leads/${id}/status`, { status: 'FOLLOW_UP', notes: 'call Monday' })).body,
  ).toEqual({ lead_id: id, status: 'FOLLOW_UP' });
  expect((await call('post', `/crm/leads/${id}/status`, { status: 'ON_HOLD' })).status).toBe(422);
  expect((await call('post', '/crm/leads/missing/status', { status: 'WON' })).status).toBe(404);
  const history = (await call('get', `/crm/leads/${id}`)).body.status_history;
  expect(
    history.map((change: { from_status: string; status: string; notes: string }) => [
      change.from_status,
      change.status,
      change.notes,
    ]),
  ).toEqual([
    [null, 'NEW', null],
    ['NEW', 'FOLLOW_UP', 'call Monday'],
  ]);
});

test('when a lead is deleted, then it is 204, its visits go with it, and a second delete is 404', async () => {
  const rohan = await call('post', '/crm/leads', lead);
  await call('post', '/crm/visits', { lead_id: rohan.body.lead_id, visit_time: '2025-10-05T15:00:00+05:30' });
  expect((await call('delete', `/crm/leads/${rohan.body.lead_id}`)).status).toBe(204);
  expect((await call('get', `/crm/leads/${rohan.body.lead_id}`)).status).toBe(404);
  expect((await call('delete', `/crm/leads/${rohan.body.lead_id}`)).status).toBe(404);
  expect((await call('get', '/crm/visits')).body.visits).toEqual([]);
});

test('when the CRM gets a body over the limit, then it answers 413 in the {"detail"} shape', async () => {
  const response = await call('post', '/crm/leads', {
    name: 'x'.repeat(20_000),
    phone: '9876543210',
    city: 'Pune',
  });
  expect(response.status).toBe(413);
  expect(response.body).toEqual({ detail: 'The request body is too large (at most 16384 bytes).' });
});

test('when the CRM gets a body that is not JSON, then it answers 422 in the {"detail"} shape', async () => {
  const response = await request(harness.service.app)
    .post('/crm/leads')
    .set('content-type', 'application/json')
    .send('{oops');
  expect(response.status).toBe(422);
  expect(response.body).toEqual({ detail: 'The request body is not valid JSON.' });
});

test('when a visit is posted for a time in the past, then the CRM API refuses it as /transcript does', async () => {
  const rohan = await call('post', '/crm/leads', lead);
  const past = await call('post', '/crm/visits', {
    lead_id: rohan.body.lead_id,
    visit_time: '2025-10-03T15:00:00+05:30',
  });
  expect(past.status).toBe(422);
  expect(past.body.detail).toMatch(/in the past/);
});

test('when a lead is posted in lowercase with a loose source, then it is stored as /transcript would store it', async () => {
  const created = await call('post', '/crm/leads', {
    name: 'meera iyer',
    phone: '98450 12345',
    city: 'new delhi',
    source: 'insta',
  });
  const stored = await call('get', `/crm/leads/${created.body.lead_id}`);
  expect(stored.body).toMatchObject({ name: 'Meera Iyer', city: 'New Delhi', source: 'Instagram' });
});

test('when the newest lead is deleted, then its number is never given to another lead', async () => {
  const first = await call('post', '/crm/leads', lead);
  const firstNumber = (await call('get', `/crm/leads/${first.body.lead_id}`)).body.number as number;
  expect((await call('delete', `/crm/leads/${first.body.lead_id}`)).status).toBe(204);
  const second = await call('post', '/crm/leads', { ...lead, phone: '98450 12346' });
  const secondNumber = (await call('get', `/crm/leads/${second.body.lead_id}`)).body.number as number;
  expect(secondNumber).toBe(firstNumber + 1);
});

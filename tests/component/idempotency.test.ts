import { createHash } from 'node:crypto';
import request from 'supertest';
import { FakeCrm } from '../fakes/fake-crm';
import { REFERENCE_TIME, startHarness, type Harness } from '../helpers/harness';
import { expectMatchesOpenApi } from '../helpers/openapi';

/** Idempotency-Key: a retried request never writes twice. */
let harness: Harness;
let clock = Date.now();
afterEach(async () => {
  await harness.close();
});

const body = {
  transcript: 'add lead kiran rao from delhi phone 98220 55667',
  reference_time: REFERENCE_TIME,
};
const post = (path: string, key: string | undefined, payload: object = body) => {
  const pending = request(harness.service.app).post(path).send(payload);
  return key === undefined ? pending : pending.set('idempotency-key', key);
};
const count = (table: string) =>
  (harness.service.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('on the embedded defaults', () => {
  beforeEach(() => {
    clock = Date.now();
    harness = startHarness({}, { clockMs: () => clock });
  });

  test('when a request is retried with the same key and body, then the first answer comes back and nothing is written twice', async () => {
    const first = await post('/transcript', 'retry-1');
    const second = await post('/transcript', 'retry-1');
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(count('leads')).toBe(1);
  });

  test('when the retry comes in on /bot/handle, then it is the same operation', async () => {
    await post('/transcript', 'retry-2');
    const again = await post('/bot/handle', 'retry-2');
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(count('leads')).toBe(1);
  });

  test('when the same key comes with a different body, then it is 422 and nothing is written', async () => {
    await post('/transcript', 'retry-3');
    const other = await post('/transcript', 'retry-3', {
      ...body,
      transcript: 'add lead asha rao from pune phone 98220 55668',
    });
    expect(other.status).toBe(422);
    expectMatchesOpenApi('POST', '/transcript', other);
    expect(other.body.error.details).toMatch(/different request body/);
    expect(count('leads')).toBe(1);
  });

  test('when a failed validation is retried, then the same 422 comes back', async () => {
    const payload = { transcript: 'New lead Nikhil Rao from Nashik' };
    const first = await post('/transcript', 'retry-4', payload);
    const second = await post('/transcript', 'retry-4', payload);
    expect(first.status).toBe(422);
    expect(second.body).toEqual(first.body);
  });

  test('when the key is over 255 characters or not printable, then it is 400', async () => {
    expect((await post('/transcript', 'k'.repeat(256))).status).toBe(400);
    expect((await post('/transcript', 'has space')).status).toBe(400);
    expect(count('leads')).toBe(0);
  });

  test('when a key is older than 24 hours, then it is free again', async () => {
    await post('/transcript', 'retry-5', { transcript: 'hello' });
    clock += 24 * 60 * 60_000 + 1;
    expect((await post('/transcript', 'retry-5', { transcript: 'something else' })).status).toBe(200);
  });

  test('when the first request is still in flight, then a retry with its key is 409', async () => {
    // A first request that has begun and not finished, as the store sees it mid-flight.
    harness.service.db
      .prepare(
        `INSERT INTO idempotency_keys (scope, key, body_hash, created_at_ms) VALUES ('transcript', 'busy', ?, ?)`,
      )
      .run(createHash('sha256').update(JSON.stringify(body)).digest('hex'), clock);
    const retry = await post('/transcript', 'busy');
    expect(retry.status).toBe(409);
    expectMatchesOpenApi('POST', '/transcript', retry);
    expect(count('leads')).toBe(0);
    // A first request that never finished (the process died) stops holding the key after a minute.
    clock += 61_000;
    expect((await post('/transcript', 'busy')).status).toBe(200);
  });

  test('when the CRM API refuses a key, then it answers in its own {"detail"} shape, as openapi.yaml says', async () => {
    const lead = { name: 'Kiran Rao', phone: '98220 55667', city: 'Delhi' };
    await request(harness.service.app).post('/crm/leads').set('idempotency-key', 'crm-2').send(lead);
    const other = await request(harness.service.app)
      .post('/crm/leads')
      .set('idempotency-key', 'crm-2')
      .send({ ...lead, city: 'Pune' });
    expect(other.status).toBe(422);
    expect(other.body).toEqual({
      detail: 'This Idempotency-Key was already used with a different request body.',
    });
    expectMatchesOpenApi('POST', '/crm/leads', other);
    harness.service.db
      .prepare(
        `INSERT INTO idempotency_keys (scope, key, body_hash, created_at_ms) VALUES ('POST /crm/visits', 'busy', ?, ?)`,
      )
      .run(
        createHash('sha256')
          .update(JSON.stringify({ lead_id: 'x', visit_time: '2025-10-05T15:00:00+05:30' }))
          .digest('hex'),
        clock,
      );
    const busy = await request(harness.service.app)
      .post('/crm/visits')
      .set('idempotency-key', 'busy')
      .send({ lead_id: 'x', visit_time: '2025-10-05T15:00:00+05:30' });
    expect(busy.status).toBe(409);
    expect(busy.body.detail).toMatch(/still being processed/);
    expectMatchesOpenApi('POST', '/crm/visits', busy);
  });

  test('when the CRM API gets a retried POST, then it creates the lead once', async () => {
    const lead = { name: 'Kiran Rao', phone: '98220 55667', city: 'Delhi' };
    const first = await request(harness.service.app)
      .post('/crm/leads')
      .set('idempotency-key', 'crm-1')
      .send(lead);
    const second = await request(harness.service.app)
      .post('/crm/leads')
      .set('idempotency-key', 'crm-1')
      .send(lead);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(count('leads')).toBe(1);
  });
});

describe('in front of an external CRM', () => {
  let crm: FakeCrm;
  afterEach(async () => {
    await crm.stop();
  });

  test('when the CRM failed (502), then the key is released and a retry can succeed', async () => {
    crm = new FakeCrm();
    await crm.start();
    harness = startHarness({ CRM_BASE_URL: crm.url, CRM_RETRIES: '0' });
    crm.failNext(1, 503);
    expect((await post('/transcript', 'retry-6')).status).toBe(502);
    const retry = await post('/transcript', 'retry-6');
    expect(retry.status).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    expect(crm.leads).toHaveLength(1);
  });
});

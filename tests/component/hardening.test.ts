import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import request from 'supertest';
import { SqliteInteractionLog } from '../../src/storage/interactions';
import { createLogger } from '../../src/kernel/logger';
import { FakeCrm } from '../fakes/fake-crm';
import { startHarness, type Harness } from '../helpers/harness';
import { expectMatchesOpenApi } from '../helpers/openapi';

/**
 * The defects one hostile or careless request used to cause: each of these answered 500 or killed
 * the process. Now each is a 4xx in the route's shape, and the service keeps serving.
 */
let harness: Harness;
let crm: FakeCrm | undefined;
afterEach(async () => {
  await harness.close();
  await crm?.stop();
  crm = undefined;
});

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const post = (path: string, raw: string | Buffer, headers: Record<string, string> = {}) => {
  let pending = request(harness.service.app).post(path).set('content-type', 'application/json');
  for (const [name, value] of Object.entries(headers)) pending = pending.set(name, value);
  return pending.send(raw);
};
const alive = async () => expect((await request(harness.service.app).get('/healthz')).status).toBe(200);

describe('deep nesting', () => {
  beforeEach(() => {
    // A large body limit, so that the nesting (not the size) is what is tested.
    harness = startHarness({ BODY_LIMIT_BYTES: '1048576' });
  });

  test('when metadata nests thousands of arrays, then it is refused with 422 and the log writer survives', async () => {
    const response = await post('/transcript', `{"transcript":"hello","metadata":{"x":${nested(7000)}}}`);
    expect(response.status).toBe(422);
    expect(response.body.error.details).toMatch(/metadata/);
    expectMatchesOpenApi('POST', '/transcript', response);
    await harness.service.interactions.flush();
    await alive();
  });

  test.each(['/transcript', '/crm/leads'])(
    'when a deeply nested body comes with an Idempotency-Key on %s, then the answer is a 4xx, not 500',
    async (path) => {
      const response = await post(path, `{"transcript":${nested(200_000)},"name":${nested(200_000)}}`, {
        'idempotency-key': 'deep-1',
      });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expectMatchesOpenApi('POST', path, response);
    },
  );

  test('when the interaction log is handed a value it cannot serialise, then recording never throws', async () => {
    const jsonl = path.join(harness.directory, 'hostile.jsonl');
    const log = new SqliteInteractionLog(harness.service.db, jsonl, createLogger('silent'));
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    let deep: unknown = [];
    for (let index = 0; index < 20_000; index++) deep = [deep];
    for (const metadata of [cyclic, deep]) {
      log.record({
        request_id: 'r',
        created_at: new Date().toISOString(),
        channel: 'http',
        transcript: 't',
        metadata,
        intent: null,
        entities: {},
        outcome: 'ok',
        http_status: 200,
        crm_calls: [],
        provider: null,
        latency_ms: 1,
      });
    }
    await expect(log.flush()).resolves.toBeUndefined();
    await log.close();
    // Both rows are kept, with what could not be written marked as such.
    expect(fs.readFileSync(jsonl, 'utf8').trim().split('\n')).toHaveLength(2);
  });
});

describe('the wire format', () => {
  beforeEach(() => {
    harness = startHarness();
  });

  test.each([
    ['GET', '/crm/leads/%zz'],
    ['GET', '/crm/leads/%ff%fe'],
    ['GET', '/crm/leads/%'],
    ['DELETE', '/crm/leads/%zz'],
    ['POST', '/crm/leads/%zz/status'],
  ])('when %s %s has bad percent-encoding, then it is a {"detail"} 4xx', async (method, path) => {
    const response =
      method === 'GET'
        ? await request(harness.service.app).get(path)
        : method === 'DELETE'
          ? await request(harness.service.app).delete(path)
          : await post(path, '{"status":"WON"}');
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(typeof response.body.detail).toBe('string');
  });

  test.each(['gzip', 'deflate', 'br'])(
    'when a plain body says Content-Encoding %s, then it is a 4xx on every POST route',
    async (encoding) => {
      for (const path of ['/transcript', '/bot/handle']) {
        const response = await post(path, '{"transcript":"hello"}', { 'content-encoding': encoding });
        expect([400, 415]).toContain(response.status);
        expectMatchesOpenApi('POST', path, response);
      }
      // The CRM API answers a body it cannot read with 422, as the reference mock CRM does.
      for (const path of ['/crm/leads', '/crm/visits']) {
        const response = await post(path, '{"name":"x"}', { 'content-encoding': encoding });
        expect([415, 422]).toContain(response.status);
        expect(typeof response.body.detail).toBe('string');
      }
    },
  );

  test('when the body is not UTF-8 (Latin-1 without a charset), then it is refused, not truncated', async () => {
    const raw = Buffer.from('{"transcript":"add lead José from pune phone 98220 55667"}', 'latin1');
    // Raw bytes over a socket: a test client would re-encode them.
    const server = harness.service.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const answer = await fetch(`http://127.0.0.1:${port}/transcript`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: raw,
    });
    const body = (await answer.json()) as { error: { details: string } };
    await new Promise((resolve) => server.close(resolve));
    expect(answer.status).toBe(400);
    expect(body.error.details).toMatch(/UTF-8/);
    expect(harness.service.db.prepare('SELECT count(*) AS n FROM leads').get()).toEqual({ n: 0 });
  });

  test.each(['/transcript', '/crm/leads'])(
    'when a string holds a lone surrogate on %s, then it is refused before anything is stored',
    async (path) => {
      const response = await post(
        path,
        '{"transcript":"add lead \\ud800x from pune phone 98220 55667","name":"\\ud800x","phone":"98220 55667","city":"Pune"}',
      );
      expect([400, 422]).toContain(response.status);
      expect(harness.service.db.prepare('SELECT count(*) AS n FROM leads').get()).toEqual({ n: 0 });
    },
  );
});

describe('the rate limit', () => {
  test('when made-up bearer tokens are sent without API_KEY, then they share the address budget', async () => {
    harness = startHarness({ RATE_LIMIT_PER_MINUTE: '3' });
    const statuses = [];
    for (let index = 0; index < 5; index++) {
      const response = await request(harness.service.app)
        .post('/transcript')
        .set('authorization', `Bearer made-up-${index}`)
        .send({ transcript: 'hello' });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  test('when wrong keys are sent with API_KEY set, then they are limited too', async () => {
    harness = startHarness({ RATE_LIMIT_PER_MINUTE: '3', API_KEY: 'test-key-0123456789abcdef' });
    const statuses = [];
    for (let index = 0; index < 5; index++) {
      const response = await request(harness.service.app)
        .post('/transcript')
        .set('authorization', `Bearer wrong-key-${index}`)
        .send({ transcript: 'hello' });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });

  test('when the right key is sent, then it has a budget of its own apart from the address', async () => {
    harness = startHarness({ RATE_LIMIT_PER_MINUTE: '2', API_KEY: 'test-key-0123456789abcdef' });
    for (let index = 0; index < 2; index++) {
      await request(harness.service.app).post('/transcript').send({ transcript: 'hello' });
    }
    const keyed = await request(harness.service.app)
      .post('/transcript')
      .set('authorization', 'Bearer test-key-0123456789abcdef')
      .send({ transcript: 'hello' });
    expect(keyed.status).toBe(200);
  });
});

describe('an external CRM', () => {
  test('when the CRM wrote but answered late and the client retries, then the CRM sees the same idempotency key', async () => {
    crm = new FakeCrm();
    await crm.start();
    harness = startHarness({ CRM_BASE_URL: crm.url, CRM_RETRIES: '0', CRM_TIMEOUT_MS: '200' });
    crm.hangNext(1);
    const send = () =>
      request(harness.service.app)
        .post('/transcript')
        .set('idempotency-key', 'client-retry-1')
        .send({ transcript: 'add lead nikhil rao from nashik phone 98220 55667' });
    expect((await send()).status).toBe(502);
    expect((await send()).status).toBe(200);
    const keys = crm.requests
      .filter((seen) => seen.method === 'POST' && seen.path === '/crm/leads')
      .map((seen) => seen.headers['idempotency-key']);
    expect(keys).toHaveLength(2);
    expect(typeof keys[0]).toBe('string');
    expect(keys[1]).toBe(keys[0]);
  });

  test('when two different client keys create, then the CRM sees two different keys', async () => {
    crm = new FakeCrm();
    await crm.start();
    harness = startHarness({ CRM_BASE_URL: crm.url });
    for (const [key, phone] of <[string, string][]>[
      ['k-a', '98220 55667'],
      ['k-b', '98220 55668'],
    ]) {
      await request(harness.service.app)
        .post('/transcript')
        .set('idempotency-key', key)
        .send({ transcript: `add lead nikhil rao from nashik phone ${phone}` });
    }
    const keys = crm.requests
      .filter((seen) => seen.method === 'POST')
      .map((seen) => seen.headers['idempotency-key']);
    expect(new Set(keys).size).toBe(2);
  });
});

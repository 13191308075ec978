import { Writable } from 'node:stream';
import request from 'supertest';
import { createLogger } from '../../src/kernel/logger';
import { FakeCrm } from '../fakes/fake-crm';
import { FakeOpenAi } from '../fakes/fake-llm';
import { startHarness, type Harness } from '../helpers/harness';
import { expectMatchesOpenApi } from '../helpers/openapi';

/** What an operator sees: readiness per dependency, log lines for what needs attention. */
let harness: Harness;
let crm: FakeCrm | undefined;
let model: FakeOpenAi | undefined;
afterEach(async () => {
  await harness.close();
  await crm?.stop();
  await model?.stop();
  crm = undefined;
  model = undefined;
});

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createLogger('info', { destination }) };
}

test('when everything answers, then /readyz is 200 with each dependency, and /healthz stays liveness', async () => {
  harness = startHarness();
  const ready = await request(harness.service.app).get('/readyz');
  expect(ready.status).toBe(200);
  expect(ready.body).toEqual({
    status: 'ready',
    ready: true,
    checks: { database: { ok: true, commits: 0, writes: 0 }, crm: { ok: true, kind: 'embedded' } },
  });
  expectMatchesOpenApi('GET', '/readyz', ready);
  expect((await request(harness.service.app).get('/healthz')).body.status).toBe('ok');
});

test('when the external CRM keeps failing, then the breaker opens, /readyz is 503 and the log says so, then recovers', async () => {
  crm = new FakeCrm();
  await crm.start();
  const { lines, logger } = capture();
  harness = startHarness(
    { CRM_BASE_URL: crm.url, CRM_RETRIES: '0', CRM_BREAKER_FAILURES: '2', CRM_BREAKER_RESET_MS: '200' },
    { logger },
  );
  crm.failNext(2, 503);
  for (let index = 0; index < 2; index++)
    await harness.say('add lead nikhil rao from nashik phone 98220 55667');
  const down = await request(harness.service.app).get('/readyz');
  expect(down.status).toBe(503);
  expect(down.body.checks.crm).toMatchObject({ ok: false, kind: 'http', breaker: 'open' });
  expect(down.body.checks.crm.last_error).toMatch(/HTTP 503/);
  expectMatchesOpenApi('GET', '/readyz', down);
  expect(lines.some((line) => line.level === 40 && /breaker opened/.test(String(line.msg)))).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 250));
  expect((await harness.say('add lead nikhil rao from nashik phone 98220 55667')).status).toBe(200);
  expect((await request(harness.service.app).get('/readyz')).status).toBe(200);
  expect(lines.some((line) => /breaker closed/.test(String(line.msg)))).toBe(true);
});

test('when the model refuses its key, then it is logged as an error at once, readiness says so, and so does fallback_reason', async () => {
  model = new FakeOpenAi();
  await model.start();
  model.then({ kind: 'status', status: 401, message: 'Incorrect API key provided' });
  const { lines, logger } = capture();
  harness = startHarness(
    {
      NLU_PROVIDER: 'openai',
      OPENAI_API_KEY: 'sk-wrong',
      OPENAI_BASE_URL: `${model.url}/v1`,
      LLM_RETRIES: '0',
    },
    { logger },
  );
  const response = await harness.say('add lead nikhil rao from nashik phone 98220 55667');
  expect(response.status).toBe(200);
  expect(response.body.nlu.fallback).toBe(true);
  expect(response.body.nlu.fallback_reason).toMatch(/refused the key \(HTTP 401\)/);
  expect(lines.some((line) => line.level === 50 && line.msg === 'model refused the API key')).toBe(true);
  const ready = await request(harness.service.app).get('/readyz');
  expect(ready.status).toBe(503);
  expect(ready.body.checks.model).toMatchObject({ ok: false, provider: 'openai' });
});

test('when the CRM API is called, then each request is logged like a transcript request', async () => {
  const { lines, logger } = capture();
  harness = startHarness({}, { logger });
  await request(harness.service.app).get('/crm/leads/nope');
  const line = lines.find((entry) => entry.msg === 'crm request handled');
  expect(line).toMatchObject({ method: 'GET', path: '/crm/leads/nope', status: 404 });
  expect(typeof line?.latency_ms).toBe('number');
  expect(String(line?.time)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
});

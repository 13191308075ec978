import { Writable } from 'node:stream';
import request from 'supertest';
import { createLogger } from '../../src/kernel/logger';
import { appWithEngine, startHarness, type Harness } from '../helpers/harness';
import { expectMatchesOpenApi } from '../helpers/openapi';

/** API key, rate limit, security headers, and what the logs may say. */
let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const KEY = 'test-key-0123456789abcdef';

describe('with API_KEY set', () => {
  beforeEach(() => {
    harness = startHarness({ API_KEY: KEY });
  });

  test.each([
    ['no Authorization header', undefined],
    ['a wrong key', `Bearer ${KEY.slice(0, -1)}x`],
    ['a key of another length', 'Bearer short'],
    ['a Basic scheme', `Basic ${KEY}`],
  ])(
    'when a request has %s, then it is AUTH_ERROR 401 in the contract shape',
    async (_case, authorization) => {
      const pending = request(harness!.service.app).post('/transcript').send({ transcript: 'hello' });
      const response = await (authorization ? pending.set('authorization', authorization) : pending);
      expect(response.status).toBe(401);
      expectMatchesOpenApi('POST', '/transcript', response);
      expect(response.body.error.type).toBe('AUTH_ERROR');
      expect(harness!.service.db.prepare('SELECT count(*) AS n FROM interactions').get()).toEqual({ n: 0 });
    },
  );

  test('when the key is right, then the request is served', async () => {
    const response = await request(harness!.service.app)
      .post('/transcript')
      .set('authorization', `Bearer ${KEY}`)
      .send({ transcript: 'hello' });
    expect(response.status).toBe(200);
  });

  test('when the CRM API is called without the key, then it is 401 in its {"detail"} shape', async () => {
    const response = await request(harness!.service.app).get('/crm/leads');
    expect(response.status).toBe(401);
    expectMatchesOpenApi('GET', '/crm/leads', response);
  });

  test('when /healthz is called without the key, then it answers', async () => {
    expect((await request(harness!.service.app).get('/healthz')).status).toBe(200);
  });
});

describe('rate limit', () => {
  test('when a client goes over the limit, then it gets 429 with Retry-After; /healthz stays open', async () => {
    harness = startHarness({ RATE_LIMIT_PER_MINUTE: '3' });
    const send = () => request(harness!.service.app).post('/transcript').send({ transcript: 'hello' });
    for (let index = 0; index < 3; index++) expect((await send()).status).toBe(200);
    const limited = await send();
    expect(limited.status).toBe(429);
    expectMatchesOpenApi('POST', '/transcript', limited);
    expect(limited.body.error.type).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await request(harness!.service.app).get('/healthz')).status).toBe(200);
  });

  test('when a client sends the API key, then its limit is counted per key', async () => {
    harness = startHarness({ RATE_LIMIT_PER_MINUTE: '1', API_KEY: KEY });
    const send = () =>
      request(harness!.service.app)
        .post('/transcript')
        .set('authorization', `Bearer ${KEY}`)
        .send({ transcript: 'hi' });
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(429);
  });
});

test('when any response is sent, then it carries security headers and no x-powered-by', async () => {
  harness = startHarness();
  const response = await request(harness.service.app).post('/transcript').send({ transcript: 'hello' });
  expect(response.headers['x-powered-by']).toBeUndefined();
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['strict-transport-security']).toBeDefined();
});

test('when something unexpected fails, then the answer is INTERNAL_ERROR 500 without its message or stack', async () => {
  harness = startHarness();
  const app = appWithEngine(harness, {
    name: 'broken',
    async understand() {
      throw new Error('secret detail at /srv/leadline/src/nlu/broken.ts:12');
    },
  });
  const response = await request(app).post('/transcript').send({ transcript: 'hello' });
  expect(response.status).toBe(500);
  expectMatchesOpenApi('POST', '/transcript', response);
  expect(response.body.error.type).toBe('INTERNAL_ERROR');
  expect(JSON.stringify(response.body)).not.toMatch(/secret|broken\.ts/);
});

describe('logs', () => {
  function capture(logTranscripts: boolean) {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    return { lines, logger: createLogger('debug', { logTranscripts, destination }) };
  }

  test('when LOG_TRANSCRIPTS is off, then transcripts, names and phone numbers are redacted', () => {
    const { lines, logger } = capture(false);
    logger.debug(
      {
        transcript: 'add lead rohan sharma phone 98765 43210',
        entities: { name: 'Rohan Sharma', phone: '+919876543210' },
      },
      'transcript understood',
    );
    const text = lines.join('');
    expect(text).toContain('[redacted]');
    expect(text).not.toMatch(/98765|9876543210|Rohan/);
  });

  test('when LOG_TRANSCRIPTS is on, then they are written in clear', () => {
    const { lines, logger } = capture(true);
    logger.debug(
      { transcript: 'add lead rohan', entities: { phone: '+919876543210' } },
      'transcript understood',
    );
    expect(lines.join('')).toContain('+919876543210');
  });
});

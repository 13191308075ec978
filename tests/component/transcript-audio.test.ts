import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { writeWav } from '../../src/doors/voice/audio';
import { FakeGemini, FakeOpenAi } from '../fakes/fake-llm';
import { REFERENCE_TIME, startHarness, type Harness } from '../helpers/harness';
import { expectMatchesOpenApi } from '../helpers/openapi';

/**
 * POST /transcript/audio: a recorded clip, transcribed through the real SDKs (@google/genai and
 * openai) against fakes of their HTTP APIs, then the same turn as POST /transcript.
 */
let harness: Harness;
afterEach(async () => {
  await harness?.close();
});

/** One second of a 440 Hz tone at 16 kHz: a valid WAV; what it "says" is the fake's script. */
function wavClip(seconds = 1): Buffer {
  const rate = 16_000;
  const samples = new Int16Array(Math.round(rate * seconds));
  for (let index = 0; index < samples.length; index++)
    samples[index] = Math.round(8000 * Math.sin((2 * Math.PI * 440 * index) / rate));
  return writeWav({ sampleRate: rate, samples });
}

const CREATE =
  'add a new lead rohan sharma from gurgaon phone nine eight seven six five four three two one zero';
const ROHAN = { name: 'Rohan Sharma', phone: '+919876543210', city: 'Gurgaon' };

async function upload(
  clip: Buffer,
  options: { type?: string; query?: Record<string, string>; headers?: Record<string, string> } = {},
): Promise<request.Response> {
  const response = await request(harness.service.app)
    .post('/transcript/audio')
    .query({ reference_time: REFERENCE_TIME, ...options.query })
    .set('Content-Type', options.type ?? 'audio/wav')
    .set(options.headers ?? {})
    .send(clip);
  expectMatchesOpenApi('POST', '/transcript/audio', response);
  return response;
}

/** A fake Gemini for each test of the block, the harness pointed at it with `env`; `check` runs after. */
function withFakeGemini(env: Record<string, string>, check: (gemini: FakeGemini) => void): () => FakeGemini {
  let gemini: FakeGemini;
  beforeEach(async () => {
    gemini = new FakeGemini();
    await gemini.start();
    harness = startHarness({ GEMINI_API_KEY: 'test-key', GEMINI_BASE_URL: gemini.url, ...env });
  });
  afterEach(async () => {
    check(gemini);
    await gemini.stop();
  });
  return () => gemini;
}

describe('through Gemini (generateContent with the audio inline)', () => {
  const fake = withFakeGemini(
    { GEMINI_TRANSCRIBE_MODEL: 'gemini-test-audio', LLM_TIMEOUT_MS: '2000', LLM_RETRIES: '1' },
    (gemini) => expect(gemini.unexpected).toEqual([]),
  );
  let gemini: FakeGemini;
  beforeEach(() => {
    gemini = fake();
  });

  test('when a WAV clip is uploaded, then its words are understood and written, and the answer says what was heard', async () => {
    gemini.then({ kind: 'text', text: `${CREATE}\n` });
    const clip = wavClip();
    const response = await upload(clip);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      intent: 'LEAD_CREATE',
      entities: ROHAN,
      transcript: CREATE,
      transcribed_by: 'gemini',
    });
    // The understanding stayed with the embedded engine: one model call, the transcription.
    expect(gemini.requests).toHaveLength(1);
    const sent = gemini.requests[0]!;
    expect(sent.path).toBe('/v1beta/models/gemini-test-audio:generateContent');
    expect(sent.headers['x-goog-api-key']).toBe('test-key');
    const parts = (sent.body.contents as { parts: Record<string, unknown>[] }[])[0]!.parts;
    expect(parts).toContainEqual({ inlineData: { mimeType: 'audio/wav', data: clip.toString('base64') } });
    const lead = await harness.service.crmStore!.getLead(response.body.result.lead_id as string);
    expect(lead).toMatchObject({ name: 'Rohan Sharma', phone: '+919876543210' });
  });

  test('when the clip is a format Gemini does not read (WebM), then 415 names the ones it does, and Gemini is not called', async () => {
    const response = await upload(Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3]), { type: 'audio/webm' });
    expect(response.status).toBe(415);
    expect(response.body.error.details).toMatch(/audio\/webm is not an audio format.*audio\/wav/);
    expect(gemini.requests).toHaveLength(0);
  });

  test('when Gemini hears nothing, then 422 asks to record again and nothing is written', async () => {
    gemini.then({ kind: 'text', text: '  ' });
    const response = await upload(wavClip());
    expect(response.status).toBe(422);
    expect(response.body.error.details).toMatch(/No speech was heard/);
    expect(response.body.prompt).toMatch(/record the request again/);
  });

  test('when Gemini refuses the clip (400), then the answer is 422 with a prompt, not a 5xx', async () => {
    gemini.then({ kind: 'status', status: 400, message: 'Request contains an invalid argument.' });
    const response = await upload(wavClip());
    expect(response.status).toBe(422);
    expect(response.body.error.details).toMatch(/Gemini could not transcribe the audio \(HTTP 400\)/);
    expect(gemini.requests).toHaveLength(1);
  });

  test('when Gemini keeps failing (5xx after the retry), then 503 and nothing is written', async () => {
    gemini.then({ kind: 'status', status: 500 }, { kind: 'status', status: 503 });
    const response = await upload(wavClip());
    expect(response.status).toBe(503);
    expect(response.body.error.type).toBe('SERVICE_UNAVAILABLE');
    expect(gemini.requests).toHaveLength(2);
    const leads = await harness.service.crmStore!.searchLeads({ q: 'rohan', limit: 10 });
    expect(leads.leads).toEqual([]);
  });
});

describe('through OpenAI (audio.transcriptions, multipart)', () => {
  let openai: FakeOpenAi;
  beforeEach(async () => {
    openai = new FakeOpenAi();
    await openai.start();
    harness = startHarness({
      TRANSCRIBE_PROVIDER: 'openai',
      OPENAI_API_KEY: 'test-key',
      OPENAI_BASE_URL: `${openai.url}/v1`,
      LLM_TIMEOUT_MS: '2000',
      LLM_RETRIES: '0',
    });
  });
  afterEach(async () => {
    expect(openai.unexpected).toEqual([]);
    await openai.stop();
  });

  test('when real speech is uploaded, then the SDK sends it as a named file with the model, and the turn runs', async () => {
    openai.then({ kind: 'text', text: CREATE });
    // espeak-ng saying the request (scripts/make-test-speech.sh): 22.05 kHz, sent as recorded.
    const clip = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'audio', 'create-lead.wav'));
    const response = await upload(clip, { type: 'audio/x-wav' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ entities: ROHAN, transcript: CREATE, transcribed_by: 'openai' });
    const sent = openai.requests[0]!;
    expect(sent.path).toBe('/v1/audio/transcriptions');
    expect(sent.headers.authorization).toBe('Bearer test-key');
    expect(sent.body).toMatchObject({ model: 'gpt-4o-mini-transcribe', response_format: 'json' });
    expect(sent.files!.file!.filename).toBe('clip.wav');
    expect(sent.files!.file!.bytes.equals(clip)).toBe(true);
  });

  test('when the same clip is retried with its Idempotency-Key, then the first answer is replayed: one transcription, one lead', async () => {
    openai.then({ kind: 'text', text: CREATE });
    const clip = wavClip();
    const headers = { 'Idempotency-Key': 'clip-1' };
    const first = await upload(clip, { headers });
    const again = await upload(clip, { headers });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(openai.requests).toHaveLength(1);
    const other = await upload(wavClip(2), { headers });
    expect(other.status).toBe(422);
    expect(other.body.error.details).toMatch(/different request body/);
  });

  test('when a request is said over two turns, then the clip takes part in its session like a typed one', async () => {
    await harness.seedLead({ name: 'Priya Nair', phone: '+919811122233', city: 'Pune' });
    const typed = await harness.say('book a site visit for priya nair', { session_id: 'phone-7' });
    expect(typed.status).toBe(422);
    openai.then({ kind: 'text', text: 'tomorrow at 4 pm' });
    const spoken = await upload(wavClip(), { query: { session_id: 'phone-7' } });
    expect(spoken.status).toBe(200);
    expect(spoken.body).toMatchObject({
      intent: 'VISIT_SCHEDULE',
      entities: { visit_time: '2025-10-05T16:00:00+05:30' },
      transcript: 'tomorrow at 4 pm',
    });
  });
});

describe('what is refused before any transcription', () => {
  withFakeGemini({ AUDIO_LIMIT_BYTES: '65536', API_KEY: 'an-api-key-of-sixteen' }, (gemini) =>
    expect(gemini.requests).toEqual([]),
  );

  const auth = { Authorization: 'Bearer an-api-key-of-sixteen' };

  test.each<[string, Buffer, string, number, RegExp]>([
    ['bytes that are no WAV', Buffer.from('this is text, not audio'), 'audio/wav', 422, /not WAV audio/],
    ['an empty body', Buffer.alloc(0), 'audio/wav', 422, /empty/],
    [
      'a WAV without sound',
      writeWav({ sampleRate: 16_000, samples: new Int16Array(0) }),
      'audio/wav',
      422,
      /too short/,
    ],
    ['a text body', Buffer.from('hello'), 'text/plain', 415, /text\/plain is not an audio format/],
    ['a recording over AUDIO_LIMIT_BYTES', wavClip(3), 'audio/wav', 413, /at most 65536 bytes/],
  ])('when the upload is %s, then it is refused (%#)', async (_what, body, type, status, message) => {
    const response = await upload(body, { type, headers: auth });
    expect(response.status).toBe(status);
    expect(response.body.error.details).toMatch(message);
  });

  test('when a query parameter is malformed, then 400 names it', async () => {
    const response = await upload(wavClip(), { query: { timezone: 'Mars/Olympus' }, headers: auth });
    expect(response.status).toBe(400);
    expect(response.body.error.details).toMatch(/timezone must be an IANA time zone/);
  });

  test('when the API key is missing, then 401', async () => {
    expect((await upload(wavClip())).status).toBe(401);
  });

  test('when a JSON transcript is sent to the audio door, then 415 says to send audio', async () => {
    const response = await request(harness.service.app)
      .post('/transcript/audio')
      .set(auth)
      .send({ transcript: CREATE });
    expect(response.status).toBe(415);
    expect(response.body.error.details).toMatch(/application\/json is not an audio format/);
  });
});

test('when no transcription API is configured, then 503 says which keys to set, and typed transcripts still work', async () => {
  harness = startHarness();
  const response = await upload(wavClip());
  expect(response.status).toBe(503);
  expect(response.body.error.details).toMatch(/set GEMINI_API_KEY or OPENAI_API_KEY/);
  const health = await request(harness.service.app).get('/healthz');
  expect(health.body.transcriber).toBe('none');
  expect((await harness.say(CREATE)).status).toBe(200);
});

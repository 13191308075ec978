import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { REFERENCE_TIME, startHarness } from '../helpers/harness';

/**
 * POST /transcript/audio against the real transcription APIs, with real speech (espeak-ng): `npm run
 * test:live` with GEMINI_API_KEY and/or OPENAI_API_KEY. Each block is skipped without its key.
 */
const CLIP = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'audio', 'create-lead.wav'));

function suite(provider: 'gemini' | 'openai', env: Record<string, string | undefined>) {
  const key = provider === 'gemini' ? env.GEMINI_API_KEY : env.OPENAI_API_KEY;
  (key ? describe : describe.skip)(`${provider} transcription (live)`, () => {
    test('when a spoken request is uploaded, then the lead it names is created', async () => {
      const harness = startHarness({
        TRANSCRIBE_PROVIDER: provider,
        ...(provider === 'gemini' ? { GEMINI_API_KEY: key ?? '' } : { OPENAI_API_KEY: key ?? '' }),
        LLM_TIMEOUT_MS: '30000',
      });
      try {
        const response = await request(harness.service.app)
          .post('/transcript/audio')
          .query({ reference_time: REFERENCE_TIME })
          .set('Content-Type', 'audio/wav')
          .send(CLIP);
        expect(response.status).toBe(200);
        expect(response.body.transcript).toMatch(/rohan/i);
        expect(response.body.entities).toMatchObject({ phone: '+919876543210' });
      } finally {
        await harness.close();
      }
    }, 60_000);
  });
}

suite('gemini', process.env);
suite('openai', process.env);

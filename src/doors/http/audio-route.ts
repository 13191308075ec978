import express, { type RequestHandler } from 'express';
import { createHash } from 'node:crypto';
import { ServiceUnavailableError, ValidationError } from '../../kernel/errors';
import type { Logger } from '../../kernel/logger';
import type { IdempotencyStore } from '../../storage/idempotency';
import type { Transcriber } from '../../understanding/transcriber';
import { readAudioClip } from '../../values/audio-clip';
import { idempotent } from './idempotency';
import { MAX_TRANSCRIPT_CHARS, parseTurnOptions } from './transcript-request';
import { answerTurn, refuse, type TurnRouteDependencies } from './turn-route';

/**
 * POST /transcript/audio: a recorded clip (the raw bytes, its format in Content-Type; the session,
 * reference time and zone in the query) is transcribed, and the words go through the same turn as
 * POST /transcript. The answer is that turn's, with the `transcript` heard. Checked in order, each
 * before anything costlier: the query (400), the size (413), the format (415), the bytes (422), a
 * transcriber (503); then the transcription (422 when the API cannot read the clip, 503 when it
 * cannot be reached) and the turn.
 */
export interface AudioRouteDependencies extends TurnRouteDependencies {
  transcriber: Transcriber | null;
  idempotency: IdempotencyStore;
  logger: Logger;
  audioLimitBytes: number;
}

const NO_TRANSCRIBER =
  'Recorded audio needs a transcription API, and none is configured: set GEMINI_API_KEY or OPENAI_API_KEY (TRANSCRIBE_PROVIDER chooses which). Typed transcripts still work at POST /transcript.';

/** The same clip with the same options is the same request: what an Idempotency-Key is checked against. */
function fingerprintOfClip(request: express.Request): string {
  const hash = createHash('sha256');
  hash.update(request.get('content-type') ?? '');
  hash.update('\0');
  hash.update(JSON.stringify(request.query ?? {}));
  hash.update('\0');
  if (Buffer.isBuffer(request.body)) hash.update(request.body);
  return hash.digest('hex');
}

export function audioRoute(deps: AudioRouteDependencies): RequestHandler[] {
  // Any type but JSON (which the router has parsed already) is read as bytes, so that a wrong one is
  // answered 415 by name rather than as a missing body.
  const bytes = express.raw({ type: () => true, limit: deps.audioLimitBytes });
  const once = idempotent(deps.idempotency, deps.logger, 'transcript-audio', fingerprintOfClip);
  const handle: RequestHandler = async (request, response) => {
    const started = performance.now();
    const refused = (error: ValidationError | ServiceUnavailableError, transcript = '') =>
      refuse(deps, response, error, {
        channel: 'audio',
        transcript,
        started,
        ...(transcript ? { extra: { transcript } } : {}),
      });
    const options = parseTurnOptions(request.query);
    if (!options.ok) return refused(options.error);
    if (!deps.transcriber) return refused(new ServiceUnavailableError(NO_TRANSCRIBER));
    const body: unknown = request.body;
    const clip = readAudioClip(
      Buffer.isBuffer(body) ? body : Buffer.alloc(0),
      request.get('content-type'),
      deps.transcriber.accepts,
    );
    if (!clip.ok) return refused(clip.error);
    let transcript: string;
    try {
      transcript = (await deps.transcriber.transcribe(clip.clip)).replace(/\s+/g, ' ').trim();
    } catch (error) {
      if (error instanceof ValidationError || error instanceof ServiceUnavailableError) {
        deps.logger.warn(
          { provider: deps.transcriber.name, reason: error.message, status: error.httpStatus },
          'transcription failed',
        );
        return refused(error);
      }
      throw error;
    }
    if (!transcript)
      return refused(
        new ValidationError('No speech was heard in the recording.', {
          prompt: 'Please record the request again, closer to the microphone.',
        }),
      );
    if (transcript.length > MAX_TRANSCRIPT_CHARS)
      return refused(
        new ValidationError(
          `The recording holds ${transcript.length} characters of speech; one request takes at most ${MAX_TRANSCRIPT_CHARS}.`,
          { prompt: 'Please record one request at a time.' },
        ),
        transcript.slice(0, MAX_TRANSCRIPT_CHARS),
      );
    await answerTurn(
      deps,
      request,
      response,
      { ...options.value, transcript, metadata: undefined },
      {
        channel: 'audio',
        started,
        extra: { transcript, transcribed_by: deps.transcriber.name },
      },
    );
  };
  return [bytes, once, handle];
}

import { z } from 'zod';
import { ValidationError } from '../../kernel/errors';
import { isValidTimeZone } from '../../values/time';

/** The longest transcript one turn takes. */
export const MAX_TRANSCRIPT_CHARS = 1000;

/** What a turn is asked with besides its words: the body of POST /transcript, the query of /transcript/audio. */
const optionsSchema = z.object({
  session_id: z
    .string({ error: 'session_id must be a string' })
    .min(1)
    .max(128, 'session_id is longer than 128 characters')
    .nullish(),
  reference_time: z.iso
    .datetime({
      offset: true,
      error: 'reference_time must be an ISO 8601 instant with an offset, e.g. 2025-10-04T10:00:00+05:30',
    })
    .nullish(),
  timezone: z
    .string({ error: 'timezone must be a string' })
    .refine(isValidTimeZone, 'timezone must be an IANA time zone such as Asia/Kolkata')
    .nullish(),
});

/** The body of POST /transcript, checked before anything reads it. */
const schema = optionsSchema.extend({
  transcript: z
    .string({ error: 'transcript is required and must be a string' })
    .trim()
    .min(1, 'transcript is empty')
    .max(MAX_TRANSCRIPT_CHARS, `transcript is longer than ${MAX_TRANSCRIPT_CHARS} characters`),
  metadata: z.record(z.string(), z.unknown(), { error: 'metadata must be a JSON object' }).nullish(),
});

export type TurnOptions = Omit<TranscriptRequest, 'transcript' | 'metadata'>;

const invalid = (issues: readonly { message: string }[]) =>
  new ValidationError(`Invalid request: ${[...new Set(issues.map((issue) => issue.message))].join('; ')}.`, {
    httpStatus: 400,
  });

/** The query of POST /transcript/audio: session, reference time and zone, as POST /transcript takes them. */
export function parseTurnOptions(
  query: unknown,
): { ok: true; value: TurnOptions } | { ok: false; error: ValidationError } {
  const parsed = optionsSchema.safeParse(query ?? {});
  if (!parsed.success) return { ok: false, error: invalid(parsed.error.issues) };
  const value = parsed.data;
  return {
    ok: true,
    value: {
      sessionId: value.session_id ?? undefined,
      referenceTime: value.reference_time ? new Date(value.reference_time) : undefined,
      timezone: value.timezone ?? undefined,
    },
  };
}

export interface TranscriptRequest {
  transcript: string;
  metadata: Record<string, unknown> | undefined;
  sessionId: string | undefined;
  referenceTime: Date | undefined;
  timezone: string | undefined;
}

export function parseTranscriptRequest(
  body: unknown,
): { ok: true; value: TranscriptRequest } | { ok: false; error: ValidationError } {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return {
      ok: false,
      error: new ValidationError('The request body must be a JSON object with a transcript.', {
        httpStatus: 400,
      }),
    };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) return { ok: false, error: invalid(parsed.error.issues) };
  const value = parsed.data;
  return {
    ok: true,
    value: {
      transcript: value.transcript,
      metadata: value.metadata ?? undefined,
      sessionId: value.session_id ?? undefined,
      referenceTime: value.reference_time ? new Date(value.reference_time) : undefined,
      timezone: value.timezone ?? undefined,
    },
  };
}

/** What to log of a body that failed validation: the transcript if there was a readable one. */
export function transcriptOf(body: unknown): string {
  const value = body && typeof body === 'object' ? (body as { transcript?: unknown }).transcript : undefined;
  return typeof value === 'string' ? value.slice(0, 2000) : '';
}

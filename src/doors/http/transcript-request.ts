import { z } from 'zod';
import { ValidationError } from '../../kernel/errors';
import { isValidTimeZone } from '../../values/time';

/** The body of POST /transcript, checked before anything reads it. */
const schema = z.object({
  transcript: z
    .string({ error: 'transcript is required and must be a string' })
    .trim()
    .min(1, 'transcript is empty')
    .max(1000, 'transcript is longer than 1000 characters'),
  metadata: z.record(z.string(), z.unknown(), { error: 'metadata must be a JSON object' }).nullish(),
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
  if (!parsed.success) {
    const messages = [...new Set(parsed.error.issues.map((issue) => issue.message))];
    return {
      ok: false,
      error: new ValidationError(`Invalid request: ${messages.join('; ')}.`, { httpStatus: 400 }),
    };
  }
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

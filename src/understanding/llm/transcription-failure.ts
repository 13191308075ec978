import { ProviderUnavailableError, ValidationError } from '../../kernel/errors';

/** Statuses with which a transcription API says the clip itself is at fault, not the API. */
const CLIP_REFUSED = new Set([400, 413, 415, 422]);

/**
 * An SDK's error as one of ours: the API refused the clip (unreadable, too long, wrong format) → a
 * ValidationError the caller can fix by recording again; anything else → the API is unavailable.
 */
export function transcriptionFailure(
  provider: string,
  vendor: string,
  error: unknown,
  status: number | undefined,
): ValidationError | ProviderUnavailableError {
  const message = error instanceof Error ? error.message : String(error);
  if (status !== undefined && CLIP_REFUSED.has(status))
    return new ValidationError(`${vendor} could not transcribe the audio (HTTP ${status}): ${message}`, {
      prompt: 'Please record the request again.',
    });
  return new ProviderUnavailableError(
    provider,
    `${vendor} transcription failed${status ? ` (HTTP ${status})` : ''}: ${message}`,
    status,
  );
}

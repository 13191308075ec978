import type { AudioClip, AudioFormat } from '../values/audio-clip';

/**
 * Turns a recorded clip into the words said, for POST /transcript/audio. The words then go through the
 * same turn as a typed transcript. A clip the API cannot read is a ValidationError (422); an API that
 * cannot be reached is a ProviderUnavailableError (503).
 */
export interface Transcriber {
  readonly name: string;
  /** The formats this API takes. */
  readonly accepts: readonly AudioFormat[];
  transcribe(clip: AudioClip): Promise<string>;
}

/** Words for the recogniser: the vocabulary of this domain, so that "site visit" is not "sight visit". */
export const TRANSCRIPTION_HINT =
  'A real-estate salesperson in India talking to a CRM bot: leads, names, cities, phone numbers, site visits, statuses such as new, in progress, follow up, won, lost. Hindi words may be mixed in.';

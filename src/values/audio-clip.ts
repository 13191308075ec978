import { ValidationError } from '../kernel/errors';

/**
 * A recorded clip as POST /transcript/audio takes it: its format is named by the Content-Type and
 * checked against the bytes themselves (a WAV header, an MP3 frame, an `ftyp` box…), so that a wrong
 * or broken upload is refused here with a clear 4xx and never costs a transcription call.
 */
export type AudioFormat = 'wav' | 'mp3' | 'flac' | 'ogg' | 'aac' | 'm4a' | 'webm' | 'aiff';

interface FormatInfo {
  /** The media type sent to the transcription API. */
  mimeType: string;
  /** Content-Types that name this format. */
  contentTypes: readonly string[];
  /** A file name extension the transcription API recognises. */
  extension: string;
  /** Whether the first bytes are this format's. */
  sniff: (bytes: Buffer) => boolean;
}

const ascii = (bytes: Buffer, start: number, end: number) => bytes.toString('latin1', start, end);
/** An MPEG audio frame header: eleven set sync bits, a layer that is not "reserved". */
const mpegFrame = (bytes: Buffer, at = 0) =>
  bytes.length > at + 1 && bytes[at] === 0xff && ((bytes[at + 1] ?? 0) & 0xe0) === 0xe0;

const FORMATS: Record<AudioFormat, FormatInfo> = {
  wav: {
    mimeType: 'audio/wav',
    contentTypes: ['audio/wav', 'audio/x-wav', 'audio/wave', 'audio/vnd.wave'],
    extension: 'wav',
    sniff: (bytes) => ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WAVE',
  },
  mp3: {
    mimeType: 'audio/mp3',
    contentTypes: ['audio/mpeg', 'audio/mp3', 'audio/mpeg3', 'audio/x-mpeg-3'],
    extension: 'mp3',
    sniff: (bytes) => ascii(bytes, 0, 3) === 'ID3' || mpegFrame(bytes),
  },
  flac: {
    mimeType: 'audio/flac',
    contentTypes: ['audio/flac', 'audio/x-flac'],
    extension: 'flac',
    sniff: (bytes) => ascii(bytes, 0, 4) === 'fLaC',
  },
  ogg: {
    mimeType: 'audio/ogg',
    contentTypes: ['audio/ogg', 'audio/opus', 'application/ogg'],
    extension: 'ogg',
    sniff: (bytes) => ascii(bytes, 0, 4) === 'OggS',
  },
  aac: {
    mimeType: 'audio/aac',
    contentTypes: ['audio/aac', 'audio/x-aac'],
    extension: 'aac',
    // ADTS: twelve set sync bits.
    sniff: (bytes) => bytes.length > 1 && bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xf0) === 0xf0,
  },
  m4a: {
    mimeType: 'audio/mp4',
    contentTypes: ['audio/mp4', 'audio/m4a', 'audio/x-m4a', 'audio/aac-mp4'],
    extension: 'm4a',
    sniff: (bytes) => ascii(bytes, 4, 8) === 'ftyp',
  },
  webm: {
    mimeType: 'audio/webm',
    contentTypes: ['audio/webm'],
    extension: 'webm',
    sniff: (bytes) => bytes.length >= 4 && bytes.readUInt32BE(0) === 0x1a45dfa3,
  },
  aiff: {
    mimeType: 'audio/aiff',
    contentTypes: ['audio/aiff', 'audio/x-aiff'],
    extension: 'aiff',
    sniff: (bytes) => ascii(bytes, 0, 4) === 'FORM' && /^AIF[FC]$/.test(ascii(bytes, 8, 12)),
  },
};

export const AUDIO_FORMATS = Object.keys(FORMATS) as AudioFormat[];

/** The Content-Types a transcriber that accepts these formats takes, for messages and openapi. */
export function contentTypesOf(formats: readonly AudioFormat[]): string[] {
  return formats.flatMap((format) => FORMATS[format].contentTypes);
}

export interface AudioClip {
  format: AudioFormat;
  mimeType: string;
  /** A file name with the format's extension (OpenAI reads the format from it). */
  fileName: string;
  bytes: Buffer;
  /** Known for WAV, from its header. */
  seconds?: number;
}

export function formatOfContentType(contentType: string | undefined): AudioFormat | null {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return AUDIO_FORMATS.find((format) => FORMATS[format].contentTypes.includes(type)) ?? null;
}

/** The seconds of sound in a WAV file, from its `fmt ` and `data` chunks; an error when it has none. */
function wavSeconds(bytes: Buffer): number | ValidationError {
  let offset = 12;
  let byteRate = 0;
  while (offset + 8 <= bytes.length) {
    const id = ascii(bytes, offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ' && body + 12 <= bytes.length) byteRate = bytes.readUInt32LE(body + 8);
    if (id === 'data') {
      if (byteRate === 0) return new ValidationError('The WAV file has no format chunk before its data.');
      const available = Math.min(
        bytes.length - body,
        size === 0 || size === 0xffffffff ? bytes.length : size,
      );
      return available / byteRate;
    }
    offset = body + size + (size % 2);
  }
  return new ValidationError('The WAV file has no data chunk: there is no sound in it.');
}

/** Shortest clip worth sending: a request takes more than a tenth of a second to say. */
const MIN_SECONDS = 0.1;

/**
 * Checks an upload: a Content-Type this door reads, accepted by the transcriber (415 otherwise),
 * bytes of that format with some sound in them (422 otherwise).
 */
export function readAudioClip(
  bytes: Buffer,
  contentType: string | undefined,
  accepted: readonly AudioFormat[],
): { ok: true; clip: AudioClip } | { ok: false; error: ValidationError } {
  const format = formatOfContentType(contentType);
  if (!format || !accepted.includes(format)) {
    const said = (contentType ?? '').split(';')[0]?.trim() || 'none';
    return {
      ok: false,
      error: new ValidationError(
        `Content-Type ${said} is not an audio format this service transcribes; send one of: ${contentTypesOf(accepted).join(', ')}.`,
        { httpStatus: 415 },
      ),
    };
  }
  const info = FORMATS[format];
  if (bytes.length === 0)
    return { ok: false, error: new ValidationError('The request body is empty: send the audio bytes.') };
  if (!info.sniff(bytes)) {
    return {
      ok: false,
      error: new ValidationError(
        `The body is not ${format.toUpperCase()} audio, as its Content-Type says: its first bytes are no ${format.toUpperCase()} header.`,
      ),
    };
  }
  const clip: AudioClip = {
    format,
    mimeType: info.mimeType,
    fileName: `clip.${info.extension}`,
    bytes,
  };
  if (format === 'wav') {
    const seconds = wavSeconds(bytes);
    if (seconds instanceof ValidationError) return { ok: false, error: seconds };
    if (seconds < MIN_SECONDS)
      return {
        ok: false,
        error: new ValidationError(
          `The WAV file holds ${seconds.toFixed(2)} s of sound: too short to say a request.`,
        ),
      };
    clip.seconds = seconds;
  }
  return { ok: true, clip };
}

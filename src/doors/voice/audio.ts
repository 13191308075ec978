import { ValidationError } from '../../kernel/errors';
/**
 * Audio as Gemini Live takes and gives it: PCM16 little-endian mono, 16 kHz in and 24 kHz out.
 * WAV files of other rates and channel counts are converted here.
 */
export const INPUT_RATE = 16_000;
export const OUTPUT_RATE = 24_000;

export interface Pcm {
  sampleRate: number;
  /** Mono samples. */
  samples: Int16Array;
}

/** Reads a PCM16 WAV file (any rate, any number of channels) and mixes it down to mono. */
export function readWav(file: Buffer): Pcm {
  if (file.toString('ascii', 0, 4) !== 'RIFF' || file.toString('ascii', 8, 12) !== 'WAVE') {
    throw new ValidationError('not a WAV file (no RIFF/WAVE header)');
  }
  let offset = 12;
  let format: { channels: number; sampleRate: number; bits: number; code: number } | null = null;
  while (offset + 8 <= file.length) {
    const id = file.toString('ascii', offset, offset + 4);
    const size = file.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      format = {
        code: file.readUInt16LE(body),
        channels: file.readUInt16LE(body + 2),
        sampleRate: file.readUInt32LE(body + 4),
        bits: file.readUInt16LE(body + 14),
      };
    } else if (id === 'data') {
      if (!format) throw new ValidationError('WAV data before its format chunk');
      if (format.code !== 1 || format.bits !== 16) {
        throw new ValidationError(
          `only 16-bit PCM WAV is read (this one: format ${format.code}, ${format.bits} bits)`,
        );
      }
      // Some writers put 0 or 0xFFFFFFFF in the size of a streamed file's data: take what is there.
      const end = Math.min(file.length, size === 0 || size === 0xffffffff ? file.length : body + size);
      const frames = Math.floor((end - body) / (2 * format.channels));
      const samples = new Int16Array(frames);
      for (let frame = 0; frame < frames; frame++) {
        let sum = 0;
        for (let channel = 0; channel < format.channels; channel++) {
          sum += file.readInt16LE(body + (frame * format.channels + channel) * 2);
        }
        samples[frame] = Math.round(sum / format.channels);
      }
      return { sampleRate: format.sampleRate, samples };
    }
    offset = body + size + (size % 2);
  }
  throw new ValidationError('WAV file without a data chunk');
}

/** A mono PCM16 WAV file. */
export function writeWav(pcm: Pcm): Buffer {
  const data = Buffer.from(pcm.samples.buffer, pcm.samples.byteOffset, pcm.samples.byteLength);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(pcm.sampleRate, 24);
  header.writeUInt32LE(pcm.sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/**
 * Converts the sample rate with a windowed-sinc filter. When lowering the rate, the filter's cut-off
 * drops to the new Nyquist frequency, so what cannot be represented is removed instead of folding back
 * as aliasing into the band speech recognition listens to. The filter's weights are computed once for
 * 512 fractional positions (a polyphase table), so the loop over samples only multiplies and adds.
 */
const PHASES = 512;
const HALF_WIDTH = 16;

export function resample(input: Int16Array, from: number, to: number): Int16Array {
  if (from === to) return input.slice();
  const ratio = to / from;
  const cutoff = Math.min(1, ratio);
  const reach = Math.ceil(HALF_WIDTH / cutoff);
  const taps = 2 * reach;
  // weights[phase * taps + k] is the weight of input sample (base - reach + 1 + k) at fraction phase/PHASES.
  const weights = new Float64Array((PHASES + 1) * taps);
  for (let phase = 0; phase <= PHASES; phase++) {
    let total = 0;
    for (let k = 0; k < taps; k++) {
      const distance = (k - reach + 1 - phase / PHASES) * cutoff;
      const sinc = distance === 0 ? 1 : Math.sin(Math.PI * distance) / (Math.PI * distance);
      const weight =
        Math.abs(distance) < HALF_WIDTH
          ? sinc * (0.5 + 0.5 * Math.cos((Math.PI * distance) / HALF_WIDTH))
          : 0;
      weights[phase * taps + k] = weight;
      total += weight;
    }
    for (let k = 0; k < taps; k++) weights[phase * taps + k] = (weights[phase * taps + k] ?? 0) / total;
  }
  const output = new Int16Array(Math.floor(input.length * ratio));
  for (let index = 0; index < output.length; index++) {
    const center = index / ratio;
    const base = Math.floor(center);
    const row = Math.round((center - base) * PHASES) * taps;
    let sum = 0;
    for (let k = 0; k < taps; k++) {
      const tap = base - reach + 1 + k;
      // At the edges, the nearest sample stands in for the ones outside the signal.
      const sample = input[tap < 0 ? 0 : tap >= input.length ? input.length - 1 : tap] ?? 0;
      sum += sample * (weights[row + k] ?? 0);
    }
    output[index] = Math.max(-32768, Math.min(32767, Math.round(sum)));
  }
  return output;
}

/** Any WAV as the 16 kHz mono PCM Gemini Live takes. */
export function toLiveInput(wav: Buffer): Int16Array {
  const pcm = readWav(wav);
  return resample(pcm.samples, pcm.sampleRate, INPUT_RATE);
}

/** Splits PCM into frames of `milliseconds`, as bytes ready to send. */
export function frames(samples: Int16Array, sampleRate: number, milliseconds: number): Buffer[] {
  const perFrame = Math.max(1, Math.round((sampleRate * milliseconds) / 1000));
  const chunks: Buffer[] = [];
  for (let start = 0; start < samples.length; start += perFrame) {
    const slice = samples.subarray(start, Math.min(samples.length, start + perFrame));
    chunks.push(Buffer.from(slice.buffer, slice.byteOffset, slice.byteLength));
  }
  return chunks;
}

/** PCM16 LE bytes as samples (copied, so an odd byte offset in the source is harmless). */
export function samplesOf(bytes: Buffer): Int16Array {
  const samples = new Int16Array(Math.floor(bytes.length / 2));
  for (let index = 0; index < samples.length; index++) samples[index] = bytes.readInt16LE(index * 2);
  return samples;
}

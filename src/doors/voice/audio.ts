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
 * as aliasing into the band speech recognition listens to. The filter's weights are computed once per
 * pair of rates for 512 fractional positions (a polyphase table), so the loop over samples only
 * multiplies and adds.
 *
 * A `Resampler` is streaming and stateful: it keeps the input samples the filter still reaches, so
 * audio pushed in 20 ms chunks comes out the same, sample for sample, as the whole signal converted at
 * once (no clicks at chunk boundaries). Output positions are counted in integers, so a long call does
 * not drift.
 */
const PHASES = 512;
const HALF_WIDTH = 16;

interface Filter {
  reach: number;
  taps: number;
  /** weights[phase * taps + k] is the weight of input sample (base - reach + 1 + k) at fraction phase/PHASES. */
  weights: Float64Array;
}

const filters = new Map<string, Filter>();

function filterFor(from: number, to: number): Filter {
  const key = `${from}>${to}`;
  const known = filters.get(key);
  if (known) return known;
  const cutoff = Math.min(1, to / from);
  const reach = Math.ceil(HALF_WIDTH / cutoff);
  const taps = 2 * reach;
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
  const filter = { reach, taps, weights };
  filters.set(key, filter);
  return filter;
}

export class Resampler {
  private readonly filter: Filter;
  /** Input samples from absolute index `offset` on; older ones are no longer reached by the filter. */
  private pending = new Int16Array(0);
  private offset = 0;
  /** Input samples received so far. */
  private received = 0;
  /** The first input sample: it stands in for the ones before the signal. */
  private first = 0;
  /** Index of the next output sample. */
  private produced = 0;

  constructor(
    private readonly from: number,
    private readonly to: number,
  ) {
    if (!Number.isInteger(from) || !Number.isInteger(to) || from <= 0 || to <= 0) {
      throw new ValidationError(`sample rates must be positive integers (got ${from} and ${to})`);
    }
    this.filter = filterFor(from, to);
  }

  /** Converts the next chunk; the output lags the input by the filter's reach until `flush`. */
  push(chunk: Int16Array): Int16Array {
    if (chunk.length === 0) return new Int16Array(0);
    if (this.received === 0) this.first = chunk[0] ?? 0;
    const joined = new Int16Array(this.pending.length + chunk.length);
    joined.set(this.pending);
    joined.set(chunk, this.pending.length);
    this.pending = joined;
    this.received += chunk.length;
    // An output sample is ready when the last input sample its filter reaches has arrived.
    const ready = this.countWhile((base) => base + this.filter.reach < this.received);
    return this.emit(ready, this.pending[this.pending.length - 1] ?? 0);
  }

  /** The rest of the signal, with the last sample standing in for the ones after it. */
  flush(): Int16Array {
    // As many output samples as the whole signal's duration holds: floor(received * to / from).
    const total = Math.floor((this.received * this.to) / this.from);
    return this.emit(total - this.produced, this.pending[this.pending.length - 1] ?? 0);
  }

  /** How many next output samples satisfy `ready(base)`; `base` grows with each. */
  private countWhile(ready: (base: number) => boolean): number {
    let count = 0;
    while (ready(Math.floor(((this.produced + count) * this.from) / this.to))) count++;
    return count;
  }

  private emit(count: number, last: number): Int16Array {
    const { reach, taps, weights } = this.filter;
    const output = new Int16Array(Math.max(0, count));
    for (let index = 0; index < output.length; index++) {
      const position = (this.produced + index) * this.from;
      const base = Math.floor(position / this.to);
      const row = Math.round(((position - base * this.to) * PHASES) / this.to) * taps;
      let sum = 0;
      for (let k = 0; k < taps; k++) {
        const tap = base - reach + 1 + k;
        const sample =
          tap < 0 ? this.first : tap >= this.received ? last : (this.pending[tap - this.offset] ?? 0);
        sum += sample * (weights[row + k] ?? 0);
      }
      output[index] = Math.max(-32768, Math.min(32767, Math.round(sum)));
    }
    this.produced += output.length;
    // Keep only what the next output sample's filter still reaches.
    const keepFrom = Math.max(
      this.offset,
      Math.min(this.received, Math.floor((this.produced * this.from) / this.to) - reach + 1),
    );
    if (keepFrom > this.offset) {
      this.pending = this.pending.slice(keepFrom - this.offset);
      this.offset = keepFrom;
    }
    return output;
  }
}

/** The whole signal at another rate. */
export function resample(input: Int16Array, from: number, to: number): Int16Array {
  if (from === to) return input.slice();
  const resampler = new Resampler(from, to);
  const head = resampler.push(input);
  const tail = resampler.flush();
  const output = new Int16Array(head.length + tail.length);
  output.set(head);
  output.set(tail, head.length);
  return output;
}

/** PCM16 LE bytes as samples (copied, so an odd byte offset in the source is harmless). */
export function samplesOf(bytes: Buffer): Int16Array {
  const samples = new Int16Array(Math.floor(bytes.length / 2));
  for (let index = 0; index < samples.length; index++) samples[index] = bytes.readInt16LE(index * 2);
  return samples;
}

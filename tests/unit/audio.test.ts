import { INPUT_RATE, Resampler, readWav, resample, writeWav } from '../../src/doors/voice/audio';

function tone(frequency: number, rate: number, seconds: number, amplitude = 10_000): Int16Array {
  const samples = new Int16Array(Math.round(rate * seconds));
  for (let index = 0; index < samples.length; index++)
    samples[index] = Math.round(amplitude * Math.sin((2 * Math.PI * frequency * index) / rate));
  return samples;
}

const rms = (samples: Int16Array) =>
  Math.sqrt(samples.reduce((sum, value) => sum + value * value, 0) / samples.length);

/** Frequency from the rate of upward zero crossings, away from the edges. */
function frequencyOf(samples: Int16Array, rate: number): number {
  let crossings = 0;
  const from = Math.floor(samples.length * 0.1);
  const to = Math.floor(samples.length * 0.9);
  for (let index = from + 1; index < to; index++)
    if (samples[index - 1]! < 0 && samples[index]! >= 0) crossings++;
  return (crossings * rate) / (to - from);
}

function stereoWav(left: Int16Array, right: Int16Array, rate: number): Buffer {
  const mono = writeWav({ sampleRate: rate, samples: left });
  const data = Buffer.alloc(left.length * 4);
  for (let index = 0; index < left.length; index++) {
    data.writeInt16LE(left[index]!, index * 4);
    data.writeInt16LE(right[index]!, index * 4 + 2);
  }
  const header = Buffer.from(mono.subarray(0, 44));
  header.writeUInt16LE(2, 22);
  header.writeUInt32LE(rate * 4, 28);
  header.writeUInt16LE(4, 32);
  header.writeUInt32LE(data.length, 40);
  header.writeUInt32LE(36 + data.length, 4);
  return Buffer.concat([header, data]);
}

test('when a WAV is written and read back, then rate and samples are the same', () => {
  const samples = tone(440, 24_000, 0.1);
  const back = readWav(writeWav({ sampleRate: 24_000, samples }));
  expect(back.sampleRate).toBe(24_000);
  expect(Array.from(back.samples)).toEqual(Array.from(samples));
});

test('when a stereo 44.1 kHz WAV comes in, then it becomes 16 kHz mono with its pitch kept', () => {
  const left = tone(440, 44_100, 1);
  const wav = readWav(stereoWav(left, left, 44_100));
  const pcm = resample(wav.samples, wav.sampleRate, INPUT_RATE);
  expect(pcm.length).toBe(INPUT_RATE);
  expect(frequencyOf(pcm, INPUT_RATE)).toBeCloseTo(440, -1);
  expect(rms(pcm)).toBeGreaterThan(rms(left) * 0.95);
});

test('when the channels differ, then mono is their average', () => {
  const left = new Int16Array([1000, 2000, -3000]);
  const right = new Int16Array([3000, 0, -1000]);
  expect(Array.from(readWav(stereoWav(left, right, 16_000)).samples)).toEqual([2000, 1000, -2000]);
});

test('when the rate is lowered, then tones under the new Nyquist stay and tones above it are filtered, not folded back', () => {
  const kept = resample(tone(3000, 44_100, 1), 44_100, 16_000);
  const removed = resample(tone(11_000, 44_100, 1), 44_100, 16_000);
  expect(frequencyOf(kept, 16_000)).toBeCloseTo(3000, -2);
  expect(rms(kept)).toBeGreaterThan(10_000 * 0.69);
  // 11 kHz would alias to 5 kHz without the filter; with it, almost nothing is left.
  expect(rms(removed)).toBeLessThan(10_000 * 0.05);
});

test('when the rate is raised, then the length and the pitch follow', () => {
  const up = resample(tone(500, 16_000, 0.5), 16_000, 24_000);
  expect(up.length).toBe(12_000);
  expect(frequencyOf(up, 24_000)).toBeCloseTo(500, -1);
});

test('when the file is not a 16-bit PCM WAV, then the error says so', () => {
  expect(() => readWav(Buffer.from('not a wav file at all, no'))).toThrow(/not a WAV file/);
  const float = writeWav({ sampleRate: 16_000, samples: new Int16Array(4) });
  float.writeUInt16LE(3, 20);
  expect(() => readWav(float)).toThrow(/only 16-bit PCM/);
});

/** Pushes `input` through one streaming resampler in chunks of the given sizes (cycled). */
function streamed(input: Int16Array, from: number, to: number, sizes: number[]): Int16Array {
  const resampler = new Resampler(from, to);
  const parts: Int16Array[] = [];
  let start = 0;
  for (let turn = 0; start < input.length; turn++) {
    const size = sizes[turn % sizes.length]!;
    parts.push(resampler.push(input.subarray(start, start + size)));
    start += size;
  }
  parts.push(resampler.flush());
  const output = new Int16Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    output.set(part, at);
    at += part.length;
  }
  return output;
}

test.each([
  [24_000, 8_000, [480]],
  [8_000, 16_000, [160]],
  [44_100, 16_000, [441, 1, 1000, 37]],
  [16_000, 24_000, [7, 320, 3]],
])(
  'when %i Hz audio is streamed to %i Hz in chunks, then the output is the whole-signal conversion, sample for sample',
  (from, to, sizes) => {
    const input = new Int16Array(from * 2);
    let seed = 7;
    for (let index = 0; index < input.length; index++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      // A tone with noise on it: every chunk boundary falls on a different, non-zero sample.
      input[index] = Math.round(8000 * Math.sin((2 * Math.PI * 300 * index) / from) + (seed % 2000) - 1000);
    }
    const whole = resample(input, from, to);
    expect(whole.length).toBe(Math.floor((input.length * to) / from));
    expect(Array.from(streamed(input, from, to, sizes))).toEqual(Array.from(whole));
  },
);

test('when 24 kHz model speech goes to an 8 kHz phone line in 20 ms frames, then no frame boundary clicks', () => {
  const input = tone(300, 24_000, 1);
  const output = streamed(input, 24_000, 8_000, [480]);
  const expected = tone(300, 8_000, 1);
  // Away from the start and end of the whole signal, every sample (boundaries included) is the tone.
  let worst = 0;
  for (let index = 100; index < output.length - 100; index++)
    worst = Math.max(worst, Math.abs(output[index]! - expected[index]!));
  expect(worst).toBeLessThan(30);
});

test('when a call streams a minute of 20 ms frames, then each frame converts in under a millisecond', () => {
  const resampler = new Resampler(24_000, 8_000);
  const frame = tone(300, 24_000, 0.02);
  resampler.push(frame);
  const count = 3000;
  const started = process.hrtime.bigint();
  let samples = 0;
  for (let index = 0; index < count; index++) samples += resampler.push(frame).length;
  const perFrameMs = Number(process.hrtime.bigint() - started) / 1e6 / count;
  expect(samples).toBe(count * 160);
  expect(perFrameMs).toBeLessThan(1);
});

test('when the rates are not positive integers, then the resampler refuses them', () => {
  expect(() => new Resampler(0, 16_000)).toThrow(/positive integers/);
  expect(() => new Resampler(22_050.5, 16_000)).toThrow(/positive integers/);
});

import fs from 'node:fs';
import type { Application } from '../../src/app';
import { INPUT_RATE, readWav, resample } from '../../src/doors/voice/audio';
import { VoiceSession, type ToolCallLog } from '../../src/doors/voice/voice-session';
import { createLogger } from '../../src/kernel/logger';
import type { FakeLive } from '../fakes/fake-live';

/** What a voice session told its client, for assertions. */
export interface Recorded {
  reconnects: boolean[];
  transcripts: { role: string; text: string }[];
  toolCalls: ToolCallLog[];
  turns: number;
  interrupted: number;
  errors: string[];
  closes: string[];
  /** Bytes of model audio streamed to the client. */
  audioBytes: number;
}

export interface VoiceTestOptions {
  connectTimeoutMs?: number;
  sessionId?: string;
  baseUrl?: string;
  model?: string;
  keepAudio?: boolean;
}

/** A voice session on the fake Live server, running its tool calls through `service`. */
export function openVoice(
  live: FakeLive,
  service: Application,
  options: VoiceTestOptions = {},
): { voice: VoiceSession; seen: Recorded } {
  const seen: Recorded = {
    reconnects: [],
    transcripts: [],
    toolCalls: [],
    turns: 0,
    interrupted: 0,
    errors: [],
    closes: [],
    audioBytes: 0,
  };
  const voice = new VoiceSession(
    {
      apiKey: 'live-test-key',
      baseUrl: options.baseUrl ?? live.url,
      model: options.model ?? 'gemini-live-test',
      voice: 'Kore',
      timezone: 'Asia/Kolkata',
      connectTimeoutMs: options.connectTimeoutMs ?? 3000,
      ...(options.sessionId ? { sessionId: options.sessionId } : {}),
      turns: service.turns,
      idempotency: service.idempotency,
      interactions: service.interactions,
      keepAudio: options.keepAudio ?? false,
      logger: createLogger('silent'),
    },
    {
      onTranscript: (event) => seen.transcripts.push(event),
      onToolCall: (call) => seen.toolCalls.push(call),
      onTurnComplete: () => seen.turns++,
      onInterrupted: () => seen.interrupted++,
      onError: (message) => seen.errors.push(message),
      onClose: (reason) => seen.closes.push(reason),
      onReconnect: ({ resumed }) => seen.reconnects.push(resumed),
      onAudio: (pcm) => (seen.audioBytes += pcm.length),
    },
  );
  return { voice, seen };
}

export async function until(condition: () => boolean, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A recording as a client streams it: 16 kHz mono PCM16, in frames of 100 ms (the last shorter). */
export function spokenFrames(file: string): Buffer[] {
  const pcm = readWav(fs.readFileSync(file));
  const samples = resample(pcm.samples, pcm.sampleRate, INPUT_RATE);
  const perFrame = INPUT_RATE / 10;
  const chunks: Buffer[] = [];
  for (let start = 0; start < samples.length; start += perFrame) {
    const slice = samples.subarray(start, Math.min(samples.length, start + perFrame));
    chunks.push(Buffer.from(slice.buffer, slice.byteOffset, slice.byteLength));
  }
  return chunks;
}

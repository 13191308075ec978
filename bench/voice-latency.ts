import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApplication } from '../src/app';
import { loadConfig } from '../src/config';
import { VoiceSession } from '../src/doors/voice/voice-session';
import { createLogger } from '../src/kernel/logger';
import { FakeLive, type LiveStep } from '../tests/fakes/fake-live';

/**
 * The voice adapter's own latency: from a `toolCall` message leaving a Gemini Live server on loopback
 * (the project's fake, which speaks the wire protocol) to its `toolResponse` arriving, with the real
 * `@google/genai` Live client and the embedded CRM (durable SQLite writes) in between. The calls
 * rotate a new lead, a visit for "him" and a status change for "him"; every 10th message carries two
 * calls (a new lead and its visit), answered in one toolResponse.
 */
export interface VoiceLatency {
  messages: number;
  p50: number;
  p95: number;
  max: number;
}

function callsOf(index: number): Record<string, unknown>[] {
  const id = (suffix = '') => `bench-${index}${suffix}`;
  const newLead = {
    id: id(),
    name: 'createLead',
    args: { name: `Voice Bench ${index}`, phone: `${9_700_000_000 + index}`, city: 'Pune' },
  };
  if (index % 10 === 9)
    return [
      newLead,
      { id: id('-visit'), name: 'scheduleVisit', args: { lead_reference: 'him', time: 'tomorrow at 4 pm' } },
    ];
  if (index % 3 === 0) return [newLead];
  if (index % 3 === 1)
    return [{ id: id(), name: 'scheduleVisit', args: { lead_reference: 'him', time: 'tomorrow at 5 pm' } }];
  return [{ id: id(), name: 'updateLeadStatus', args: { lead_reference: 'him', status: 'follow up' } }];
}

const percentile = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;

export async function voiceToolLatency(messages = 300, warmUp = 30): Promise<VoiceLatency> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'leadline-bench-voice-'));
  const live = new FakeLive();
  await live.start();
  const steps = (index: number): LiveStep[] => [{ send: { toolCall: { functionCalls: callsOf(index) } } }];
  live.script({
    on: {
      setup: [steps(0)],
      toolResponse: Array.from({ length: messages + warmUp - 1 }, (_, index) => steps(index + 1)),
    },
  });
  const config = loadConfig({
    DATABASE_PATH: path.join(directory, 'crm.sqlite'),
    INTERACTIONS_LOG_PATH: path.join(directory, 'interactions.jsonl'),
    LOG_LEVEL: 'silent',
  });
  const application = createApplication(config, { logger: createLogger('silent') });
  let failure: string | null = null;
  const voice = new VoiceSession(
    {
      apiKey: 'bench-key',
      baseUrl: live.url,
      model: 'gemini-live-test',
      timezone: config.defaultTimezone,
      turns: application.turns,
      idempotency: application.idempotency,
      interactions: application.interactions,
      logger: application.logger,
    },
    { onError: (message) => (failure = message) },
  );
  try {
    await voice.start();
    const deadline = Date.now() + 60_000;
    while ((live.connections[0]?.toolLatencies.length ?? 0) < messages + warmUp) {
      if (failure !== null) throw new Error(`voice session failed: ${String(failure)}`);
      if (Date.now() > deadline) throw new Error('voice latency bench timed out');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const connection = live.connections[0]!;
    if (connection.violations.length > 0) throw new Error(connection.violations.join('; '));
    const failed = connection.toolResponses.filter((response) => !('result' in response.response.output));
    if (failed.length > 0)
      throw new Error(`${failed.length} tool calls failed: ${JSON.stringify(failed[0])}`);
    const sorted = connection.toolLatencies.slice(warmUp).sort((a, b) => a - b);
    return { messages, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1) ?? 0 };
  } finally {
    voice.close();
    await application.close();
    await live.stop();
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

if (require.main === module) {
  voiceToolLatency().then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

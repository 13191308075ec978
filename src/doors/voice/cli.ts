import fs from 'node:fs';
import { createApplication } from '../../app';
import { ConfigError, loadConfig } from '../../config';
import { createLogger } from '../../kernel/logger';
import { INPUT_RATE, OUTPUT_RATE, Resampler, readWav, samplesOf, writeWav, type Pcm } from './audio';
import { VoiceSession, type ToolCallLog } from './voice-session';

/**
 * npm run voice -- --in request.wav [--out reply.wav] [--session ID] [--pace X]
 * npm run voice -- --text "add a lead …" [--text "…"] [--session ID]
 *
 * One live Gemini session: a spoken file (any WAV; converted to 16 kHz mono) or typed turns go in;
 * what was heard and said, and every CRM tool call with its result, are printed; the spoken answer is
 * written as a 24 kHz WAV. The CRM is the service's: embedded (DATABASE_PATH) or CRM_BASE_URL.
 */
class UsageError extends Error {}
/** A file given on the command line that cannot be used. */
class InputError extends Error {}

const USAGE = `Usage: npm run voice -- (--in FILE.wav [--out REPLY.wav] | --text "…" [--text "…"]) [options]

One live Gemini session: a spoken WAV file (any rate; converted to 16 kHz mono) or typed turns go in;
what was heard and said and every CRM tool call with its result are printed; --out writes the spoken
answer as a 24 kHz WAV. Needs GEMINI_API_KEY (and GEMINI_LIVE_MODEL for the model).

Options:
  --in FILE.wav            what the salesperson says
  --out FILE.wav           where the spoken answer goes
  --text "…"               a typed turn (repeatable)
  --session ID             the conversation session to join ("him", "her", a pending request)
  --turn-timeout-ms N      how long to wait for an answer (default 60000)
  --pace X                 send --in at X times real time (default 1, as a live speaker; 0: at once)
  --help                   print this and exit

Exit codes: 0 done, 1 the session failed, 2 a usage or configuration error.`;

interface Arguments {
  input: string | undefined;
  output: string | undefined;
  texts: string[];
  session: string | undefined;
  turnTimeoutMs: number;
  pace: number;
}

function parse(argv: string[]): Arguments | 'help' {
  const args: Arguments = {
    input: undefined,
    output: undefined,
    texts: [],
    session: undefined,
    turnTimeoutMs: 60_000,
    pace: 1,
  };
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index] ?? '';
    const value = () => {
      const next = argv[++index];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === '--help' || flag === '-h') return 'help';
    if (flag === '--in') args.input = value();
    else if (flag === '--out') args.output = value();
    else if (flag === '--text') args.texts.push(value());
    else if (flag === '--session') args.session = value();
    else if (flag === '--turn-timeout-ms') args.turnTimeoutMs = Number(value());
    else if (flag === '--pace') args.pace = Number(value());
    else throw new UsageError(`unknown option ${flag}`);
  }
  if (!args.input && args.texts.length === 0) throw new UsageError('give --in FILE.wav or --text "…"');
  if (!Number.isFinite(args.pace) || args.pace < 0) throw new UsageError('--pace needs a number, 0 or more');
  if (!Number.isFinite(args.turnTimeoutMs) || args.turnTimeoutMs <= 0)
    throw new UsageError('--turn-timeout-ms needs a positive number');
  return args;
}

const print = (line: string) => process.stdout.write(`${line}\n`);

/**
 * Sends a recording as a speaker would: 100 ms at a time, converted to 16 kHz frame by frame (so a
 * long file neither blocks the event loop nor arrives at the model all at once), `pace` times faster
 * than real time; 0 sends it as fast as the socket takes it.
 */
async function speak(pcm: Pcm, pace: number, send: (frame: Buffer) => void): Promise<void> {
  const resampler = new Resampler(pcm.sampleRate, INPUT_RATE);
  const step = Math.max(1, Math.round(pcm.sampleRate / 10));
  const bytes = (samples: Int16Array) => Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength);
  const started = Date.now();
  for (let start = 0; start < pcm.samples.length; start += step) {
    const frame = resampler.push(pcm.samples.subarray(start, start + step));
    if (frame.length > 0) send(bytes(frame));
    const due = started + ((start + step) * 1000) / pcm.sampleRate / (pace || Infinity);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
  }
  const rest = resampler.flush();
  if (rest.length > 0) send(bytes(rest));
}

function readRecording(file: string): Pcm {
  try {
    return readWav(fs.readFileSync(file));
  } catch (error) {
    throw new InputError(
      `cannot read --in ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function describeTool(call: ToolCallLog): string {
  const result = call.result as {
    result?: { message?: string };
    error?: { type?: string; details?: string };
    prompt?: string;
  };
  const outcome = result.error
    ? `${result.error.type}: ${result.error.details}`
    : (result.result?.message ?? 'done');
  return `tool ${call.name}(${JSON.stringify(call.args)}) -> ${outcome}${call.replayed ? ' (replayed)' : ''}`;
}

async function main(): Promise<number> {
  const args = parse(process.argv.slice(2));
  if (args === 'help') {
    print(USAGE);
    return 0;
  }
  // The recording is read before any connection is made: a wrong path or a file that is not a WAV is
  // a usage error, found at once.
  const recording = args.input ? readRecording(args.input) : null;
  const config = loadConfig();
  if (!config.geminiApiKey)
    throw new ConfigError('Voice needs GEMINI_API_KEY (and GEMINI_LIVE_MODEL for the model).');
  const service = createApplication(config, {
    logger: createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel),
  });
  let turnsDone = 0;
  let failure: string | null = null;
  const voice = new VoiceSession(
    {
      apiKey: config.geminiApiKey,
      baseUrl: config.geminiBaseUrl ?? undefined,
      model: config.geminiLiveModel,
      voice: config.geminiLiveVoice,
      vad: { start: config.geminiLiveVadStart, silenceMs: config.geminiLiveSilenceMs },
      timezone: config.defaultTimezone,
      sessionId: args.session,
      turns: service.turns,
      idempotency: service.idempotency,
      keepAudio: true,
      interactions: service.interactions,
      logger: service.logger,
    },
    {
      onTranscript: ({ role, text }) => print(`${role === 'user' ? 'you' : 'leadline'}: ${text}`),
      onToolCall: (call) => print(describeTool(call)),
      onTurnComplete: () => turnsDone++,
      onReconnect: ({ resumed }) =>
        print(resumed ? '(reconnected)' : '(reconnected without the conversation so far)'),
      onError: (message) => {
        failure = message;
        print(`error: ${message}`);
      },
    },
  );
  const waitForTurn = async (count: number) => {
    const deadline = Date.now() + args.turnTimeoutMs;
    while (turnsDone < count && failure === null) {
      if (Date.now() > deadline) throw new Error(`no answer within ${args.turnTimeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  try {
    await voice.start();
    print(`session ${voice.id}`);
    const answer: Buffer[] = [];
    if (recording) {
      await speak(recording, args.pace, (frame) => voice.sendAudio(frame));
      voice.endAudio();
      await waitForTurn(1);
      answer.push(voice.takeAudio());
    }
    for (const [index, text] of args.texts.entries()) {
      print(`you (typed): ${text}`);
      voice.sendText(text);
      await waitForTurn((args.input ? 1 : 0) + index + 1);
      answer.push(voice.takeAudio());
    }
    if (args.output) {
      const samples = samplesOf(Buffer.concat(answer));
      fs.writeFileSync(args.output, writeWav({ sampleRate: OUTPUT_RATE, samples }));
      print(`wrote ${args.output} (${(samples.length / OUTPUT_RATE).toFixed(2)} s at ${OUTPUT_RATE} Hz)`);
    }
    return failure ? 1 : 0;
  } finally {
    voice.close();
    await service.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`voice: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof UsageError) console.error(`\n${USAGE}`);
    process.exit(
      error instanceof UsageError || error instanceof ConfigError || error instanceof InputError ? 2 : 1,
    );
  },
);

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import WebSocket from 'ws';
import { readWav } from '../../src/doors/voice/audio';
import { attachVoiceDoor, type VoiceDoor } from '../../src/doors/voice/door';
import { FakeLive, audioMessage, toneChunks } from '../fakes/fake-live';
import { startHarness, temporaryDirectory, type Harness } from '../helpers/harness';
import { spokenFrames } from '../helpers/voice';

/** The two ways into a voice session: WebSocket /voice on the service's port, and the CLI. */
const ROOT = path.join(__dirname, '..', '..');
const AUDIO = path.join(ROOT, 'tests', 'fixtures', 'audio');
const CREATE_CALL = {
  toolCall: {
    functionCalls: [
      {
        id: 'call-1',
        name: 'createLead',
        args: { name: 'Rohan Sharma', phone: '98765 43210', city: 'Gurgaon' },
      },
    ],
  },
};
const SPOKEN_TURN = {
  on: {
    audioStreamEnd: [
      [
        { send: { serverContent: { inputTranscription: { text: 'add rohan sharma' } } } },
        { send: CREATE_CALL },
      ],
    ],
    toolResponse: [
      [
        ...toneChunks(0.2, 2).map((chunk) => ({ send: audioMessage(chunk) })),
        { send: { serverContent: { outputTranscription: { text: 'Done.' }, turnComplete: true } } },
      ],
    ],
  },
};

let live: FakeLive;
beforeEach(async () => {
  live = new FakeLive();
  await live.start();
});
afterEach(async () => {
  await live.stop();
});

describe('WebSocket /voice', () => {
  let harness: Harness;
  let server: Server;
  let door: VoiceDoor;
  let url: string;

  async function open(env: Record<string, string>): Promise<void> {
    harness = startHarness({
      GEMINI_API_KEY: 'live-key',
      GEMINI_BASE_URL: live.url,
      GEMINI_LIVE_MODEL: 'gemini-live-test',
      ...env,
    });
    server = await new Promise<Server>((resolve) => {
      const listening = harness.service.app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    door = attachVoiceDoor(server, harness.config, harness.service);
    url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/voice`;
  }

  afterEach(async () => {
    await door.close();
    await new Promise((resolve) => server.close(resolve));
    await harness.close();
  });

  test('when a client leaves while the Live session is still connecting, then no Live session is left open', async () => {
    // setupComplete comes late, after the client has gone.
    live.script({ setupComplete: false, on: { setup: [[{ wait: 300 }, { send: { setupComplete: {} } }]] } });
    await open({});
    const client = new WebSocket(url);
    await new Promise((resolve) => client.once('open', resolve));
    await waitFor(() => live.connections.length === 1);
    client.close();
    await waitFor(() => live.connections[0]!.socket.readyState === WebSocket.CLOSED, 3000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(live.connections).toHaveLength(1);
  });

  test('when the door opens a session, then voice activity detection is set from the configuration', async () => {
    await open({ GEMINI_LIVE_SILENCE_MS: '900', GEMINI_LIVE_VAD_START: 'low' });
    const client = new WebSocket(url);
    await new Promise((resolve) => client.once('open', resolve));
    await waitFor(() => live.connections[0]?.setup !== null && live.connections.length === 1);
    expect(live.connections[0]!.setup).toMatchObject({
      realtimeInputConfig: {
        automaticActivityDetection: {
          startOfSpeechSensitivity: 'START_SENSITIVITY_LOW',
          endOfSpeechSensitivity: 'END_SENSITIVITY_HIGH',
          silenceDurationMs: 900,
        },
      },
    });
    client.close();
  });

  test('when a client speaks before the session is ready, then what it said is sent once it is', async () => {
    live.script({ setupComplete: false, on: { setup: [[{ wait: 200 }, { send: { setupComplete: {} } }]] } });
    await open({});
    const client = new WebSocket(url);
    await new Promise((resolve) => client.once('open', resolve));
    client.send(JSON.stringify({ type: 'text', text: 'add a lead rohan sharma from gurgaon' }));
    await waitFor(() => (live.connections[0]?.clientContent.length ?? 0) === 1, 3000);
    expect(JSON.stringify(live.connections[0]!.clientContent[0])).toMatch(/rohan sharma/);
    client.close();
  });

  test('when a client streams speech, then it gets ready, the transcript, the tool call with its result, 24 kHz audio and the turn end', async () => {
    live.script(SPOKEN_TURN);
    await open({});
    const client = new WebSocket(`${url}?session_id=phone-17`);
    const events: Record<string, unknown>[] = [];
    const audio: Buffer[] = [];
    client.on('message', (data, isBinary) => {
      if (isBinary) audio.push(data as Buffer);
      else events.push(JSON.parse(data.toString()) as Record<string, unknown>);
    });
    await new Promise((resolve) => client.once('open', resolve));
    await waitFor(() => events.some((event) => event.type === 'ready'));
    for (const frame of spokenFrames(path.join(AUDIO, 'create-lead.wav'))) client.send(frame);
    client.send(JSON.stringify({ type: 'end' }));
    await waitFor(() => events.some((event) => event.type === 'turn_complete'));

    expect(events.map((event) => event.type)).toEqual([
      'ready',
      'transcript',
      'tool_call',
      'transcript',
      'turn_complete',
    ]);
    expect(events[0]).toMatchObject({
      session_id: 'phone-17',
      input: 'audio/pcm;rate=16000',
      output: 'audio/pcm;rate=24000',
    });
    expect(events[2]).toMatchObject({
      name: 'createLead',
      result: { intent: 'LEAD_CREATE', result: { status: 'NEW' } },
    });
    expect(Buffer.concat(audio).length).toBe(24_000 * 0.2 * 2);
    expect(live.connections[0]!.audio.length).toBeGreaterThan(10);
    expect(harness.service.db.prepare('SELECT name FROM leads').all()).toEqual([{ name: 'Rohan Sharma' }]);
    client.close();
  });

  test('when a client sends a typed turn and a bad frame, then the text goes to the model and the bad frame is an error event', async () => {
    live.script({ on: { clientContent: [[{ send: { serverContent: { turnComplete: true } } }]] } });
    await open({});
    const client = new WebSocket(url);
    const events: Record<string, unknown>[] = [];
    client.on('message', (data, isBinary) => {
      if (!isBinary) events.push(JSON.parse(data.toString()) as Record<string, unknown>);
    });
    await waitFor(() => events.some((event) => event.type === 'ready'));
    client.send('not json');
    client.send(JSON.stringify({ type: 'text', text: 'mark rohan as won' }));
    await waitFor(() => events.some((event) => event.type === 'turn_complete'));
    expect(events.find((event) => event.type === 'error')).toMatchObject({
      message: expect.stringMatching(/must be JSON/),
    });
    expect(live.connections[0]!.clientContent).toEqual([
      { turns: [{ role: 'user', parts: [{ text: 'mark rohan as won' }] }], turnComplete: true },
    ]);
    client.close();
  });

  test('when API_KEY is set, then /voice refuses a client without it and accepts ?token=', async () => {
    await open({ API_KEY: 'voice-key-0123456789' });
    const refused = new WebSocket(url);
    const status = await new Promise<number>((resolve) =>
      refused.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0)),
    );
    expect(status).toBe(401);
    const accepted = new WebSocket(`${url}?token=voice-key-0123456789`);
    await new Promise((resolve, reject) => {
      accepted.once('open', resolve);
      accepted.once('error', reject);
    });
    accepted.close();
  });

  test('when Gemini Live refuses, then the client is told why and the socket closes', async () => {
    live.script({
      setupComplete: false,
      on: { setup: [[{ close: { code: 1008, reason: 'API key not valid' } }]] },
    });
    await open({});
    const client = new WebSocket(url);
    const events: Record<string, unknown>[] = [];
    client.on('message', (data) => events.push(JSON.parse(data.toString()) as Record<string, unknown>));
    const code = await new Promise<number>((resolve) =>
      client.once('close', (closeCode) => resolve(closeCode)),
    );
    expect(code).toBe(1011);
    expect(events).toEqual([
      { type: 'error', message: expect.stringMatching(/refused the session: API key not valid/) },
    ]);
  });
});

test('when the CLI is given a spoken WAV, then it paces it as speech, prints the transcript and tool log and writes a 24 kHz answer', async () => {
  live.script(SPOKEN_TURN);
  const directory = temporaryDirectory();
  const reply = path.join(directory, 'reply.wav');
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(ROOT, 'src/doors/voice/cli.ts'),
      '--in',
      path.join(AUDIO, 'create-lead.wav'),
      '--out',
      reply,
      '--pace',
      '8',
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        GEMINI_API_KEY: 'live-key',
        GEMINI_BASE_URL: live.url,
        DATABASE_PATH: path.join(directory, 'crm.sqlite'),
        INTERACTIONS_LOG_PATH: '',
        LOG_LEVEL: 'silent',
      },
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  expect(code).toBe(0);
  expect(output).toMatch(/you: add rohan sharma/);
  expect(output).toMatch(/tool createLead\(.*\) -> Created lead Rohan Sharma \(NEW\)\./);
  expect(output).toMatch(/leadline: Done\./);
  const wav = readWav(fs.readFileSync(reply));
  expect(wav.sampleRate).toBe(24_000);
  expect(wav.samples.length).toBe(24_000 * 0.2);
  // The 6.8 s recording went out as 16 kHz frames of 100 ms, spread over about 6.8 / 8 s, not at once.
  const sent = live.connections[0]!.audio;
  expect(sent.every((frame) => frame.mimeType === 'audio/pcm;rate=16000')).toBe(true);
  expect(sent.reduce((sum, frame) => sum + frame.bytes, 0)).toBe(Math.floor((150_498 * 16_000) / 22_050) * 2);
  expect(sent.at(-1)!.at - sent[0]!.at).toBeGreaterThan(600);
}, 30_000);

test('when the CLI is given a file it cannot read, then it says so and exits 2 before connecting', async () => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'src/doors/voice/cli.ts'), '--in', path.join(ROOT, 'package.json')],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        GEMINI_API_KEY: 'live-key',
        GEMINI_BASE_URL: live.url,
        DATABASE_PATH: path.join(temporaryDirectory(), 'crm.sqlite'),
      },
    },
  );
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(2);
  expect(errors).toMatch(/cannot read --in .*package\.json: not a WAV file/);
  expect(errors).not.toMatch(/Usage:/);
  expect(live.connections).toHaveLength(0);
}, 30_000);

test('when the CLI has no GEMINI_API_KEY, then it says so and exits 2', async () => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'src/doors/voice/cli.ts'), '--text', 'hello'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        GEMINI_API_KEY: '',
        DATABASE_PATH: path.join(temporaryDirectory(), 'crm.sqlite'),
      },
    },
  );
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(2);
  expect(errors).toMatch(/needs GEMINI_API_KEY/);
}, 30_000);

async function waitFor(condition: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

test('when the voice CLI is asked for --help, then it prints the options and exit codes and exits 0', () => {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'src/doors/voice/cli.ts'), '--help'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/Usage: npm run voice[\s\S]*--in FILE\.wav[\s\S]*Exit codes: 0/);
});

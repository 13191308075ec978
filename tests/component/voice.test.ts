import fs from 'node:fs';
import path from 'node:path';
import type { Application } from '../../src/app';
import { INPUT_RATE, readWav, writeWav, samplesOf } from '../../src/doors/voice/audio';
import type { VoiceSession } from '../../src/doors/voice/voice-session';
import { FakeCrm } from '../fakes/fake-crm';
import { FakeLive, LIVE_PATH, audioMessage, toneChunks, type ConnectionScript } from '../fakes/fake-live';
import { startHarness, type Harness } from '../helpers/harness';
import { openVoice, spokenFrames, until, type VoiceTestOptions } from '../helpers/voice';

/**
 * The voice adapter, driven through the real @google/genai Live client against a fake Gemini Live
 * server on loopback, with real speech (espeak-ng, see scripts/make-test-speech.sh) as input.
 */
const AUDIO = path.join(__dirname, '..', 'fixtures', 'audio');
let live: FakeLive;
let harness: Harness;

beforeEach(async () => {
  live = new FakeLive();
  await live.start();
  harness = startHarness();
});
afterEach(async () => {
  await live.stop();
  await harness.close();
});

/** keepAudio by default here: the tests read what the model said with takeAudio(). */
const session = (options: VoiceTestOptions & { service?: Application } = {}) =>
  openVoice(live, options.service ?? harness.service, { keepAudio: true, ...options });

function speak(voice: VoiceSession, file: string): number {
  const chunks = spokenFrames(path.join(AUDIO, file));
  for (const chunk of chunks) voice.sendAudio(chunk);
  voice.endAudio();
  return chunks.length;
}

const CREATE_CALL = {
  toolCall: {
    functionCalls: [
      {
        id: 'call-1',
        name: 'createLead',
        args: {
          name: 'Rohan Sharma',
          phone: 'nine eight seven six five four three two one zero',
          city: 'Gurgaon',
        },
      },
    ],
  },
};

const leads = () =>
  harness.service.db.prepare('SELECT id, name, phone FROM leads').all() as {
    id: string;
    name: string;
    phone: string;
  }[];

test('when the session opens, then the setup names the model, the tools, transcription, compression and resumption', async () => {
  const { voice } = session();
  await voice.start();
  const [connection] = live.connections;
  expect(connection!.url).toBe(`${LIVE_PATH}?key=live-test-key`);
  const setup = connection!.setup as Record<string, unknown>;
  expect(setup.model).toBe('models/gemini-live-test');
  expect(setup).toMatchObject({
    generationConfig: {
      responseModalities: ['AUDIO'],
      speechConfig: { voiceConfig: { prebuiltVoiceConfig: { voiceName: 'Kore' } } },
    },
    inputAudioTranscription: {},
    outputAudioTranscription: {},
    contextWindowCompression: { slidingWindow: {} },
    sessionResumption: {},
  });
  const tools = (setup.tools as { functionDeclarations: { name: string }[] }[])[0]!.functionDeclarations.map(
    (tool) => tool.name,
  );
  expect(tools).toEqual(['createLead', 'scheduleVisit', 'updateLeadStatus']);
  expect(JSON.stringify(setup.systemInstruction)).toMatch(/digit by digit/);
  voice.close();
});

test('when a spoken request leads to a tool call, then the lead is written and the call is answered with its id and the contract JSON', async () => {
  live.script({
    on: {
      audioStreamEnd: [
        [
          {
            send: {
              serverContent: { inputTranscription: { text: 'Add a new lead Rohan Sharma from Gurgaon' } },
            },
          },
          { send: CREATE_CALL },
        ],
      ],
      toolResponse: [
        [
          ...toneChunks(0.3, 3).map((chunk) => ({ send: audioMessage(chunk) })),
          { send: { serverContent: { outputTranscription: { text: 'Created Rohan Sharma.' } } } },
          { send: { serverContent: { turnComplete: true } } },
        ],
      ],
    },
  });
  const { voice, seen } = session();
  await voice.start();
  const sent = speak(voice, 'create-lead.wav');
  await until(() => seen.turns === 1, 'the turn to complete');

  // Audio went up as 16 kHz PCM16 in 100 ms frames: 3,200 bytes each but the last.
  const connection = live.connections[0]!;
  expect(connection.audio).toHaveLength(sent);
  expect(new Set(connection.audio.map((frame) => frame.mimeType))).toEqual(new Set(['audio/pcm;rate=16000']));
  expect(connection.audio.slice(0, -1).every((frame) => frame.bytes === 3200)).toBe(true);
  const original = readWav(fs.readFileSync(path.join(AUDIO, 'create-lead.wav')));
  const sentSeconds = connection.audio.reduce((sum, frame) => sum + frame.bytes, 0) / 2 / INPUT_RATE;
  expect(Math.abs(sentSeconds - original.samples.length / original.sampleRate)).toBeLessThan(0.01);

  // The tool ran through the pipeline: a real row, and the contract JSON back with the call's id.
  expect(leads()).toEqual([expect.objectContaining({ name: 'Rohan Sharma', phone: '+919876543210' })]);
  const [response] = connection.toolResponses;
  expect(response!.id).toBe('call-1');
  expect(response!.name).toBe('createLead');
  expect(response!.response.output).toMatchObject({
    intent: 'LEAD_CREATE',
    entities: { name: 'Rohan Sharma', phone: '+919876543210', city: 'Gurgaon' },
    result: { message: 'Created lead Rohan Sharma (NEW).', status: 'NEW' },
  });

  // What the model said comes back as 24 kHz audio, and writes out as a WAV of that rate.
  const reply = voice.takeAudio();
  expect(reply.length).toBe(Math.round(24_000 * 0.3) * 2);
  const wav = readWav(writeWav({ sampleRate: 24_000, samples: samplesOf(reply) }));
  expect(wav.sampleRate).toBe(24_000);
  expect(wav.samples.length).toBe(Math.round(24_000 * 0.3));
  expect(seen.transcripts).toEqual([
    { role: 'user', text: 'Add a new lead Rohan Sharma from Gurgaon' },
    { role: 'model', text: 'Created Rohan Sharma.' },
  ]);

  // The turn is an interaction: session, what the user said, the tool call and its result.
  await harness.service.interactions.flush();
  const row = harness.service.db
    .prepare("SELECT * FROM interactions WHERE channel = 'voice'")
    .get() as Record<string, string>;
  expect(row).toMatchObject({
    session_id: voice.id,
    transcript: 'Add a new lead Rohan Sharma from Gurgaon',
    intent: 'LEAD_CREATE',
    outcome: 'ok',
  });
  expect(JSON.parse(row.crm_calls!)[0].tool_call).toMatchObject({ id: 'call-1', name: 'createLead' });
  voice.close();
});

test('when a later spoken turn says "him", then the voice session uses the same conversation store as the API', async () => {
  live.script({
    on: {
      audioStreamEnd: [
        [{ send: CREATE_CALL }],
        [
          {
            send: {
              toolCall: {
                functionCalls: [
                  {
                    id: 'call-2',
                    name: 'scheduleVisit',
                    args: { lead_reference: 'him', time: 'tomorrow at 4 pm' },
                  },
                ],
              },
            },
          },
        ],
      ],
      toolResponse: [
        [{ send: { serverContent: { turnComplete: true } } }],
        [{ send: { serverContent: { turnComplete: true } } }],
      ],
    },
  });
  const { voice, seen } = session();
  await voice.start();
  speak(voice, 'create-lead.wav');
  await until(() => seen.turns === 1, 'the first turn');
  speak(voice, 'book-visit.wav');
  await until(() => seen.turns === 2, 'the second turn');
  const [lead] = leads();
  const visits = harness.service.db.prepare('SELECT lead_id FROM visits').all();
  expect(visits).toEqual([{ lead_id: lead!.id }]);
  expect((await harness.service.sessions.get(voice.id)).lastLead?.lead_id).toBe(lead!.id);
  voice.close();
});

test('when a tool call is missing an entity, then the answer says what is missing so the model can ask', async () => {
  live.script({
    on: {
      clientContent: [
        [
          {
            send: {
              toolCall: {
                functionCalls: [
                  { id: 'c1', name: 'createLead', args: { name: 'Nikhil Rao', city: 'Nashik' } },
                ],
              },
            },
          },
        ],
      ],
      toolResponse: [[{ send: { serverContent: { turnComplete: true } } }]],
    },
  });
  const { voice, seen } = session();
  await voice.start();
  voice.sendText('new lead Nikhil Rao from Nashik');
  await until(() => seen.turns === 1, 'the turn');
  expect(live.connections[0]!.clientContent).toEqual([
    { turns: [{ role: 'user', parts: [{ text: 'new lead Nikhil Rao from Nashik' }] }], turnComplete: true },
  ]);
  expect(live.connections[0]!.toolResponses[0]!.response.output).toMatchObject({
    error: { type: 'VALIDATION_ERROR', missing: ['phone'] },
    prompt: "What is Nikhil Rao's phone number?",
  });
  expect(leads()).toEqual([]);
  voice.close();
});

test('when the model is interrupted, then the audio it had not said is dropped', async () => {
  const [first, second] = toneChunks(0.2, 2);
  live.script({
    on: {
      clientContent: [
        [
          { send: audioMessage(first!) },
          { send: { serverContent: { interrupted: true } } },
          { send: audioMessage(second!) },
          { send: { serverContent: { turnComplete: true } } },
        ],
      ],
    },
  });
  const { voice, seen } = session();
  await voice.start();
  voice.sendText('hello');
  await until(() => seen.turns === 1, 'the turn');
  expect(seen.interrupted).toBe(1);
  expect(voice.takeAudio().toString('base64')).toBe(second);
  voice.close();
});

test('when one message says interrupted and carries new audio, then the interruption drops the old audio, not the new', async () => {
  const [first, second] = toneChunks(0.2, 2);
  live.script({
    on: {
      clientContent: [
        [
          { send: audioMessage(first!) },
          {
            send: {
              serverContent: {
                interrupted: true,
                modelTurn: { parts: [{ inlineData: { mimeType: 'audio/pcm;rate=24000', data: second! } }] },
              },
            },
          },
          { send: { serverContent: { turnComplete: true } } },
        ],
      ],
    },
  });
  const { voice, seen } = session();
  await voice.start();
  voice.sendText('hello');
  await until(() => seen.turns === 1, 'the turn');
  expect(seen.interrupted).toBe(1);
  expect(voice.takeAudio().toString('base64')).toBe(second);
  voice.close();
});

test('when a tool call is cancelled as it arrives, then it is neither run nor answered', async () => {
  live.script({
    on: {
      clientContent: [
        [
          { send: CREATE_CALL },
          { send: { toolCallCancellation: { ids: ['call-1'] } } },
          { wait: 100 },
          { send: { serverContent: { turnComplete: true } } },
        ],
      ],
    },
  });
  const { voice, seen } = session();
  await voice.start();
  voice.sendText('add rohan');
  await until(() => seen.turns === 1, 'the turn');
  expect(live.connections[0]!.toolResponses).toEqual([]);
  expect(leads()).toEqual([]);
  voice.close();
});

test('when Gemini says goAway, then the session resumes with its handle and a repeated tool call is not run twice', async () => {
  const resumed: ConnectionScript = {
    on: {
      setup: [[{ send: CREATE_CALL }]],
      toolResponse: [[{ send: { serverContent: { turnComplete: true } } }]],
    },
  };
  live.script(
    {
      on: {
        clientContent: [[{ send: CREATE_CALL }]],
        toolResponse: [
          [
            { send: { sessionResumptionUpdate: { newHandle: 'handle-7', resumable: true } } },
            { send: { goAway: { timeLeft: '1s' } } },
          ],
        ],
      },
    },
    resumed,
  );
  const { voice, seen } = session();
  await voice.start();
  voice.sendText('add rohan sharma from gurgaon, nine eight seven six five four three two one zero');
  await until(() => live.connections.length === 2 && seen.turns === 1, 'the resumed session');
  expect(live.connections[1]!.setup!.sessionResumption).toEqual({ handle: 'handle-7' });
  expect(seen.reconnects).toEqual([true]);
  expect(leads()).toHaveLength(1);
  expect(seen.toolCalls.map((call) => call.replayed)).toEqual([false, true]);
  expect(live.connections[1]!.toolResponses[0]!.response.output).toEqual(
    live.connections[0]!.toolResponses[0]!.response.output,
  );
  voice.close();
});

test('when Gemini refuses the session with 1008 before setupComplete, then start fails with a clear message', async () => {
  live.script({
    setupComplete: false,
    on: { setup: [[{ close: { code: 1008, reason: 'API key not valid' } }]] },
  });
  const { voice } = session();
  await expect(voice.start()).rejects.toThrow(
    /refused the session: API key not valid\. Check GEMINI_API_KEY/,
  );
});

test('when Gemini never completes setup, then start fails at its deadline', async () => {
  live.script({ setupComplete: false });
  const { voice } = session({ connectTimeoutMs: 300 });
  const started = Date.now();
  await expect(voice.start()).rejects.toThrow(/did not answer within 300 ms/);
  expect(Date.now() - started).toBeLessThan(2000);
});

test('when nothing listens at the address, then start fails instead of hanging', async () => {
  const address = live.url;
  await live.stop();
  const { voice } = session({ connectTimeoutMs: 1500, baseUrl: address });
  await expect(voice.start()).rejects.toThrow(/Could not connect to Gemini Live|did not answer/);
});

test('when an open session is closed with 1008, then the error says why and it is not retried', async () => {
  live.script({ on: { clientContent: [[{ close: { code: 1008, reason: 'Policy violation' } }]] } });
  const { voice, seen } = session();
  await voice.start();
  voice.sendText('hello');
  await until(() => seen.closes.length === 1, 'the close');
  expect(seen.errors).toEqual([expect.stringMatching(/refused the session: Policy violation/)]);
  expect(live.connections).toHaveLength(1);
});

test('when the same tool call comes again while the first is still running, then the lead is written once and answered once', async () => {
  const crm = new FakeCrm();
  await crm.start();
  await harness.close();
  harness = startHarness({ CRM_BASE_URL: crm.url });
  try {
    crm.delayNext(300);
    live.script({ on: { clientContent: [[{ send: CREATE_CALL }, { wait: 50 }, { send: CREATE_CALL }]] } });
    const { voice, seen } = session();
    await voice.start();
    voice.sendText('add rohan sharma from gurgaon');
    await until(() => seen.toolCalls.length === 1, 'the answer');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(crm.leads).toHaveLength(1);
    expect(crm.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
    expect(live.connections[0]!.toolResponses).toHaveLength(1);
    expect(seen.errors).toEqual([]);
    voice.close();
  } finally {
    await crm.stop();
  }
});

test('when the session opens, then the tools are declared in the API schema form Live reads, not as JSON Schema', async () => {
  const { voice } = session();
  await voice.start();
  const setup = live.connections[0]!.setup as {
    tools: { functionDeclarations: Record<string, unknown>[] }[];
  };
  const [create] = setup.tools[0]!.functionDeclarations;
  expect(create).not.toHaveProperty('parametersJsonSchema');
  expect(create).toMatchObject({
    name: 'createLead',
    parameters: {
      type: 'OBJECT',
      properties: {
        name: { type: 'STRING', nullable: true },
        phone: { type: 'STRING', nullable: true, description: expect.stringMatching(/as said/) },
        city: { type: 'STRING', nullable: true },
        locality: { type: 'STRING', nullable: true },
        source: { type: 'STRING', nullable: true },
      },
    },
  });
  expect(live.connections[0]!.violations).toEqual([]);
  voice.close();
});

test('when the model is one Live no longer has, then start fails with a message naming GEMINI_LIVE_MODEL', async () => {
  const { voice } = session({ model: 'gemini-live-2.5-flash-preview' });
  await expect(voice.start()).rejects.toThrow(/no such model.*Set GEMINI_LIVE_MODEL/);
});

test('when one toolCall message holds two calls, then they run in order and are answered in one toolResponse', async () => {
  live.script({
    on: {
      setup: [
        [
          {
            send: {
              toolCall: {
                functionCalls: [
                  CREATE_CALL.toolCall.functionCalls[0]!,
                  {
                    id: 'call-2',
                    name: 'scheduleVisit',
                    args: { lead_reference: 'him', time: 'tomorrow at 4 pm' },
                  },
                ],
              },
            },
          },
        ],
      ],
    },
  });
  const { voice } = session();
  await voice.start();
  await until(() => live.connections[0]!.toolResponses.length === 2, 'both answers');
  await new Promise((resolve) => setTimeout(resolve, 50));
  const connection = live.connections[0]!;
  expect(connection.violations).toEqual([]);
  expect(connection.toolResponses.map((response) => response.id)).toEqual(['call-1', 'call-2']);
  const [lead] = leads();
  expect(connection.toolResponses[1]!.response.output).toMatchObject({
    intent: 'VISIT_SCHEDULE',
    entities: { lead_id: lead!.id },
  });
  voice.close();
});

test('when a door streams the audio (no keepAudio), then no chunk of model speech is kept in memory', async () => {
  live.script({
    on: {
      setup: [
        [
          ...toneChunks(2, 20).map((chunk) => ({ send: audioMessage(chunk) })),
          { send: { serverContent: { turnComplete: true } } },
        ],
      ],
    },
  });
  const { voice, seen } = session({ keepAudio: false });
  await voice.start();
  await until(() => seen.turns === 1, 'the spoken turn');
  // Every byte of two seconds of 24 kHz speech went out to the client, and none was kept.
  expect(seen.audioBytes).toBe(2 * 24_000 * 2);
  expect(voice.bufferedAudioBytes).toBe(0);
  voice.close();
});

test('when the endpoint sends a frame that is not JSON, then only that frame is lost: the session goes on and says so', async () => {
  live.script({
    on: {
      setup: [
        [
          { raw: 'this is not json {' },
          { send: { serverContent: { outputTranscription: { text: 'still here' } } } },
          { send: { serverContent: { turnComplete: true } } },
        ],
      ],
    },
  });
  const { voice, seen } = session();
  await voice.start();
  await until(() => seen.turns === 1, 'the turn after the bad frame');
  expect(seen.errors).toEqual(['Gemini Live sent a frame that is not JSON; it was dropped.']);
  expect(seen.transcripts).toEqual([{ role: 'model', text: 'still here' }]);
  voice.close();
});

test('when goAway comes again and again, then every resume holds: the budget is for failures in a row, not for the session', async () => {
  // Each connection settles (connect() returns) before its goAway, as on the real service.
  const goAwayWithHandle = (handle: string) => [
    [
      { wait: 30 },
      { send: { sessionResumptionUpdate: { newHandle: handle, resumable: true } } },
      { send: { goAway: { timeLeft: '1s' } } },
    ],
  ];
  live.script(
    ...['h1', 'h2', 'h3', 'h4', 'h5'].map((handle) => ({ on: { setup: goAwayWithHandle(handle) } })),
    { on: {} },
  );
  const { voice, seen } = session();
  await voice.start();
  await until(() => live.connections.length === 6, 'six connections, five resumes');
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(seen.closes).toEqual([]);
  expect(seen.errors).toEqual([]);
  // Each resume named the handle the connection before it was given.
  const handles = live.connections
    .slice(1)
    .map(
      (connection) =>
        (connection.setup as { sessionResumption?: { handle?: string } }).sessionResumption?.handle,
    );
  expect(handles).toEqual(['h1', 'h2', 'h3', 'h4', 'h5']);
  voice.close();
});

test('when goAway comes before any resumption handle, then the fresh session is said to have lost the context, and the partial turn is dropped', async () => {
  live.script(
    {
      on: {
        setup: [
          [
            { wait: 30 },
            { send: { serverContent: { inputTranscription: { text: 'add a lead named' } } } },
            { send: { goAway: { timeLeft: '1s' } } },
          ],
        ],
      },
    },
    { on: { setup: [[{ wait: 30 }, { send: { serverContent: { turnComplete: true } } }]] } },
  );
  const { voice, seen } = session();
  await voice.start();
  await until(() => seen.turns === 1, 'the turn on the fresh connection');
  expect(seen.reconnects).toEqual([false]);
  expect(live.connections[1]!.setup!.sessionResumption).toEqual({});
  // The half-heard turn of the first connection is not the user's words on the second.
  await harness.service.interactions.flush();
  const row = harness.service.db
    .prepare("SELECT transcript FROM interactions WHERE channel = 'voice'")
    .get() as { transcript: string };
  expect(row.transcript).toBe('');
  voice.close();
});

test('when a connection ends at its lifetime with 1000 "The operation was cancelled", then the session resumes instead of ending', async () => {
  live.script(
    {
      on: {
        setup: [
          [
            { wait: 30 },
            { send: { sessionResumptionUpdate: { newHandle: 'h-life', resumable: true } } },
            { close: { code: 1000, reason: 'The operation was cancelled.' } },
          ],
        ],
      },
    },
    { on: {} },
  );
  const { voice, seen } = session();
  await voice.start();
  await until(() => live.connections.length === 2 && seen.reconnects.length === 1, 'the resumed connection');
  expect(seen.closes).toEqual([]);
  expect(live.connections[1]!.setup!.sessionResumption).toEqual({ handle: 'h-life' });
  voice.close();
});

test('when goAway comes in the same breath as setupComplete, then the session moves to the resumed connection and leaves the first one closed', async () => {
  live.script(
    {
      on: {
        setup: [
          [
            { send: { sessionResumptionUpdate: { newHandle: 'h-early', resumable: true } } },
            { send: { goAway: { timeLeft: '0s' } } },
          ],
        ],
      },
    },
    { on: { clientContent: [[{ send: { serverContent: { turnComplete: true } } }]] } },
  );
  const { voice, seen } = session();
  await voice.start();
  await until(() => seen.reconnects.length === 1, 'the resumed connection');
  voice.sendText('mark rohan as won');
  await until(() => seen.turns === 1, 'the turn on the resumed connection');
  const [first, second] = live.connections;
  expect(second!.setup!.sessionResumption).toEqual({ handle: 'h-early' });
  expect(first!.clientContent).toEqual([]);
  expect(second!.clientContent).toHaveLength(1);
  await until(() => first!.socket.readyState === first!.socket.CLOSED, 'the first socket to close');
  voice.close();
});

test('when the user speaks while the connection is being renewed, then what was said reaches the new connection', async () => {
  live.script(
    {
      on: {
        setup: [
          [
            { wait: 30 },
            { send: { sessionResumptionUpdate: { newHandle: 'h-q', resumable: true } } },
            { close: { code: 1011, reason: 'Internal error' } },
          ],
        ],
      },
    },
    // The new connection is slow to be ready: the text is said while it connects.
    { setupComplete: false, on: { setup: [[{ wait: 200 }, { send: { setupComplete: {} } }]] } },
  );
  const { voice, seen } = session();
  await voice.start();
  await until(() => live.connections.length === 2, 'the renewal to start');
  voice.sendText('add a lead rohan sharma from gurgaon');
  await until(() => seen.reconnects.length === 1, 'the renewed connection');
  await until(() => live.connections[1]!.clientContent.length === 1, 'the text on the new connection');
  expect(JSON.stringify(live.connections[1]!.clientContent[0])).toMatch(/add a lead rohan sharma/);
  expect(live.connections[0]!.clientContent).toEqual([]);
  voice.close();
});

test('when the connection drops (1011) while a call runs, then its result goes to the resumed connection as context, not as an answer it never asked for, and the turn completes', async () => {
  const crm = new FakeCrm();
  await crm.start();
  const external = startHarness({ CRM_BASE_URL: crm.url });
  try {
    crm.delayNext(300);
    live.script(
      {
        on: {
          setup: [
            [
              { wait: 30 },
              { send: { sessionResumptionUpdate: { newHandle: 'h-mid', resumable: true } } },
              { send: CREATE_CALL },
              { wait: 100 },
              { close: { code: 1011, reason: 'Internal error' } },
            ],
          ],
        },
      },
      // The resumed model hears what the call did and finishes the turn.
      {
        on: {
          clientContent: [
            [{ send: { serverContent: { outputTranscription: { text: 'Added.' }, turnComplete: true } } }],
          ],
        },
      },
    );
    const { voice, seen } = session({ service: external.service });
    await voice.start();
    try {
      await until(() => seen.turns === 1, 'the turn to complete on the resumed connection');
      const [first, second] = live.connections;
      expect(second!.setup!.sessionResumption).toEqual({ handle: 'h-mid' });
      expect(first!.toolResponses).toEqual([]);
      expect(second!.toolResponses).toEqual([]);
      expect(second!.violations).toEqual([]);
      expect(JSON.stringify(second!.clientContent[0])).toMatch(
        /createLead[\s\S]*finished while the connection was renewed[\s\S]*Created lead Rohan Sharma/,
      );
      expect(crm.leads).toHaveLength(1);
    } finally {
      voice.close();
    }
  } finally {
    await external.close();
    await crm.stop();
  }
});

test('when a call is cancelled while it runs, then what it did is recorded and the model is told in its context', async () => {
  const crm = new FakeCrm();
  await crm.start();
  const external = startHarness({ CRM_BASE_URL: crm.url });
  try {
    crm.delayNext(300);
    live.script({
      on: {
        setup: [
          [
            { wait: 30 },
            { send: CREATE_CALL },
            { wait: 100 },
            { send: { toolCallCancellation: { ids: ['call-1'] } } },
          ],
        ],
      },
    });
    const { voice } = session({ service: external.service });
    await voice.start();
    try {
      await until(() => crm.leads.length === 1, 'the write the call made');
      const connection = live.connections[0]!;
      // Not answered (it was cancelled), but the model hears what was done, without a reply asked for.
      await until(() => connection.clientContent.length === 1, 'the note to the model');
      expect(connection.toolResponses).toEqual([]);
      expect(connection.violations).toEqual([]);
      expect(JSON.stringify(connection.clientContent[0])).toMatch(
        /createLead[\s\S]*cancelled after it had already run[\s\S]*Created lead Rohan Sharma/,
      );
      expect(connection.clientContent[0]).toMatchObject({ turnComplete: false });
    } finally {
      voice.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    await external.service.interactions.flush();
    const row = external.service.db
      .prepare("SELECT crm_calls FROM interactions WHERE channel = 'voice'")
      .get() as { crm_calls: string } | undefined;
    expect(JSON.parse(row?.crm_calls ?? '[]')[0]).toMatchObject({
      tool_call: { id: 'call-1' },
      cancelled: true,
    });
  } finally {
    await external.close();
    await crm.stop();
  }
});

test('when a reconnect attempt answers setup too late, then its socket is closed and it never tears down the connection that replaced it', async () => {
  live.script(
    {
      on: {
        setup: [
          [
            { wait: 30 },
            { send: { sessionResumptionUpdate: { newHandle: 'h-late', resumable: true } } },
            { close: { code: 1011, reason: 'Internal error' } },
          ],
        ],
      },
    },
    // This attempt completes setup only after the deadline has given up on it.
    { setupComplete: false, on: { setup: [[{ wait: 500 }, { send: { setupComplete: {} } }]] } },
    { on: {} },
  );
  const { voice, seen } = session({ connectTimeoutMs: 250 });
  await voice.start();
  await until(() => live.connections.length === 3 && seen.reconnects.length === 1, 'the third connection');
  // The attempt that timed out was closed at its deadline, not left open.
  await until(() => live.connections[1]!.socket.readyState === 3, 'the late attempt to be closed', 2000);
  await new Promise((resolve) => setTimeout(resolve, 600));
  expect(seen.closes).toEqual([]);
  expect(live.connections).toHaveLength(3);
  voice.sendText('add a lead rohan sharma from gurgaon');
  await until(() => live.connections[2]!.clientContent.length === 1, 'the text on the good connection');
  voice.close();
});

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { FakeLive, audioMessage, toneChunks, type ConnectionScript, type LiveStep } from '../fakes/fake-live';
import { startHarness, type Harness } from '../helpers/harness';
import { openVoice, until } from '../helpers/voice';

/**
 * A 45-minute call, with time compressed: six Live connections (four goAways, then a 1011), and on
 * each a two-call message, a call cancelled as it runs and half a minute of model speech; the user
 * talks over the model on the first two.
 * At the end every call is answered once, nothing is written twice, the client heard of every
 * reconnect and the process holds no more memory than after the first connection.
 */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapAfterGc = () => {
  gc();
  gc();
  // Buffers (model audio) live outside the JS heap: count both.
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};

const CONNECTIONS = 6;
// Half a minute of model speech per connection, in 100 ms chunks (about 1.4 MB of PCM each).
const SPEECH = toneChunks(30, 300).map((chunk): LiveStep => ({ send: audioMessage(chunk) }));
const handle = (name: string): LiveStep => ({
  send: { sessionResumptionUpdate: { newHandle: name, resumable: true } },
});
const call = (id: string, name: string, args: Record<string, unknown>) => ({ id, name, args });

function connectionScript(index: number): ConnectionScript {
  const ending: LiveStep[] =
    index < 4
      ? [handle(`h${index}-end`), { send: { goAway: { timeLeft: '1s' } } }]
      : index === 4
        ? [handle(`h${index}-end`), { close: { code: 1011, reason: 'Internal error encountered.' } }]
        : [{ send: { serverContent: { turnComplete: true } } }];
  return {
    on: {
      setup: [[{ wait: 20 }, handle(`h${index}`)]],
      clientContent: [
        // A new lead and a visit for "him" in one message: run in order, answered together.
        [
          {
            send: {
              toolCall: {
                functionCalls: [
                  call(`lead-${index}`, 'createLead', {
                    name: `Caller Number ${index}`,
                    phone: `98${String(index).padStart(2, '0')}0 11223`,
                    city: 'Pune',
                  }),
                  call(`visit-${index}`, 'scheduleVisit', {
                    lead_reference: 'him',
                    time: 'tomorrow at 4 pm',
                  }),
                ],
              },
            },
          },
        ],
        [
          {
            send: {
              toolCall: {
                functionCalls: [
                  call(`status-${index}`, 'updateLeadStatus', { lead_reference: 'him', status: 'follow up' }),
                ],
              },
            },
          },
        ],
        // Cancelled as it runs: it may have written or not, but it is never answered.
        [
          {
            send: {
              toolCall: {
                functionCalls: [
                  call(`dropped-${index}`, 'createLead', {
                    name: `Dropped Person ${index}`,
                    phone: `97${String(index).padStart(2, '0')}0 44556`,
                    city: 'Pune',
                  }),
                ],
              },
            },
          },
          { send: { toolCallCancellation: { ids: [`dropped-${index}`] } } },
          { wait: 50 },
          { send: { serverContent: { turnComplete: true } } },
        ],
        ending,
      ],
      toolResponse: [
        // Barge-in on the first two connections: the user talks over the model.
        index < 2
          ? [
              SPEECH[0]!,
              { send: { serverContent: { interrupted: true } } },
              { send: { serverContent: { turnComplete: true } } },
            ]
          : [SPEECH[0]!, { send: { serverContent: { turnComplete: true } } }],
        // Then the model speaks for half a minute, uninterrupted.
        [
          ...SPEECH,
          { send: { serverContent: { outputTranscription: { text: 'Done.' }, turnComplete: true } } },
        ],
      ],
    },
  };
}

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

test('when a long call goes through four goAways, a 1011, two-call messages, cancellations and barge-in, then every call is answered once and nothing is written twice or kept', async () => {
  live.script(...Array.from({ length: CONNECTIONS }, (_, index) => connectionScript(index)));
  // Streamed, not kept, as the /voice door runs it.
  const { voice, seen } = openVoice(live, harness.service, { keepAudio: false });
  await voice.start();
  let heapAfterFirst = 0;
  for (let index = 0; index < CONNECTIONS; index++) {
    await until(() => live.connections.length === index + 1, `connection ${index + 1}`);
    await until(() => live.connections[index]!.setup !== null, `setup ${index + 1}`);
    for (const said of ['add a lead', 'mark him follow up', 'add another one']) {
      const before = seen.turns;
      voice.sendText(said);
      await until(() => seen.turns === before + 1, `"${said}" on connection ${index + 1}`);
    }
    if (index === 0) heapAfterFirst = heapAfterGc();
    const before = seen.turns;
    voice.sendText('that is all for now');
    if (index < CONNECTIONS - 1)
      await until(() => seen.reconnects.length === index + 1, `reconnect ${index + 1}`);
    else await until(() => seen.turns === before + 1, 'the last turn');
  }
  await harness.service.interactions.flush();

  expect(seen.errors).toEqual([]);
  expect(seen.reconnects).toEqual([true, true, true, true, true]);
  expect(seen.interrupted).toBe(2);
  // Every connection resumed with the handle the one before it was last given.
  expect(live.connections.slice(1).map((connection) => connection.setup?.sessionResumption)).toEqual(
    Array.from({ length: CONNECTIONS - 1 }, (_, index) => ({ handle: `h${index}-end` })),
  );
  for (const connection of live.connections) expect(connection.violations).toEqual([]);
  const answered = live.connections.flatMap((connection) =>
    connection.toolResponses.map((response) => response.id),
  );
  const expected = Array.from({ length: CONNECTIONS }, (_, index) => [
    `lead-${index}`,
    `visit-${index}`,
    `status-${index}`,
  ]).flat();
  expect([...answered].sort()).toEqual([...expected].sort());
  const failed = live.connections
    .flatMap((connection) => connection.toolResponses)
    .filter((response) => !('result' in response.response.output));
  expect(failed).toEqual([]);

  const db = harness.service.db;
  const names = (db.prepare('SELECT name FROM leads ORDER BY name').all() as { name: string }[]).map(
    (row) => row.name,
  );
  for (let index = 0; index < CONNECTIONS; index++) {
    expect(names.filter((name) => name === `Caller Number ${index}`)).toHaveLength(1);
    expect(names.filter((name) => name === `Dropped Person ${index}`).length).toBeLessThanOrEqual(1);
  }
  expect(db.prepare('SELECT COUNT(*) AS n FROM visits').get()).toEqual({ n: CONNECTIONS });
  expect(
    db
      .prepare("SELECT COUNT(*) AS n FROM leads WHERE name LIKE 'Caller Number %' AND status = 'FOLLOW_UP'")
      .get(),
  ).toEqual({ n: CONNECTIONS });

  // Model speech went to the client (about 8.6 MB over the call) and none of it stayed.
  expect(seen.audioBytes).toBeGreaterThan(CONNECTIONS * 24_000 * 2 * 30);
  expect(heapAfterGc() - heapAfterFirst).toBeLessThan(3 * 2 ** 20);
  voice.close();
}, 60_000);

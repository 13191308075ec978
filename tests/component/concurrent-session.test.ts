import request from 'supertest';
import type { UnderstandingProvider } from '../../src/understanding/port';
import { RulesProvider } from '../../src/understanding/rules/rules-provider';
import { REFERENCE_TIME, applicationWithEngine, startHarness, type Harness } from '../helpers/harness';

/**
 * Turns of one conversation run one after another. Ten requests on one session_id sent at once — new
 * requests, follow-up answers, a cancel — leave the session and the CRM exactly as the same turns
 * sent one by one would, in the order they were answered; two sessions still run side by side.
 */
const TURNS = [
  'New lead Nikhil Rao from Nashik',
  'his number is 98220 55667',
  'add lead Meera Iyer from Chennai phone 98450 12345',
  'book a visit for her tomorrow at 4 pm',
  'New lead Arjun Mehta phone 99887 76655',
  'cancel',
  'Vadodara',
  'mark her as won',
  'New lead Kavya Rao from Pune',
  '98220 11223',
];

/** The rules engine, answering after a pause that differs per transcript: turns overlap in flight. */
function slowRules(): UnderstandingProvider {
  const rules = new RulesProvider('IN');
  return {
    name: 'rules',
    async understand(transcript) {
      const pause = 1 + ((transcript.length * 7) % 13);
      await new Promise((resolve) => setTimeout(resolve, pause));
      return rules.understand(transcript);
    },
  };
}

const harnesses: Harness[] = [];
afterEach(async () => {
  for (const harness of harnesses.splice(0)) await harness.close();
});

function start() {
  const harness = startHarness();
  harnesses.push(harness);
  const application = applicationWithEngine(harness, slowRules());
  return { harness, application, app: application.app };
}

interface Observed {
  answers: Record<string, { status: number; intent: string; error: string | null }>;
  session: unknown;
  leads: unknown[];
  visits: unknown[];
}

/** What a run left behind, with lead ids replaced by names (two runs make different ids). */
async function observe(harness: Harness, answers: Observed['answers']): Promise<Observed> {
  const state = await harness.service.sessions.get('shared');
  const db = harness.service.db;
  return {
    answers,
    session: {
      pending: state.pending
        ? { intent: state.pending.action.intent, said: state.pending.action.said }
        : null,
      lastLead: state.lastLead?.name ?? null,
    },
    leads: db.prepare('SELECT name, phone, city, status FROM leads ORDER BY name').all(),
    visits: db
      .prepare('SELECT leads.name, visits.visit_time FROM visits JOIN leads ON leads.id = visits.lead_id')
      .all(),
  };
}

const send = (app: Parameters<typeof request>[0], transcript: string, index: number) =>
  request(app)
    .post('/transcript')
    .set('x-request-id', `turn-${index}`)
    .send({ transcript, session_id: 'shared', reference_time: REFERENCE_TIME });

const summary = (response: request.Response) => ({
  status: response.status,
  intent: response.body.intent as string,
  error: (response.body.error?.type as string | undefined) ?? null,
});

test('when ten turns of one session arrive at once, then the outcome is that of the same turns one by one', async () => {
  const concurrent = start();
  const responses = await Promise.all(
    TURNS.map((transcript, index) => send(concurrent.app, transcript, index)),
  );
  const answers = Object.fromEntries(responses.map((response, index) => [TURNS[index]!, summary(response)]));
  await concurrent.application.interactions.flush();
  // The order the turns were answered in: the interaction log is written as each turn ends.
  const order = (
    concurrent.harness.service.db.prepare('SELECT request_id FROM interactions ORDER BY id').all() as {
      request_id: string;
    }[]
  ).map((row) => Number(row.request_id.replace('turn-', '')));
  expect([...order].sort((a, b) => a - b)).toEqual(TURNS.map((_, index) => index));
  const together = await observe(concurrent.harness, answers);

  const serial = start();
  const serialAnswers: Observed['answers'] = {};
  for (const index of order) {
    const transcript = TURNS[index]!;
    serialAnswers[transcript] = summary(await send(serial.app, transcript, index));
  }
  const oneByOne = await observe(serial.harness, serialAnswers);

  expect(together).toEqual(oneByOne);
  // Not a vacuous match: the turns did write leads and left the session in a state of its own.
  expect(together.leads.length).toBeGreaterThanOrEqual(2);
});

test('when two sessions talk at once, then neither waits for the other nor sees its lead', async () => {
  const { app, harness } = start();
  const [first, second] = await Promise.all([
    request(app).post('/transcript').send({
      transcript: 'add lead Meera Iyer from Chennai phone 98450 12345',
      session_id: 'a',
      reference_time: REFERENCE_TIME,
    }),
    request(app).post('/transcript').send({
      transcript: 'add lead Arjun Mehta from Pune phone 99887 76655',
      session_id: 'b',
      reference_time: REFERENCE_TIME,
    }),
  ]);
  expect([first.status, second.status]).toEqual([200, 200]);
  expect((await harness.service.sessions.get('a')).lastLead?.name).toBe('Meera Iyer');
  expect((await harness.service.sessions.get('b')).lastLead?.name).toBe('Arjun Mehta');
});

import path from 'node:path';
import { startHarness, temporaryDirectory, type Harness } from '../helpers/harness';
import { startProcess, type Running } from '../helpers/process';

/**
 * The two-process mode: the CRM API runs alone (as `npm run crm` does) and the bot reaches it with
 * CRM_BASE_URL over real loopback HTTP.
 */
let crm: Running;
let harness: Harness;

beforeAll(async () => {
  crm = await startProcess({ DATABASE_PATH: path.join(temporaryDirectory(), 'crm.sqlite') }, ['crm']);
  harness = startHarness({ CRM_BASE_URL: crm.url });
}, 30_000);

afterAll(async () => {
  await harness?.close();
  if (crm.child.exitCode === null) {
    crm.child.kill('SIGTERM');
    await crm.exited;
  }
});

test('when the bot talks to the CRM process, then create, visit by name and update all land in that CRM', async () => {
  const created = await harness.say(
    'Add a new lead: Rohan Sharma from Gurgaon, phone 98 765 43210, source Instagram.',
  );
  expect(created.status).toBe(200);
  const leadId = created.body.result.lead_id as string;

  // The CRM process judges "in the past" by its own clock: this visit is in the real future.
  const visit = await harness.say('Schedule a visit for Rohan Sharma at 3 pm tomorrow.', {
    reference_time: '2030-10-04T10:00:00+05:30',
  });
  expect(visit.status).toBe(200);
  expect(visit.body.entities).toEqual({ lead_id: leadId, visit_time: '2030-10-05T15:00:00+05:30' });

  const update = await harness.say(`Mark lead ${leadId.slice(0, 8)} as won. Notes: booked unit A2.`);
  expect(update.status).toBe(200);

  const stored = (await (await fetch(`${crm.url}/crm/leads/${leadId}`)).json()) as {
    status: string;
    visits: unknown[];
  };
  expect(stored.status).toBe('WON');
  expect(stored.visits).toHaveLength(1);
  // The bot's own database holds the interaction log but no leads: they live in the CRM process.
  expect(harness.service.db.prepare('SELECT count(*) AS n FROM leads').get()).toEqual({ n: 0 });
  await harness.service.interactions.flush();
  expect(harness.service.db.prepare('SELECT count(*) AS n FROM interactions').get()).toEqual({ n: 3 });
});

test('when the CRM process stops on SIGTERM, then it exits 0', async () => {
  crm.child.kill('SIGTERM');
  expect(await crm.exited).toBe(0);
});

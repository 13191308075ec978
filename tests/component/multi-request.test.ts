import { startHarness, type Harness } from '../helpers/harness';

/** CONTRACT.md, "Several requests in one transcript": order, "her", stop at the first failure. */
let harness: Harness;
beforeEach(() => {
  harness = startHarness();
});
afterEach(async () => {
  await harness.close();
});

const rows = (sql: string) => harness.service.db.prepare(sql).all();

test('when a lead is added and a visit booked for "her", then both run and the visit is for the new lead', async () => {
  const response = await harness.say(
    'Add Leela Das from Guwahati, 94350 11223, and book a visit for her on Saturday at 11',
  );
  expect(response.status).toBe(200);
  const leadId = response.body.result.lead_id as string;
  // The top level describes the first action when none failed.
  expect(response.body.intent).toBe('LEAD_CREATE');
  expect(response.body.actions).toEqual([
    {
      intent: 'LEAD_CREATE',
      entities: { name: 'Leela Das', phone: '+919435011223', city: 'Guwahati' },
      crm_call: { endpoint: '/crm/leads', method: 'POST', status_code: 201 },
      result: { message: 'Created lead Leela Das (NEW).', lead_id: leadId, status: 'NEW' },
    },
    {
      intent: 'VISIT_SCHEDULE',
      entities: { lead_id: leadId, visit_time: '2025-10-04T11:00:00+05:30' },
      crm_call: { endpoint: '/crm/visits', method: 'POST', status_code: 201 },
      result: expect.objectContaining({ lead_id: leadId, status: 'SCHEDULED' }),
    },
  ]);
  expect(rows('SELECT lead_id, visit_time FROM visits')).toEqual([
    { lead_id: leadId, visit_time: '2025-10-04T11:00:00+05:30' },
  ]);
});

test("when the first request fails, then the second is skipped, nothing is written, and the status is the failure's", async () => {
  const response = await harness.say(
    'Add Leela Das from Guwahati and book a visit for her on Saturday at 11',
  );
  expect(response.status).toBe(422);
  expect(response.body.error).toEqual({
    type: 'VALIDATION_ERROR',
    details: 'Missing required field: phone.',
    missing: ['phone'],
  });
  expect(response.body.actions).toEqual([
    expect.objectContaining({
      intent: 'LEAD_CREATE',
      crm_call: null,
      error: expect.objectContaining({ missing: ['phone'] }),
    }),
    { intent: 'VISIT_SCHEDULE', entities: { visit_time: '2025-10-04T11:00:00+05:30' }, skipped: true },
  ]);
  expect(rows('SELECT count(*) AS n FROM leads')).toEqual([{ n: 0 }]);
  expect(rows('SELECT count(*) AS n FROM visits')).toEqual([{ n: 0 }]);
});

test('when the second request fails after the first wrote, then the first stays written and the top level is the failure', async () => {
  const response = await harness.say(
    'Add Leela Das from Guwahati, 94350 11223, and book a visit for her yesterday at 11',
  );
  expect(response.status).toBe(422);
  expect(response.body.intent).toBe('VISIT_SCHEDULE');
  expect(response.body.error.details).toMatch(/in the past/);
  expect(response.body.actions[0]).toMatchObject({ intent: 'LEAD_CREATE', result: { status: 'NEW' } });
  expect(response.body.actions[1]).toMatchObject({
    intent: 'VISIT_SCHEDULE',
    error: { type: 'VALIDATION_ERROR' },
  });
  expect(rows('SELECT name FROM leads')).toEqual([{ name: 'Leela Das' }]);
  expect(rows('SELECT count(*) AS n FROM visits')).toEqual([{ n: 0 }]);
});

test('when three requests are said and the second fails, then the third is skipped', async () => {
  await harness.seedLead({ name: 'Rohan Sharma', phone: '+919876543210', city: 'Gurgaon' });
  const response = await harness.say(
    'mark rohan sharma as follow up and book a visit for zubin mehta tomorrow at 4 pm and then mark rohan sharma as won',
  );
  expect(response.status).toBe(404);
  expect(
    response.body.actions.map((action: { skipped?: boolean; error?: unknown }) =>
      action.skipped ? 'skipped' : action.error ? 'failed' : 'done',
    ),
  ).toEqual(['done', 'failed', 'skipped']);
  expect(rows('SELECT status FROM leads')).toEqual([{ status: 'FOLLOW_UP' }]);
});

test('when "her" is said with no lead before it and no session, then lead_id is missing with a question', async () => {
  const response = await harness.say('book a visit for her tomorrow at 4 pm');
  expect(response.status).toBe(422);
  expect(response.body.error.missing).toEqual(['lead_id']);
  expect(response.body.prompt).toBe('Which lead do you mean? Say a name, a phone number or a lead id.');
  expect(response.body.actions).toBeUndefined();
});

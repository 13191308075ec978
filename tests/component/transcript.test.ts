import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { ParsingError } from '../../src/kernel/errors';
import { appWithEngine, startHarness, REFERENCE_TIME, type Harness } from '../helpers/harness';
import { expectMatchesOpenApi } from '../helpers/openapi';

/**
 * POST /transcript end to end on the embedded defaults: rules understanding, real SQLite CRM. Every
 * response is checked against openapi.yaml by the harness. Runs under TZ=UTC and TZ=Asia/Kolkata.
 */
let harness: Harness;
const ROHAN_ID = '7b1b8f54-3c2d-4e5f-8a9b-0c1d2e3f4a5b';
const PRIYA_ID = '8f2a61c0-1d2e-4f3a-9b8c-7d6e5f4a3b2c';
const PRIYA_SINGH_ID = '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f';

beforeEach(() => {
  harness = startHarness();
});
afterEach(async () => {
  await harness.close();
});

async function seedRohanAndPriya(): Promise<void> {
  await harness.seedLead({
    id: ROHAN_ID,
    name: 'Rohan Sharma',
    phone: '+919876543210',
    city: 'Gurgaon',
    source: 'Instagram',
  });
  await harness.seedLead({ id: PRIYA_ID, name: 'Priya Nair', phone: '+919123456789', city: 'Mumbai' });
}

const rows = (sql: string, ...params: unknown[]) =>
  harness.service.db.prepare(sql).all(...params) as Record<string, unknown>[];

describe('the assignment examples', () => {
  test('when a lead is dictated with phone, city and source, then it is created with canonical values', async () => {
    const response = await harness.say(
      'Add a new lead: Rohan Sharma from Gurgaon, phone 98 765 43210, source Instagram.',
    );
    expect(response.status).toBe(200);
    expect(response.body.intent).toBe('LEAD_CREATE');
    expect(response.body.entities).toEqual({
      name: 'Rohan Sharma',
      phone: '+919876543210',
      city: 'Gurgaon',
      source: 'Instagram',
    });
    expect(response.body.crm_call).toEqual({ endpoint: '/crm/leads', method: 'POST', status_code: 201 });
    expect(response.body.result).toEqual({
      message: 'Created lead Rohan Sharma (NEW).',
      lead_id: expect.any(String),
      status: 'NEW',
    });
    const [lead] = rows('SELECT * FROM leads');
    expect(lead).toMatchObject({
      id: response.body.result.lead_id,
      name: 'Rohan Sharma',
      phone: '+919876543210',
      city: 'Gurgaon',
      source: 'Instagram',
      status: 'NEW',
    });
    expect(rows('SELECT to_status FROM lead_status_history')).toEqual([{ to_status: 'NEW' }]);
  });

  test('when a lead is dictated as "name …, city …, contact …", then it is created without a source', async () => {
    const response = await harness.say('Create lead name Priya Nair, city Mumbai, contact 91234-56789.');
    expect(response.status).toBe(200);
    expect(response.body.entities).toEqual({ name: 'Priya Nair', phone: '+919123456789', city: 'Mumbai' });
  });

  test('when a visit is asked for "lead 7b1b8f54 at 3 pm tomorrow", then it is booked for that lead at 15:00 the next day', async () => {
    await seedRohanAndPriya();
    const response = await harness.say('Schedule a visit for lead 7b1b8f54 at 3 pm tomorrow.');
    expect(response.status).toBe(200);
    expect(response.body.intent).toBe('VISIT_SCHEDULE');
    expect(response.body.entities).toEqual({ lead_id: ROHAN_ID, visit_time: '2025-10-05T15:00:00+05:30' });
    expect(response.body.crm_call).toEqual({ endpoint: '/crm/visits', method: 'POST', status_code: 201 });
    expect(response.body.result).toMatchObject({
      lead_id: ROHAN_ID,
      status: 'SCHEDULED',
      visit_id: expect.any(String),
    });
    expect(rows('SELECT lead_id, visit_time FROM visits')).toEqual([
      { lead_id: ROHAN_ID, visit_time: '2025-10-05T15:00:00+05:30' },
    ]);
  });

  test('when a visit names a lead by an id prefix with an ellipsis and a date in IST, then the full id and the time are used', async () => {
    await seedRohanAndPriya();
    const response = await harness.say('Fix a site visit for lead 8f2a… on 2 Oct 2025 at 5:00 pm IST.', {
      reference_time: '2025-09-30T09:00:00+05:30',
    });
    expect(response.status).toBe(200);
    expect(response.body.entities).toEqual({ lead_id: PRIYA_ID, visit_time: '2025-10-02T17:00:00+05:30' });
  });

  test('when a lead is updated "to in progress", then the status and its history change', async () => {
    await seedRohanAndPriya();
    const response = await harness.say('Update lead 7b1b8f54 to in progress.');
    expect(response.status).toBe(200);
    expect(response.body.intent).toBe('LEAD_UPDATE');
    expect(response.body.entities).toEqual({ lead_id: ROHAN_ID, status: 'IN_PROGRESS' });
    expect(response.body.crm_call).toEqual({
      endpoint: `/crm/leads/${ROHAN_ID}/status`,
      method: 'POST',
      status_code: 200,
    });
    expect(rows('SELECT status FROM leads WHERE id = ?', ROHAN_ID)).toEqual([{ status: 'IN_PROGRESS' }]);
    expect(
      rows('SELECT from_status, to_status FROM lead_status_history WHERE lead_id = ? ORDER BY id', ROHAN_ID),
    ).toEqual([
      { from_status: null, to_status: 'NEW' },
      { from_status: 'NEW', to_status: 'IN_PROGRESS' },
    ]);
  });

  test('when a lead is marked won with notes, then the notes are kept with the status change', async () => {
    await seedRohanAndPriya();
    const response = await harness.say('Mark lead 7b1b8f54 as won. Notes: booked unit A2.');
    expect(response.status).toBe(200);
    expect(response.body.entities).toEqual({ lead_id: ROHAN_ID, status: 'WON', notes: 'booked unit A2' });
    expect(rows('SELECT notes FROM lead_status_history WHERE to_status = ?', 'WON')).toEqual([
      { notes: 'booked unit A2' },
    ]);
  });

  test('when the transcript asks for something the bot cannot do, then it answers UNKNOWN with what it can do', async () => {
    const response = await harness.say('Can you help me?');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ intent: 'UNKNOWN', entities: {}, crm_call: null });
    expect(response.body.result.message).toMatch(/add a new lead.*schedule a site visit.*update/i);
    expect(rows('SELECT count(*) AS n FROM leads')).toEqual([{ n: 0 }]);
  });
});

describe('spoken-style transcripts', () => {
  test('when digits are spoken as words with fillers, then the phone is read and names are cased', async () => {
    const response = await harness.say(
      'uh add a new lead um rohan sharma from gurgaon phone nine eight seven six five four three two one zero source instagram',
    );
    expect(response.status).toBe(200);
    expect(response.body.entities).toEqual({
      name: 'Rohan Sharma',
      phone: '+919876543210',
      city: 'Gurgaon',
      source: 'Instagram',
    });
  });

  test('when "double" and "triple" are spoken in a number, then they expand', async () => {
    const response = await harness.say(
      'new lead anita desai from pune number double nine eight triple five four three two one',
    );
    expect(response.status).toBe(200);
    expect(response.body.entities.phone).toBe('+919985554321');
  });

  test.each([
    ['98 765 43210', '+919876543210'],
    ['91234-56789', '+919123456789'],
    ['+91-99887-66554', '+919988766554'],
    ['0 98450 11223', '+919845011223'],
  ])('when the phone is written %s, then it is stored as %s', async (written, e164) => {
    const response = await harness.say(`add lead Kiran Rao from Delhi phone ${written}`);
    expect(response.status).toBe(200);
    expect(response.body.entities.phone).toBe(e164);
  });

  test('when a multi-word city is said in lowercase, then it is written as the CRM stores it', async () => {
    const response = await harness.say('register anjali mehta from new delhi mobile 99887 66554');
    expect(response.body.entities).toMatchObject({ name: 'Anjali Mehta', city: 'New Delhi' });
  });

  test('when a city is not in the known list, then it is still read after "from"', async () => {
    const response = await harness.say('add lead Suresh Patil from Sawantwadi phone 98220 12345');
    expect(response.status).toBe(200);
    expect(response.body.entities.city).toBe('Sawantwadi');
  });

  test('when "from Instagram" is said, then it is the source and the city comes from elsewhere', async () => {
    const response = await harness.say(
      'add kavita joshi from instagram, she lives in nagpur, number 98220 55667',
    );
    expect(response.status).toBe(200);
    expect(response.body.entities).toEqual({
      name: 'Kavita Joshi',
      phone: '+919822055667',
      city: 'Nagpur',
      source: 'Instagram',
    });
  });

  test('when the time is spoken as words, then it is read ("half past four", "day after tomorrow")', async () => {
    await seedRohanAndPriya();
    const response = await harness.say(
      'book a site visit for rohan sharma day after tomorrow at half past four',
    );
    expect(response.status).toBe(200);
    expect(response.body.entities.visit_time).toBe('2025-10-06T16:30:00+05:30');
  });

  test("when the request names another time zone, then the visit is written with that zone's offset", async () => {
    await seedRohanAndPriya();
    const response = await harness.say('schedule a visit for Priya Nair tomorrow at 10 am', {
      reference_time: '2025-10-04T10:00:00-04:00',
      timezone: 'America/New_York',
    });
    expect(response.status).toBe(200);
    expect(response.body.entities.visit_time).toBe('2025-10-05T10:00:00-04:00');
  });

  test('when a status is said as "is not interested", then the lead is LOST', async () => {
    await seedRohanAndPriya();
    const response = await harness.say('Priya Nair is not interested, she bought elsewhere');
    expect(response.status).toBe(200);
    expect(response.body.entities).toEqual({
      lead_id: PRIYA_ID,
      status: 'LOST',
      notes: 'she bought elsewhere',
    });
  });
});

describe('referring to a lead', () => {
  beforeEach(seedRohanAndPriya);

  test.each([
    ['the full id', `update lead ${ROHAN_ID} to follow up`],
    ['an id prefix', 'update lead 7b1b to follow up'],
    ['the lead number', 'update lead 1 to follow up'],
    ['the name', 'update rohan sharma to follow up'],
    ['a first name that is unique', 'move Rohan to follow up'],
    ['the phone number', 'update the lead whose number is 98765 43210 to follow up'],
  ])('when the lead is referred to by %s, then it resolves to the full id', async (_kind, transcript) => {
    const response = await harness.say(transcript);
    expect(response.status).toBe(200);
    expect(response.body.entities).toEqual({ lead_id: ROHAN_ID, status: 'FOLLOW_UP' });
  });

  test.each([
    ['an id', 'update lead 0000ffff to won'],
    ['a number', 'update lead 42 to won'],
    ['a name', 'mark Zubin Mehta as won'],
    ['a phone', 'mark the lead with phone 99001 22334 as won'],
  ])('when no lead matches %s, then it is CRM_ERROR 404 and nothing changes', async (_kind, transcript) => {
    const response = await harness.say(transcript);
    expect(response.status).toBe(404);
    expect(response.body.error.type).toBe('CRM_ERROR');
    expect(response.body.error.details).toMatch(/not found/i);
    expect(rows("SELECT count(*) AS n FROM leads WHERE status != 'NEW'")).toEqual([{ n: 0 }]);
  });

  test('when a name matches several leads, then it is VALIDATION_ERROR 422 naming them, with a question', async () => {
    await harness.seedLead({ name: 'Priya Singh', phone: '+919811122233', city: 'Delhi' });
    const response = await harness.say('book a visit for Priya tomorrow at 11');
    expect(response.status).toBe(422);
    expect(response.body.error.type).toBe('VALIDATION_ERROR');
    expect(response.body.error.details).toMatch(/Priya Nair.*Priya Singh/);
    expect(response.body.error.candidates.map((candidate: { name: string }) => candidate.name)).toEqual([
      'Priya Nair',
      'Priya Singh',
    ]);
    expect(response.body.prompt).toBe('Which Priya — Priya Nair or Priya Singh?');
    expect(rows('SELECT count(*) AS n FROM visits')).toEqual([{ n: 0 }]);
  });

  test.each([
    ['rohan sharma goes to lost', 'LOST'],
    ['move rohan sharma into follow up', 'FOLLOW_UP'],
    ['rohan sharma finally agrees to buy mark him won', 'WON'],
  ])(
    'when common words run on after the name ("%s"), then the lead is found without them',
    async (transcript, status) => {
      const response = await harness.say(transcript);
      expect(response.status).toBe(200);
      expect(response.body.entities).toMatchObject({ lead_id: ROHAN_ID, status });
    },
  );

  test('when the family name is said first ("sharma rohan"), then the lead is found', async () => {
    const response = await harness.say('mark sharma rohan as won');
    expect(response.status).toBe(200);
    expect(response.body.entities).toMatchObject({ lead_id: ROHAN_ID, status: 'WON' });
  });

  test.each(['mark roh rohan sharma as won', 'mark rohan sha sharma as won'])(
    'when a word cut off and said again stands in the name ("%s"), then the lead is found without it',
    async (transcript) => {
      const response = await harness.say(transcript);
      expect(response.status).toBe(200);
      expect(response.body.entities).toMatchObject({ lead_id: ROHAN_ID, status: 'WON' });
    },
  );

  test('when two leads are said as alternatives, then it is 422 asking which, and nothing is written', async () => {
    const response = await harness.say('book rohan sharma or priya nair for monday at 4 pm');
    expect(response.status).toBe(422);
    expect(response.body.error.type).toBe('VALIDATION_ERROR');
    expect(response.body.prompt).toBe('Which lead is this for — Rohan Sharma or Priya Nair?');
    expect(rows('SELECT count(*) AS n FROM visits')).toEqual([{ n: 0 }]);
  });

  test('when a cut-off reading would still name nobody, then it is 404 and nothing is written', async () => {
    const response = await harness.say('mark roh rohit sharma as won');
    expect(response.status).toBe(404);
    expect(rows("SELECT count(*) AS n FROM leads WHERE status = 'WON'")).toEqual([{ n: 0 }]);
  });

  test('when the word after a name may be a family name, then it is never dropped to match another lead', async () => {
    // "gill" is an English word too, but not one of the most common: "priya gill" is not Priya Nair.
    const response = await harness.say('mark priya gill as won');
    expect(response.status).toBe(404);
    expect(rows("SELECT count(*) AS n FROM leads WHERE status = 'WON'")).toEqual([{ n: 0 }]);
  });

  test('when initials are said run together or one by one, then the lead stored the other way is found', async () => {
    await harness.seedLead({ name: 'P V Narasimha Rao', phone: '+919814040003', city: 'Hyderabad' });
    await harness.seedLead({ name: 'AR Rahman', phone: '+919814040004', city: 'Chennai' });
    const joined = await harness.say('mark pv narasimha rao as won');
    expect(joined.status).toBe(200);
    const apart = await harness.say('a r rahman is lost');
    expect(apart.status).toBe(200);
    expect(rows("SELECT name, status FROM leads WHERE status IN ('WON', 'LOST') ORDER BY name")).toEqual([
      { name: 'AR Rahman', status: 'LOST' },
      { name: 'P V Narasimha Rao', status: 'WON' },
    ]);
    // A short word with a vowel is a name of its own, never spelt out: "om" is not O M Sharma.
    await harness.seedLead({ name: 'O M Sharma', phone: '+919814040005', city: 'Jaipur' });
    expect((await harness.say('mark om sharma as won')).status).toBe(404);
  });

  test("when one word names only the middle of a lead's name, then it is no match", async () => {
    await harness.seedLead({ name: 'Gurpreet Singh Sandhu', phone: '+919814040002', city: 'Ludhiana' });
    const middle = await harness.say('mark singh as won');
    expect(middle.status).toBe(404);
    const last = await harness.say('mark sandhu as won');
    expect(last.status).toBe(200);
    expect(rows("SELECT name FROM leads WHERE status = 'WON'")).toEqual([{ name: 'Gurpreet Singh Sandhu' }]);
  });

  describe('when a name matches several leads and the city tells them apart', () => {
    beforeEach(async () => {
      await harness.seedLead({
        id: PRIYA_SINGH_ID,
        name: 'Priya Singh',
        phone: '+919811122233',
        city: 'Delhi',
      });
    });

    test.each([
      ['book a visit for priya from delhi tomorrow at 11', PRIYA_SINGH_ID],
      ['mark priya from mumbai as won', PRIYA_ID],
      ['book priya of delhi for tomorrow at 11', PRIYA_SINGH_ID],
    ])('when "%s" is said, then the lead of that city is the one', async (transcript, id) => {
      const response = await harness.say(transcript);
      expect(response.status).toBe(200);
      expect(response.body.entities.lead_id).toBe(id);
    });

    test('when no lead of that name is from that city, then it is not found and nothing is written', async () => {
      const response = await harness.say('book a visit for priya from chennai tomorrow at 11');
      expect(response.status).toBe(404);
      expect(rows('SELECT count(*) AS n FROM visits')).toEqual([{ n: 0 }]);
    });

    test('when the answer to "which Priya?" is only where she is from, then that lead is the one', async () => {
      const asked = await harness.say('book a visit for priya tomorrow at 11', { session_id: 'which' });
      expect(asked.status).toBe(422);
      const answered = await harness.say('the one from delhi', { session_id: 'which' });
      expect(answered.status).toBe(200);
      expect(answered.body.entities).toEqual({
        lead_id: PRIYA_SINGH_ID,
        visit_time: '2025-10-05T11:00:00+05:30',
      });
    });
  });
});

describe('validation errors (422)', () => {
  test('when the phone is missing, then "missing" lists it and the prompt asks for it by name', async () => {
    const response = await harness.say('New lead Nikhil Rao from Nashik');
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      intent: 'LEAD_CREATE',
      entities: { name: 'Nikhil Rao', city: 'Nashik' },
      error: { type: 'VALIDATION_ERROR', details: 'Missing required field: phone.', missing: ['phone'] },
      prompt: "What is Nikhil Rao's phone number?",
    });
    expect(rows('SELECT count(*) AS n FROM leads')).toEqual([{ n: 0 }]);
  });

  test('when the phone is invalid, then it is named as invalid and nothing is written', async () => {
    const response = await harness.say('add lead Meera Iyer from Chennai phone 12345 67890');
    expect(response.status).toBe(422);
    expect(response.body.error.type).toBe('VALIDATION_ERROR');
    expect(response.body.error.details).toMatch(/invalid phone/i);
    expect(response.body.error.missing).toBeUndefined();
    expect(rows('SELECT count(*) AS n FROM leads')).toEqual([{ n: 0 }]);
  });

  test('when the visit time cannot be read, then the error suggests ISO 8601', async () => {
    await harness.seedLead({ name: 'Rohan Sharma', phone: '+919876543210', city: 'Gurgaon' });
    const response = await harness.say('schedule a visit for Rohan Sharma tomorrow');
    expect(response.status).toBe(422);
    expect(response.body.error.details).toMatch(/ISO 8601/);
    expect(response.body.prompt).toMatch(/When should the visit be/);
  });

  test('when no time is said at all, then visit_time is missing', async () => {
    await harness.seedLead({ name: 'Rohan Sharma', phone: '+919876543210', city: 'Gurgaon' });
    const response = await harness.say('schedule a site visit for Rohan Sharma');
    expect(response.status).toBe(422);
    expect(response.body.error.missing).toEqual(['visit_time']);
    expect(response.body.prompt).toBe('When should the visit be? For example: Monday at 4 pm.');
  });

  test('when the visit is in the past, then it is refused', async () => {
    await harness.seedLead({ name: 'Rohan Sharma', phone: '+919876543210', city: 'Gurgaon' });
    const response = await harness.say('Fix a site visit for Rohan Sharma on 2 Oct 2025 at 5:00 pm IST.');
    expect(response.status).toBe(422);
    expect(response.body.error.details).toMatch(/in the past/);
    expect(rows('SELECT count(*) AS n FROM visits')).toEqual([{ n: 0 }]);
  });

  test('when the status is not one the CRM has, then it is refused with the five choices', async () => {
    await harness.seedLead({ name: 'Rohan Sharma', phone: '+919876543210', city: 'Gurgaon' });
    const response = await harness.say('change status of Rohan Sharma to on hold');
    expect(response.status).toBe(422);
    expect(response.body.error.details).toBe(
      "Unknown status 'on hold'. Use one of NEW, IN_PROGRESS, FOLLOW_UP, WON, LOST.",
    );
    expect(rows('SELECT status FROM leads')).toEqual([{ status: 'NEW' }]);
  });

  test('when a value is asked for, then the lead that was found comes back with the question', async () => {
    const id = await harness.seedLead({ name: 'Rohan Sharma', phone: '+919876543210', city: 'Gurgaon' });
    const visit = await harness.say('schedule a site visit for Rohan Sharma');
    expect(visit.status).toBe(422);
    expect(visit.body.entities).toEqual({ lead_id: id });
    const update = await harness.say('put rohan sharma on hold');
    expect(update.status).toBe(422);
    expect(update.body.entities).toEqual({ lead_id: id });
  });

  test('when a value is asked for and the lead is not found, then no lead comes back and the question stands', async () => {
    const response = await harness.say('schedule a site visit for Rohan Sharma');
    expect(response.status).toBe(422);
    expect(response.body.error.missing).toEqual(['visit_time']);
    expect(response.body.entities).toEqual({});
  });

  test('when the lead of an update is not said, then lead_id is missing', async () => {
    const response = await harness.say('mark as won');
    expect(response.status).toBe(422);
    expect(response.body.error.missing).toEqual(['lead_id']);
  });
});

describe('CRM errors from the embedded CRM', () => {
  test('when the phone already belongs to a lead, then it is CRM_ERROR 409 naming that lead', async () => {
    await seedRohanAndPriya();
    const response = await harness.say('add new lead Rahul Verma from Pune phone 98765 43210');
    expect(response.status).toBe(409);
    expect(response.body.error.type).toBe('CRM_ERROR');
    expect(response.body.error.details).toContain(ROHAN_ID);
    expect(response.body.crm_call).toEqual({ endpoint: '/crm/leads', method: 'POST', status_code: 409 });
    expect(rows('SELECT count(*) AS n FROM leads')).toEqual([{ n: 2 }]);
  });
});

describe('malformed requests (400)', () => {
  const post = (body: string | object, type = 'application/json') =>
    request(harness.service.app)
      .post('/transcript')
      .set('content-type', type)
      .send(body as string);

  test.each([
    ['not JSON', '{"transcript": "add lead'],
    ['no transcript', { metadata: {} }],
    ['an empty transcript', { transcript: '   ' }],
    ['a transcript over 1000 characters', { transcript: 'a'.repeat(1001) }],
    ['a transcript that is not a string', { transcript: 42 }],
    ['a bad reference_time', { transcript: 'add lead', reference_time: 'tomorrow' }],
    ['a reference_time without offset', { transcript: 'add lead', reference_time: '2025-10-04T10:00:00' }],
    ['an unknown timezone', { transcript: 'add lead', timezone: 'Mars/Olympus' }],
    ['a JSON array', [{ transcript: 'add lead' }]],
    ['a session_id over 128 characters', { transcript: 'add lead', session_id: 'x'.repeat(129) }],
  ])('when the body has %s, then it is VALIDATION_ERROR 400 with intent UNKNOWN', async (_case, body) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expectMatchesOpenApi('POST', '/transcript', response);
    expect(response.body).toMatchObject({
      intent: 'UNKNOWN',
      entities: {},
      error: { type: 'VALIDATION_ERROR' },
    });
  });

  test('when the body is not JSON at all, then it is 400 too', async () => {
    const response = await post('transcript=hello', 'text/plain');
    expect(response.status).toBe(400);
  });

  test('when the body is larger than the limit, then it is 413 in the contract shape', async () => {
    const response = await post({ transcript: 'add lead', metadata: { blob: 'x'.repeat(20_000) } });
    expect(response.status).toBe(413);
    expectMatchesOpenApi('POST', '/transcript', response);
  });

  test('when a transcript has 1000 characters after trimming, then it is accepted', async () => {
    const response = await post({ transcript: `  ${'hello '.repeat(166)}abcd  ` });
    expect(response.status).toBe(200);
  });
});

describe('the service around the pipeline', () => {
  test('when /bot/handle is called, then it behaves exactly like /transcript', async () => {
    const response = await harness.say(
      'Create lead name Priya Nair, city Mumbai, contact 91234-56789.',
      {},
      '/bot/handle',
    );
    expect(response.status).toBe(200);
    expect(response.body.entities).toEqual({ name: 'Priya Nair', phone: '+919123456789', city: 'Mumbai' });
  });

  test('when a request is handled, then it is recorded in SQLite and in the JSONL file', async () => {
    await harness.say('New lead Nikhil Rao from Nashik', {
      metadata: { user_id: 'u-17' },
      session_id: 's-1',
    });
    await harness.service.interactions.flush();
    const [row] = rows('SELECT * FROM interactions');
    expect(row).toMatchObject({
      channel: 'http',
      transcript: 'New lead Nikhil Rao from Nashik',
      intent: 'LEAD_CREATE',
      outcome: 'VALIDATION_ERROR',
      http_status: 422,
      session_id: 's-1',
      metadata: '{"user_id":"u-17"}',
    });
    expect(row!.latency_ms).toEqual(expect.any(Number));
    await harness.service.close();
    const lines = fs
      .readFileSync(path.join(harness.directory, 'interactions.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      request_id: row!.request_id,
      intent: 'LEAD_CREATE',
      outcome: 'VALIDATION_ERROR',
    });
  });

  test('when requests are handled, then their log rows reach SQLite within moments, without a flush', async () => {
    await harness.say('hello');
    await harness.say('Can you help me?');
    // Rows arrive in a batch some milliseconds later; wait for them, up to a bound.
    for (let waited = 0; waited < 2000 && rows('SELECT id FROM interactions').length < 2; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(rows('SELECT transcript FROM interactions ORDER BY id')).toEqual([
      { transcript: 'hello' },
      { transcript: 'Can you help me?' },
    ]);
  });

  test('when a request carries X-Request-Id, then the response echoes it as request_id', async () => {
    const response = await request(harness.service.app)
      .post('/transcript')
      .set('x-request-id', 'req-123')
      .send({ transcript: 'hello' });
    expect(response.body.request_id).toBe('req-123');
    expect(response.headers['x-request-id']).toBe('req-123');
  });

  test('when /healthz and /openapi.yaml are read, then they answer', async () => {
    const health = await request(harness.service.app).get('/healthz');
    expect(health.body).toEqual({
      status: 'ok',
      crm: 'embedded',
      nlu_provider: 'rules',
      transcriber: 'none',
    });
    const document = await request(harness.service.app).get('/openapi.yaml');
    expect(document.status).toBe(200);
    expect(document.text).toContain('openapi: 3.1.0');
    expect(health.headers['x-powered-by']).toBeUndefined();
  });

  test('when the understanding engine cannot produce a reading, then it is PARSING_ERROR 422', async () => {
    const app = appWithEngine(harness, {
      name: 'scripted',
      async understand() {
        throw new ParsingError('The model output stayed invalid after one repair attempt.');
      },
    });
    const response = await request(app)
      .post('/transcript')
      .send({ transcript: 'something', reference_time: REFERENCE_TIME });
    expect(response.status).toBe(422);
    expectMatchesOpenApi('POST', '/transcript', response);
    expect(response.body.error).toEqual({
      type: 'PARSING_ERROR',
      details: 'The model output stayed invalid after one repair attempt.',
    });
  });
});

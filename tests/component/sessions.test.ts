import request from 'supertest';
import { startHarness, type Harness } from '../helpers/harness';
import { expectMatchesOpenApi } from '../helpers/openapi';

/** Conversations: follow-up answers, "him"/"her", replacement, cancel, expiry, isolation. */
let harness: Harness;
let clock = Date.parse('2025-10-04T10:00:00+05:30');

beforeEach(() => {
  clock = Date.parse('2025-10-04T10:00:00+05:30');
  harness = startHarness({}, { clockMs: () => clock });
});
afterEach(async () => {
  await harness.close();
});

const say = (transcript: string, session = 's-1') => harness.say(transcript, { session_id: session });
const leads = () => harness.service.db.prepare('SELECT name, phone, city FROM leads ORDER BY number').all();

test('when the phone is missing and the next turn gives it, then the lead is created with everything', async () => {
  const first = await say('New lead Nikhil Rao from Nashik');
  expect(first.status).toBe(422);
  expect(first.body.prompt).toBe("What is Nikhil Rao's phone number?");
  const second = await say('his number is 98220 55667');
  expect(second.status).toBe(200);
  expect(second.body.entities).toEqual({ name: 'Nikhil Rao', phone: '+919822055667', city: 'Nashik' });
  expect(leads()).toEqual([{ name: 'Nikhil Rao', phone: '+919822055667', city: 'Nashik' }]);
});

test('when the answer says more than was asked (where the lead came from), then that is kept too', async () => {
  await say('New lead Nikhil Rao from Nashik');
  const answer = await say('his number is 98220 55667 and he came through a broker');
  expect(answer.status).toBe(200);
  expect(answer.body.entities).toEqual({
    name: 'Nikhil Rao',
    phone: '+919822055667',
    city: 'Nashik',
    source: 'Channel Partner',
  });
});

test('when the city is missing and the answer is a bare city, then it is used', async () => {
  expect((await say('add lead nikhil rao phone 98220 55667')).body.prompt).toBe(
    'Which city is Nikhil Rao from?',
  );
  const answer = await say('Vadodara');
  expect(answer.status).toBe(200);
  expect(answer.body.entities.city).toBe('Vadodara');
});

test('when a locality may be a town of its own, then the question names both, and "itself" answers the town', async () => {
  const first = await say('add lead ravi nair from anantapur 98220 55667');
  expect(first.status).toBe(422);
  expect(first.body.prompt).toBe('Which city is Anantapur in: Anantapur itself or Howrah?');
  const answer = await say('anantapur itself');
  expect(answer.status).toBe(200);
  // The town is the city: no locality of the same name is kept beside it.
  expect(answer.body.entities).toEqual({ name: 'Ravi Nair', phone: '+919822055667', city: 'Anantapur' });
});

test('when the city is asked and the answer is a locality of one city, then that city and the locality are kept', async () => {
  await say('add lead rekha menon phone 98220 55669');
  const answer = await say('kothrud');
  expect(answer.status).toBe(200);
  expect(answer.body.entities).toEqual({
    name: 'Rekha Menon',
    phone: '+919822055669',
    city: 'Pune',
    locality: 'Kothrud',
  });
});

test('when the visit time is missing and the answer is a time, then the visit is booked', async () => {
  const rohan = await harness.seedLead({ name: 'Rohan Sharma', phone: '+919876543210', city: 'Gurgaon' });
  expect((await say('schedule a site visit for rohan sharma')).body.error.missing).toEqual(['visit_time']);
  const answer = await say('Monday at 4 pm');
  expect(answer.status).toBe(200);
  expect(answer.body.entities).toEqual({ lead_id: rohan, visit_time: '2025-10-06T16:00:00+05:30' });
});

test('when a visit is asked on a condition, then nothing is booked until its time is said again', async () => {
  const rohan = await harness.seedLead({ name: 'Rohan Sharma', phone: '+919876543210', city: 'Gurgaon' });
  const asked = await say('if rohan sharma calls back, book him for monday at 4 pm');
  expect(asked.status).toBe(422);
  expectMatchesOpenApi('POST', '/transcript', asked);
  expect(asked.body.entities).toEqual({ lead_id: rohan, visit_time: '2025-10-06T16:00:00+05:30' });
  expect(asked.body.prompt).toBe('Is the visit confirmed? Say its day and time again to book it.');
  expect(harness.service.db.prepare('SELECT COUNT(*) AS n FROM visits').get()).toEqual({ n: 0 });
  const booked = await say('he called, monday at 4 pm');
  expect(booked.status).toBe(200);
  expect(booked.body.entities).toEqual({ lead_id: rohan, visit_time: '2025-10-06T16:00:00+05:30' });
  expect(harness.service.db.prepare('SELECT COUNT(*) AS n FROM visits').get()).toEqual({ n: 1 });
});

test('when a name matches two leads and the answer picks one, then that one is used', async () => {
  await harness.seedLead({ name: 'Priya Nair', phone: '+919123456789', city: 'Mumbai' });
  const singh = await harness.seedLead({ name: 'Priya Singh', phone: '+919811100011', city: 'Delhi' });
  expect((await say('book a visit for priya tomorrow at 11')).body.prompt).toBe(
    'Which Priya — Priya Nair or Priya Singh?',
  );
  const answer = await say('Priya Singh');
  expect(answer.status).toBe(200);
  expect(answer.body.entities).toEqual({ lead_id: singh, visit_time: '2025-10-05T11:00:00+05:30' });
});

test('when the answer is still invalid, then the request stays pending until a valid one comes', async () => {
  await say('New lead Nikhil Rao from Nashik');
  const wrong = await say('12345');
  expect(wrong.status).toBe(422);
  expect(wrong.body.error.details).toMatch(/Invalid phone number/);
  expect((await say('98220 55667')).status).toBe(200);
});

test('when a lead was acted on, then "him" and "that lead" in later turns mean that lead', async () => {
  const rohan = await harness.seedLead({ name: 'Rohan Sharma', phone: '+919876543210', city: 'Gurgaon' });
  await say('mark rohan sharma as follow up');
  const visit = await say('book a visit for him tomorrow at 4');
  expect(visit.status).toBe(200);
  expect(visit.body.entities.lead_id).toBe(rohan);
  const update = await say('mark that lead as won');
  expect(update.body.entities).toEqual({ lead_id: rohan, status: 'WON' });
});

test('when a new complete request comes while one is pending, then it replaces the pending one', async () => {
  await harness.seedLead({ name: 'Rohan Sharma', phone: '+919876543210', city: 'Gurgaon' });
  await say('New lead Nikhil Rao from Nashik');
  expect((await say('mark rohan sharma as won')).body.intent).toBe('LEAD_UPDATE');
  const late = await say('98220 55667');
  expect(late.body.intent).toBe('UNKNOWN');
  expect(leads()).toHaveLength(1);
});

test('when the user cancels, then the pending request is dropped', async () => {
  await say('New lead Nikhil Rao from Nashik');
  const cancelled = await say('never mind');
  expect(cancelled.status).toBe(200);
  expect(cancelled.body).toMatchObject({
    intent: 'UNKNOWN',
    crm_call: null,
    result: { message: 'Okay, I have dropped that request.' },
  });
  expect((await say('98220 55667')).body.intent).toBe('UNKNOWN');
  expect(leads()).toEqual([]);
});

test('when the user drops the pending request and says another about "her", then it is the pending lead\'s', async () => {
  const rohan = await harness.seedLead({ name: 'Rohan Sharma', phone: '+919876543210', city: 'Gurgaon' });
  expect((await say('book rohan sharma on tuesday')).status).toBe(422);
  const next = await say('actually forget that, mark him as follow up');
  expect(next.status).toBe(200);
  expect(next.body.entities).toEqual({ lead_id: rohan, status: 'FOLLOW_UP' });
  expect(harness.service.db.prepare('SELECT count(*) AS n FROM visits').get()).toEqual({ n: 0 });
});

test('when a session has been idle for over 30 minutes, then its pending request and lead are forgotten', async () => {
  await say('New lead Nikhil Rao from Nashik');
  clock += 31 * 60_000;
  expect((await say('98220 55667')).body.intent).toBe('UNKNOWN');
  expect(leads()).toEqual([]);
});

test('when a session was active within 30 minutes, then it is still there', async () => {
  await say('New lead Nikhil Rao from Nashik');
  clock += 29 * 60_000;
  expect((await say('98220 55667')).status).toBe(200);
});

test('when another session or no session answers, then the pending request of the first is untouched', async () => {
  await say('New lead Nikhil Rao from Nashik', 'session-a');
  expect((await say('98220 55667', 'session-b')).body.intent).toBe('UNKNOWN');
  const noSession = await request(harness.service.app)
    .post('/transcript')
    .send({ transcript: '98220 55667' });
  expect(noSession.body.intent).toBe('UNKNOWN');
  expect((await say('98220 55667', 'session-a')).status).toBe(200);
});

test('when a transcript without a session says "him", then no earlier lead is used', async () => {
  await harness.seedLead({ name: 'Rohan Sharma', phone: '+919876543210', city: 'Gurgaon' });
  await say('mark rohan sharma as follow up');
  const response = await request(harness.service.app).post('/transcript').send({
    transcript: 'book a visit for him tomorrow at 4 pm',
    reference_time: '2025-10-04T10:00:00+05:30',
  });
  expect(response.status).toBe(422);
  expect(response.body.error.missing).toEqual(['lead_id']);
});

test('when a day was said without its hour and the answer is an hour, then the visit is on that day', async () => {
  const kavya = await harness.seedLead({ name: 'Kavya Menon', phone: '+919845120071', city: 'Bengaluru' });
  expect((await say('book kavya for tuesday')).status).toBe(422);
  const answer = await say('at 11 am');
  expect(answer.status).toBe(200);
  expect(answer.body.entities).toEqual({ lead_id: kavya, visit_time: '2025-10-07T11:00:00+05:30' });
});

test('when the pending request is said again with "her" or no lead, then it is about the pending lead', async () => {
  const kavya = await harness.seedLead({ name: 'Kavya Menon', phone: '+919845120071', city: 'Bengaluru' });
  expect((await say('mark kavya as hot')).status).toBe(422);
  const again = await say('okay put her in progress then');
  expect(again.status).toBe(200);
  expect(again.body.entities).toEqual({ lead_id: kavya, status: 'IN_PROGRESS' });
  expect((await say('i think kavya is won but not sure')).status).toBe(422);
  const sure = await say('yes won');
  expect(sure.status).toBe(200);
  expect(sure.body.entities).toEqual({ lead_id: kavya, status: 'WON' });
});

test('when two leads share a name and the answer names the city too, then the name picks the lead', async () => {
  const teja = await harness.seedLead({ name: 'Ravi Teja', phone: '+919848120072', city: 'Hyderabad' });
  await harness.seedLead({ name: 'Ravi Kumar', phone: '+919811120073', city: 'Delhi' });
  expect((await say('mark ravi as won')).status).toBe(422);
  const answer = await say('the one from hyderabad ravi teja');
  expect(answer.status).toBe(200);
  expect(answer.body.entities).toEqual({ lead_id: teja, status: 'WON' });
});

test('when the pending request is dropped in Hinglish ("rehne do"), then a later number completes nothing', async () => {
  expect((await say('add lead tarun from jaipur')).status).toBe(422);
  expect((await say('rehne do')).status).toBe(200);
  await say('98290 44556');
  expect(leads()).toEqual([]);
});

test('when the answer is itself shaped as a request that gives only what was missing, then it completes the pending one', async () => {
  await say('add a lead from nagpur');
  const answer = await say('her name is kavya and the number is 98230 12345');
  expect(answer.status).toBe(200);
  expect(answer.body.entities).toEqual({ name: 'Kavya', phone: '+919823012345', city: 'Nagpur' });
});

test('when a new request of the same kind names another lead, then it is never merged with the pending one', async () => {
  await say('New lead Nikhil Rao from Nashik');
  const other = await say('new lead kavya 98230 12345');
  expect(other.status).toBe(422);
  expect(other.body.error.missing).toEqual(['city']);
  expect(leads()).toEqual([]);
});

test('when the lead is answered with "for …", then that lead is booked', async () => {
  await harness.seedLead({ name: 'Harsh Vardhan', phone: '+919845011111', city: 'Bangalore' });
  await say('book a visit tomorrow at 4');
  const answer = await say('for harsh vardhan');
  expect(answer.status).toBe(200);
  expect(answer.body.entities.visit_time).toBe('2025-10-05T16:00:00+05:30');
});

test.each(['actually forget it', 'no no, leave it', 'ok skip it for now', "sorry, don't add her"])(
  'when the pending request is taken back with a word before it ("%s"), then a later number completes nothing',
  async (takeBack) => {
    await say('New lead Nikhil Rao from Nashik');
    const dropped = await say(takeBack);
    expect(dropped.body.intent).toBe('UNKNOWN');
    const late = await say('98220 55667');
    expect(late.body.intent).toBe('UNKNOWN');
    expect(leads()).toEqual([]);
  },
);

test('when the next turn corrects the last one without naming the lead, then it is about the lead acted on', async () => {
  const rohan = await harness.seedLead({ name: 'Rohan Sharma', phone: '+919876543210', city: 'Gurgaon' });
  expect((await say('mark rohan sharma as won')).body.entities).toEqual({ lead_id: rohan, status: 'WON' });
  const corrected = await say('sorry i meant follow up');
  expect(corrected.status).toBe(200);
  expect(corrected.body.entities).toEqual({ lead_id: rohan, status: 'FOLLOW_UP' });
  // Said without a correction, a request that names no lead is still asked about.
  const bare = await say('in progress');
  expect(bare.body.intent === 'UNKNOWN' || bare.status === 422).toBe(true);
});

test('when a transcript without a session opens with a correction, then no earlier lead is used', async () => {
  await harness.seedLead({ name: 'Rohan Sharma', phone: '+919876543210', city: 'Gurgaon' });
  await harness.say('mark rohan sharma as won');
  const corrected = await harness.say('sorry i meant follow up');
  expect(corrected.status).toBe(422);
  expect(corrected.body.error.missing).toEqual(['lead_id']);
});

test('when the next turn corrects the status alone ("no wait, in progress"), then the lead just acted on is updated', async () => {
  const rohan = await harness.seedLead({ name: 'Rohan Sharma', phone: '+919876543210', city: 'Gurgaon' });
  await say('mark rohan sharma as won');
  const corrected = await say('no wait, in progress');
  expect(corrected.status).toBe(200);
  expect(corrected.body.entities).toEqual({ lead_id: rohan, status: 'IN_PROGRESS' });
});

test("when a pending new lead's name is said again in full, then the full name is kept", async () => {
  await say('create a lead for nikhil');
  expect((await say('nikhil rao from nashik')).body.error.missing).toEqual(['phone']);
  const done = await say('98220 55667');
  expect(done.status).toBe(200);
  expect(done.body.entities).toEqual({ name: 'Nikhil Rao', phone: '+919822055667', city: 'Nashik' });
});

test('when the answer gives the pending new lead its full name with what was missing, then it completes it', async () => {
  await say('add lead nikhil from nashik');
  const done = await say('his full name is nikhil rao and number 98220 55667');
  expect(done.status).toBe(200);
  expect(done.body.entities).toEqual({ name: 'Nikhil Rao', phone: '+919822055667', city: 'Nashik' });
  expect(leads()).toEqual([{ name: 'Nikhil Rao', phone: '+919822055667', city: 'Nashik' }]);
});

test('when the answer names another person altogether, then it is a request of its own', async () => {
  await say('add lead nikhil from nashik');
  const other = await say('new lead kavya menon 98220 55667');
  expect(other.status).toBe(422);
  expect(leads()).toEqual([]);
});

import path from 'node:path';
import fs from 'node:fs';
import request from 'supertest';
import { openDatabase, type Db } from '../../src/storage/database';
import { groupCommitOf, MAX_BATCH } from '../../src/storage/group-commit';
import { SqliteCrmStore } from '../../src/crm/embedded/store';
import { SqliteIdempotencyStore } from '../../src/storage/idempotency';
import { REFERENCE_TIME, startHarness, temporaryDirectory, type Harness } from '../helpers/harness';

/**
 * The group commit under the stores: the writes of concurrent requests share one transaction (one
 * fsync), each in its own savepoint, and each caller hears back only after COMMIT.
 */
let directory: string;
let db: Db;
beforeEach(() => {
  directory = temporaryDirectory();
  db = openDatabase(path.join(directory, 'crm.sqlite'));
});
afterEach(() => {
  db.close();
  fs.rmSync(directory, { recursive: true, force: true });
});

const lead = (index: number) => ({
  name: `Lead ${index}`,
  phone: `+9198110${String(index).padStart(5, '0')}`,
  city: 'Pune',
});

test('when many writes are made at once, then they are committed together, in far fewer transactions than writes', async () => {
  const store = new SqliteCrmStore(db);
  const writer = groupCommitOf(db);
  const before = { ...writer.stats };
  const outcomes = await Promise.all(
    Array.from({ length: 300 }, (_, index) => store.createLead(lead(index))),
  );
  expect(outcomes.every((outcome) => 'created' in outcome)).toBe(true);
  const commits = writer.stats.commits - before.commits;
  expect(writer.stats.writes - before.writes).toBe(300);
  // 300 writes queued in one turn of the event loop: ceil(300 / MAX_BATCH) transactions.
  expect(commits).toBe(Math.ceil(300 / MAX_BATCH));
});

test('when one write of a batch fails, then only it is rolled back and rejected; its neighbours are committed', async () => {
  const writer = groupCommitOf(db);
  const store = new SqliteCrmStore(db);
  const first = store.createLead(lead(1));
  // Half a write, then a failure: the row it made must go with it.
  const broken = writer.run(() => {
    db.prepare(
      `INSERT INTO leads (id, number, name, name_key, phone, city, status, created_at, updated_at)
       VALUES ('half-written', 999, 'Half', 'half', '+919800000999', 'Pune', 'NEW', 'x', 'x')`,
    ).run();
    throw new Error('refused after writing');
  });
  const third = store.createLead(lead(3));
  const commitsBefore = writer.stats.commits;
  await expect(broken).rejects.toThrow('refused after writing');
  await expect(first).resolves.toHaveProperty('created');
  await expect(third).resolves.toHaveProperty('created');
  expect(writer.stats.commits - commitsBefore).toBe(1);
  expect(db.prepare(`SELECT COUNT(*) AS n FROM leads`).get()).toEqual({ n: 2 });
  expect(db.prepare(`SELECT COUNT(*) AS n FROM leads WHERE id = 'half-written'`).get()).toEqual({ n: 0 });
});

test('when two creates of one phone share a batch, then one lead is made and the other caller is told it exists', async () => {
  const store = new SqliteCrmStore(db);
  const [a, b] = await Promise.all([
    store.createLead(lead(7)),
    store.createLead({ ...lead(7), name: 'Other' }),
  ]);
  expect('created' in a!).toBe(true);
  expect(b).toEqual({ existing: (a as { created: unknown }).created });
});

test('when two requests claim one idempotency key in the same batch, then exactly one gets it', async () => {
  const store = new SqliteIdempotencyStore(db);
  const claims = await Promise.all(
    Array.from({ length: 5 }, () => store.claim('transcript', 'k-1', 'same-body')),
  );
  expect(claims.filter((claim) => claim.kind === 'claimed')).toHaveLength(1);
  expect(claims.filter((claim) => claim.kind === 'in-flight')).toHaveLength(4);
});

test('when a write resolves, then it is already visible to a read: the answer never runs ahead of the commit', async () => {
  const store = new SqliteCrmStore(db);
  const outcome = await store.createLead(lead(9));
  const id = (outcome as { created: { lead_id: string } }).created.lead_id;
  // A second connection sees only committed data.
  const other = openDatabase(path.join(directory, 'crm.sqlite'));
  try {
    expect(other.prepare(`SELECT name FROM leads WHERE id = ?`).get(id)).toEqual({ name: 'Lead 9' });
  } finally {
    other.close();
  }
});

describe('through HTTP', () => {
  let harness: Harness;
  afterEach(async () => {
    await harness.close();
  });

  test('when concurrent requests race with one Idempotency-Key, then one lead is written and every answer is that one', async () => {
    harness = startHarness({ RATE_LIMIT_PER_MINUTE: '10000' });
    const send = () =>
      request(harness.service.app).post('/transcript').set('Idempotency-Key', 'race-1').send({
        transcript: 'add lead tara singh from agra phone 97190 55664',
        reference_time: REFERENCE_TIME,
      });
    const answers = await Promise.all(Array.from({ length: 8 }, send));
    const created = answers.filter((answer) => answer.status === 200);
    expect(created.length).toBeGreaterThanOrEqual(1);
    // The others were either told the first is in flight (409) or got its answer replayed.
    for (const answer of answers) expect([200, 409]).toContain(answer.status);
    const leadIds = new Set(created.map((answer) => answer.body.result.lead_id as string));
    expect(leadIds.size).toBe(1);
    const rows = harness.service.db
      .prepare(`SELECT COUNT(*) AS n FROM leads WHERE phone = '+919719055664'`)
      .get();
    expect(rows).toEqual({ n: 1 });
  });
});

import Database from 'better-sqlite3';
import path from 'node:path';
import { FakeCrm } from '../fakes/fake-crm';
import { expectConsistentDatabase, temporaryDirectory } from '../helpers/harness';
import { startProcess } from '../helpers/process';

/** The service as a real process: SIGTERM lets work finish; SIGKILL loses nothing it acknowledged. */
const post = (url: string, transcript: string) =>
  fetch(`${url}/transcript`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ transcript, reference_time: '2025-10-04T10:00:00+05:30' }),
  });

test('when SIGTERM arrives during a request, then it finishes, new connections are refused, and the process exits 0', async () => {
  const crm = new FakeCrm();
  await crm.start();
  const directory = temporaryDirectory();
  const bot = await startProcess({
    CRM_BASE_URL: crm.url,
    DATABASE_PATH: path.join(directory, 'bot.sqlite'),
  });
  try {
    crm.delayNext(3000);
    const inFlight = post(bot.url, 'add lead kiran rao from delhi phone 98220 55667');
    await new Promise((resolve) => setTimeout(resolve, 200));
    bot.child.kill('SIGTERM');
    // Soon after the signal (however busy the machine), new connections are refused.
    let refused = false;
    for (let waited = 0; waited < 2500 && !refused; waited += 50) {
      refused = await fetch(`${bot.url}/healthz`).then(
        () => false,
        () => true,
      );
      if (!refused) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(refused).toBe(true);
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await bot.exited).toBe(0);
    // The interaction of the finished request was written before the database closed.
    const db = new Database(path.join(directory, 'bot.sqlite'), { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM interactions').get()).toEqual({ n: 1 });
    db.close();
  } finally {
    if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
    await crm.stop();
  }
}, 30_000);

test('when the process is killed during a write load, then every acknowledged write survives and the database is whole', async () => {
  const file = path.join(temporaryDirectory(), 'crm.sqlite');
  const first = await startProcess({ DATABASE_PATH: file, RATE_LIMIT_PER_MINUTE: '1000000' });
  const acknowledged: string[] = [];
  let counter = 0;
  let killed = false;
  const writer = async () => {
    while (!killed) {
      const index = counter++;
      try {
        const response = await post(
          first.url,
          `add lead crash test ${index} from pune phone ${9_700_000_000 + index}`,
        );
        const body = (await response.json()) as { result?: { lead_id?: string } };
        if (response.status === 200 && body.result?.lead_id) acknowledged.push(body.result.lead_id);
      } catch {
        // The connection died with the process: this request was never acknowledged.
      }
    }
  };
  const writers = Array.from({ length: 6 }, writer);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  first.child.kill('SIGKILL');
  killed = true;
  await Promise.all(writers);
  await first.exited;
  expect(acknowledged.length).toBeGreaterThan(20);

  const second = await startProcess({ DATABASE_PATH: file, RATE_LIMIT_PER_MINUTE: '1000000' });
  try {
    for (const id of acknowledged) {
      const response = await fetch(`${second.url}/crm/leads/${id}`);
      expect([id, response.status]).toEqual([id, 200]);
    }
  } finally {
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }
  const db = new Database(file, { readonly: true });
  expectConsistentDatabase(db);
  db.close();
}, 60_000);

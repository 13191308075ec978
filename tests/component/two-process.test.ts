import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { startHarness, temporaryDirectory, type Harness } from '../helpers/harness';

/**
 * The two-process mode: the CRM API runs alone (as `npm run crm` does) and the bot reaches it with
 * CRM_BASE_URL over real loopback HTTP.
 */
let crmProcess: ChildProcess;
let harness: Harness;
let crmUrl: string;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the CRM process did not answer at ${url} in ${deadlineMs} ms`);
}

beforeAll(async () => {
  const port = await freePort();
  crmUrl = `http://127.0.0.1:${port}`;
  const root = path.join(__dirname, '..', '..');
  crmProcess = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'main.ts'), 'crm'], {
    cwd: root,
    env: {
      ...process.env,
      CRM_PORT: String(port),
      DATABASE_PATH: path.join(temporaryDirectory(), 'crm.sqlite'),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitForHealth(crmUrl, 15_000);
  harness = startHarness({ CRM_BASE_URL: crmUrl });
}, 30_000);

afterAll(async () => {
  await harness?.close();
  if (crmProcess && crmProcess.exitCode === null) {
    const exited = new Promise((resolve) => crmProcess.once('exit', resolve));
    crmProcess.kill('SIGTERM');
    await exited;
  }
});

test('when the bot talks to the CRM process, then create, visit by name and update all land in that CRM', async () => {
  const created = await harness.say(
    'Add a new lead: Rohan Sharma from Gurgaon, phone 98 765 43210, source Instagram.',
  );
  expect(created.status).toBe(200);
  const leadId = created.body.result.lead_id as string;

  const visit = await harness.say('Schedule a visit for Rohan Sharma at 3 pm tomorrow.');
  expect(visit.status).toBe(200);
  expect(visit.body.entities).toEqual({ lead_id: leadId, visit_time: '2025-10-05T15:00:00+05:30' });

  const update = await harness.say(`Mark lead ${leadId.slice(0, 8)} as won. Notes: booked unit A2.`);
  expect(update.status).toBe(200);

  const stored = (await (await fetch(`${crmUrl}/crm/leads/${leadId}`)).json()) as {
    status: string;
    visits: unknown[];
  };
  expect(stored.status).toBe('WON');
  expect(stored.visits).toHaveLength(1);
  // The bot's own database holds the interaction log but no leads: they live in the CRM process.
  expect(harness.service.db.prepare('SELECT count(*) AS n FROM leads').get()).toEqual({ n: 0 });
  harness.service.interactions.flush();
  expect(harness.service.db.prepare('SELECT count(*) AS n FROM interactions').get()).toEqual({ n: 3 });
});

test('when the CRM process stops on SIGTERM, then it exits 0', async () => {
  const exited = new Promise<number | null>((resolve) => crmProcess.once('exit', (code) => resolve(code)));
  crmProcess.kill('SIGTERM');
  expect(await exited).toBe(0);
});

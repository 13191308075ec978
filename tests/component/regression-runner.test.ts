import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { RulesProvider } from '../../src/understanding/rules/rules-provider';
import { loadFixtureFile } from '../../src/doors/regression/fixtures';
import { formatReport } from '../../src/doors/regression/report';
import { runFixtures } from '../../src/doors/regression/run';
import { summarize } from '../../src/doors/regression/score';
import { HttpTarget, InProcessTarget } from '../../src/doors/regression/targets';
import { startHarness, temporaryDirectory, type Harness } from '../helpers/harness';

/** The regression runner, judged on fixture files written for the test. */
const ROOT = path.join(__dirname, '..', '..');

const FIXTURE = `
reference_time: '2025-10-04T10:00:00+05:30'
timezone: Asia/Kolkata
leads:
  rohan: { name: Rohan Sharma, phone: '+919876543210', city: Gurgaon }
cases:
  - id: right
    transcript: Schedule a visit for lead {rohan.id:8} at 3 pm tomorrow.
    expect: { intent: VISIT_SCHEDULE, entities: { lead_id: '{rohan.id}', visit_time: '2025-10-05T15:00:00+05:30' } }
  - id: wrong-on-purpose
    transcript: Mark lead {rohan.number} as won
    expect: { intent: LEAD_UPDATE, entities: { lead_id: '{rohan.id}', status: LOST } }
  - id: creates
    transcript: add lead kiran rao from delhi phone 98220 55667
    expect: { intent: LEAD_CREATE, entities: { name: Kiran Rao, phone: '+919822055667', city: Delhi } }
`;

let directory: string;
let fixture: string;

beforeEach(() => {
  directory = temporaryDirectory();
  fixture = path.join(directory, 'sample.yaml');
  fs.writeFileSync(fixture, FIXTURE);
});
afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));

test('when an expectation is wrong, then that case fails with a diff naming the field, and the others pass', async () => {
  const target = new InProcessTarget(new RulesProvider('IN'), {
    region: 'IN',
    defaultTimezone: 'Asia/Kolkata',
  });
  const run = await runFixtures({ files: [fixture], target });
  await target.close();
  const summary = summarize(run.results);
  expect(summary.turns).toBe(3);
  expect(summary.intentAccuracy).toBe(1);
  expect(summary.frameAccuracy).toBeCloseTo(2 / 3);
  expect(summary.failures.map((failure) => failure.id)).toEqual(['wrong-on-purpose']);
  expect(summary.failures[0]!.diff).toEqual(['entities.status: - "LOST"  + "WON"']);
  const status = summary.entities.find((score) => score.entity === 'status')!;
  expect([status.truePositives, status.falsePositives, status.falseNegatives]).toEqual([0, 1, 1]);
  const report = formatReport(summary, { intent_accuracy: 0.97, frame_accuracy: 0.9 }, 'test');
  expect(report).toContain('✗ sample.yaml › wrong-on-purpose');
  expect(report).toContain('"Mark lead 1 as won"');
  expect(report).toMatch(/whole-frame accuracy\s+66\.7%/);
});

test('when the CLI runs below its thresholds, then it exits 1; --record writes a candidate and leaves the file alone', () => {
  const thresholds = path.join(directory, 'thresholds.json');
  fs.writeFileSync(thresholds, JSON.stringify({ intent_accuracy: 0.9, frame_accuracy: 0.9 }));
  const json = path.join(directory, 'out.json');
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(ROOT, 'src/doors/regression/cli.ts'),
      fixture,
      '--thresholds',
      thresholds,
      '--json',
      json,
      '--record',
    ],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } },
  );
  expect(result.status).toBe(1);
  expect(result.stdout).toContain('Fixtures FAIL (below threshold): 2 of 3 frames correct');
  expect(result.stdout).toContain('entities.status: - "LOST"  + "WON"');
  expect(result.stderr).toContain('[##############################] 3/3');
  expect(JSON.parse(fs.readFileSync(json, 'utf8')).summary.turns).toBe(3);
  expect(fs.readFileSync(fixture, 'utf8')).toBe(FIXTURE);
  const recorded = loadFixtureFile(path.join(directory, 'sample.recorded.yaml'));
  const wrong = recorded.cases.find((item) => item.id === 'wrong-on-purpose')!;
  expect(wrong.expect!.entities).toEqual({ lead_id: '{rohan.id}', status: 'WON' });
});

test('when the CLI is given an unknown option, then it exits 2 with a usage message', () => {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'src/doors/regression/cli.ts'), '--bogus'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  expect(result.status).toBe(2);
  expect(result.stderr).toContain('fixtures: unknown option --bogus');
});

describe('against a running server (--url)', () => {
  let harness: Harness;
  let server: Server;

  beforeEach(async () => {
    harness = startHarness();
    await new Promise<void>((resolve) => {
      server = harness.service.app.listen(0, '127.0.0.1', () => resolve());
    });
  });
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    await harness.close();
  });

  test('when cases run over HTTP, then they score the same and the server is left as it was found', async () => {
    const target = new HttpTarget(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    const run = await runFixtures({ files: [fixture], target });
    await target.close();
    const summary = summarize(run.results);
    expect(summary.failures.map((failure) => failure.id)).toEqual(['wrong-on-purpose']);
    expect(harness.service.db.prepare('SELECT count(*) AS n FROM leads').get()).toEqual({ n: 0 });
  });

  test('when cases run over HTTP, then each turn reports the engine the server says answered it', async () => {
    const target = new HttpTarget(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    const run = await runFixtures({ files: [fixture], target });
    await target.close();
    expect(new Set(run.results.map((result) => result.provider))).toEqual(new Set(['rules']));
  });
});

test('when the server answers 429 with Retry-After, then the runner waits that long and sends the request again', async () => {
  const express = (await import('express')).default;
  const app = express();
  let calls = 0;
  app.post('/transcript', (_request, response) => {
    calls++;
    if (calls === 1) {
      response.setHeader('Retry-After', '1');
      response.status(429).json({ error: { type: 'RATE_LIMITED' } });
      return;
    }
    response.json({ intent: 'UNKNOWN', entities: {}, nlu: { provider: 'rules' } });
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const target = new HttpTarget(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  const started = Date.now();
  const answer = await target.send({ transcript: 'hello' });
  await new Promise((resolve) => server.close(resolve));
  expect(answer.httpStatus).toBe(200);
  expect(calls).toBe(2);
  expect(target.waits).toBe(1);
  expect(Date.now() - started).toBeGreaterThanOrEqual(950);
});

test('when a declared lead phone is taken on the server already, then the reason names it instead of a bare 409', async () => {
  const harness = startHarness();
  const existing = await harness.seedLead({ name: 'Someone Else', phone: '+919876543210', city: 'Pune' });
  const server = harness.service.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const target = new HttpTarget(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  await expect(
    target.reset({ rohan: { name: 'Rohan Sharma', phone: '+919876543210', city: 'Gurgaon' } }),
  ).rejects.toThrow(
    new RegExp(
      `already has a lead with phone \\+919876543210 \\(lead_id ${existing}\\) that this run did not make`,
    ),
  );
  await target.close();
  await new Promise((resolve) => server.close(resolve));
  await harness.close();
});

test('when the CLI is asked for --help, then it prints the options and exit codes and exits 0', () => {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'src/doors/regression/cli.ts'), '--help'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/Usage: npm run fixtures[\s\S]*--url URL[\s\S]*Exit codes: 0/);
});

#!/usr/bin/env node
/**
 * An independent hostile-input run: starts the built service (node dist/main.js) on a temporary
 * database and a free loopback port, sends it REQUESTS random hostile requests (deep nesting, bad
 * percent-encoding, content encodings over plain bodies, lone surrogates, invalid UTF-8, oversized and
 * random bodies, odd headers) on every route, then checks that no answer was a 5xx and the process
 * still answers. Bounded in count and time; loopback only. Exit 0 clean, 1 on any 5xx or a death.
 *
 *   npm run build && node scripts/hostile-run.mjs [REQUESTS]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const REQUESTS = Number(process.argv[2] ?? 3000);
const DEADLINE_MS = 120_000;
const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

// A small seeded generator, so that a failing run can be repeated with SEED=….
const SEED = Number(process.env.SEED ?? Date.now() % 2 ** 31);
let seed = SEED;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (items) => items[Math.floor(random() * items.length)];
const integer = (min, max) => min + Math.floor(random() * (max - min + 1));

const nested = (levels) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
const bodies = [
  () => `{"transcript":"hello","metadata":{"x":${nested(integer(10, 7000))}}}`,
  () => `{"transcript":${nested(integer(10, 7000))}}`,
  () => `{"name":"\\ud800","phone":"98220 55667","city":"Pune","transcript":"add lead \\udc00"}`,
  () =>
    Buffer.concat([
      Buffer.from('{"transcript":"add lead Jos'),
      Buffer.from([0xe9, 0xff, 0xc0]),
      Buffer.from('"}'),
    ]),
  () => 'x'.repeat(integer(0, 40_000)),
  () => JSON.stringify({ transcript: 'a'.repeat(integer(0, 1200)), session_id: 'y'.repeat(integer(0, 300)) }),
  () =>
    JSON.stringify({
      transcript: 'add lead rohan from pune phone 98220 55667',
      reference_time: pick(['bad', '', 1, null]),
    }),
  () =>
    JSON.stringify({
      lead_id: pick(['x', '%', '']),
      visit_time: pick(['2020-01-01T00:00:00Z', 'soon', 5]),
      status: pick(['WON', 'x', 7]),
    }),
  () => '{"a":',
  () => Buffer.from(Array.from({ length: integer(1, 200) }, () => integer(0, 255))),
];
const paths = [
  '/transcript',
  '/bot/handle',
  '/crm/leads',
  '/crm/visits',
  () => `/crm/leads/${pick(['%', '%zz', '%ff%fe', '%C0%AF', 'x', '../..', '%00'])}`,
  () => `/crm/leads/${pick(['%zz', 'nope', '%'])}/status`,
  () => `/crm/leads?q=${pick(['%', '%zz', 'a'.repeat(300), 'ro'])}&limit=${pick(['0', 'x', '1000', '5'])}`,
  () => `/crm/visits?from=${pick(['%', 'x', '2025-01-01T00:00:00Z'])}`,
  '/nowhere',
];

function request(base) {
  const route = pick(paths);
  const target = typeof route === 'function' ? route() : route;
  const method = pick(['POST', 'POST', 'POST', 'GET', 'DELETE', 'PUT']);
  const headers = {
    'content-type': pick([
      'application/json',
      'application/json; charset=latin1',
      'text/plain',
      'application/x-www-form-urlencoded',
    ]),
  };
  if (random() < 0.25) headers['content-encoding'] = pick(['gzip', 'deflate', 'br', 'compress', 'x']);
  if (random() < 0.2) headers['idempotency-key'] = pick(['k', 'key with spaces', 'é', 'k'.repeat(300)]);
  if (random() < 0.2) headers.authorization = pick(['Bearer x', 'Basic y', 'Bearer']);
  const body = method === 'GET' || method === 'DELETE' ? undefined : pick(bodies)();
  return fetch(`${base}${target}`, { method, headers, ...(body === undefined ? {} : { body }) }).then(
    async (response) => {
      await response.arrayBuffer();
      return response.status;
    },
    () => 'network',
  );
}

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'leadline-hostile-'));
const port = await freePort();
const child = spawn(process.execPath, [path.join(root, 'dist', 'main.js')], {
  cwd: root,
  env: {
    ...process.env,
    PORT: String(port),
    DATABASE_PATH: path.join(directory, 'crm.sqlite'),
    INTERACTIONS_LOG_PATH: path.join(directory, 'interactions.jsonl'),
    LOG_LEVEL: 'error',
    RATE_LIMIT_PER_MINUTE: '1000000',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
let died = null;
child.once('exit', (code, signal) => (died = signal ?? code));
const base = `http://127.0.0.1:${port}`;
const started = Date.now();
while (Date.now() - started < 15_000) {
  try {
    if ((await fetch(`${base}/healthz`)).ok) break;
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const statuses = new Map();
let sent = 0;
const workers = Array.from({ length: 8 }, async () => {
  while (sent < REQUESTS && died === null && Date.now() - started < DEADLINE_MS) {
    sent++;
    const status = await request(base);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
});
await Promise.all(workers);
const alive =
  died === null &&
  (await fetch(`${base}/healthz`).then(
    (response) => response.ok,
    () => false,
  ));
child.kill('SIGTERM');
fs.rmSync(directory, { recursive: true, force: true });

const serverErrors = [...statuses].filter(([status]) => typeof status === 'number' && status >= 500);
const summary = [...statuses]
  .sort(([a], [b]) => String(a).localeCompare(String(b)))
  .map(([status, count]) => `${status}: ${count}`)
  .join(', ');
process.stdout.write(
  `hostile run (SEED=${SEED}): ${sent} requests — ${summary}; process ${alive ? 'alive' : `dead (${died})`}\n`,
);
process.exit(serverErrors.length === 0 && alive && !statuses.has('network') ? 0 : 1);

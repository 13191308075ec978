import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { FakeOpenAi } from '../fakes/fake-llm';
import { temporaryDirectory } from '../helpers/harness';
import { freePort, waitForHealth } from '../helpers/process';

/**
 * Start-up as a new user meets it: a mistake in the environment ends in one line that names the
 * variable, and exit code 2 — never a stack trace, a hang, or a half-started service.
 */
const ROOT = path.join(__dirname, '..', '..');

function run(env: Record<string, string>, args: string[] = [], deadlineMs = 15_000) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'main.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', INTERACTIONS_LOG_PATH: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), deadlineMs);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    }),
  );
  return { child, exited, output: () => ({ stderr, stdout }) };
}

const directory = temporaryDirectory();
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

test('when the port is in use, then start-up says so in one line naming PORT and exits 2', async () => {
  const port = await freePort();
  const blocker = net.createServer().listen(port, '127.0.0.1');
  await new Promise((resolve) => blocker.once('listening', resolve));
  const started = run({ PORT: String(port), DATABASE_PATH: path.join(directory, 'a.sqlite') });
  expect(await started.exited).toBe(2);
  blocker.close();
  const { stderr } = started.output();
  expect(stderr.trim()).toBe(
    `leadline: PORT: port ${port} is in use by another program; choose another with PORT=`,
  );
}, 30_000);

test.each([
  [
    'under a file',
    () =>
      path.join(
        fs.writeFileSync(path.join(directory, 'plain'), 'x') ?? path.join(directory, 'plain'),
        'crm.sqlite',
      ),
    /is a file, not a folder/,
  ],
  ['under /proc', () => '/proc/leadline-test/crm.sqlite', /system folder/],
  ['a folder, not a file', () => fs.mkdtempSync(path.join(directory, 'folder-')), /unable to open/],
])(
  'when DATABASE_PATH is %s, then start-up says so in one line and exits 2, without hanging',
  async (_case, file, reason) => {
    const databasePath = file();
    const started = run({ PORT: String(await freePort()), DATABASE_PATH: databasePath }, [], 10_000);
    expect(await started.exited).toBe(2);
    const lines = started.output().stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`^leadline: DATABASE_PATH \\(${databasePath.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\): `),
    );
    expect(lines[0]).toMatch(reason);
  },
  30_000,
);

test('when a command is unknown, then it is refused with the usage and exit 2; --help prints it and exits 0', async () => {
  const bogus = run({}, ['bogus']);
  expect(await bogus.exited).toBe(2);
  expect(bogus.output().stderr).toMatch(/unknown command 'bogus'[\s\S]*Usage: node dist\/main\.js/);
  const help = run({}, ['--help']);
  expect(await help.exited).toBe(0);
  expect(help.output().stdout).toMatch(/Usage: node dist\/main\.js[\s\S]*Exit codes/);
}, 30_000);

test('when a model is configured that answers nonsense, then the service still starts and warm-up never asks it', async () => {
  const model = new FakeOpenAi();
  await model.start();
  model.then({ kind: 'text', text: 'not json at all' }, { kind: 'text', text: 'still not json' });
  const port = await freePort();
  const started = run({
    PORT: String(port),
    DATABASE_PATH: path.join(directory, 'model.sqlite'),
    NLU_PROVIDER: 'openai',
    OPENAI_BASE_URL: `${model.url}/v1`,
  });
  await waitForHealth(`http://127.0.0.1:${port}`);
  expect(model.requests).toHaveLength(0);
  started.child.kill('SIGTERM');
  expect(await started.exited).toBe(0);
  await model.stop();
}, 30_000);

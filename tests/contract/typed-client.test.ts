import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { startHarness } from '../helpers/harness';
import { typedClient } from './typed-client';

/**
 * The contract as a client generated from it sees it: the generated types match openapi.yaml as it
 * is now, and a client typed by them talks to the live service.
 */
const ROOT = path.join(__dirname, '..', '..');

test('when the types are generated from openapi.yaml again, then they are the ones committed', () => {
  // The generator's own CLI, as `npm run openapi:types` runs it, into a temporary file.
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'leadline-types-')), 'openapi-types.ts');
  const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);
  expect(spawnSync(bin('openapi-typescript'), [path.join(ROOT, 'openapi.yaml'), '-o', out]).status).toBe(0);
  fs.copyFileSync(path.join(ROOT, '.prettierrc.json'), path.join(path.dirname(out), '.prettierrc.json'));
  expect(spawnSync(bin('prettier'), ['--write', out]).status).toBe(0);
  const body = (text: string) => text.replace(/^\/\*\*[\s\S]*?\*\/\s*/, '').trim();
  // If this fails, run `npm run openapi:types` and commit the result.
  expect(body(fs.readFileSync(path.join(__dirname, 'openapi-types.ts'), 'utf8'))).toBe(
    body(fs.readFileSync(out, 'utf8')),
  );
}, 30_000);

test('when the typed client creates a lead and sends a transcript, then the live answers have the typed shapes', async () => {
  const harness = startHarness();
  const server = harness.service.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const client = typedClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  const created = await client.createLead({ name: 'Rohan Sharma', phone: '98765 43210', city: 'Gurgaon' });
  expect(created.status).toBe(201);
  expect(created.body.status).toBe('NEW');
  const answer = await client.transcript({
    transcript: `mark lead ${created.body.lead_id.slice(0, 8)} as won`,
  });
  expect(answer.status).toBe(200);
  expect(answer.body.intent).toBe('LEAD_UPDATE');
  expect(answer.body.entities.lead_id).toBe(created.body.lead_id);
  await new Promise((resolve) => server.close(resolve));
  await harness.close();
});

import Database from 'better-sqlite3';
import path from 'node:path';
import { migrate, openDatabase } from '../../src/storage/database';
import { SqliteCrmStore } from '../../src/crm/embedded/store';
import { temporaryDirectory } from '../helpers/harness';

test('when a version-1 database is opened, then it is migrated and its leads get the name-word index', async () => {
  const file = path.join(temporaryDirectory(), 'crm.sqlite');
  const old = new Database(file);
  migrate(old, 1);
  old.exec(`INSERT INTO leads (id, number, name, name_key, phone, city, source, status, created_at, updated_at)
    VALUES ('old-lead', 1, 'Priya Nair', 'priya nair', '+919123456789', 'Mumbai', NULL, 'NEW', 'x', 'x');`);
  old.close();
  const db = openDatabase(file);
  const latest = openDatabase(path.join(temporaryDirectory(), 'fresh.sqlite')).pragma('user_version', {
    simple: true,
  });
  expect(db.pragma('user_version', { simple: true })).toBe(latest);
  const found = await new SqliteCrmStore(db).searchLeads({ q: 'nai', limit: 10 });
  expect(found.leads.map((lead) => lead.lead_id)).toEqual(['old-lead']);
  db.close();
});

test('when the database is newer than this build, then opening it fails with a clear message', () => {
  const file = path.join(temporaryDirectory(), 'crm.sqlite');
  const db = openDatabase(file);
  db.pragma('user_version = 99');
  db.close();
  expect(() => openDatabase(file)).toThrow(/schema version 99 is newer than this build/);
});

test('when the database is opened, then it is in WAL mode with foreign keys and full sync', () => {
  const db = openDatabase(path.join(temporaryDirectory(), 'crm.sqlite'));
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  expect(db.pragma('synchronous', { simple: true })).toBe(2);
  db.close();
});

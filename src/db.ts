import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { nameWords } from './crm/name-search';

/**
 * Schema migrations, kept in code and applied in order; `PRAGMA user_version` records how many ran.
 * Append new ones at the end; never edit one that has shipped.
 */
type Migration = string | ((db: Database.Database) => void);

const MIGRATIONS: readonly Migration[] = [
  `CREATE TABLE leads (
     id TEXT PRIMARY KEY,
     number INTEGER NOT NULL UNIQUE,
     name TEXT NOT NULL,
     name_key TEXT NOT NULL,
     phone TEXT NOT NULL UNIQUE,
     city TEXT NOT NULL,
     source TEXT,
     status TEXT NOT NULL CHECK (status IN ('NEW','IN_PROGRESS','FOLLOW_UP','WON','LOST')),
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE INDEX leads_name_key ON leads (name_key);
   CREATE TABLE lead_status_history (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     lead_id TEXT NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
     from_status TEXT,
     to_status TEXT NOT NULL,
     notes TEXT,
     changed_at TEXT NOT NULL
   );
   CREATE INDEX lead_status_history_lead ON lead_status_history (lead_id);
   CREATE TABLE visits (
     id TEXT PRIMARY KEY,
     lead_id TEXT NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
     visit_time TEXT NOT NULL,
     visit_at_ms INTEGER NOT NULL,
     notes TEXT,
     status TEXT NOT NULL DEFAULT 'SCHEDULED',
     created_at TEXT NOT NULL
   );
   CREATE INDEX visits_lead ON visits (lead_id, visit_at_ms);
   CREATE TABLE interactions (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     request_id TEXT NOT NULL,
     created_at TEXT NOT NULL,
     channel TEXT NOT NULL,
     transcript TEXT NOT NULL,
     metadata TEXT,
     session_id TEXT,
     intent TEXT,
     entities TEXT,
     outcome TEXT NOT NULL,
     error_type TEXT,
     http_status INTEGER NOT NULL,
     crm_calls TEXT,
     provider TEXT,
     latency_ms REAL NOT NULL
   );
   CREATE INDEX interactions_request ON interactions (request_id);`,
  // 2: word-prefix name search through an index instead of a LIKE scan of every lead.
  (db) => {
    db.exec(`CREATE TABLE lead_name_words (
       word TEXT NOT NULL,
       lead_id TEXT NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
       PRIMARY KEY (word, lead_id)
     ) WITHOUT ROWID;
     CREATE INDEX lead_name_words_lead ON lead_name_words (lead_id);
     CREATE INDEX leads_status_number ON leads (status, number);`);
    const insert = db.prepare('INSERT OR IGNORE INTO lead_name_words (word, lead_id) VALUES (?, ?)');
    for (const lead of db.prepare('SELECT id, name FROM leads').all() as { id: string; name: string }[]) {
      for (const word of nameWords(lead.name)) insert.run(word, lead.id);
    }
  },
  // 3: conversation sessions: a pending request and the last lead acted on.
  `CREATE TABLE conversation_sessions (
     id TEXT PRIMARY KEY,
     pending TEXT,
     last_lead TEXT,
     updated_at_ms INTEGER NOT NULL
   );
   CREATE INDEX conversation_sessions_updated ON conversation_sessions (updated_at_ms);`,
  // 4: Idempotency-Key: the first answer to a request, replayed to its retries.
  `CREATE TABLE idempotency_keys (
     scope TEXT NOT NULL,
     key TEXT NOT NULL,
     body_hash TEXT NOT NULL,
     status INTEGER,
     response TEXT,
     created_at_ms INTEGER NOT NULL,
     PRIMARY KEY (scope, key)
   );
   CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at_ms);`,
];

export type Db = Database.Database;

export function openDatabase(file: string): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // FULL: a write the client was told about survives a power cut, not only a process crash.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

/** Applies the migrations not yet applied, up to `target` (tests stop early to build old databases). */
export function migrate(db: Db, target = MIGRATIONS.length): void {
  const applied = db.pragma('user_version', { simple: true }) as number;
  if (applied > MIGRATIONS.length) {
    throw new Error(`Database schema version ${applied} is newer than this build (${MIGRATIONS.length}).`);
  }
  for (let version = applied; version < target; version++) {
    db.transaction(() => {
      const migration = MIGRATIONS[version]!;
      if (typeof migration === 'string') db.exec(migration);
      else migration(db);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

import type Database from 'better-sqlite3';

/**
 * Schema migrations, kept in code and applied in order; `PRAGMA user_version` records how many ran.
 * Append new ones at the end; never edit one that has shipped. A migration is frozen: it imports no
 * live code, so a later change to the application cannot change what an old migration does.
 */
type Migration = string | ((db: Database.Database) => void);

export const MIGRATIONS: readonly Migration[] = [
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
    // The words of a name as this migration was written: lowercased, split at spaces and . ' -
    const wordsOf = (name: string) => [
      ...new Set(
        name
          .toLowerCase()
          .split(/[\s.'-]+/)
          .filter(Boolean),
      ),
    ];
    for (const lead of db.prepare('SELECT id, name FROM leads').all() as { id: string; name: string }[]) {
      for (const word of wordsOf(lead.name)) insert.run(word, lead.id);
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
  // 5: a pending request says `lead_reference`, the one name of a lead as said (was `lead_ref`).
  `UPDATE conversation_sessions
     SET pending = json_set(json_remove(pending, '$.action.said.lead_ref'), '$.action.said.lead_reference',
                            json_extract(pending, '$.action.said.lead_ref'))
     WHERE pending IS NOT NULL AND json_extract(pending, '$.action.said.lead_ref') IS NOT NULL;`,
  // 6: the area within the city ("Baner" in Pune), when it was said.
  `ALTER TABLE leads ADD COLUMN locality TEXT;`,
  // 7: lead numbers come from a counter, so a number is never given again after a delete.
  `CREATE TABLE lead_counter (id INTEGER PRIMARY KEY CHECK (id = 1), last INTEGER NOT NULL);
   INSERT INTO lead_counter (id, last) VALUES (1, (SELECT COALESCE(MAX(number), 0) FROM leads));`,
];

import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS } from './migrations';

export type Db = Database.Database;

/** The database cannot be opened where it was asked for: the reason, in words, for one line. */
export class DatabaseOpenError extends Error {
  override readonly name = 'DatabaseOpenError';
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(reason);
  }
}

/**
 * The folder of the database file, made one level at a time: Node's recursive mkdir spins forever on
 * a path under /proc, and a path under a file must be said plainly.
 */
function ensureFolder(folder: string, file: string): void {
  const missing: string[] = [];
  let at = folder;
  for (;;) {
    const stat = fs.statSync(at, { throwIfNoEntry: false });
    if (stat?.isDirectory()) break;
    if (stat) throw new DatabaseOpenError(file, `${at} is a file, not a folder.`);
    const parent = path.dirname(at);
    if (parent === at) break;
    missing.unshift(at);
    at = parent;
  }
  for (const part of missing) {
    try {
      fs.mkdirSync(part);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      throw new DatabaseOpenError(file, `cannot create the folder ${part} (${String(code ?? error)}).`);
    }
  }
}

export function openDatabase(file: string): Db {
  if (file !== ':memory:') {
    const resolved = path.resolve(file);
    if (/^\/(?:proc|sys|dev)(?:\/|$)/.test(resolved))
      throw new DatabaseOpenError(file, 'a system folder is no place for a database.');
    ensureFolder(path.dirname(resolved), file);
  }
  let db: Db;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    // FULL: a write the client was told about survives a power cut, not only a process crash.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  } catch (error) {
    // SQLite's own words ("unable to open database file", "attempt to write a readonly database").
    throw new DatabaseOpenError(file, error instanceof Error ? error.message : String(error));
  }
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
      const migration = MIGRATIONS[version];
      if (migration === undefined) return;
      if (typeof migration === 'string') db.exec(migration);
      else migration(db);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

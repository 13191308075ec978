import type { Db } from './database';

/**
 * Group commit: the writes of concurrent requests share one transaction, so they share one fsync.
 * A write is queued and the queue is committed on the next turn of the event loop (setImmediate:
 * after the I/O that brought the other requests in), at most MAX_BATCH writes a transaction. Each
 * write runs in its own savepoint, so one that throws is rolled back alone and its caller rejected,
 * while the others commit. Every caller's promise settles only after COMMIT has returned — with
 * `synchronous=FULL`, a resolved write is on disk — so a 2xx still means durable.
 *
 * better-sqlite3 is synchronous: the whole batch (every write, then COMMIT) runs in one go, so no
 * other code ever sees a write before it is committed, and reads after an awaited write see it.
 */
export const MAX_BATCH = 128;

interface Pending {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface GroupCommitStats {
  /** Transactions committed. */
  commits: number;
  /** Writes committed or rolled back in them. */
  writes: number;
}

export class GroupCommit {
  private queue: Pending[] = [];
  private scheduled = false;
  readonly stats: GroupCommitStats = { commits: 0, writes: 0 };

  constructor(private readonly db: Db) {}

  /** Runs `work` inside the next batch's transaction; resolves with its value once committed. */
  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Commits what is queued now (also called on close, so nothing queued is left behind). */
  flush(): void {
    this.scheduled = false;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
      try {
        this.db.transaction(() => {
          for (const item of batch) {
            try {
              // A nested better-sqlite3 transaction is a SAVEPOINT: rolled back alone if it throws.
              outcomes.push({ ok: true, value: this.db.transaction(item.work)() });
            } catch (error) {
              outcomes.push({ ok: false, error });
            }
          }
        })();
      } catch (error) {
        // COMMIT itself failed (disk full, I/O error): nothing of the batch is on disk.
        for (const item of batch) item.reject(error);
        continue;
      }
      this.stats.commits += 1;
      this.stats.writes += batch.length;
      batch.forEach((item, index) => {
        const outcome = outcomes[index];
        if (outcome?.ok) item.resolve(outcome.value);
        else item.reject(outcome?.error);
      });
    }
  }
}

const writers = new WeakMap<Db, GroupCommit>();

/** The one group-commit writer of a database: every store on it shares its batches. */
export function groupCommitOf(db: Db): GroupCommit {
  let writer = writers.get(db);
  if (!writer) {
    writer = new GroupCommit(db);
    writers.set(db, writer);
  }
  return writer;
}

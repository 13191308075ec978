/**
 * Turns of one conversation run one after another: each reads the session, awaits the CRM, and
 * writes the session back, so two at once would lose one's pending request or last lead. Turns of
 * different sessions (and turns without one) still run concurrently. One process only; several
 * instances need a lock in the shared store.
 */
export class SessionQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(sessionId: string | undefined, work: () => Promise<T>): Promise<T> {
    if (sessionId === undefined) return work();
    const previous = this.tails.get(sessionId) ?? Promise.resolve();
    // The next turn waits for this one whether it succeeds or fails.
    const current = previous.then(work, work);
    const tail = current.catch(() => undefined);
    this.tails.set(sessionId, tail);
    void tail.then(() => {
      if (this.tails.get(sessionId) === tail) this.tails.delete(sessionId);
    });
    return current;
  }

  /** Sessions with a turn running or waiting. */
  get size(): number {
    return this.tails.size;
  }
}

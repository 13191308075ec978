import type { RequestHandler } from 'express';
import { createHash } from 'node:crypto';
import type { Db } from '../db';
import { ValidationError } from '../errors';
import { sendError } from './guards';

/**
 * `Idempotency-Key` on POST routes. The first answer to a key is kept for 24 hours and replayed to
 * every retry with the same body, so a retried request never writes twice. The same key with another
 * body is refused (422); a key whose first request is still running is refused (409). Answers of 5xx
 * are not kept: the key is released so that a retry can succeed.
 */
const KEPT_MS = 24 * 60 * 60_000;
/** A first request that never finished (the process died) stops holding its key after this. */
const ABANDONED_MS = 60_000;
const KEY = /^[\x21-\x7e]{1,255}$/;

interface Row {
  body_hash: string;
  status: number | null;
  response: string | null;
  created_at_ms: number;
}

export class IdempotencyStore {
  private readonly statements;
  private lastPurge = 0;

  constructor(
    db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.statements = {
      get: db.prepare(
        `SELECT body_hash, status, response, created_at_ms FROM idempotency_keys WHERE scope = ? AND key = ?`,
      ),
      begin: db.prepare(
        `INSERT INTO idempotency_keys (scope, key, body_hash, created_at_ms) VALUES (?, ?, ?, ?)`,
      ),
      complete: db.prepare(
        `UPDATE idempotency_keys SET status = ?, response = ? WHERE scope = ? AND key = ?`,
      ),
      release: db.prepare(`DELETE FROM idempotency_keys WHERE scope = ? AND key = ?`),
      purge: db.prepare(`DELETE FROM idempotency_keys WHERE created_at_ms < ?`),
    };
  }

  /** The key's row if it still counts; an expired or abandoned one is removed. */
  find(scope: string, key: string): Row | null {
    const row = this.statements.get.get(scope, key) as Row | undefined;
    if (!row) return null;
    const age = this.now() - row.created_at_ms;
    if (age > KEPT_MS || (row.status === null && age > ABANDONED_MS)) {
      this.statements.release.run(scope, key);
      return null;
    }
    return row;
  }

  begin(scope: string, key: string, bodyHash: string): void {
    const now = this.now();
    this.statements.begin.run(scope, key, bodyHash, now);
    if (now - this.lastPurge > 60 * 60_000) {
      this.lastPurge = now;
      this.statements.purge.run(now - KEPT_MS);
    }
  }

  complete(scope: string, key: string, status: number, response: string): void {
    this.statements.complete.run(status, response, scope, key);
  }

  release(scope: string, key: string): void {
    this.statements.release.run(scope, key);
  }
}

const hashOf = (body: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(body ?? null))
    .digest('hex');

/** `scope` groups routes that are one operation (POST /transcript and POST /bot/handle). */
export function idempotent(store: IdempotencyStore, scope?: string): RequestHandler {
  return (request, response, next) => {
    const key = request.get('idempotency-key');
    if (key === undefined) return next();
    if (!KEY.test(key)) {
      sendError(
        request,
        response,
        new ValidationError('Idempotency-Key must be 1–255 visible ASCII characters.', { httpStatus: 400 }),
      );
      return;
    }
    const where = scope ?? `${request.method} ${request.baseUrl}${request.path}`;
    const bodyHash = hashOf(request.body);
    const existing = store.find(where, key);
    if (existing) {
      if (existing.body_hash !== bodyHash) {
        sendError(
          request,
          response,
          new ValidationError('This Idempotency-Key was already used with a different request body.'),
        );
      } else if (existing.status === null) {
        sendError(
          request,
          response,
          new ValidationError(
            'A request with this Idempotency-Key is still being processed; retry in a moment.',
            { httpStatus: 409 },
          ),
        );
      } else {
        response.setHeader('Idempotent-Replayed', 'true');
        response.status(existing.status).type('application/json').send(existing.response);
      }
      return;
    }
    store.begin(where, key, bodyHash);
    let settled = false;
    const send = response.json.bind(response);
    response.json = (body: unknown) => {
      settled = true;
      if (response.statusCode < 500) store.complete(where, key, response.statusCode, JSON.stringify(body));
      else store.release(where, key);
      return send(body);
    };
    response.on('close', () => {
      if (!settled) store.release(where, key);
    });
    next();
  };
}

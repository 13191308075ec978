import type { Request, RequestHandler } from 'express';
import { ValidationError } from '../../kernel/errors';
import type { Logger } from '../../kernel/logger';
import { fingerprintOf, type IdempotencyStore } from '../../storage/idempotency';

/**
 * `Idempotency-Key` on POST routes. The first answer to a key is replayed to every retry with the
 * same body, so a retried request never writes twice. The same key with another body is refused
 * (422); a key whose first request is still running is refused (409). Answers of 5xx are not kept:
 * the key is released so that a retry can succeed.
 */
const KEY = /^[\x21-\x7e]{1,255}$/;

/** `scope` groups routes that are one operation (POST /transcript and POST /bot/handle). */
export function idempotent(
  store: IdempotencyStore,
  logger: Logger,
  scope?: string,
  /** What "the same request" is: the JSON body by default; a clip's bytes and options for audio. */
  fingerprint: (request: Request) => string = (request) => fingerprintOf(request.body),
): RequestHandler {
  const kept = (work: Promise<void>) =>
    work.catch((error: unknown) => logger.error({ err: error }, 'could not keep an idempotent answer'));
  return async (request, response, next) => {
    const key = request.get('idempotency-key');
    if (key === undefined) return next();
    if (!KEY.test(key)) {
      throw new ValidationError('Idempotency-Key must be 1–255 visible ASCII characters.', {
        httpStatus: 400,
      });
    }
    const where = scope ?? `${request.method} ${request.baseUrl}${request.path}`;
    const claim = await store.claim(where, key, fingerprint(request));
    switch (claim.kind) {
      case 'mismatch':
        throw new ValidationError('This Idempotency-Key was already used with a different request body.');
      case 'in-flight':
        throw new ValidationError(
          'A request with this Idempotency-Key is still being processed; retry in a moment.',
          {
            httpStatus: 409,
          },
        );
      case 'replay':
        response.setHeader('Idempotent-Replayed', 'true');
        response.status(claim.status).type('application/json').send(claim.response);
        return;
      case 'claimed':
        break;
    }
    let settled = false;
    const send = response.json.bind(response);
    response.json = (body: unknown) => {
      settled = true;
      if (response.statusCode < 500)
        void kept(store.complete(where, key, response.statusCode, JSON.stringify(body)));
      else void kept(store.release(where, key));
      return send(body);
    };
    response.on('close', () => {
      if (!settled) void kept(store.release(where, key));
    });
    next();
  };
}

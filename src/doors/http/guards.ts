import { rateLimit, ipKeyGenerator } from 'express-rate-limit';
import type { Request, RequestHandler } from 'express';
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { AuthError, RateLimitedError } from '../../kernel/errors';
import type { Logger } from '../../kernel/logger';

/**
 * Transport guards: the request id, the API key and the rate limit. A refusal is passed on as one of
 * the service's errors; the error handler of the API that mounted the guard answers it in its shape.
 */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export const requestId: RequestHandler = (request, response, next) => {
  const given = request.get('x-request-id');
  const id = given && REQUEST_ID.test(given) ? given : randomUUID();
  response.locals.requestId = id;
  response.setHeader('x-request-id', id);
  next();
};

/** One line per request of an API, like the transcript route's: method, path, status, latency. */
export function requestLog(logger: Logger, message: string): RequestHandler {
  return (request, response, next) => {
    const started = performance.now();
    response.once('finish', () => {
      logger.info(
        {
          request_id: response.locals.requestId,
          method: request.method,
          path: request.originalUrl.split('?')[0],
          status: response.statusCode,
          latency_ms: Math.round((performance.now() - started) * 100) / 100,
        },
        message,
      );
    });
    next();
  };
}

const digest = (text: string) => createHash('sha256').update(text).digest();

export function bearerOf(request: { get(name: string): string | undefined }): string | null {
  const header = request.get('authorization');
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1] ?? null;
}

/** Digests of equal length, compared in constant time: neither the key nor its length leaks. */
export function isApiKey(given: string | null | undefined, apiKey: string): boolean {
  return typeof given === 'string' && timingSafeEqual(digest(given), digest(apiKey));
}

/** With an API key, a request needs `Authorization: Bearer <key>`. */
export function requireApiKey(apiKey: string): RequestHandler {
  return (request, _response, next) => {
    next(isApiKey(bearerOf(request), apiKey) ? undefined : new AuthError());
  };
}

/**
 * A limit per API key for requests that carry the right one, else per client address: a made-up
 * bearer token buys no allowance of its own, and a wrong key is counted like no key.
 */
export function rateLimiter(perMinute: number, apiKey: string | null): RequestHandler {
  const keyed = apiKey ? `key:${digest(apiKey).toString('hex')}` : null;
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (request) =>
      keyed && apiKey && isApiKey(bearerOf(request), apiKey)
        ? keyed
        : `ip:${ipKeyGenerator(request.ip ?? 'unknown')}`,
    handler: (request, response, next) => {
      const reset = (request as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const seconds = Math.max(1, Math.ceil(((reset?.getTime() ?? Date.now() + 60_000) - Date.now()) / 1000));
      response.setHeader('Retry-After', String(seconds));
      next(new RateLimitedError(seconds));
    },
  });
}

/**
 * The guards every API of one process shares, so that one budget counts all its routes. The limit
 * comes first: wrong keys are limited too, so guessing keys costs the guesser's own budget.
 */
export function transportGuards(options: {
  apiKey: string | null;
  rateLimitPerMinute: number;
}): RequestHandler[] {
  return [
    rateLimiter(options.rateLimitPerMinute, options.apiKey),
    ...(options.apiKey ? [requireApiKey(options.apiKey)] : []),
  ];
}

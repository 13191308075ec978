import { ipKeyGenerator } from 'express-rate-limit';
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

/** An IPv6 client is counted by its /56 (one subscriber's block), an IPv4 one by its address. */
function clientKey(address: string): string {
  if (!address.includes(':') || address.startsWith('::ffff:')) return `ip:${address.replace(/^::ffff:/, '')}`;
  return `ip:${ipKeyGenerator(address, 56)}`;
}

/**
 * A limit per API key for requests that carry the right one, else per client address: a made-up
 * bearer token buys no allowance of its own, and a wrong key is counted like no key. A fixed window
 * of a minute per key, counted in a Map: one lookup a request, no store round trip, no per-request
 * header formatting beyond the standard `RateLimit` fields (draft 7). Windows that ended are swept
 * when the next window starts, so the map holds only the clients of the current minute.
 */
export function rateLimiter(perMinute: number, apiKey: string | null): RequestHandler {
  const keyed = apiKey ? `key:${digest(apiKey).toString('hex')}` : null;
  const windowMs = 60_000;
  const policy = `${perMinute};w=${windowMs / 1000}`;
  let windowStart = Math.floor(Date.now() / windowMs) * windowMs;
  let counts = new Map<string, number>();
  const keyOf = (request: Request): string => {
    // Only a request that says "Bearer …" pays for the constant-time key check.
    if (keyed && apiKey && request.headers.authorization && isApiKey(bearerOf(request), apiKey)) return keyed;
    return clientKey(request.ip ?? request.socket.remoteAddress ?? 'unknown');
  };
  return (request, response, next) => {
    const now = Date.now();
    if (now >= windowStart + windowMs) {
      windowStart = Math.floor(now / windowMs) * windowMs;
      counts = new Map();
    }
    const key = keyOf(request);
    const used = (counts.get(key) ?? 0) + 1;
    counts.set(key, used);
    const reset = Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000));
    response.setHeader('RateLimit-Policy', policy);
    response.setHeader(
      'RateLimit',
      `limit=${perMinute}, remaining=${Math.max(0, perMinute - used)}, reset=${reset}`,
    );
    if (used <= perMinute) return next();
    response.setHeader('Retry-After', String(reset));
    next(new RateLimitedError(reset));
  };
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

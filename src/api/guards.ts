import { rateLimit, ipKeyGenerator } from 'express-rate-limit';
import type { Request, RequestHandler, Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { randomUUID } from 'node:crypto';
import { errorBody } from '../contract';
import { AuthError, RateLimitedError, type LeadlineError } from '../errors';

/**
 * Transport guards: the API key and the rate limit. Both answer in the shape of the route they guard:
 * the contract's JSON for the bot, `{"detail": ...}` for the CRM API.
 */
export function sendError(request: Request, response: Response, error: LeadlineError): void {
  // Inside the router mounted at /crm, request.path is relative to it: look at the whole path.
  if (`${request.baseUrl}${request.path}`.startsWith('/crm')) {
    // The CRM API keeps the reference mock's error shape; a body it cannot read is a 422 there.
    response.status(error.httpStatus === 400 ? 422 : error.httpStatus).json({ detail: error.message });
    return;
  }
  const requestId = (response.locals.requestId as string | undefined) ?? randomUUID();
  response.status(error.httpStatus).json(errorBody(error, { requestId }));
}

const digest = (text: string) => createHash('sha256').update(text).digest();

export function bearerOf(request: { get(name: string): string | undefined }): string | null {
  const header = request.get('authorization');
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match ? match[1]! : null;
}

/** Digests of equal length, compared in constant time: neither the key nor its length leaks. */
export function isApiKey(given: string | null | undefined, apiKey: string): boolean {
  return typeof given === 'string' && timingSafeEqual(digest(given), digest(apiKey));
}

/** With an API key, every route but /healthz needs `Authorization: Bearer <key>`. */
export function requireApiKey(apiKey: string): RequestHandler {
  return (request, response, next) => {
    if (request.path === '/healthz') return next();
    if (isApiKey(bearerOf(request), apiKey)) return next();
    sendError(request, response, new AuthError());
  };
}

/** A limit per API key when one is sent, else per client address; /healthz is never limited. */
export function rateLimiter(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    skip: (request) => request.path === '/healthz',
    keyGenerator: (request) => {
      const bearer = bearerOf(request);
      return bearer
        ? `key:${digest(bearer).toString('hex')}`
        : `ip:${ipKeyGenerator(request.ip ?? 'unknown')}`;
    },
    handler: (request, response) => {
      const reset = (request as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const seconds = Math.max(1, Math.ceil(((reset?.getTime() ?? Date.now() + 60_000) - Date.now()) / 1000));
      response.setHeader('Retry-After', String(seconds));
      sendError(request, response, new RateLimitedError(seconds));
    },
  });
}

import express, { type RequestHandler } from 'express';
import { isUtf8 } from 'node:buffer';
import { ValidationError } from '../../kernel/errors';

/**
 * What a JSON body must be before anything reads it: UTF-8 bytes (a Latin-1 "José" is refused, never
 * cut to "Jos"), text without lone surrogates (they cannot be stored as UTF-8), and no deeper than
 * MAX_DEPTH (a 7,000-deep array would overflow the stack of whatever walks it next: the idempotency
 * hash, the interaction log). Checked without recursion, so the check itself cannot overflow.
 */
export const MAX_DEPTH = 32;
/** `metadata` is stored with every interaction: kept small and shallow. */
export const METADATA_MAX_DEPTH = 8;
export const METADATA_MAX_BYTES = 4096;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The problem with a parsed body, or null. */
export function bodyProblem(body: unknown): ValidationError | null {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value: body, depth: 0, path: '' }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    const { value, depth, path } = item;
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) {
        return new ValidationError(`${path || 'The body'} holds text that is not valid Unicode.`, {
          httpStatus: 400,
        });
      }
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    const inMetadata = path === 'metadata' || path.startsWith('metadata.');
    const limit = inMetadata ? METADATA_MAX_DEPTH : MAX_DEPTH;
    if (depth >= limit) {
      const what = inMetadata ? 'metadata' : 'The request body';
      return new ValidationError(`${what} nests deeper than ${limit} levels.`);
    }
    for (const [key, child] of Object.entries(value)) {
      if (LONE_SURROGATE.test(key)) {
        return new ValidationError('A key of the body is not valid Unicode.', { httpStatus: 400 });
      }
      stack.push({ value: child, depth: depth + 1, path: path ? `${path}.${key}` : key });
    }
  }
  return null;
}

/** The media types read as JSON bodies. */
export const JSON_TYPES = ['application/json', 'application/*+json'];

/** express.json with the byte check, then the shape check: each route gets a body it can trust. */
export function jsonBody(limitBytes: number): RequestHandler[] {
  const parse = express.json({
    limit: limitBytes,
    type: JSON_TYPES,
    verify: (_request, _response, bytes) => {
      if (!isUtf8(bytes)) {
        throw new ValidationError('The request body is not valid UTF-8; send UTF-8 JSON.', {
          httpStatus: 400,
        });
      }
    },
  });
  const guard: RequestHandler = (request, _response, next) => {
    const problem = bodyProblem(request.body);
    if (problem) return next(problem);
    // Safe to serialise now that its depth is bounded.
    const metadata = (request.body as { metadata?: unknown } | null)?.metadata;
    if (metadata !== undefined && JSON.stringify(metadata).length > METADATA_MAX_BYTES)
      return next(new ValidationError(`metadata is larger than ${METADATA_MAX_BYTES / 1024} KB.`));
    next();
  };
  return [parse, guard];
}

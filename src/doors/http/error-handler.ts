import type { ErrorRequestHandler, RequestHandler } from 'express';
import { InternalError, LeadlineError, ValidationError } from '../../kernel/errors';
import type { Logger } from '../../kernel/logger';
import { errorResponse, type ErrorShape } from '../../turn/answer';

/**
 * The one error middleware of an HTTP API: whatever went wrong — a body that is not JSON, a guard
 * that refused, a route that threw one of the service's errors, a bug — answers in the API's shape
 * (`contract` for the bot, `crm` for the CRM API), through the one module that makes error JSON.
 */
const CLIENT_ERRORS: Record<number, string> = {
  400: 'The request could not be read: a body that does not match its Content-Encoding, or a path with bad percent-encoding.',
  413: 'The request body is too large.',
  415: 'Unsupported body encoding; send UTF-8 JSON.',
};

function asLeadlineError(error: unknown, logger: Logger, requestId: unknown): LeadlineError {
  if (error instanceof LeadlineError) return error;
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.parse.failed')
    return new ValidationError('The request body is not valid JSON.', { httpStatus: 400 });
  if (type === 'entity.too.large') {
    const limit = (error as { limit?: unknown }).limit;
    const most = typeof limit === 'number' ? ` (at most ${limit} bytes)` : '';
    return new ValidationError(`The request body is too large${most}.`, { httpStatus: 413 });
  }
  if (type === 'encoding.unsupported' || type === 'charset.unsupported')
    return new ValidationError('Unsupported body encoding; send UTF-8 JSON.', { httpStatus: 415 });
  // The body parser and the router say what was wrong with the request by a 4xx status of their
  // own: a body that does not inflate, a path with bad percent-encoding.
  const status = (error as { status?: unknown; statusCode?: unknown } | null)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new ValidationError(CLIENT_ERRORS[status] ?? 'The request could not be read.', {
      httpStatus: status === 413 || status === 415 ? status : 400,
    });
  }
  logger.error({ err: error, request_id: requestId }, 'unhandled error');
  return new InternalError();
}

export function errorHandler(logger: Logger, shape: ErrorShape): ErrorRequestHandler {
  return (error: unknown, _request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const requestId = response.locals.requestId as string;
    const failure = asLeadlineError(error, logger, requestId);
    const { status, body } = errorResponse(failure, shape, requestId);
    response.status(status).json(body);
  };
}

/** The last route of an API: nothing here by that method and path. */
export const noRoute: RequestHandler = (request, response) => {
  response
    .status(404)
    .json({ detail: `No route for ${request.method} ${request.originalUrl.split('?')[0]}` });
};

/**
 * The one error family. Each subclass has a stable `type` (the contract's `error.type`) and an HTTP
 * status. Expected outcomes of a transcript (missing phone, unknown lead) travel as values of these
 * classes inside a PipelineOutcome; they are only thrown where the caller cannot go on.
 */
export type ErrorType =
  'VALIDATION_ERROR' | 'PARSING_ERROR' | 'CRM_ERROR' | 'AUTH_ERROR' | 'RATE_LIMITED' | 'INTERNAL_ERROR';

export abstract class LeadlineError extends Error {
  abstract readonly type: ErrorType;
  readonly httpStatus: number;

  constructor(message: string, httpStatus: number) {
    super(message);
    this.name = new.target.name;
    this.httpStatus = httpStatus;
  }

  /** Whether the same request could succeed if simply sent again later. */
  get retryable(): boolean {
    return this.httpStatus === 429 || this.httpStatus >= 500;
  }
}

/** The request itself is malformed (HTTP 400) or a value in it is unusable (HTTP 422). */
export class ValidationError extends LeadlineError {
  readonly type = 'VALIDATION_ERROR' as const;
  readonly missing: readonly string[];
  readonly prompt: string | undefined;
  /** Every field a person must say (again) to fix this: the missing ones and the invalid ones. */
  readonly fields: readonly string[];

  constructor(
    message: string,
    options: {
      httpStatus?: 400 | 409 | 413 | 415 | 422;
      missing?: readonly string[];
      prompt?: string;
      fields?: readonly string[];
    } = {},
  ) {
    super(message, options.httpStatus ?? 422);
    this.missing = options.missing ?? [];
    this.prompt = options.prompt;
    this.fields = [...new Set([...this.missing, ...(options.fields ?? [])])];
  }
}

export class ParsingError extends LeadlineError {
  readonly type = 'PARSING_ERROR' as const;
  constructor(message: string) {
    super(message, 422);
  }
}

/** The CRM said no (404, 409) or failed (502). `details` keeps the CRM's own words. */
export class CrmError extends LeadlineError {
  readonly type = 'CRM_ERROR' as const;
  constructor(message: string, httpStatus: 404 | 409 | 502) {
    super(message, httpStatus);
  }
}

/** A request without the right `Authorization: Bearer …` when the server has an API_KEY. */
export class AuthError extends LeadlineError {
  readonly type = 'AUTH_ERROR' as const;
  constructor(message = 'Missing or wrong API key: send Authorization: Bearer <API_KEY>.') {
    super(message, 401);
  }
}

export class RateLimitedError extends LeadlineError {
  readonly type = 'RATE_LIMITED' as const;
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests; try again in ${retryAfterSeconds} s.`, 429);
  }
}

/** A fault of this service. Its message is safe to show; the cause is only logged. */
export class InternalError extends LeadlineError {
  readonly type = 'INTERNAL_ERROR' as const;
  constructor(message = 'Internal error. The request was not completed; it is safe to retry.') {
    super(message, 500);
  }
}

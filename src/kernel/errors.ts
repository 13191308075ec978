import type { CrmAttempt, CrmCall } from './domain';

/**
 * The one error family. Each subclass has a stable `type` (the contract's `error.type`) and an HTTP
 * status; `retryable` follows from the status. Expected outcomes of a turn (missing phone, unknown
 * lead) travel as values of these classes inside the turn's outcome; they are only thrown where the
 * caller cannot go on. Adapters translate their vendor's errors into these where they catch them.
 */
export type ErrorType =
  | 'VALIDATION_ERROR'
  | 'PARSING_ERROR'
  | 'CRM_ERROR'
  | 'AUTH_ERROR'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_ERROR';

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

/**
 * The CRM said no (404, 409) or failed (502). `details` keeps the CRM's own words; `attempt` is the
 * call that got this answer, when there was one.
 */
export class CrmError extends LeadlineError {
  readonly type = 'CRM_ERROR' as const;
  constructor(
    message: string,
    httpStatus: 404 | 409 | 502,
    readonly attempt: CrmAttempt | null = null,
  ) {
    super(message, httpStatus);
  }

  /** The call as the contract's `crm_call`: only when the CRM answered. */
  get crmCall(): CrmCall | null {
    const attempt = this.attempt;
    return attempt && attempt.status_code !== null ? { ...attempt, status_code: attempt.status_code } : null;
  }
}

/** No lead (or no visit) with that id. */
export class NotFoundError extends CrmError {
  constructor(message = 'Lead not found', attempt: CrmAttempt | null = null) {
    super(message, 404, attempt);
  }
}

/** The write would break a rule of the CRM: a lead with this phone exists already. */
export class ConflictError extends CrmError {
  constructor(
    message: string,
    readonly existingLeadId: string | undefined,
    attempt: CrmAttempt | null = null,
  ) {
    super(message, 409, attempt);
  }
}

/** The CRM could not be reached: timeout, refused connection, 5xx after retries, an open breaker. */
export class CrmUnavailableError extends CrmError {
  constructor(message: string, attempt: CrmAttempt) {
    super(message, 502, attempt);
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

/** A service this one depends on (a model, Gemini Live) is not configured or cannot be reached. */
export class ServiceUnavailableError extends LeadlineError {
  readonly type = 'SERVICE_UNAVAILABLE' as const;
  constructor(message: string) {
    super(message, 503);
  }
}

/** A model could not be reached or answered with a failure (timeout, 429, 5xx after retries). */
export class ProviderUnavailableError extends ServiceUnavailableError {
  constructor(
    readonly provider: string,
    message: string,
    /** The model API's own HTTP status, when it answered. */
    readonly upstreamStatus?: number,
  ) {
    super(message);
  }

  /** A wrong or missing key: asking again cannot help until the configuration changes. */
  get refusedKey(): boolean {
    return this.upstreamStatus === 401 || this.upstreamStatus === 403;
  }
}

/** Gemini Live could not be reached, refused the session, or closed it for good. */
export class LiveUnavailableError extends ServiceUnavailableError {}

/** A fault of this service. Its message is safe to show; the cause is only logged. */
export class InternalError extends LeadlineError {
  readonly type = 'INTERNAL_ERROR' as const;
  constructor(message = 'Internal error. The request was not completed; it is safe to retry.') {
    super(message, 500);
  }
}

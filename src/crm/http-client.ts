import { randomUUID } from 'node:crypto';
import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  ExponentialBackoff,
  TaskCancelledError,
  TimeoutStrategy,
  handleWhen,
  retry,
  timeout,
  wrap,
} from 'cockatiel';
import type { CrmAttempt, LeadStatus } from '../kernel/domain';
import { ConflictError, CrmError, CrmUnavailableError } from '../kernel/errors';
import { detailOf, readCreatedLead, readLeadList, readStatus, readVisit, toResult } from './http-answers';
import {
  duplicatePhone,
  type CrmHealth,
  type CrmPort,
  type CrmResult,
  type LeadLookup,
  type NewLeadInput,
  type WriteOptions,
} from './port';

export interface HttpCrmOptions {
  baseUrl: string;
  /** Per attempt. */
  timeoutMs: number;
  /** Retries after the first attempt, on network errors, timeouts and 5xx only. */
  retries: number;
  /** First backoff delay; later ones grow exponentially with decorrelated jitter. */
  initialBackoffMs?: number;
  /** After this many consecutive failed calls, calls fail at once for `breakerResetMs`. */
  breakerFailures?: number;
  breakerResetMs?: number;
  /** Told when the breaker opens (calls fail fast) and when it closes again. */
  onBreakerChange?: (state: CrmHealth['breaker'], lastError: string | null) => void;
  /** The one attempt of a quick lookup (an ask's lead); at most `timeoutMs`, 1 s by default. */
  quickTimeoutMs?: number;
}

/** A 5xx: worth another attempt, and reported with the CRM's words if the attempts run out. */
class CrmServerFailure extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** fetch's network failures are TypeErrors, possibly from another realm: compared by name. */
const isNetworkError = (error: unknown) => (error as { name?: unknown } | null)?.name === 'TypeError';

const isTransient = (error: Error) =>
  error instanceof CrmServerFailure || error instanceof TaskCancelledError || isNetworkError(error);

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { message?: unknown; code?: unknown } } | null)?.cause;
  if (cause && typeof cause.message === 'string' && cause.message) return cause.message;
  if (cause && typeof cause.code === 'string') return cause.code;
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The CRM behind CRM_BASE_URL, over HTTP, with a timeout per attempt and bounded retries. */
export class HttpCrmClient implements CrmPort {
  private readonly policy;

  constructor(private readonly options: HttpCrmOptions) {
    const retries = retry(handleWhen(isTransient), {
      maxAttempts: options.retries,
      backoff: new ExponentialBackoff({ initialDelay: options.initialBackoffMs ?? 100, maxDelay: 2_000 }),
    });
    // The breaker is outermost: it counts calls whose retries all failed, and while it is open a
    // dead CRM costs a request nothing instead of the whole timeout; it closes again by itself.
    const breaker = circuitBreaker(handleWhen(isTransient), {
      halfOpenAfter: options.breakerResetMs ?? 10_000,
      breaker: new ConsecutiveBreaker(options.breakerFailures ?? 5),
    });
    this.policy = wrap(breaker, retries, timeout(options.timeoutMs, TimeoutStrategy.Aggressive));
    this.breaker = breaker;
    breaker.onBreak(() => options.onBreakerChange?.('open', this.lastError));
    breaker.onHalfOpen(() => options.onBreakerChange?.('half-open', this.lastError));
    breaker.onReset(() => options.onBreakerChange?.('closed', this.lastError));
  }

  private readonly breaker;
  private lastError: string | null = null;

  health(): CrmHealth {
    const states: Record<number, CrmHealth['breaker']> = {
      [CircuitState.Closed]: 'closed',
      [CircuitState.Open]: 'open',
      [CircuitState.HalfOpen]: 'half-open',
      [CircuitState.Isolated]: 'open',
    };
    return { breaker: states[this.breaker.state] ?? 'closed', lastError: this.lastError };
  }

  /**
   * One call with its retries; a CRM that cannot be reached is a CrmUnavailableError, thrown. A
   * `quick` call (a lookup that only adds to an answer already decided) has one short attempt, is not
   * made while the circuit is not closed, and does not count towards opening it.
   */
  private async request(
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
    key?: string,
    quick = false,
  ): Promise<{ status: number; body: unknown }> {
    // One key for every attempt of this call (and, given by the caller, for every retry of the
    // client's request), so a CRM that honours it never writes twice.
    const idempotencyKey = key ?? randomUUID();
    let attempts = 0;
    let lastStatus: number | null = null;
    const attempt = async (signal: AbortSignal) => {
      attempts++;
      const response = await fetch(`${this.options.baseUrl}${path}`, {
        method,
        signal,
        headers: {
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(method === 'POST' ? { 'idempotency-key': idempotencyKey } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      lastStatus = response.status;
      const answer = await readBody(response);
      if (response.status >= 500)
        throw new CrmServerFailure(response.status, detailOf(answer, response.status));
      return { status: response.status, body: answer };
    };
    const quickMs = Math.min(this.options.quickTimeoutMs ?? 1_000, this.options.timeoutMs);
    try {
      if (!quick) return await this.policy.execute(({ signal }) => attempt(signal));
      if (this.breaker.state !== CircuitState.Closed) throw new BrokenCircuitError();
      return await attempt(AbortSignal.timeout(quickMs));
    } catch (error) {
      const tries = `${attempts} attempt${attempts === 1 ? '' : 's'}`;
      let message: string;
      if (error instanceof BrokenCircuitError) {
        const seconds = Math.round((this.options.breakerResetMs ?? 10_000) / 1000);
        message = `The CRM keeps failing, so calls to it are paused for up to ${seconds} s.`;
      } else if (error instanceof CrmServerFailure)
        message = `The CRM failed with HTTP ${error.status} after ${tries}: ${error.detail}`;
      else if (error instanceof TaskCancelledError || (error as Error | null)?.name === 'TimeoutError')
        message = `The CRM did not answer within ${quick ? quickMs : this.options.timeoutMs} ms (${tries}).`;
      else message = `Could not reach the CRM (${tries}): ${causeOf(error)}`;
      if (!(error instanceof BrokenCircuitError)) this.lastError = message;
      throw new CrmUnavailableError(message, { endpoint: path, method, status_code: lastStatus });
    }
  }

  /** A call whose every outcome is a value: the unreachable CRM too. */
  private async call<T>(
    method: 'GET' | 'POST',
    endpoint: string,
    body: unknown,
    read: (reply: { status: number; body: unknown }, call: Omit<CrmAttempt, 'status_code'>) => CrmResult<T>,
    path = endpoint,
    idempotencyKey?: string,
    quick = false,
  ): Promise<CrmResult<T>> {
    try {
      return read(await this.request(method, path, body, idempotencyKey, quick), { endpoint, method });
    } catch (error) {
      if (!(error instanceof CrmUnavailableError)) throw error;
      const attempt = { ...(error.attempt ?? { method, status_code: null }), endpoint };
      return {
        ok: false,
        attempt,
        answer: error.message,
        error: new CrmUnavailableError(error.message, attempt),
      };
    }
  }

  createLead(input: NewLeadInput, options: WriteOptions = {}) {
    return this.call(
      'POST',
      '/crm/leads',
      input,
      (reply, call) =>
        toResult(reply, call, readCreatedLead, (body, detail, attempt) => {
          const existing = (body as { lead_id?: unknown } | null)?.lead_id;
          return typeof existing === 'string'
            ? duplicatePhone(input.phone, existing, attempt)
            : new ConflictError(detail, undefined, attempt);
        }),
      undefined,
      options.idempotencyKey,
    );
  }

  async findLeads(lookup: LeadLookup) {
    const path = `/crm/leads?${new URLSearchParams({ q: lookup.phone ?? lookup.text, limit: '50' })}`;
    let unsupported = false;
    const result = await this.call(
      'GET',
      '/crm/leads',
      undefined,
      (reply, call) => {
        // The reference mock CRM has no lookup: its answer to this path is 404 or 405.
        unsupported = reply.status === 404 || reply.status === 405 || reply.status === 501;
        return toResult(reply, call, readLeadList);
      },
      path,
      undefined,
      lookup.quick,
    );
    if (unsupported) return 'unsupported' as const;
    if (result.ok || result.error instanceof CrmUnavailableError) return result;
    const detail = detailOf(result.answer, result.attempt.status_code ?? 502);
    const message = `The CRM could not look up '${lookup.text}': ${detail}`;
    return { ...result, error: new CrmError(message, 502, result.attempt) };
  }

  scheduleVisit(input: { lead_id: string; visit_time: string; notes?: string }, options: WriteOptions = {}) {
    const read = (reply: { status: number; body: unknown }, call: Omit<CrmAttempt, 'status_code'>) =>
      toResult(reply, call, readVisit);
    return this.call('POST', '/crm/visits', input, read, undefined, options.idempotencyKey);
  }

  updateStatus(leadId: string, input: { status: LeadStatus; notes?: string }, options: WriteOptions = {}) {
    const endpoint = `/crm/leads/${encodeURIComponent(leadId)}/status`;
    const read = (reply: { status: number; body: unknown }, call: Omit<CrmAttempt, 'status_code'>) =>
      toResult(reply, call, readStatus({ lead_id: leadId, status: input.status }));
    return this.call('POST', endpoint, input, read, undefined, options.idempotencyKey);
  }
}

import { INTENTS } from '../../kernel/domain';
import type { Expectation } from './fixtures';

/** How one turn's answer compares with its expectation, and what a run adds up to. */
export const SCORED_ENTITIES = [
  'name',
  'phone',
  'city',
  'source',
  'lead_id',
  'visit_time',
  'status',
  'notes',
  'locality',
] as const;

export interface ObservedAction {
  intent: string;
  outcome: string;
  entities: Record<string, string>;
}

export interface Observed extends ObservedAction {
  httpStatus: number;
  missing: string[] | undefined;
  actions: ObservedAction[] | undefined;
}

const stringEntities = (entities: unknown) =>
  Object.fromEntries(
    Object.entries((entities as Record<string, unknown> | undefined) ?? {}).map(([key, value]) => [
      key,
      String(value),
    ]),
  );

/** Expected '*' stands for any value that is present. */
export const matches = (want: string | undefined, got: string | undefined) =>
  want === '*' ? got !== undefined : want === got;

export interface TurnResult {
  file: string;
  id: string;
  transcript: string;
  expected: Expectation;
  observed: Observed;
  latencyMs: number;
  provider: string;
  intentCorrect: boolean;
  frameCorrect: boolean;
  /** A request was written to the CRM with values other than the expected ones, or where none was expected. */
  wrongWrite: boolean;
  diff: string[];
  /** The case could not run (a lead could not be declared, the server did not answer). */
  error?: string;
}

export function observe(httpStatus: number, body: Record<string, unknown>): Observed {
  const error = body.error as { type?: string; missing?: string[] } | undefined;
  const actions = body.actions as
    { intent: string; entities: unknown; error?: { type: string }; skipped?: boolean }[] | undefined;
  return {
    intent: typeof body.intent === 'string' ? body.intent : 'UNKNOWN',
    outcome: error?.type ?? (httpStatus < 400 ? 'ok' : `HTTP_${httpStatus}`),
    httpStatus,
    entities: stringEntities(body.entities),
    missing: error?.missing,
    actions: actions?.map((action) => ({
      intent: action.intent,
      outcome: action.skipped ? 'skipped' : (action.error?.type ?? 'ok'),
      entities: stringEntities(action.entities),
    })),
  };
}

const show = (value: unknown) => (value === undefined ? '(absent)' : JSON.stringify(value));

/** Every difference, one line each: "- expected / + got" per field. */
export function compare(expected: Expectation, observed: Observed): string[] {
  const lines: string[] = [];
  const field = (name: string, want: unknown, got: unknown) => {
    const same =
      typeof want === 'string'
        ? matches(want, got as string | undefined)
        : JSON.stringify(want) === JSON.stringify(got);
    if (!same) lines.push(`${name}: - ${show(want)}  + ${show(got)}`);
  };
  const action = (
    prefix: string,
    want: { intent: string; outcome: string; entities: Record<string, string> },
    got: ObservedAction,
  ) => {
    field(`${prefix}intent`, want.intent, got.intent);
    field(`${prefix}outcome`, want.outcome, got.outcome);
    const keys = [...new Set([...Object.keys(want.entities), ...Object.keys(got.entities)])].sort();
    for (const key of keys) field(`${prefix}entities.${key}`, want.entities[key], got.entities[key]);
  };
  action('', expected, observed);
  if (expected.http_status !== undefined) field('http_status', expected.http_status, observed.httpStatus);
  if (expected.missing !== undefined) field('missing', expected.missing, observed.missing ?? []);
  // One request expected, more written: the frame is not what was meant.
  if (expected.actions === undefined && (observed.actions?.length ?? 0) > 1)
    field('actions.length', 1, observed.actions?.length);
  if (expected.actions !== undefined) {
    const got = observed.actions ?? [];
    if (got.length !== expected.actions.length) field('actions.length', expected.actions.length, got.length);
    expected.actions.forEach((want, index) => {
      if (got[index]) action(`actions[${index}].`, want, got[index]);
    });
  }
  return lines;
}

type WantedAction = { intent: string; outcome: string; entities: Record<string, string> };

/** A write: the request acted on the CRM and the CRM accepted it. */
const wrote = (action: ObservedAction) => action.intent !== 'UNKNOWN' && action.outcome === 'ok';

function wrongWriteOf(want: WantedAction | undefined, got: ObservedAction): boolean {
  if (!wrote(got)) return false;
  if (!want || want.outcome !== 'ok' || want.intent !== got.intent) return true;
  const keys = new Set([...Object.keys(want.entities), ...Object.keys(got.entities)]);
  return [...keys].some((key) => !matches(want.entities[key], got.entities[key]));
}

/**
 * Whether any request of the turn was written wrongly: with a value the speaker did not mean, or
 * when the expected answer was a question back or an error. Asking when a write was expected is a
 * miss, not a wrong write.
 */
export function isWrongWrite(expected: Expectation, observed: Observed): boolean {
  if (observed.actions && observed.actions.length > 0) {
    return observed.actions.some((got, index) => {
      const want = expected.actions ? expected.actions[index] : index === 0 ? expected : undefined;
      return wrongWriteOf(want, got);
    });
  }
  return wrongWriteOf(expected, observed);
}

export interface EntityScore {
  entity: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number | null;
  recall: number | null;
}

export interface Summary {
  turns: number;
  intentAccuracy: number;
  frameAccuracy: number;
  wrongWrites: number;
  entities: EntityScore[];
  confusion: Record<string, Record<string, number>>;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  providers: Record<string, number>;
  failures: TurnResult[];
}

export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? 0;
}

export function summarize(results: TurnResult[]): Summary {
  const entities = SCORED_ENTITIES.map((entity) => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (const result of results) {
      const want = result.expected.entities[entity];
      const got = result.observed.entities[entity];
      if (want !== undefined && matches(want, got)) truePositives++;
      else {
        // A wrong value is both: a value that should not be there, and the right one missed.
        if (got !== undefined) falsePositives++;
        if (want !== undefined) falseNegatives++;
      }
    }
    const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);
    return {
      entity,
      truePositives,
      falsePositives,
      falseNegatives,
      precision: ratio(truePositives, truePositives + falsePositives),
      recall: ratio(truePositives, truePositives + falseNegatives),
    };
  });
  const confusion: Record<string, Record<string, number>> = {};
  for (const expected of INTENTS) confusion[expected] = Object.fromEntries(INTENTS.map((got) => [got, 0]));
  const providers: Record<string, number> = {};
  for (const result of results) {
    const row = (confusion[result.expected.intent] ??= {});
    row[result.observed.intent] = (row[result.observed.intent] ?? 0) + 1;
    providers[result.provider] = (providers[result.provider] ?? 0) + 1;
  }
  const latencies = results.map((result) => result.latencyMs).sort((a, b) => a - b);
  const count = results.length || 1;
  return {
    turns: results.length,
    intentAccuracy: results.filter((result) => result.intentCorrect).length / count,
    frameAccuracy: results.filter((result) => result.frameCorrect).length / count,
    wrongWrites: results.filter((result) => result.wrongWrite).length,
    entities,
    confusion,
    latencyMs: {
      p50: percentile(latencies, 0.5),
      p95: percentile(latencies, 0.95),
      p99: percentile(latencies, 0.99),
      max: latencies[latencies.length - 1] ?? 0,
    },
    providers,
    failures: results.filter((result) => !result.frameCorrect),
  };
}

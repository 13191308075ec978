import { INTENTS } from '../domain';
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
] as const;

export interface Observed {
  intent: string;
  outcome: string;
  httpStatus: number;
  entities: Record<string, string>;
  missing: string[] | undefined;
}

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
  diff: string[];
  /** The case could not run (a lead could not be declared, the server did not answer). */
  error?: string;
}

export function observe(httpStatus: number, body: Record<string, unknown>): Observed {
  const error = body.error as { type?: string; missing?: string[] } | undefined;
  const entities: Record<string, string> = {};
  for (const [key, value] of Object.entries((body.entities as Record<string, unknown> | undefined) ?? {})) {
    entities[key] = String(value);
  }
  return {
    intent: typeof body.intent === 'string' ? body.intent : 'UNKNOWN',
    outcome: error?.type ?? (httpStatus < 400 ? 'ok' : `HTTP_${httpStatus}`),
    httpStatus,
    entities,
    missing: error?.missing,
  };
}

const show = (value: unknown) => (value === undefined ? '(absent)' : JSON.stringify(value));

/** Every difference, one line each: "- expected / + got" per field. */
export function compare(expected: Expectation, observed: Observed): string[] {
  const lines: string[] = [];
  const field = (name: string, want: unknown, got: unknown) => {
    if (JSON.stringify(want) !== JSON.stringify(got)) lines.push(`${name}: - ${show(want)}  + ${show(got)}`);
  };
  field('intent', expected.intent, observed.intent);
  field('outcome', expected.outcome, observed.outcome);
  if (expected.http_status !== undefined) field('http_status', expected.http_status, observed.httpStatus);
  const keys = [...new Set([...Object.keys(expected.entities), ...Object.keys(observed.entities)])].sort();
  for (const key of keys) field(`entities.${key}`, expected.entities[key], observed.entities[key]);
  if (expected.missing !== undefined) field('missing', expected.missing, observed.missing ?? []);
  return lines;
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
  entities: EntityScore[];
  confusion: Record<string, Record<string, number>>;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  providers: Record<string, number>;
  failures: TurnResult[];
}

export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index]!;
}

export function summarize(results: TurnResult[]): Summary {
  const entities = SCORED_ENTITIES.map((entity) => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (const result of results) {
      const want = result.expected.entities[entity];
      const got = result.observed.entities[entity];
      if (want !== undefined && got === want) truePositives++;
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
    const row = confusion[result.expected.intent]!;
    row[result.observed.intent] = (row[result.observed.intent] ?? 0) + 1;
    providers[result.provider] = (providers[result.provider] ?? 0) + 1;
  }
  const latencies = results.map((result) => result.latencyMs).sort((a, b) => a - b);
  const count = results.length || 1;
  return {
    turns: results.length,
    intentAccuracy: results.filter((result) => result.intentCorrect).length / count,
    frameAccuracy: results.filter((result) => result.frameCorrect).length / count,
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

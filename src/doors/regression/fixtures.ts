import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { INTENTS, LEAD_STATUSES } from '../../kernel/domain';

/**
 * Regression cases as data. A fixture file declares the leads that exist before each of its cases
 * and a list of cases: a transcript (or several turns of one session) and what should come back.
 * Transcripts and expected values may name a declared lead's id or number with a template, so the
 * same file runs in-process and against a deployment whose ids are its own:
 *   {rohan.id}  the full id    {rohan.id:8}  its first 8 characters    {rohan.number}  its number
 */
const leadSpec = z.strictObject({
  /** A fixed id, for cases about how ids are said (in-process only: a server makes its own). */
  id: z.uuid().optional(),
  name: z.string().min(1),
  phone: z.string().min(1),
  city: z.string().min(1),
  source: z.string().optional(),
  status: z.enum(LEAD_STATUSES).optional(),
});

export const OUTCOMES = ['ok', 'VALIDATION_ERROR', 'PARSING_ERROR', 'CRM_ERROR'] as const;

/** One request of several in a transcript; `skipped` for those after a failure. */
const actionExpectation = z.strictObject({
  intent: z.enum(INTENTS),
  outcome: z.enum([...OUTCOMES, 'skipped']).default('ok'),
  entities: z.record(z.string(), z.string()).default({}),
});

/** An entity value of '*' matches any value that is present (an id the CRM makes during the case). */
const expectation = z.strictObject({
  intent: z.enum(INTENTS),
  outcome: z.enum(OUTCOMES).default('ok'),
  http_status: z.number().int().optional(),
  entities: z.record(z.string(), z.string()).default({}),
  missing: z.array(z.string()).optional(),
  actions: z.array(actionExpectation).optional(),
});

const turn = z.strictObject({ transcript: z.string().min(1), expect: expectation });

const caseSpec = z
  .strictObject({
    id: z.string().min(1),
    transcript: z.string().min(1).optional(),
    expect: expectation.optional(),
    turns: z.array(turn).min(1).optional(),
    reference_time: z.string().optional(),
    timezone: z.string().optional(),
    leads: z.record(z.string(), leadSpec).optional(),
    tags: z.array(z.string()).optional(),
  })
  .refine((value) => (value.turns ? !value.transcript && !value.expect : value.transcript && value.expect), {
    message: 'a case has either transcript + expect, or turns',
  });

const fileSpec = z.strictObject({
  description: z.string().optional(),
  reference_time: z.string().optional(),
  timezone: z.string().optional(),
  leads: z.record(z.string(), leadSpec).default({}),
  cases: z.array(caseSpec).min(1),
});

export type LeadSpec = z.infer<typeof leadSpec>;
export type Expectation = z.infer<typeof expectation>;
export type FixtureFile = z.infer<typeof fileSpec> & { path: string };

export interface FixtureTurn {
  transcript: string;
  expect: Expectation;
}

/** One case, ready to run: defaults applied, leads merged, single transcripts as one turn. */
export interface FixtureCase {
  file: string;
  id: string;
  referenceTime: string | undefined;
  timezone: string | undefined;
  leads: Record<string, LeadSpec>;
  turns: FixtureTurn[];
  /** Several turns share one session id. */
  sessionId: string | undefined;
}

export function loadFixtureFile(file: string): FixtureFile {
  const parsed = fileSpec.safeParse(YAML.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'not a fixture file'}`);
  }
  const ids = new Set<string>();
  for (const item of parsed.data.cases) {
    if (ids.has(item.id)) throw new Error(`${file}: case id '${item.id}' appears twice`);
    ids.add(item.id);
  }
  return { ...parsed.data, path: file };
}

/** A case's turns: its list, or its one transcript and expectation (the schema has one or the other). */
function turnsOf(item: FixtureFile['cases'][number]): FixtureTurn[] {
  if (item.turns) return item.turns;
  const { transcript, expect } = item;
  return transcript !== undefined && expect !== undefined ? [{ transcript, expect }] : [];
}

export function casesOf(file: FixtureFile): FixtureCase[] {
  const name = path.basename(file.path);
  return file.cases.map((item) => ({
    file: name,
    id: item.id,
    referenceTime: item.reference_time ?? file.reference_time,
    timezone: item.timezone ?? file.timezone,
    leads: { ...file.leads, ...item.leads },
    turns: turnsOf(item),
    sessionId: item.turns && item.turns.length > 1 ? `fixture-${name}-${item.id}` : undefined,
  }));
}

/** The fixture files named, or every *.yaml in fixtures/ but candidates written by --record. */
export function fixtureFiles(named: string[], directory: string): string[] {
  if (named.length > 0) return named.map((file) => path.resolve(file));
  return fs
    .readdirSync(directory)
    .filter((file) => file.endsWith('.yaml') && !file.endsWith('.recorded.yaml'))
    .sort()
    .map((file) => path.join(directory, file));
}

export interface SeededLead {
  id: string;
  number: number | undefined;
}

const TEMPLATE = /\{([a-z0-9_]+)\.(id|number)(?::(\d+))?\}/gi;

/** Expands {key.id}, {key.id:N} and {key.number} with the ids the seeded leads got. */
export function expand(text: string, leads: Record<string, SeededLead>): string {
  return text.replace(TEMPLATE, (match, key: string, field: 'id' | 'number', length?: string) => {
    const lead = leads[key];
    if (!lead) throw new Error(`template ${match} names no declared lead`);
    if (field === 'number') {
      if (lead.number === undefined) throw new Error(`template ${match}: the CRM gave this lead no number`);
      return String(lead.number);
    }
    return length ? lead.id.slice(0, Number(length)) : lead.id;
  });
}

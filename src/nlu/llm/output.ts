import { z } from 'zod';
import { INTENTS, type Intent } from '../../domain';
import type { SaidEntities, Understanding } from '../provider';

/**
 * What a language model may answer: the requests in a transcript, each with its entities *as said*.
 * Strict structured output needs every field present, so absent ones are null, never omitted.
 * A model never computes an ISO date or an E.164 number: the deterministic layer does that.
 */
const said = z.string().nullable();

export const modelAction = z.object({
  intent: z.enum(INTENTS),
  name: said.describe("The lead's name as said"),
  phone: said.describe('The phone number exactly as said, digits or words'),
  city: said,
  source: said.describe('Where the lead came from, as said (Instagram, referral, walk-in…)'),
  lead_reference: said.describe('How an existing lead was referred to: name, id, number, phone, or her/him'),
  time: said.describe('The time phrase exactly as said, e.g. "tomorrow at 3 pm"'),
  status: said.describe('The status word as said, e.g. "not interested"'),
  notes: said,
});

export const modelOutput = z.object({ actions: z.array(modelAction) });

export type ModelAction = z.infer<typeof modelAction>;

/** Every entity field of an action, none said. */
export const NOTHING_SAID = {
  name: null,
  phone: null,
  city: null,
  source: null,
  lead_reference: null,
  time: null,
  status: null,
  notes: null,
} as const satisfies Omit<ModelAction, 'intent'>;

/** At most this many requests from one transcript: a model cannot turn one sentence into a bulk job. */
export const MAX_ACTIONS = 5;

/** The same shape read leniently: missing fields are null, intents in any case, extra keys ignored. */
const lenient = z.object({
  actions: z.array(
    z.looseObject({
      intent: z.string(),
      name: z.string().nullish(),
      phone: z.union([z.string(), z.number()]).nullish(),
      city: z.string().nullish(),
      source: z.string().nullish(),
      lead_reference: z.union([z.string(), z.number()]).nullish(),
      time: z.string().nullish(),
      status: z.string().nullish(),
      notes: z.string().nullish(),
    }),
  ),
});

export type ModelReading = { ok: true; understanding: Understanding } | { ok: false; problem: string };

/** The JSON object in a model's text: bare, in ``` fences, or with words around it. */
function jsonIn(text: string): unknown {
  const unfenced = text.replace(/```(?:json)?\s*([\s\S]*?)```/i, '$1').trim();
  const start = unfenced.indexOf('{');
  const end = unfenced.lastIndexOf('}');
  if (start < 0 || end <= start) throw new Error('no JSON object in the answer');
  return JSON.parse(unfenced.slice(start, end + 1));
}

/** Reads a model's answer without trusting it: a result object, never an exception. */
export function readModelOutput(text: string, confidence = 0.9): ModelReading {
  let value: unknown;
  try {
    value = jsonIn(text);
  } catch (error) {
    return {
      ok: false,
      problem: `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  const parsed = lenient.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: `not the expected shape: ${issue?.path.join('.')}: ${issue?.message}` };
  }
  const actions = [];
  for (const action of parsed.data.actions.slice(0, MAX_ACTIONS)) {
    const intent = action.intent.trim().toUpperCase() as Intent;
    if (!INTENTS.includes(intent)) return { ok: false, problem: `unknown intent '${action.intent}'` };
    const entities: SaidEntities = {};
    const put = (key: keyof SaidEntities, raw: string | number | null | undefined) => {
      const text = raw === null || raw === undefined ? '' : String(raw).trim();
      if (text) entities[key] = text;
    };
    put('name', action.name);
    put('phone', action.phone);
    put('city', action.city);
    put('source', action.source);
    put('lead_ref', action.lead_reference);
    put('time', action.time);
    put('status', action.status);
    put('notes', action.notes);
    actions.push({ intent, said: entities });
  }
  return { ok: true, understanding: { actions, confidence } };
}

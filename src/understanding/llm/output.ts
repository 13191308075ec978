import { z } from 'zod';
import { INTENTS, type Intent } from '../../kernel/domain';
import { SAID_SCHEMA, saidFrom } from '../../kernel/said';
import type { Understanding } from '../port';

/**
 * What a language model may answer: the requests in a transcript, each with its entities *as said*.
 * Strict structured output needs every field present, so absent ones are null, never omitted.
 * A model never computes an ISO date or an E.164 number: the deterministic layer does that.
 */
export const modelAction = z.object({ intent: z.enum(INTENTS), ...SAID_SCHEMA });

export const modelOutput = z.object({ actions: z.array(modelAction) });

export type ModelAction = z.infer<typeof modelAction>;

/** Every entity field of an action, none said. */
export const NOTHING_SAID = Object.fromEntries(
  Object.keys(SAID_SCHEMA).map((field) => [field, null]),
) as Omit<ModelAction, 'intent'>;

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
    actions.push({ intent, said: saidFrom(action) });
  }
  return { ok: true, understanding: { actions, confidence } };
}

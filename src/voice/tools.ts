import type { FunctionDeclaration } from '@google/genai';
import { z } from 'zod';
import type { Intent } from '../domain';
import { modelAction } from '../nlu/llm/output';
import type { UnderstoodAction } from '../nlu/provider';

/**
 * The CRM tools a live voice model may call, declared from the same schema the LLM providers answer
 * in: entities as said. Every argument is optional, so the model may call a tool before it has all it
 * needs and hear back, in the contract's JSON, what is missing ("I still need the phone number").
 */
const said = modelAction.shape;

export const TOOLS = {
  createLead: {
    intent: 'LEAD_CREATE',
    description:
      'Create a new lead (status NEW). Needs the name, the phone number and the city; the source if said.',
    schema: z.object({ name: said.name, phone: said.phone, city: said.city, source: said.source }).partial(),
  },
  scheduleVisit: {
    intent: 'VISIT_SCHEDULE',
    description:
      'Schedule a site visit for one existing lead. Needs the lead and the time, as the user said them.',
    schema: z.object({ lead_reference: said.lead_reference, time: said.time, notes: said.notes }).partial(),
  },
  updateLeadStatus: {
    intent: 'LEAD_UPDATE',
    description:
      "Change one existing lead's status (new, in progress, follow up, won, lost), with notes if said.",
    schema: z
      .object({ lead_reference: said.lead_reference, status: said.status, notes: said.notes })
      .partial(),
  },
} satisfies Record<string, { intent: Intent; description: string; schema: z.ZodType }>;

export type ToolName = keyof typeof TOOLS;

export const TOOL_DECLARATIONS: FunctionDeclaration[] = Object.entries(TOOLS).map(([name, tool]) => ({
  name,
  description: tool.description,
  parametersJsonSchema: z.toJSONSchema(tool.schema),
}));

/** A tool call as a request for the pipeline, or null for a tool that does not exist. */
export function actionOfToolCall(name: string | undefined, args: unknown): UnderstoodAction | null {
  const tool = name && name in TOOLS ? TOOLS[name as ToolName] : null;
  if (!tool) return null;
  const parsed = tool.schema.safeParse(args ?? {});
  const values = (parsed.success ? parsed.data : {}) as Record<string, string | null | undefined>;
  const text = (value: string | null | undefined) => (value && value.trim() ? value.trim() : undefined);
  const entities = {
    name: text(values.name),
    phone: text(values.phone),
    city: text(values.city),
    source: text(values.source),
    lead_ref: text(values.lead_reference),
    time: text(values.time),
    status: text(values.status),
    notes: text(values.notes),
  };
  return {
    intent: tool.intent,
    said: Object.fromEntries(Object.entries(entities).filter(([, value]) => value !== undefined)),
  };
}

export function systemInstruction(timezone: string): string {
  return [
    'You are Leadline, the voice assistant of a real-estate sales team in India. You help a salesperson on the road add leads, schedule site visits and update lead statuses in the CRM, using the tools.',
    'Confirm what you understood in one short sentence before you call a tool that writes (create, schedule, update), unless the user already confirmed.',
    'Read phone numbers back digit by digit ("nine eight seven six …"). Pass values to tools as the user said them: the time phrase ("tomorrow at 4 pm"), the phone number, the status word, and the lead as named ("Rohan Sharma", "lead 12", "her" for the lead just talked about).',
    `Times are in ${timezone} unless the user says otherwise.`,
    'A tool answers with the CRM result as JSON. If it reports an error, say what is needed in plain words (the prompt field has the question to ask) and ask for it. Never invent a lead, a number or a time.',
    'Keep answers short: the user is driving or walking between sites.',
  ].join('\n');
}

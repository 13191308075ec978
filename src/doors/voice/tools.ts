import { Type, type FunctionDeclaration, type Schema } from '@google/genai';
import { SAID_SCHEMA, type SaidField } from '../../kernel/said';
import { TOOLS } from '../../turn/tool-call';

/**
 * The CRM tools as Gemini Live function declarations, generated from the turn's tool catalogue and
 * the one "said" schema. Live takes `parameters` in the API's own schema form (`OBJECT`, `STRING`,
 * `nullable`, `description`): declarations sent as JSON Schema (`parametersJsonSchema`) have been
 * answered with tool calls whose args are empty (python-genai#1147, livekit/agents#2940).
 */
function parametersOf(fields: readonly SaidField[]): Schema {
  const properties: Record<string, Schema> = {};
  for (const field of fields) {
    const description = SAID_SCHEMA[field].description;
    properties[field] = { type: Type.STRING, nullable: true, ...(description ? { description } : {}) };
  }
  return { type: Type.OBJECT, properties };
}

export const TOOL_DECLARATIONS: FunctionDeclaration[] = Object.entries(TOOLS).map(([name, tool]) => ({
  name,
  description: tool.description,
  parameters: parametersOf(tool.fields),
}));

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

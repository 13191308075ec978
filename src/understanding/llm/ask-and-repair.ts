import { ParsingError } from '../../kernel/errors';
import type { Understanding, UnderstandingContext } from '../port';
import { readModelOutput } from './output';
import { repairMessage, systemPrompt, userMessage } from './prompt';

/**
 * The one conversation every model provider has: the instructions and the transcript, the model's
 * answer read without trust, and — if it is not usable — one repair round with the problem named.
 * A provider supplies only how to send the messages to its API.
 */
export interface ChatMessage {
  role: 'user' | 'model';
  text: string;
}

/** Sends the messages to the model and returns the text of its answer. */
export type AskModel = (system: string, messages: readonly ChatMessage[]) => Promise<string>;

export async function askAndRepair(
  ask: AskModel,
  transcript: string,
  context: UnderstandingContext,
  servedBy: string,
): Promise<Understanding> {
  const system = systemPrompt(context);
  const messages: ChatMessage[] = [{ role: 'user', text: userMessage(transcript) }];
  let answer = await ask(system, messages);
  let reading = readModelOutput(answer);
  if (!reading.ok) {
    messages.push({ role: 'model', text: answer }, { role: 'user', text: repairMessage(reading.problem) });
    answer = await ask(system, messages);
    reading = readModelOutput(answer);
    if (!reading.ok)
      throw new ParsingError(`The model's answer stayed unusable after one repair: ${reading.problem}.`);
  }
  return { ...reading.understanding, servedBy };
}

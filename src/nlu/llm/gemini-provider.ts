import { GoogleGenAI, type Content } from '@google/genai';
import { z } from 'zod';
import { ParsingError } from '../../errors';
import {
  ProviderUnavailableError,
  type Understanding,
  type UnderstandingContext,
  type UnderstandingProvider,
} from '../provider';
import { modelOutput, readModelOutput } from './output';
import { repairMessage, systemPrompt, userMessage } from './prompt';

export interface GeminiOptions {
  apiKey: string;
  baseUrl?: string | undefined;
  model: string;
  timeoutMs: number;
  retries: number;
}

const RESPONSE_SCHEMA = z.toJSONSchema(modelOutput);

/** Understanding through Gemini's generateContent, answering JSON that follows the same schema. */
export class GeminiProvider implements UnderstandingProvider {
  readonly name = 'gemini';
  private client: GoogleGenAI | undefined;

  constructor(private readonly options: GeminiOptions) {}

  private get api(): GoogleGenAI {
    this.client ??= new GoogleGenAI({
      apiKey: this.options.apiKey,
      httpOptions: {
        ...(this.options.baseUrl ? { baseUrl: this.options.baseUrl } : {}),
        timeout: this.options.timeoutMs,
        retryOptions: {
          attempts: this.options.retries + 1,
          initialDelay: 0.2,
          maxDelay: 2,
          httpStatusCodes: [408, 429, 500, 502, 503, 504],
        },
      },
    });
    return this.client;
  }

  async understand(transcript: string, context: UnderstandingContext): Promise<Understanding> {
    const system = systemPrompt(context);
    const contents: Content[] = [{ role: 'user', parts: [{ text: userMessage(transcript) }] }];
    let answer = await this.generate(system, contents);
    let reading = readModelOutput(answer);
    if (!reading.ok) {
      contents.push(
        { role: 'model', parts: [{ text: answer }] },
        { role: 'user', parts: [{ text: repairMessage(reading.problem) }] },
      );
      answer = await this.generate(system, contents);
      reading = readModelOutput(answer);
      if (!reading.ok)
        throw new ParsingError(`The model's answer stayed unusable after one repair: ${reading.problem}.`);
    }
    return { ...reading.understanding, servedBy: this.name };
  }

  private async generate(systemInstruction: string, contents: Content[]): Promise<string> {
    try {
      const response = await this.api.models.generateContent({
        model: this.options.model,
        contents,
        config: {
          systemInstruction,
          temperature: 0,
          responseMimeType: 'application/json',
          responseJsonSchema: RESPONSE_SCHEMA,
        },
      });
      return response.text ?? '';
    } catch (error) {
      const status = (error as { status?: unknown } | null)?.status;
      const message = error instanceof Error ? error.message : String(error);
      throw new ProviderUnavailableError(
        this.name,
        `Gemini failed${typeof status === 'number' ? ` (HTTP ${status})` : ''}: ${message}`,
      );
    }
  }
}

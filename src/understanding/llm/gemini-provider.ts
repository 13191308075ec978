import { GoogleGenAI } from '@google/genai';
import { z } from 'zod';
import { ProviderUnavailableError } from '../../kernel/errors';
import type { Understanding, UnderstandingContext, UnderstandingProvider } from '../port';
import { askAndRepair, type ChatMessage } from './ask-and-repair';
import { modelOutput } from './output';

export interface GeminiOptions {
  apiKey: string;
  baseUrl?: string | undefined;
  model: string;
  timeoutMs: number;
  retries: number;
}

const RESPONSE_SCHEMA = z.toJSONSchema(modelOutput);

/** The SDK's client with an explicit timeout and retries of timeouts, 429 and 5xx only. */
export function geminiClient(options: Omit<GeminiOptions, 'model'>): GoogleGenAI {
  return new GoogleGenAI({
    apiKey: options.apiKey,
    httpOptions: {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      timeout: options.timeoutMs,
      retryOptions: {
        attempts: options.retries + 1,
        initialDelay: 0.2,
        maxDelay: 2,
        httpStatusCodes: [408, 429, 500, 502, 503, 504],
      },
    },
  });
}

/** The HTTP status in an error the SDK threw, if it got an answer. */
export function geminiStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Understanding through Gemini's generateContent, answering JSON that follows the same schema. */
export class GeminiProvider implements UnderstandingProvider {
  readonly name = 'gemini';
  private client: GoogleGenAI | undefined;

  constructor(private readonly options: GeminiOptions) {}

  private get api(): GoogleGenAI {
    this.client ??= geminiClient(this.options);
    return this.client;
  }

  understand(transcript: string, context: UnderstandingContext): Promise<Understanding> {
    return askAndRepair(
      (system, messages) => this.generate(system, messages),
      transcript,
      context,
      this.name,
    );
  }

  private async generate(systemInstruction: string, messages: readonly ChatMessage[]): Promise<string> {
    try {
      const response = await this.api.models.generateContent({
        model: this.options.model,
        contents: messages.map((message) => ({ role: message.role, parts: [{ text: message.text }] })),
        config: {
          systemInstruction,
          temperature: 0,
          responseMimeType: 'application/json',
          responseJsonSchema: RESPONSE_SCHEMA,
        },
      });
      return response.text ?? '';
    } catch (error) {
      // The SDK's errors stop here: the rest of the service sees one of its own.
      const message = error instanceof Error ? error.message : String(error);
      const code = geminiStatus(error);
      throw new ProviderUnavailableError(
        this.name,
        `Gemini failed${code ? ` (HTTP ${code})` : ''}: ${message}`,
        code,
      );
    }
  }
}

import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { ProviderUnavailableError } from '../../kernel/errors';
import type { Understanding, UnderstandingContext, UnderstandingProvider } from '../port';
import { askAndRepair, type ChatMessage } from './ask-and-repair';
import { modelOutput } from './output';

export interface OpenAiOptions {
  apiKey: string;
  /** An OpenAI-compatible server: Ollama, vLLM, llama.cpp. */
  baseUrl?: string | undefined;
  model: string;
  timeoutMs: number;
  retries: number;
}

/** The SDK's client with an explicit timeout (the SDK's own default is 10 minutes). */
export function openAiClient(options: Omit<OpenAiOptions, 'model'>): OpenAI {
  return new OpenAI({
    apiKey: options.apiKey,
    ...(options.baseUrl ? { baseURL: options.baseUrl } : {}),
    timeout: options.timeoutMs,
    maxRetries: options.retries,
  });
}

/**
 * Understanding through OpenAI's chat completions with strict structured output. The request is the
 * one `chat.completions.parse` makes (`zodResponseFormat`, strict JSON schema), but the answer is read
 * by our tolerant reader: `parse()` throws on fenced or broken JSON — common from local servers — and
 * discards the text that one repair round needs.
 */
export class OpenAiProvider implements UnderstandingProvider {
  readonly name = 'openai';
  private client: OpenAI | undefined;

  constructor(private readonly options: OpenAiOptions) {}

  /** Created on first use, with an explicit timeout (the SDK's own default is 10 minutes). */
  private get api(): OpenAI {
    this.client ??= openAiClient(this.options);
    return this.client;
  }

  understand(transcript: string, context: UnderstandingContext): Promise<Understanding> {
    return askAndRepair(
      (system, messages) => this.complete(system, messages),
      transcript,
      context,
      this.name,
    );
  }

  private async complete(system: string, messages: readonly ChatMessage[]): Promise<string> {
    try {
      const completion = await this.api.chat.completions.create({
        model: this.options.model,
        messages: [
          { role: 'system', content: system },
          ...messages.map((message) =>
            message.role === 'model'
              ? { role: 'assistant' as const, content: message.text }
              : { role: 'user' as const, content: message.text },
          ),
        ],
        temperature: 0,
        response_format: zodResponseFormat(modelOutput, 'leadline_requests'),
      });
      return completion.choices[0]?.message?.content ?? '';
    } catch (error) {
      // The SDK's errors stop here: the rest of the service sees one of its own.
      const code = error instanceof OpenAI.APIError && error.status ? error.status : undefined;
      const message = error instanceof Error ? error.message : String(error);
      const status = code ? ` (HTTP ${code})` : '';
      throw new ProviderUnavailableError(this.name, `OpenAI failed${status}: ${message}`, code);
    }
  }
}

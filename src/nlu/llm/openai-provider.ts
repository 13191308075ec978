import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { ParsingError } from '../../errors';
import {
  ProviderUnavailableError,
  type Understanding,
  type UnderstandingContext,
  type UnderstandingProvider,
} from '../provider';
import { modelOutput, readModelOutput } from './output';
import { repairMessage, systemPrompt, userMessage } from './prompt';

export interface OpenAiOptions {
  apiKey: string;
  /** An OpenAI-compatible server: Ollama, vLLM, llama.cpp. */
  baseUrl?: string | undefined;
  model: string;
  timeoutMs: number;
  retries: number;
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
    this.client ??= new OpenAI({
      apiKey: this.options.apiKey,
      ...(this.options.baseUrl ? { baseURL: this.options.baseUrl } : {}),
      timeout: this.options.timeoutMs,
      maxRetries: this.options.retries,
    });
    return this.client;
  }

  async understand(transcript: string, context: UnderstandingContext): Promise<Understanding> {
    const messages: ChatCompletionMessageParam[] = [
      { role: 'system', content: systemPrompt(context) },
      { role: 'user', content: userMessage(transcript) },
    ];
    let answer = await this.complete(messages);
    let reading = readModelOutput(answer);
    if (!reading.ok) {
      messages.push(
        { role: 'assistant', content: answer },
        { role: 'user', content: repairMessage(reading.problem) },
      );
      answer = await this.complete(messages);
      reading = readModelOutput(answer);
      if (!reading.ok)
        throw new ParsingError(`The model's answer stayed unusable after one repair: ${reading.problem}.`);
    }
    return { ...reading.understanding, servedBy: this.name };
  }

  private async complete(messages: ChatCompletionMessageParam[]): Promise<string> {
    try {
      const completion = await this.api.chat.completions.create({
        model: this.options.model,
        messages,
        temperature: 0,
        response_format: zodResponseFormat(modelOutput, 'leadline_requests'),
      });
      return completion.choices[0]?.message?.content ?? '';
    } catch (error) {
      const status = error instanceof OpenAI.APIError && error.status ? ` (HTTP ${error.status})` : '';
      const message = error instanceof Error ? error.message : String(error);
      throw new ProviderUnavailableError(this.name, `OpenAI failed${status}: ${message}`);
    }
  }
}

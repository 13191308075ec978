import { REQUIRED_FIELDS } from '../kernel/domain';
import { ParsingError, ProviderUnavailableError } from '../kernel/errors';
import { SAID_FIELD_OF } from '../kernel/said';
import { interpret, type InterpretContext } from '../values/interpret';
import { GeminiProvider } from './llm/gemini-provider';
import { OpenAiProvider } from './llm/openai-provider';
import type { Understanding, UnderstandingContext, UnderstandingProvider } from './port';
import { RulesProvider } from './rules/rules-provider';

/**
 * The understanding engine NLU_PROVIDER names. A model is always backed by the rules engine: when the
 * model cannot be reached (timeout, 429, 5xx after retries), the rules answer and the response says so.
 */
export interface UnderstandingOptions {
  nluProvider: 'rules' | 'auto' | 'openai' | 'gemini';
  defaultRegion: string;
  openaiApiKey: string | null;
  openaiBaseUrl: string | null;
  openaiModel: string;
  geminiApiKey: string | null;
  geminiBaseUrl: string | null;
  geminiModel: string;
  llmTimeoutMs: number;
  llmRetries: number;
}

function withRulesFallback(
  primary: UnderstandingProvider,
  rules: UnderstandingProvider,
): UnderstandingProvider {
  return {
    name: primary.name,
    async understand(transcript, context) {
      try {
        return await primary.understand(transcript, context);
      } catch (error) {
        if (!(error instanceof ProviderUnavailableError)) throw error;
        const ruled = await rules.understand(transcript, context);
        return { ...ruled, servedBy: rules.name, fallback: { from: primary.name, reason: error.message } };
      }
    },
  };
}

/**
 * The rules engine is sure: every request has an intent, every required entity was heard, and every
 * value it heard passes the deterministic checks (a status it cannot name is a sign it misheard).
 */
export function isConfident(
  understanding: Understanding,
  context: InterpretContext,
  threshold = 0.85,
): boolean {
  return (
    understanding.confidence >= threshold &&
    understanding.actions.every(
      (action) =>
        action.intent !== 'UNKNOWN' &&
        REQUIRED_FIELDS[action.intent].every((field) => action.said[SAID_FIELD_OF[field]]) &&
        interpret(action.intent, action.said, context).ok,
    )
  );
}

/** Rules first; a model only for what the rules are unsure of, so most transcripts cost no model call. */
class AutoProvider implements UnderstandingProvider {
  readonly name = 'auto';

  constructor(
    private readonly rules: UnderstandingProvider,
    private readonly model: UnderstandingProvider | null,
    private readonly region: string,
  ) {}

  async understand(transcript: string, context: UnderstandingContext): Promise<Understanding> {
    const ruled = { ...(await this.rules.understand(transcript, context)), servedBy: this.rules.name };
    if (!this.model || isConfident(ruled, { ...context, region: this.region })) return ruled;
    try {
      return await this.model.understand(transcript, context);
    } catch (error) {
      // The rules' reading is there to fall back on, whether the model was unreachable or unusable.
      if (!(error instanceof ProviderUnavailableError) && !(error instanceof ParsingError)) throw error;
      return { ...ruled, fallback: { from: this.model.name, reason: error.message } };
    }
  }
}

function openai(options: UnderstandingOptions): OpenAiProvider | null {
  if (!options.openaiApiKey && !options.openaiBaseUrl) return null;
  return new OpenAiProvider({
    // A local OpenAI-compatible server needs no key, but the SDK wants one.
    apiKey: options.openaiApiKey ?? 'local',
    baseUrl: options.openaiBaseUrl ?? undefined,
    model: options.openaiModel,
    timeoutMs: options.llmTimeoutMs,
    retries: options.llmRetries,
  });
}

function gemini(options: UnderstandingOptions): GeminiProvider | null {
  if (!options.geminiApiKey) return null;
  return new GeminiProvider({
    apiKey: options.geminiApiKey,
    baseUrl: options.geminiBaseUrl ?? undefined,
    model: options.geminiModel,
    timeoutMs: options.llmTimeoutMs,
    retries: options.llmRetries,
  });
}

/** A model the configuration names but cannot reach is a start-up error, checked by the config. */
function required<T>(provider: T | null, what: string): T {
  if (provider === null) throw new Error(`NLU_PROVIDER names ${what}, but it is not configured.`);
  return provider;
}

export function createUnderstandingProvider(options: UnderstandingOptions): UnderstandingProvider {
  const rules = new RulesProvider(options.defaultRegion);
  switch (options.nluProvider) {
    case 'rules':
      return rules;
    case 'openai':
      return withRulesFallback(required(openai(options), 'openai'), rules);
    case 'gemini':
      return withRulesFallback(required(gemini(options), 'gemini'), rules);
    case 'auto':
      return new AutoProvider(rules, openai(options) ?? gemini(options), options.defaultRegion);
  }
}

import type { Config } from '../config';
import { REQUIRED_FIELDS } from '../domain';
import { ParsingError } from '../errors';
import { interpret, type InterpretContext } from './interpret';
import { GeminiProvider } from './llm/gemini-provider';
import { OpenAiProvider } from './llm/openai-provider';
import {
  ProviderUnavailableError,
  type SaidEntities,
  type Understanding,
  type UnderstandingContext,
  type UnderstandingProvider,
} from './provider';
import { RulesProvider } from './rules-provider';

/**
 * The understanding engine NLU_PROVIDER names. A model is always backed by the rules engine: when the
 * model cannot be reached (timeout, 429, 5xx after retries), the rules answer and the response says so.
 */
export type NluConfig = Pick<
  Config,
  | 'nluProvider'
  | 'defaultRegion'
  | 'openaiApiKey'
  | 'openaiBaseUrl'
  | 'openaiModel'
  | 'geminiApiKey'
  | 'geminiBaseUrl'
  | 'geminiModel'
  | 'llmTimeoutMs'
  | 'llmRetries'
>;

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

const SAID_FIELD: Record<string, keyof SaidEntities> = { lead_id: 'lead_ref', visit_time: 'time' };

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
        REQUIRED_FIELDS[action.intent].every(
          (field) => action.said[SAID_FIELD[field] ?? (field as keyof SaidEntities)],
        ) &&
        interpret(action.intent, action.said, context).problem === null,
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

function openai(config: NluConfig): OpenAiProvider | null {
  if (!config.openaiApiKey && !config.openaiBaseUrl) return null;
  return new OpenAiProvider({
    // A local OpenAI-compatible server needs no key, but the SDK wants one.
    apiKey: config.openaiApiKey ?? 'local',
    baseUrl: config.openaiBaseUrl ?? undefined,
    model: config.openaiModel,
    timeoutMs: config.llmTimeoutMs,
    retries: config.llmRetries,
  });
}

function gemini(config: NluConfig): GeminiProvider | null {
  if (!config.geminiApiKey) return null;
  return new GeminiProvider({
    apiKey: config.geminiApiKey,
    baseUrl: config.geminiBaseUrl ?? undefined,
    model: config.geminiModel,
    timeoutMs: config.llmTimeoutMs,
    retries: config.llmRetries,
  });
}

export function createUnderstandingProvider(config: NluConfig): UnderstandingProvider {
  const rules = new RulesProvider(config.defaultRegion);
  switch (config.nluProvider) {
    case 'rules':
      return rules;
    case 'openai':
      return withRulesFallback(openai(config)!, rules);
    case 'gemini':
      return withRulesFallback(gemini(config)!, rules);
    case 'auto':
      return new AutoProvider(rules, openai(config) ?? gemini(config), config.defaultRegion);
  }
}

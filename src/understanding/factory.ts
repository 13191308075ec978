import { REQUIRED_FIELDS } from '../kernel/domain';
import { ParsingError, ProviderUnavailableError } from '../kernel/errors';
import { SAID_FIELD_OF } from '../kernel/said';
import { interpret, type InterpretContext } from '../values/interpret';
import { GeminiProvider } from './llm/gemini-provider';
import { GeminiTranscriber } from './llm/gemini-transcriber';
import { OpenAiProvider } from './llm/openai-provider';
import { OpenAiTranscriber } from './llm/openai-transcriber';
import type { Transcriber } from './transcriber';
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

/** Told of every failed model call: the service logs it and reports it in readiness. */
export type ModelFailureListener = (error: ProviderUnavailableError) => void;

/** Told of every answered model call, so readiness can clear an earlier failure. */
export type ModelSuccessListener = (provider: string) => void;

export interface ModelListeners {
  onFailure?: ModelFailureListener;
  onSuccess?: ModelSuccessListener;
}

/** A model's failures are reported and its answers noted, whichever mode asked it. */
function observed(model: UnderstandingProvider, listeners: ModelListeners): UnderstandingProvider {
  return {
    name: model.name,
    async understand(transcript, context) {
      try {
        const understanding = await model.understand(transcript, context);
        listeners.onSuccess?.(model.name);
        return understanding;
      } catch (error) {
        if (error instanceof ProviderUnavailableError) listeners.onFailure?.(error);
        throw error;
      }
    },
  };
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
        // A refused key is said plainly: it is a configuration to fix, not a passing fault.
        const reason = error.refusedKey
          ? `The ${primary.name} API refused the key (HTTP ${error.upstreamStatus}); check its API key. ${error.message}`
          : error.message;
        return { ...ruled, servedBy: rules.name, fallback: { from: primary.name, reason } };
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
  if (provider === null) throw new Error(`The configuration names ${what}, but it is not configured.`);
  return provider;
}

export function createUnderstandingProvider(
  options: UnderstandingOptions,
  listeners: ModelListeners = {},
): UnderstandingProvider {
  const rules = new RulesProvider(options.defaultRegion);
  const watched = (model: UnderstandingProvider | null) => (model ? observed(model, listeners) : null);
  switch (options.nluProvider) {
    case 'rules':
      return rules;
    case 'openai':
      return withRulesFallback(required(watched(openai(options)), 'openai'), rules);
    case 'gemini':
      return withRulesFallback(required(watched(gemini(options)), 'gemini'), rules);
    case 'auto':
      return new AutoProvider(rules, watched(openai(options) ?? gemini(options)), options.defaultRegion);
  }
}

export interface TranscriberOptions {
  transcribeProvider: 'auto' | 'gemini' | 'openai' | 'none';
  openaiApiKey: string | null;
  openaiBaseUrl: string | null;
  openaiTranscribeModel: string;
  geminiApiKey: string | null;
  geminiBaseUrl: string | null;
  geminiTranscribeModel: string;
  llmTimeoutMs: number;
  llmRetries: number;
}

/** Who transcribes recorded audio, or null when nobody can (POST /transcript/audio answers 503). */
export function createTranscriber(options: TranscriberOptions): Transcriber | null {
  const common = { timeoutMs: options.llmTimeoutMs, retries: options.llmRetries };
  const viaGemini = () =>
    options.geminiApiKey
      ? new GeminiTranscriber({
          ...common,
          apiKey: options.geminiApiKey,
          baseUrl: options.geminiBaseUrl ?? undefined,
          model: options.geminiTranscribeModel,
        })
      : null;
  const viaOpenAi = () =>
    options.openaiApiKey || options.openaiBaseUrl
      ? new OpenAiTranscriber({
          ...common,
          apiKey: options.openaiApiKey ?? 'local',
          baseUrl: options.openaiBaseUrl ?? undefined,
          model: options.openaiTranscribeModel,
        })
      : null;
  switch (options.transcribeProvider) {
    case 'none':
      return null;
    case 'gemini':
      return required(viaGemini(), 'gemini');
    case 'openai':
      return required(viaOpenAi(), 'openai');
    case 'auto':
      return viaGemini() ?? viaOpenAi();
  }
}

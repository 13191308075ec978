import type { Intent } from '../domain';

/**
 * What an understanding engine returns: the intent and the entities *as said*. Turning them into
 * values (E.164, ISO 8601, a status, a lead id) is the deterministic layer's job, whichever engine
 * spoke, so a model never writes a value to the CRM that code has not checked.
 */
export interface SaidEntities {
  name?: string;
  /** The phone as said, e.g. "98 765 43210". */
  phone?: string;
  city?: string;
  source?: string;
  /** How the lead was referred to: "7b1b8f54", "8f2a…", "123", "Priya Nair", "99001 22334". */
  lead_ref?: string;
  /** The time phrase as said, e.g. "tomorrow at 3 pm". */
  time?: string;
  /** The status word as said, e.g. "not interested". */
  status?: string;
  notes?: string;
}

/** One request in a transcript: what to do, and the entities as said. */
export interface UnderstoodAction {
  intent: Intent;
  said: SaidEntities;
}

/**
 * A transcript may hold several requests ("add Leela Das … and book a visit for her on Saturday"):
 * the actions come in the order said. Nothing understood is one UNKNOWN action.
 */
export interface Understanding {
  actions: UnderstoodAction[];
  /** 0–1: how sure the engine is of the intents and of having heard every entity. */
  confidence: number;
  /** The engine that produced this reading, when a composite provider chose among several. */
  servedBy?: string;
  /** Set when the chosen engine failed and another answered instead. */
  fallback?: { from: string; reason: string };
}

export interface UnderstandingContext {
  /** The "now" of the request, for engines that must reason about dates. */
  referenceTime: Date;
  timezone: string;
}

export interface UnderstandingProvider {
  readonly name: string;
  understand(transcript: string, context: UnderstandingContext): Promise<Understanding>;
}

/** The engine could not be reached or answered with a failure (timeout, 429, 5xx after retries). */
export class ProviderUnavailableError extends Error {
  override readonly name = 'ProviderUnavailableError';
  constructor(
    readonly provider: string,
    message: string,
  ) {
    super(message);
  }
}

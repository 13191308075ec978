import type { UnderstoodAction } from '../kernel/said';

/**
 * The understanding port: what an engine returns is the intent and the entities *as said* (the one
 * "said" schema in kernel/said.ts). Turning them into values (E.164, ISO 8601, a status, a lead id)
 * is the deterministic layer's job, whichever engine spoke, so a model never writes a value to the CRM
 * that code has not checked.
 */

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
  /** Rejects with ParsingError (no usable reading) or ProviderUnavailableError (could not ask). */
  understand(transcript: string, context: UnderstandingContext): Promise<Understanding>;
}

import {
  GoogleGenAI,
  Modality,
  type LiveCallbacks,
  type LiveConnectConfig,
  type LiveServerMessage,
  type Session,
} from '@google/genai';
import { randomUUID } from 'node:crypto';
import type { IdempotencyStore } from '../api/idempotency';
import { runInSession } from '../conversation';
import type { InteractionLog } from '../interactions';
import type { Logger } from '../logger';
import type { PipelineDependencies } from '../pipeline';
import type { SessionStore } from '../sessions';
import { INPUT_RATE } from './audio';
import { TOOL_DECLARATIONS, actionOfToolCall, systemInstruction } from './tools';

/**
 * A live Gemini audio session driving the same pipeline as POST /transcript. The model hears the
 * user and calls the CRM tools; each call runs through the conversation code (same validation, same
 * CRM, same session store, so "him" works by voice too) and is answered with the contract's JSON.
 */
type LiveErrorEvent = Parameters<NonNullable<LiveCallbacks['onerror']>>[0];
type LiveCloseEvent = Parameters<NonNullable<LiveCallbacks['onclose']>>[0];

export interface VoiceSessionOptions {
  apiKey: string;
  baseUrl?: string | undefined;
  model: string;
  voice?: string | undefined;
  timezone: string;
  /** The conversation session this voice session is; a new id when not given. */
  sessionId?: string | undefined;
  connectTimeoutMs?: number;
  maxReconnects?: number;
  pipeline: PipelineDependencies;
  sessions: SessionStore;
  idempotency: IdempotencyStore;
  interactions?: InteractionLog | undefined;
  logger: Logger;
}

export interface ToolCallLog {
  id: string;
  name: string;
  args: unknown;
  result: unknown;
  /** Answered from the record of an earlier identical call (after a reconnect), not run again. */
  replayed: boolean;
}

export interface VoiceEvents {
  onTranscript?(event: { role: 'user' | 'model'; text: string }): void;
  onAudio?(pcm24k: Buffer): void;
  onToolCall?(call: ToolCallLog): void;
  onTurnComplete?(turn: { user: string; model: string; toolCalls: ToolCallLog[] }): void;
  onInterrupted?(): void;
  onError?(message: string): void;
  onClose?(reason: string): void;
}

export class VoiceError extends Error {
  override readonly name = 'VoiceError';
}

/** What a WebSocket close code means for the person running the session. */
export function describeClose(code: number, reason: string): string {
  const why = reason ? `: ${reason}` : '';
  switch (code) {
    case 1000:
      return 'The session ended.';
    case 1001:
      return `Gemini Live is going away${why}.`;
    case 1006:
      return 'The connection to Gemini Live dropped (network).';
    case 1007:
      return `Gemini Live could not read what was sent${why}.`;
    case 1008:
      return `Gemini Live refused the session${why}. Check GEMINI_API_KEY and GEMINI_LIVE_MODEL.`;
    case 1011:
      return `Gemini Live failed${why}.`;
    default:
      return `The Gemini Live connection closed (code ${code})${why}.`;
  }
}

/** Closes after which trying again cannot help. */
const FINAL_CLOSES = new Set([1000, 1007, 1008]);

export class VoiceSession {
  readonly id: string;
  private client: GoogleGenAI | undefined;
  private live: Session | null = null;
  private resumptionHandle: string | undefined;
  private readonly cancelled = new Set<string>();
  private reconnects = 0;
  private closing = false;
  private turn = { user: '', model: '', toolCalls: [] as ToolCallLog[], started: Date.now() };
  private turnNumber = 0;
  private output: Buffer[] = [];

  constructor(
    private readonly options: VoiceSessionOptions,
    private readonly events: VoiceEvents = {},
  ) {
    this.id = options.sessionId ?? `voice-${randomUUID()}`;
  }

  private get ai(): GoogleGenAI {
    this.client ??= new GoogleGenAI({
      apiKey: this.options.apiKey,
      ...(this.options.baseUrl ? { httpOptions: { baseUrl: this.options.baseUrl } } : {}),
    });
    return this.client;
  }

  async start(): Promise<void> {
    await this.connect();
  }

  private config(): LiveConnectConfig {
    return {
      responseModalities: [Modality.AUDIO],
      inputAudioTranscription: {},
      outputAudioTranscription: {},
      contextWindowCompression: { slidingWindow: {} },
      sessionResumption: this.resumptionHandle ? { handle: this.resumptionHandle } : {},
      systemInstruction: systemInstruction(this.options.timezone),
      tools: [{ functionDeclarations: TOOL_DECLARATIONS }],
      ...(this.options.voice
        ? { speechConfig: { voiceConfig: { prebuiltVoiceConfig: { voiceName: this.options.voice } } } }
        : {}),
    };
  }

  /**
   * The SDK's connect() neither rejects nor times out (a refused connection, a 403, a close before
   * setupComplete leave it pending), so readiness is its own promise, raced against a deadline and
   * rejected by an early close or error.
   */
  private async connect(): Promise<void> {
    const deadlineMs = this.options.connectTimeoutMs ?? 10_000;
    let ready = false;
    let settle!: { resolve: () => void; reject: (error: Error) => void };
    const readiness = new Promise<void>((resolve, reject) => {
      settle = { resolve, reject };
    });
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new VoiceError(`Gemini Live did not answer within ${deadlineMs} ms.`)),
        deadlineMs,
      );
    });
    const connecting = this.ai.live.connect({
      model: this.options.model,
      config: this.config(),
      callbacks: {
        onmessage: (message: LiveServerMessage) => {
          // An exception here would become an unhandled rejection inside the SDK: never let one out.
          try {
            if (message.setupComplete && !ready) {
              ready = true;
              settle.resolve();
            }
            this.onMessage(message);
          } catch (error) {
            this.fail(
              `Could not handle a Gemini Live message: ${error instanceof Error ? error.message : String(error)}`,
            );
          }
        },
        onerror: (event: LiveErrorEvent) => {
          if (!ready)
            settle.reject(
              new VoiceError(`Could not connect to Gemini Live: ${event.message || 'network error'}`),
            );
          else this.fail(`Gemini Live network error: ${event.message || 'unknown'}`);
        },
        onclose: (event: LiveCloseEvent) => {
          if (!ready) settle.reject(new VoiceError(describeClose(event.code, event.reason)));
          else void this.onClosed(event.code, event.reason);
        },
      },
    });
    try {
      const [session] = await Promise.race([Promise.all([connecting, readiness]), deadline]);
      this.live = session;
    } catch (error) {
      // A socket that opens after we gave up is closed at once.
      void connecting.then((late) => late.close()).catch(() => undefined);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /** PCM16 mono 16 kHz, as bytes. */
  sendAudio(pcm: Buffer): void {
    this.live?.sendRealtimeInput({
      audio: { data: pcm.toString('base64'), mimeType: `audio/pcm;rate=${INPUT_RATE}` },
    });
  }

  /** The user stopped speaking (end of a file, a push-to-talk released). */
  endAudio(): void {
    this.live?.sendRealtimeInput({ audioStreamEnd: true });
  }

  /** A typed turn: the text-mode fallback when audio is not possible. */
  sendText(text: string): void {
    this.turn.user = text;
    this.live?.sendClientContent({ turns: [{ role: 'user', parts: [{ text }] }], turnComplete: true });
  }

  /** The audio the model has said in this turn and not yet taken. */
  takeAudio(): Buffer {
    const audio = Buffer.concat(this.output);
    this.output = [];
    return audio;
  }

  close(): void {
    this.closing = true;
    this.live?.close();
  }

  private onMessage(message: LiveServerMessage): void {
    const update = message.sessionResumptionUpdate;
    if (update?.resumable && update.newHandle) this.resumptionHandle = update.newHandle;
    if (message.goAway) {
      // The connection is about to end (about every 10 minutes): carry on in a resumed one.
      void this.reconnect('goAway');
      return;
    }
    for (const id of message.toolCallCancellation?.ids ?? []) this.cancelled.add(id);
    for (const call of message.toolCall?.functionCalls ?? [])
      void this.answerToolCall(call.id ?? '', call.name ?? '', call.args);
    const content = message.serverContent;
    if (!content) return;
    if (content.inputTranscription?.text) {
      this.turn.user += content.inputTranscription.text;
      this.events.onTranscript?.({ role: 'user', text: content.inputTranscription.text });
    }
    if (content.outputTranscription?.text) {
      this.turn.model += content.outputTranscription.text;
      this.events.onTranscript?.({ role: 'model', text: content.outputTranscription.text });
    }
    for (const part of content.modelTurn?.parts ?? []) {
      if (part.inlineData?.data && part.inlineData.mimeType?.startsWith('audio/pcm')) {
        const pcm = Buffer.from(part.inlineData.data, 'base64');
        this.output.push(pcm);
        this.events.onAudio?.(pcm);
      }
    }
    if (content.interrupted) {
      // The user spoke over the model: what it had not yet said is dropped.
      this.output = [];
      this.events.onInterrupted?.();
    }
    if (content.turnComplete) this.completeTurn();
  }

  private async answerToolCall(id: string, name: string, args: unknown): Promise<void> {
    // Set while this call holds its key without an answer stored: a failure then frees the key.
    let holding = false;
    try {
      // A cancellation sent with the call arrives as the next message: let it be read first.
      await new Promise((resolve) => setImmediate(resolve));
      if (this.cancelled.has(id)) return;
      const key = `${this.id}:${id}`;
      const earlier = this.options.idempotency.find('voice-tool', key);
      let result: unknown;
      let replayed = false;
      if (earlier && !earlier.response) {
        // The same call is running already (repeated by a resumed connection): its answer will go out
        // on the live connection when it is done.
        return;
      }
      if (earlier?.response) {
        // The same call again (a resumed connection repeating itself): answer, never write twice.
        result = JSON.parse(earlier.response) as unknown;
        replayed = true;
      } else {
        const action = actionOfToolCall(name, args);
        this.options.idempotency.begin('voice-tool', key, 'tool-call');
        holding = true;
        if (!action) {
          result = { error: { type: 'VALIDATION_ERROR', details: `There is no tool named '${name}'.` } };
        } else {
          const outcome = await runInSession(
            { actions: [action], confidence: 1 },
            {
              transcript: `[${name}] ${JSON.stringify(args ?? {})}`,
              requestId: key,
              timezone: this.options.timezone,
              sessionId: this.id,
            },
            this.options.pipeline,
            this.options.sessions,
          );
          result = outcome.body;
        }
        this.options.idempotency.complete('voice-tool', key, 200, JSON.stringify(result));
        holding = false;
      }
      if (this.cancelled.has(id)) return;
      this.live?.sendToolResponse({ functionResponses: [{ id, name, response: { output: result } }] });
      const log = { id, name, args, result, replayed };
      this.turn.toolCalls.push(log);
      this.events.onToolCall?.(log);
    } catch (error) {
      // A run that failed before its answer was stored frees its key: the same call may come again.
      if (holding) this.options.idempotency.release('voice-tool', `${this.id}:${id}`);
      this.fail(`The tool call ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private completeTurn(): void {
    const turn = this.turn;
    this.turnNumber++;
    const last = turn.toolCalls[turn.toolCalls.length - 1]?.result as
      { intent?: string; entities?: unknown; error?: { type?: string } } | undefined;
    this.options.interactions?.record({
      request_id: `${this.id}:${this.turnNumber}`,
      created_at: new Date().toISOString(),
      channel: 'voice',
      transcript: turn.user,
      session_id: this.id,
      intent: last?.intent ?? null,
      entities: last?.entities ?? {},
      outcome: last?.error?.type ?? 'ok',
      http_status: last?.error ? 422 : 200,
      crm_calls: turn.toolCalls.map(({ id, name, args, result }) => ({
        tool_call: { id, name, args },
        result,
      })),
      provider: 'gemini-live',
      latency_ms: Date.now() - turn.started,
    });
    this.events.onTurnComplete?.({ user: turn.user, model: turn.model, toolCalls: turn.toolCalls });
    this.turn = { user: '', model: '', toolCalls: [], started: Date.now() };
  }

  private async reconnect(reason: string): Promise<void> {
    const maxReconnects = this.options.maxReconnects ?? 3;
    const previous = this.live;
    this.live = null;
    if (this.reconnects >= maxReconnects) {
      this.fail(`Gemini Live closed and ${maxReconnects} reconnects did not hold (${reason}).`);
      this.events.onClose?.(reason);
      return;
    }
    this.reconnects++;
    this.options.logger.info(
      { session_id: this.id, reason, attempt: this.reconnects },
      'voice session reconnecting',
    );
    try {
      previous?.close();
    } catch {
      // already closed
    }
    try {
      await this.connect();
    } catch (error) {
      await this.reconnect(error instanceof Error ? error.message : String(error));
    }
  }

  private async onClosed(code: number, reason: string): Promise<void> {
    if (this.closing) {
      this.events.onClose?.(describeClose(code, reason));
      return;
    }
    if (this.live === null) return; // a connection we replaced ourselves
    if (FINAL_CLOSES.has(code)) {
      if (code !== 1000) this.fail(describeClose(code, reason));
      this.events.onClose?.(describeClose(code, reason));
      return;
    }
    await this.reconnect(describeClose(code, reason));
  }

  private fail(message: string): void {
    this.options.logger.warn({ session_id: this.id, message }, 'voice session problem');
    this.events.onError?.(message);
  }
}

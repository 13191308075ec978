import type { FunctionCall, FunctionResponse } from '@google/genai';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../../kernel/logger';
import type { IdempotencyStore } from '../../storage/idempotency';
import type { InteractionLog } from '../../storage/interactions';
import type { TurnHandler } from '../../turn/handle-turn';
import { runToolCall } from '../../turn/tool-call';
import { LiveConnection } from './live-connection';
import { TOOL_DECLARATIONS, systemInstruction } from './tools';

/** Cancelled call ids remembered: far more than can be in flight at once. */
const MAX_CANCELLED_IDS = 256;

/**
 * A live voice session: a Gemini Live connection whose tool calls run through the same turn as
 * POST /transcript (same validation, same CRM, same conversation session, so "him" works by voice
 * too), answered with the contract's JSON; each voice turn is one interaction in the log.
 */
export interface VoiceSessionOptions {
  apiKey: string;
  baseUrl?: string | undefined;
  model: string;
  voice?: string | undefined;
  /** Voice activity detection (GEMINI_LIVE_VAD_START, GEMINI_LIVE_SILENCE_MS). */
  vad?: { start: 'low' | 'high'; silenceMs: number } | undefined;
  timezone: string;
  /** The conversation session this voice session is; a new id when not given. */
  sessionId?: string | undefined;
  connectTimeoutMs?: number;
  maxReconnects?: number;
  turns: TurnHandler;
  idempotency: IdempotencyStore;
  interactions?: InteractionLog | undefined;
  logger: Logger;
  /**
   * Keep the model's audio for takeAudio() (the CLI writes it to a file). Off by default: a door that
   * streams audio to its client forgets each chunk once sent, so a long session's memory stays flat.
   */
  keepAudio?: boolean;
}

export interface ToolCallLog {
  id: string;
  name: string;
  args: unknown;
  result: unknown;
  /** Answered from the record of an earlier identical call (after a reconnect), not run again. */
  replayed: boolean;
  /** The HTTP status the same request would have had on POST /transcript. */
  httpStatus: number;
}

export interface VoiceEvents {
  onTranscript?(event: { role: 'user' | 'model'; text: string }): void;
  onAudio?(pcm24k: Buffer): void;
  onToolCall?(call: ToolCallLog): void;
  onTurnComplete?(turn: { user: string; model: string; toolCalls: ToolCallLog[] }): void;
  onInterrupted?(): void;
  onError?(message: string): void;
  onClose?(reason: string): void;
  /** The Live connection was replaced: `resumed` false means the model lost the conversation so far. */
  onReconnect?(info: { resumed: boolean }): void;
}

interface TurnRecord {
  user: string;
  model: string;
  toolCalls: ToolCallLog[];
  crmCalls: unknown[];
  started: number;
}

const newTurn = (): TurnRecord => ({ user: '', model: '', toolCalls: [], crmCalls: [], started: Date.now() });

export class VoiceSession {
  readonly id: string;
  private readonly connection: LiveConnection;
  private readonly cancelled = new Set<string>();
  private turn = newTurn();
  private turnNumber = 0;
  private output: Buffer[] = [];

  constructor(
    private readonly options: VoiceSessionOptions,
    private readonly events: VoiceEvents = {},
  ) {
    this.id = options.sessionId ?? `voice-${randomUUID()}`;
    this.connection = new LiveConnection(
      {
        apiKey: options.apiKey,
        baseUrl: options.baseUrl,
        model: options.model,
        voice: options.voice,
        vad: options.vad,
        systemInstruction: systemInstruction(options.timezone),
        functionDeclarations: TOOL_DECLARATIONS,
        ...(options.connectTimeoutMs === undefined ? {} : { connectTimeoutMs: options.connectTimeoutMs }),
        ...(options.maxReconnects === undefined ? {} : { maxReconnects: options.maxReconnects }),
        logger: options.logger,
        sessionId: this.id,
      },
      {
        onToolCalls: (calls) => void this.answerToolCalls(calls),
        onToolCancellation: (ids) => {
          for (const id of ids) this.cancelled.add(id);
          // Only recent ids can still be running; a long call must not keep every id it ever saw.
          for (const old of this.cancelled) {
            if (this.cancelled.size <= MAX_CANCELLED_IDS) break;
            this.cancelled.delete(old);
          }
        },
        onTranscript: (role, text) => {
          if (role === 'user') this.turn.user += text;
          else this.turn.model += text;
          this.events.onTranscript?.({ role, text });
        },
        onAudio: (pcm) => {
          if (options.keepAudio) this.output.push(pcm);
          this.events.onAudio?.(pcm);
        },
        onInterrupted: () => {
          this.output = [];
          this.events.onInterrupted?.();
        },
        onTurnComplete: () => this.completeTurn(),
        onError: (message) => this.events.onError?.(message),
        onReconnected: (resumed) => {
          // A fresh session knows nothing of the turn in progress: what was heard of it is dropped.
          if (!resumed) {
            this.turn = newTurn();
            this.output = [];
          }
          this.events.onReconnect?.({ resumed });
        },
        onClose: (reason) => this.events.onClose?.(reason),
      },
    );
  }

  start(): Promise<void> {
    return this.connection.start();
  }

  sendAudio(pcm: Buffer): void {
    this.connection.sendAudio(pcm);
  }

  endAudio(): void {
    this.connection.endAudio();
  }

  /** A typed turn: the text-mode fallback when audio is not possible. */
  sendText(text: string): void {
    this.turn.user = text;
    this.connection.sendText(text);
  }

  /** Bytes of model audio held for takeAudio(): none unless keepAudio was asked for. */
  get bufferedAudioBytes(): number {
    return this.output.reduce((sum, chunk) => sum + chunk.length, 0);
  }

  /** The audio the model has said in this turn and not yet taken (with keepAudio). */
  takeAudio(): Buffer {
    const audio = Buffer.concat(this.output);
    this.output = [];
    return audio;
  }

  /** Ends the session; a turn left unfinished that did something is still recorded. */
  close(): void {
    if (this.turn.crmCalls.length > 0) this.completeTurn();
    this.connection.close();
  }

  /**
   * The calls of one toolCall message, run one after another in the order the model gave them (a
   * visit for "him" needs the lead created just before it) and answered together in one
   * toolResponse, as Live expects. A call cancelled before it is answered is left out.
   */
  private async answerToolCalls(calls: FunctionCall[]): Promise<void> {
    const issuedOn = this.connection.connectionNumber;
    // A cancellation sent with the calls arrives as the next message: let it be read first.
    await new Promise((resolve) => setImmediate(resolve));
    const responses: FunctionResponse[] = [];
    for (const call of calls) {
      const id = call.id ?? '';
      const name = call.name ?? '';
      if (this.cancelled.has(id)) continue;
      try {
        const answer = await runToolCall(
          { sessionId: this.id, callId: id, name, args: call.args, timezone: this.options.timezone },
          this.options.turns,
          this.options.idempotency,
        );
        // The same call is running already: its answer goes out on the live connection when it is done.
        if (answer.kind === 'running') continue;
        if (this.cancelled.has(id)) {
          this.cancelledAfterRunning(id, name, call.args, answer);
          continue;
        }
        responses.push({ id, name, response: { output: answer.result } });
        const log = {
          id,
          name,
          args: call.args,
          result: answer.result,
          replayed: answer.replayed,
          httpStatus: answer.httpStatus,
        };
        this.turn.toolCalls.push(log);
        this.turn.crmCalls.push({
          tool_call: { id, name, args: call.args },
          result: answer.result,
          crm_calls: answer.crmCalls,
        });
        this.events.onToolCall?.(log);
      } catch (error) {
        const message = `The tool call ${name} failed: ${error instanceof Error ? error.message : String(error)}`;
        this.options.logger.warn({ session_id: this.id, message }, 'voice session problem');
        this.events.onError?.(message);
        responses.push({
          id,
          name,
          response: {
            error: { type: 'INTERNAL_ERROR', details: 'The tool failed on the service side.' },
          },
        });
      }
    }
    if (responses.length === 0) return;
    if (this.connection.connectionNumber === issuedOn) {
      this.connection.sendToolResponses(responses);
      return;
    }
    // The connection the calls came on was replaced while they ran. The new one never issued them (a
    // toolResponse for them is a protocol error there), so what they did reaches the model as context,
    // and it carries the turn on.
    const outcomes = responses.map((response) => {
      const output = response.response as {
        output?: { result?: { message?: string }; error?: { details?: string }; prompt?: string };
        error?: { details?: string };
      };
      const said =
        output.output?.result?.message ??
        output.output?.prompt ??
        output.output?.error?.details ??
        output.error?.details ??
        'it finished';
      const ended = /[.!?]$/.test(said) ? said : `${said}.`;
      return `The ${response.name ?? 'tool'} call (id ${response.id ?? ''}) finished while the connection was renewed: ${ended}`;
    });
    this.connection.sendNote(
      `Note for the assistant: ${outcomes.join(' ')} Do not call it again; tell the user what was done.`,
      { reply: true },
    );
    this.options.logger.info(
      { session_id: this.id, calls: responses.map((response) => response.id) },
      'tool calls answered as context after a reconnect',
    );
  }

  /**
   * A call cancelled while it ran has done what it did (a CRM write is not undone): it goes into the
   * turn's record marked cancelled, and the model is told, so that it neither repeats the call nor
   * tells the user nothing happened.
   */
  private cancelledAfterRunning(
    id: string,
    name: string,
    args: unknown,
    answer: { result: unknown; crmCalls: unknown[] },
  ): void {
    this.turn.crmCalls.push({
      tool_call: { id, name, args },
      result: answer.result,
      crm_calls: answer.crmCalls,
      cancelled: true,
    });
    const result = answer.result as { result?: { message?: string }; error?: { details?: string } } | null;
    const outcome = result?.result?.message ?? result?.error?.details ?? 'it finished';
    this.connection.sendNote(
      `Note for the assistant: the ${name} call (id ${id}) was cancelled after it had already run. What it did: ${outcome} Do not call it again unless the user asks.`,
    );
    this.options.logger.info(
      { session_id: this.id, call_id: id, tool: name },
      'tool call cancelled after it ran',
    );
  }

  /** One voice turn is one interaction: what the user said, each tool call, the last call's outcome. */
  private completeTurn(): void {
    const turn = this.turn;
    this.turnNumber++;
    const last = turn.toolCalls[turn.toolCalls.length - 1];
    const result = last?.result as
      { intent?: string; entities?: unknown; error?: { type?: string } } | undefined;
    this.options.interactions?.record({
      request_id: `${this.id}:${this.turnNumber}`,
      created_at: new Date().toISOString(),
      channel: 'voice',
      transcript: turn.user,
      session_id: this.id,
      intent: result?.intent ?? null,
      entities: result?.entities ?? {},
      outcome: result?.error?.type ?? 'ok',
      http_status: last?.httpStatus ?? 200,
      crm_calls: turn.crmCalls,
      provider: 'gemini-live',
      latency_ms: Date.now() - turn.started,
    });
    this.events.onTurnComplete?.({ user: turn.user, model: turn.model, toolCalls: turn.toolCalls });
    this.turn = newTurn();
  }
}

import {
  EndSensitivity,
  GoogleGenAI,
  Modality,
  StartSensitivity,
  type FunctionCall,
  type FunctionDeclaration,
  type FunctionResponse,
  type LiveCallbacks,
  type LiveConnectConfig,
  type LiveServerMessage,
  type Session,
} from '@google/genai';
import { LiveUnavailableError } from '../../kernel/errors';
import type { Logger } from '../../kernel/logger';
import { INPUT_RATE } from './audio';

/**
 * The Gemini Live transport, and only that: connect with a deadline, resume on `goAway` and on closes
 * worth a retry, send audio, text and tool responses, and hand what the server says to the listener.
 * It knows nothing of the CRM, the turn or the interaction log (voice-session.ts does).
 */
type LiveErrorEvent = Parameters<NonNullable<LiveCallbacks['onerror']>>[0];
type LiveCloseEvent = Parameters<NonNullable<LiveCallbacks['onclose']>>[0];

export interface LiveConnectionOptions {
  apiKey: string;
  baseUrl?: string | undefined;
  model: string;
  voice?: string | undefined;
  systemInstruction: string;
  functionDeclarations: FunctionDeclaration[];
  /** Voice activity detection: how readily speech starts, and the silence that ends it. */
  vad?: { start: 'low' | 'high'; silenceMs: number } | undefined;
  connectTimeoutMs?: number;
  /** Reconnects that may fail in a row before the session gives up. */
  maxReconnects?: number;
  /** The wait before the second attempt of a run of failed ones; it doubles up to 5 s. */
  reconnectBackoffMs?: number;
  logger: Logger;
  /** For log lines: the conversation this connection serves. */
  sessionId: string;
}

export interface LiveListener {
  onToolCalls(calls: FunctionCall[]): void;
  onToolCancellation(ids: string[]): void;
  onTranscript(role: 'user' | 'model', text: string): void;
  onAudio(pcm24k: Buffer): void;
  onInterrupted(): void;
  onTurnComplete(): void;
  onError(message: string): void;
  onClose(reason: string): void;
  /** A new connection carries on: `resumed` when it continued the conversation by its handle. */
  onReconnected(resumed: boolean): void;
}

/** What a WebSocket close code means for the person running the session. */
export function describeClose(code: number, reason: string): string {
  const why = reason ? `: ${reason}` : '';
  // The service's answer to a model it does not have (shut down, misspelt, not a Live model).
  if (/not found|not supported for bidiGenerateContent/i.test(reason))
    return `Gemini Live has no such model${why}. Set GEMINI_LIVE_MODEL to a current Live model, e.g. gemini-2.5-flash-native-audio-preview-12-2025.`;
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

interface SocketFactory {
  create(
    url: string,
    headers: Record<string, string>,
    callbacks: { onmessage: (event: { data: unknown }) => void },
  ): unknown;
}

/**
 * The SDK parses every frame in a promise nobody awaits: one frame that is not JSON would be an
 * unhandled rejection and take the whole service down. Its socket factory is wrapped so that such a
 * frame is dropped and reported to this session instead, before the SDK sees it.
 */
function guardFrames(
  client: GoogleGenAI,
  onBadFrame: () => void,
  onCreated: (socket: { close(): void }) => void,
): void {
  const live = client.live as unknown as { webSocketFactory?: SocketFactory };
  const factory = live.webSocketFactory;
  if (!factory) return;
  live.webSocketFactory = {
    create(url, headers, callbacks) {
      const onmessage = callbacks.onmessage;
      const socket = factory.create(url, headers, {
        ...callbacks,
        onmessage: (event) => {
          const data = event.data;
          const text = typeof data === 'string' ? data : Buffer.isBuffer(data) ? data.toString('utf8') : null;
          if (text !== null) {
            try {
              JSON.parse(text);
            } catch {
              onBadFrame();
              return;
            }
          }
          onmessage(event);
        },
      }) as { close(): void };
      onCreated(socket);
      return socket;
    },
  };
}

/** Closes after which trying again cannot help. */
const FINAL_CLOSES = new Set([1000, 1007, 1008]);

/**
 * Closes that look final but are not: the service ends each connection at its lifetime with 1000 "The
 * operation was cancelled", and a 1007 can come from a race between a close and a frame in flight.
 * Those are resumed like a goAway (within the budget of failures in a row).
 */
const worthResuming = (code: number, reason: string) =>
  (code === 1000 && /cancel/i.test(reason)) ||
  (code === 1007 && !/model|not supported|not found/i.test(reason));

/** What the user says while a connection is being replaced waits for the next one, up to this much. */
const MAX_QUEUED = 200;

export class LiveConnection {
  private client: GoogleGenAI | undefined;
  private live: Session | null = null;
  private resumptionHandle: string | undefined;
  private failedReconnects = 0;
  private closing = false;

  constructor(
    private readonly options: LiveConnectionOptions,
    private readonly listener: LiveListener,
  ) {}

  private get ai(): GoogleGenAI {
    if (!this.client) {
      this.client = new GoogleGenAI({
        apiKey: this.options.apiKey,
        ...(this.options.baseUrl ? { httpOptions: { baseUrl: this.options.baseUrl } } : {}),
      });
      guardFrames(
        this.client,
        () => this.fail('Gemini Live sent a frame that is not JSON; it was dropped.'),
        (socket) => (this.opening = socket),
      );
    }
    return this.client;
  }

  start(): Promise<void> {
    return this.connect();
  }

  private config(): LiveConnectConfig {
    return {
      responseModalities: [Modality.AUDIO],
      inputAudioTranscription: {},
      outputAudioTranscription: {},
      contextWindowCompression: { slidingWindow: {} },
      sessionResumption: this.resumptionHandle ? { handle: this.resumptionHandle } : {},
      systemInstruction: this.options.systemInstruction,
      tools: [{ functionDeclarations: this.options.functionDeclarations }],
      ...(this.options.vad
        ? {
            realtimeInputConfig: {
              automaticActivityDetection: {
                startOfSpeechSensitivity:
                  this.options.vad.start === 'low'
                    ? StartSensitivity.START_SENSITIVITY_LOW
                    : StartSensitivity.START_SENSITIVITY_HIGH,
                endOfSpeechSensitivity: EndSensitivity.END_SENSITIVITY_HIGH,
                prefixPaddingMs: 100,
                silenceDurationMs: this.options.vad.silenceMs,
              },
            },
          }
        : {}),
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
  /** Which connect attempt is current: events of a superseded attempt are ignored. */
  private generation = 0;
  /** The socket of the attempt being made, so that one given up on can be closed. */
  private opening: { close(): void } | null = null;

  private async connect(): Promise<void> {
    const deadlineMs = this.options.connectTimeoutMs ?? 10_000;
    const mine = ++this.generation;
    const current = () => mine === this.generation;
    let ready = false;
    let settle!: { resolve: () => void; reject: (error: Error) => void };
    const readiness = new Promise<void>((resolve, reject) => {
      settle = { resolve, reject };
    });
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new LiveUnavailableError(`Gemini Live did not answer within ${deadlineMs} ms.`)),
        deadlineMs,
      );
    });
    const connecting = this.ai.live.connect({
      model: this.options.model,
      config: this.config(),
      callbacks: {
        onmessage: (message: LiveServerMessage) => {
          if (!current()) return;
          // An exception here would become an unhandled rejection inside the SDK: never let one out.
          try {
            if (message.setupComplete && !ready) {
              ready = true;
              this.epoch++;
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
          if (!current()) return;
          if (!ready)
            settle.reject(
              new LiveUnavailableError(
                `Could not connect to Gemini Live: ${event.message || 'network error'}`,
              ),
            );
          else this.fail(`Gemini Live network error: ${event.message || 'unknown'}`);
        },
        onclose: (event: LiveCloseEvent) => {
          // A connection given up on, or replaced, closing late says nothing about the current one.
          if (!current()) return;
          if (!ready) settle.reject(new LiveUnavailableError(describeClose(event.code, event.reason)));
          else void this.onClosed(event.code, event.reason);
        },
      },
    });
    try {
      const [session] = await Promise.race([Promise.all([connecting, readiness]), deadline]);
      // The session was closed while it connected (its client left), or this connection was already
      // replaced (a goAway right after setupComplete started a resumed one): no orphan is left behind.
      if (this.closing || !current()) {
        session.close();
        return;
      }
      this.live = session;
      // What the user said while no connection was open goes out now.
      this.flushQueued();
    } catch (error) {
      // An attempt given up on is closed now (its setup may never complete), and superseded. Its socket
      // is the last one made: the SDK makes it inside connect(), after an await.
      const socket = current() ? this.opening : null;
      this.generation++;
      try {
        socket?.close();
      } catch {
        // not yet open, or already closed
      }
      void connecting.then((late) => late.close()).catch(() => undefined);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /** PCM16 mono 16 kHz, as bytes. */
  sendAudio(pcm: Buffer): void {
    this.deliver((live) =>
      live.sendRealtimeInput({
        audio: { data: pcm.toString('base64'), mimeType: `audio/pcm;rate=${INPUT_RATE}` },
      }),
    );
  }

  /** The user stopped speaking (end of a file, a push-to-talk released). */
  endAudio(): void {
    this.deliver((live) => live.sendRealtimeInput({ audioStreamEnd: true }));
  }

  sendText(text: string): void {
    this.deliver((live) =>
      live.sendClientContent({ turns: [{ role: 'user', parts: [{ text }] }], turnComplete: true }),
    );
  }

  private queued: ((live: Session) => void)[] = [];
  private overflowed = false;

  /** Sent now, or — while a connection is being replaced — kept for the next one (bounded). */
  private deliver(send: (live: Session) => void): void {
    if (this.live) return send(this.live);
    if (this.closing) return;
    if (this.queued.length >= MAX_QUEUED) {
      this.queued.shift();
      if (!this.overflowed) this.fail('Some audio was lost while the voice connection was being renewed.');
      this.overflowed = true;
    }
    this.queued.push(send);
  }

  private flushQueued(): void {
    const live = this.live;
    if (!live) return;
    for (const send of this.queued.splice(0)) send(live);
    this.overflowed = false;
  }

  /**
   * Context for the model: with `reply`, it answers (the turn goes on); without, it only knows (what
   * a cancelled call had already done).
   */
  sendNote(text: string, options: { reply?: boolean } = {}): void {
    const turnComplete = options.reply === true;
    this.deliver((live) =>
      live.sendClientContent({ turns: [{ role: 'user', parts: [{ text }] }], turnComplete }),
    );
  }

  private epoch = 0;

  /**
   * Changes when a connection becomes ready and when it is left. A tool call belongs to the connection
   * it came on: its toolResponse is owed to that connection only, while the number is unchanged.
   */
  get connectionNumber(): number {
    return this.epoch;
  }

  /** On the connection the calls came on (see connectionNumber); held if it is not yet handed over. */
  sendToolResponses(functionResponses: FunctionResponse[]): void {
    this.deliver((live) => live.sendToolResponse({ functionResponses }));
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
    const cancelled = (message.toolCallCancellation?.ids ?? []).filter(Boolean);
    if (cancelled.length > 0) this.listener.onToolCancellation(cancelled);
    const calls = message.toolCall?.functionCalls ?? [];
    if (calls.length > 0) this.listener.onToolCalls(calls);
    const content = message.serverContent;
    if (!content) return;
    if (content.inputTranscription?.text) this.listener.onTranscript('user', content.inputTranscription.text);
    if (content.outputTranscription?.text)
      this.listener.onTranscript('model', content.outputTranscription.text);
    // The user spoke over the model: what it had not yet said is dropped. First, so that audio in the
    // same message (what comes after the interruption) is kept.
    if (content.interrupted) this.listener.onInterrupted();
    for (const part of content.modelTurn?.parts ?? []) {
      if (part.inlineData?.data && part.inlineData.mimeType?.startsWith('audio/pcm'))
        this.listener.onAudio(Buffer.from(part.inlineData.data, 'base64'));
    }
    if (content.turnComplete) this.listener.onTurnComplete();
  }

  /**
   * Carries the session on in a new connection (resumed with the last handle). The budget counts
   * attempts that failed in a row: a resume that holds gives it back, so the goAway every ten
   * minutes never wears a healthy session out; attempts after a failure wait longer each time.
   */
  private async reconnect(reason: string): Promise<void> {
    const maxReconnects = this.options.maxReconnects ?? 3;
    const previous = this.live;
    this.live = null;
    // Calls of the connection being left can no longer be answered on it.
    this.epoch++;
    try {
      previous?.close();
    } catch {
      // already closed
    }
    if (this.closing) return;
    if (this.failedReconnects >= maxReconnects) {
      this.fail(`Gemini Live closed and ${maxReconnects} reconnects did not hold (${reason}).`);
      this.listener.onClose(reason);
      return;
    }
    if (this.failedReconnects > 0) {
      const backoffMs = Math.min(
        5_000,
        (this.options.reconnectBackoffMs ?? 250) * 2 ** (this.failedReconnects - 1),
      );
      await new Promise((resolve) => setTimeout(resolve, backoffMs));
    }
    this.options.logger.info(
      { session_id: this.options.sessionId, reason, failed_before: this.failedReconnects },
      'voice session reconnecting',
    );
    const resumed = this.resumptionHandle !== undefined;
    if (!resumed) {
      this.options.logger.warn(
        { session_id: this.options.sessionId, reason },
        'voice session restarted without its context: no resumption handle yet',
      );
    }
    try {
      await this.connect();
      this.failedReconnects = 0;
      this.listener.onReconnected(resumed);
    } catch (error) {
      this.failedReconnects++;
      await this.reconnect(error instanceof Error ? error.message : String(error));
    }
  }

  private async onClosed(code: number, reason: string): Promise<void> {
    if (this.closing) {
      this.listener.onClose(describeClose(code, reason));
      return;
    }
    if (this.live === null) return; // a connection we replaced ourselves
    if (FINAL_CLOSES.has(code) && !worthResuming(code, reason)) {
      if (code !== 1000) this.fail(describeClose(code, reason));
      this.listener.onClose(describeClose(code, reason));
      return;
    }
    await this.reconnect(describeClose(code, reason));
  }

  private fail(message: string): void {
    this.options.logger.warn({ session_id: this.options.sessionId, message }, 'voice session problem');
    this.listener.onError(message);
  }
}

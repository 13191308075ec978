import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * A Gemini Live server on loopback, speaking the wire protocol the SDK speaks: the client's first
 * frame is `{"setup": …}`, answered `{"setupComplete": {}}`; then realtime audio, tool responses and
 * client content come in, and scripted server messages go out. Each connection follows its own
 * script: on each occurrence of a trigger, the next list of steps is played.
 */
export type Trigger = 'setup' | 'audioStreamEnd' | 'toolResponse' | 'clientContent';
export type LiveStep =
  | { send: Record<string, unknown> }
  | { close: { code: number; reason: string } }
  | { wait: number }
  /** A frame as bytes on the wire, JSON or not. */
  | { raw: string };

/**
 * Live models the fake knows, as the Gemini API lists them. `gemini-live-test` stands for any current
 * model in tests; the shut-down ones are refused the way the service refuses them.
 */
export const LIVE_MODELS = [
  'gemini-2.5-flash-native-audio-preview-12-2025',
  'gemini-2.5-flash-native-audio-preview-09-2025',
  'gemini-live-test',
];
export const SHUT_DOWN_MODELS = ['gemini-live-2.5-flash-preview', 'gemini-2.0-flash-live-001'];

export interface ConnectionScript {
  /** Answer setup with setupComplete (default true). */
  setupComplete?: boolean;
  on?: Partial<Record<Trigger, LiveStep[][]>>;
}

export interface LiveConnection {
  url: string;
  setup: Record<string, unknown> | null;
  /** Protocol errors the fake found in what the client sent (each also closed the socket). */
  violations: string[];
  audio: { mimeType: string; bytes: number; at: number }[];
  toolResponses: { id: string; name: string; response: { output: Record<string, unknown> } }[];
  /** Per answered toolCall message: milliseconds from sending it to receiving its toolResponse. */
  toolLatencies: number[];
  clientContent: unknown[];
  socket: WebSocket;
}

export const LIVE_PATH = '//ws/google.ai.generativelanguage.v1beta.GenerativeService.BidiGenerateContent';

export class FakeLive {
  readonly connections: LiveConnection[] = [];
  private readonly scripts: ConnectionScript[] = [];
  private server: WebSocketServer | null = null;

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  /** The script of the next connection (connections beyond the scripts only get setupComplete). */
  script(...scripts: ConnectionScript[]): this {
    this.scripts.push(...scripts);
    return this;
  }

  async start(): Promise<void> {
    this.server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => this.server!.once('listening', () => resolve()));
    this.server.on('connection', (socket, request) => {
      const script = this.scripts[this.connections.length] ?? {};
      const connection: LiveConnection = {
        url: request.url ?? '',
        setup: null,
        violations: [],
        audio: [],
        toolResponses: [],
        toolLatencies: [],
        clientContent: [],
        socket,
      };
      this.connections.push(connection);
      const queues = Object.fromEntries(
        Object.entries(script.on ?? {}).map(([trigger, lists]) => [trigger, [...lists]]),
      );
      // The calls sent and not yet answered, one entry per toolCall message.
      const outstanding: Set<string>[] = [];
      const sentAt = new Map<Set<string>, number>();
      const cancelled = new Set<string>();
      const violation = (what: string) => {
        connection.violations.push(what);
        if (socket.readyState === socket.OPEN) socket.close(1007, what.slice(0, 120));
      };
      const play = async (trigger: Trigger) => {
        for (const step of queues[trigger]?.shift() ?? []) {
          if ('wait' in step) await new Promise((resolve) => setTimeout(resolve, step.wait));
          else if ('close' in step) socket.close(step.close.code, step.close.reason);
          else if (socket.readyState !== socket.OPEN) continue;
          else if ('raw' in step) socket.send(step.raw);
          else {
            const calls = (step.send.toolCall as { functionCalls?: { id?: string }[] } | undefined)
              ?.functionCalls;
            if (calls) {
              const batch = new Set(calls.map((call) => call.id ?? ''));
              outstanding.push(batch);
              sentAt.set(batch, performance.now());
            }
            for (const id of (step.send.toolCallCancellation as { ids?: string[] } | undefined)?.ids ?? [])
              cancelled.add(id);
            socket.send(JSON.stringify(step.send));
          }
        }
      };
      /** What the real service checks in a setup: the model, and function declarations in its schema form. */
      const checkSetup = (setup: Record<string, unknown>): string | null => {
        const model = String(setup.model ?? '').replace(/^models\//, '');
        if (SHUT_DOWN_MODELS.includes(model) || !LIVE_MODELS.includes(model))
          return `models/${model} is not found for API version v1beta, or is not supported for bidiGenerateContent.`;
        const tools =
          (setup.tools as { functionDeclarations?: Record<string, unknown>[] }[] | undefined) ?? [];
        for (const declaration of tools.flatMap((tool) => tool.functionDeclarations ?? [])) {
          if ('parametersJsonSchema' in declaration)
            return `parametersJsonSchema of ${String(declaration.name)} is not supported by Live: send parameters.`;
          const parameters = declaration.parameters as { type?: unknown } | undefined;
          if (parameters && parameters.type !== 'OBJECT')
            return `parameters of ${String(declaration.name)} must be OBJECT.`;
        }
        return null;
      };
      socket.on('message', (data) => {
        const message = JSON.parse(data.toString()) as Record<string, Record<string, unknown>>;
        if (message.setup) {
          connection.setup = message.setup;
          const refused = checkSetup(message.setup);
          if (refused) {
            socket.close(1008, refused.slice(0, 120));
            return;
          }
          if (script.setupComplete !== false) socket.send(JSON.stringify({ setupComplete: {} }));
          void play('setup');
        } else if (message.realtimeInput) {
          const audio = message.realtimeInput.audio as { data: string; mimeType: string } | undefined;
          if (audio)
            connection.audio.push({
              mimeType: audio.mimeType,
              bytes: Buffer.from(audio.data, 'base64').length,
              at: Date.now(),
            });
          if (message.realtimeInput.audioStreamEnd) void play('audioStreamEnd');
        } else if (message.toolResponse) {
          const responses = message.toolResponse.functionResponses as LiveConnection['toolResponses'];
          connection.toolResponses.push(...responses);
          // One toolResponse answers one toolCall: every id it names belongs to the same call message.
          const ids = responses.map((response) => response.id);
          const batch = outstanding.find((calls) => ids.some((id) => calls.has(id)));
          const bad = ids.find((id) => cancelled.has(id) || !batch?.has(id));
          if (bad !== undefined)
            return violation(`toolResponse names unknown, repeated or cancelled call id '${bad}'`);
          for (const id of ids) batch?.delete(id);
          if (batch && [...batch].some((id) => !cancelled.has(id)))
            return violation('a toolCall was answered in more than one toolResponse');
          if (batch) {
            outstanding.splice(outstanding.indexOf(batch), 1);
            connection.toolLatencies.push(performance.now() - (sentAt.get(batch) ?? 0));
            sentAt.delete(batch);
          }
          void play('toolResponse');
        } else if (message.clientContent) {
          connection.clientContent.push(message.clientContent);
          // Content without turnComplete adds to the context and asks for no answer.
          if (message.clientContent.turnComplete !== false) void play('clientContent');
        }
      });
    });
  }

  async stop(): Promise<void> {
    for (const connection of this.connections) connection.socket.terminate();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

/** Server audio: a 440 Hz tone, PCM16 mono 24 kHz, base64, in `chunks` pieces. */
export function toneChunks(seconds: number, chunks: number): string[] {
  const samples = new Int16Array(Math.round(24_000 * seconds));
  for (let index = 0; index < samples.length; index++)
    samples[index] = Math.round(8000 * Math.sin((2 * Math.PI * 440 * index) / 24_000));
  const bytes = Buffer.from(samples.buffer);
  const size = Math.ceil(bytes.length / chunks / 2) * 2;
  const pieces: string[] = [];
  for (let start = 0; start < bytes.length; start += size)
    pieces.push(bytes.subarray(start, start + size).toString('base64'));
  return pieces;
}

export const audioMessage = (data: string) => ({
  serverContent: { modelTurn: { parts: [{ inlineData: { mimeType: 'audio/pcm;rate=24000', data } }] } },
});

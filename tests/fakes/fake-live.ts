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
  { send: Record<string, unknown> } | { close: { code: number; reason: string } } | { wait: number };

export interface ConnectionScript {
  /** Answer setup with setupComplete (default true). */
  setupComplete?: boolean;
  on?: Partial<Record<Trigger, LiveStep[][]>>;
}

export interface LiveConnection {
  url: string;
  setup: Record<string, unknown> | null;
  audio: { mimeType: string; bytes: number }[];
  toolResponses: { id: string; name: string; response: { output: Record<string, unknown> } }[];
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
        audio: [],
        toolResponses: [],
        clientContent: [],
        socket,
      };
      this.connections.push(connection);
      const queues = Object.fromEntries(
        Object.entries(script.on ?? {}).map(([trigger, lists]) => [trigger, [...lists]]),
      );
      const play = async (trigger: Trigger) => {
        for (const step of queues[trigger]?.shift() ?? []) {
          if ('wait' in step) await new Promise((resolve) => setTimeout(resolve, step.wait));
          else if ('close' in step) socket.close(step.close.code, step.close.reason);
          else if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(step.send));
        }
      };
      socket.on('message', (data) => {
        const message = JSON.parse(data.toString()) as Record<string, Record<string, unknown>>;
        if (message.setup) {
          connection.setup = message.setup;
          if (script.setupComplete !== false) socket.send(JSON.stringify({ setupComplete: {} }));
          void play('setup');
        } else if (message.realtimeInput) {
          const audio = message.realtimeInput.audio as { data: string; mimeType: string } | undefined;
          if (audio)
            connection.audio.push({
              mimeType: audio.mimeType,
              bytes: Buffer.from(audio.data, 'base64').length,
            });
          if (message.realtimeInput.audioStreamEnd) void play('audioStreamEnd');
        } else if (message.toolResponse) {
          connection.toolResponses.push(
            ...(message.toolResponse.functionResponses as LiveConnection['toolResponses']),
          );
          void play('toolResponse');
        } else if (message.clientContent) {
          connection.clientContent.push(message.clientContent);
          void play('clientContent');
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

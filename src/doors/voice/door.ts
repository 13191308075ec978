import { STATUS_CODES, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Config } from '../../config';
import { AuthError, NotFoundError, ServiceUnavailableError, type LeadlineError } from '../../kernel/errors';
import type { Logger } from '../../kernel/logger';
import type { IdempotencyStore } from '../../storage/idempotency';
import type { InteractionLog } from '../../storage/interactions';
import { detailBody } from '../../turn/answer';
import type { TurnHandler } from '../../turn/handle-turn';
import { isApiKey } from '../http/guards';
import { VoiceSession } from './voice-session';

/**
 * GET /voice on the service's own port: the door a browser page or a telephony bridge uses. The client
 * streams binary PCM16 mono 16 kHz frames (and may send `{"type": "text", "text": …}` turns and
 * `{"type": "end"}` when the user stops speaking); it receives JSON events — ready, transcript,
 * tool_call (with its result), interrupted, turn_complete, error, closed — and binary PCM16 24 kHz audio.
 */
export interface VoiceDoor {
  close(): Promise<void>;
}

/** An upgrade refused before any WebSocket: an HTTP answer in the same shape as the CRM API's errors. */
function refuse(socket: Duplex, error: LeadlineError): void {
  const { status, body } = detailBody(error);
  socket.write(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n${JSON.stringify(body)}`,
  );
  socket.destroy();
}

/** What a voice session needs from the service. */
export interface VoiceDoorDependencies {
  turns: TurnHandler;
  idempotency: IdempotencyStore;
  interactions: InteractionLog;
  logger: Logger;
}

export function attachVoiceDoor(server: Server, config: Config, service: VoiceDoorDependencies): VoiceDoor {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  const live = new Set<VoiceSession>();

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== '/voice')
      return refuse(socket, new NotFoundError('No WebSocket at this path; use /voice.'));
    if (config.apiKey) {
      // Browsers cannot set headers on a WebSocket: the key may also come as ?token=.
      const header = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
      if (!isApiKey(header ?? url.searchParams.get('token'), config.apiKey)) {
        return refuse(socket, new AuthError('Missing or wrong API key.'));
      }
    }
    const apiKey = config.geminiApiKey;
    if (!apiKey) return refuse(socket, new ServiceUnavailableError('Voice needs GEMINI_API_KEY.'));
    sockets.handleUpgrade(
      request,
      socket,
      head,
      (client) => void serve(client, apiKey, url.searchParams.get('session_id')),
    );
  });

  async function serve(client: WebSocket, apiKey: string, sessionId: string | null): Promise<void> {
    const send = (event: Record<string, unknown>) => {
      if (client.readyState === client.OPEN) client.send(JSON.stringify(event));
    };
    const voice = new VoiceSession(
      {
        apiKey,
        baseUrl: config.geminiBaseUrl ?? undefined,
        model: config.geminiLiveModel,
        voice: config.geminiLiveVoice,
        vad: { start: config.geminiLiveVadStart, silenceMs: config.geminiLiveSilenceMs },
        timezone: config.defaultTimezone,
        ...(sessionId ? { sessionId: sessionId.slice(0, 128) } : {}),
        turns: service.turns,
        idempotency: service.idempotency,
        interactions: service.interactions,
        logger: service.logger,
      },
      {
        onTranscript: (event) => send({ type: 'transcript', ...event }),
        onAudio: (pcm) => {
          if (client.readyState === client.OPEN) client.send(pcm, { binary: true });
        },
        onToolCall: (call) => send({ type: 'tool_call', ...call }),
        onInterrupted: () => send({ type: 'interrupted' }),
        onTurnComplete: (turn) => send({ type: 'turn_complete', user: turn.user, model: turn.model }),
        onError: (message) => send({ type: 'error', message }),
        onReconnect: ({ resumed }) =>
          send({
            type: 'reconnected',
            resumed,
            message: resumed
              ? 'The voice connection was renewed; the conversation goes on.'
              : 'The voice connection was renewed without the conversation so far; please repeat the last request.',
          }),
        onClose: (reason) => {
          send({ type: 'closed', reason });
          client.close(1000);
        },
      },
    );
    client.on('close', () => {
      live.delete(voice);
      voice.close();
    });
    // What the client says before the session is ready is kept and sent once it is.
    client.on('message', (data, isBinary) => {
      const bytes = Buffer.isBuffer(data)
        ? data
        : Buffer.concat(Array.isArray(data) ? data : [Buffer.from(data)]);
      if (isBinary) return voice.sendAudio(bytes);
      let message: { type?: unknown; text?: unknown };
      try {
        message = JSON.parse(bytes.toString('utf8')) as typeof message;
      } catch {
        return send({
          type: 'error',
          message: 'A text frame must be JSON: {"type": "text", "text": …} or {"type": "end"}.',
        });
      }
      if (message.type === 'text' && typeof message.text === 'string' && message.text.trim())
        voice.sendText(message.text.slice(0, 1000));
      else if (message.type === 'end') voice.endAudio();
      else send({ type: 'error', message: `Unknown message type '${String(message.type)}'.` });
    });
    try {
      await voice.start();
    } catch (error) {
      send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
      client.close(1011, 'Gemini Live unavailable');
      return;
    }
    live.add(voice);
    send({
      type: 'ready',
      session_id: voice.id,
      input: 'audio/pcm;rate=16000',
      output: 'audio/pcm;rate=24000',
    });
  }

  return {
    async close() {
      for (const voice of live) voice.close();
      for (const client of sockets.clients) client.close(1001, 'The server is shutting down.');
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
    },
  };
}

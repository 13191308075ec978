import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { isApiKey } from '../api/guards';
import type { Config } from '../config';
import type { Service } from '../service';
import { VoiceSession } from './session';

/**
 * GET /voice on the service's own port: the door a browser page or a telephony bridge uses. The client
 * streams binary PCM16 mono 16 kHz frames (and may send `{"type": "text", "text": …}` turns and
 * `{"type": "end"}` when the user stops speaking); it receives JSON events — ready, transcript,
 * tool_call (with its result), interrupted, turn_complete, error, closed — and binary PCM16 24 kHz audio.
 */
export interface VoiceDoor {
  close(): Promise<void>;
}

function refuse(socket: Duplex, status: string, message: string): void {
  socket.write(
    `HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n${JSON.stringify({ detail: message })}`,
  );
  socket.destroy();
}

export function attachVoiceDoor(server: Server, config: Config, service: Service): VoiceDoor {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  const live = new Set<VoiceSession>();

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== '/voice')
      return refuse(socket, '404 Not Found', 'No WebSocket at this path; use /voice.');
    if (config.apiKey) {
      // Browsers cannot set headers on a WebSocket: the key may also come as ?token=.
      const header = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
      if (!isApiKey(header ?? url.searchParams.get('token'), config.apiKey)) {
        return refuse(socket, '401 Unauthorized', 'Missing or wrong API key.');
      }
    }
    if (!config.geminiApiKey) return refuse(socket, '503 Service Unavailable', 'Voice needs GEMINI_API_KEY.');
    sockets.handleUpgrade(
      request,
      socket,
      head,
      (client) => void serve(client, url.searchParams.get('session_id')),
    );
  });

  async function serve(client: WebSocket, sessionId: string | null): Promise<void> {
    const send = (event: Record<string, unknown>) => {
      if (client.readyState === client.OPEN) client.send(JSON.stringify(event));
    };
    const voice = new VoiceSession(
      {
        apiKey: config.geminiApiKey!,
        baseUrl: config.geminiBaseUrl ?? undefined,
        model: config.geminiLiveModel,
        voice: config.geminiLiveVoice,
        timezone: config.defaultTimezone,
        ...(sessionId ? { sessionId: sessionId.slice(0, 128) } : {}),
        pipeline: service.pipeline,
        sessions: service.sessions,
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
  }

  return {
    async close() {
      for (const voice of live) voice.close();
      for (const client of sockets.clients) client.close(1001, 'The server is shutting down.');
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
    },
  };
}

import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NOTHING_SAID } from '../../src/understanding/llm/output';

/**
 * Scripted stand-ins for the OpenAI chat-completions and audio-transcriptions APIs and the Gemini
 * generateContent API (text, or audio inline), on
 * loopback, answering in the shape the real SDKs expect. Each request takes the next step of the
 * script; a request with no step left is recorded as unexpected and answered 500, so a test that did
 * not plan for a call fails. Every request is recorded for assertions on what the service sent.
 */
export type Step =
  { kind: 'text'; text: string } | { kind: 'status'; status: number; message?: string } | { kind: 'hang' };

export interface Recorded {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
  /** The files of a multipart upload, by field name. */
  files?: Record<string, { filename: string; contentType: string; bytes: Buffer }>;
}

/**
 * A multipart/form-data body as RFC 7578 writes it: parts split at the boundary, each with its
 * Content-Disposition (name, filename) and Content-Type. Enough for what the OpenAI SDK uploads.
 */
export function parseMultipart(
  body: Buffer,
  contentType: string,
): { fields: Record<string, string>; files: NonNullable<Recorded['files']> } | null {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) return null;
  const delimiter = Buffer.from(`--${marker}`);
  const fields: Record<string, string> = {};
  const files: NonNullable<Recorded['files']> = {};
  let at = body.indexOf(delimiter);
  if (at < 0) return null;
  for (;;) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next < 0) return null;
    const part = body.subarray(start + 2, next - 2); // after CRLF, before CRLF
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) return null;
    const head = part.subarray(0, split).toString('utf8');
    const content = part.subarray(split + 4);
    const name = /name="([^"]*)"/i.exec(head)?.[1];
    const filename = /filename="([^"]*)"/i.exec(head)?.[1];
    const type = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1]?.trim() ?? 'application/octet-stream';
    if (name !== undefined && filename !== undefined)
      files[name] = { filename, contentType: type, bytes: content };
    else if (name !== undefined) fields[name] = content.toString('utf8');
    at = next;
  }
  return { fields, files };
}

abstract class FakeModelServer {
  readonly requests: Recorded[] = [];
  readonly unexpected: Recorded[] = [];
  private script: Step[] = [];
  private server: Server | null = null;

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  /** Answers the next requests with these steps, in order. */
  then(...steps: Step[]): this {
    this.script.push(...steps);
    return this;
  }

  get pending(): number {
    return this.script.length;
  }

  protected abstract route(
    app: express.Express,
    answer: (request: express.Request, response: express.Response) => void,
  ): void;
  protected abstract success(text: string, request: express.Request): unknown;
  /** What the real API refuses with a 400 before any model runs: a request it cannot take. */
  protected refuse(_recorded: Recorded): string | null {
    return null;
  }
  protected abstract failure(status: number, message: string): unknown;

  async start(): Promise<void> {
    const app = express();
    // Gemini takes up to 20 MB a request, audio inline as base64; OpenAI uploads up to 25 MB.
    app.use(express.json({ limit: '30mb' }));
    app.use(express.raw({ type: 'multipart/form-data', limit: '30mb' }));
    this.route(app, (request, response) => {
      const multipart = Buffer.isBuffer(request.body)
        ? parseMultipart(request.body, request.get('content-type') ?? '')
        : null;
      const recorded: Recorded = {
        path: request.originalUrl,
        headers: request.headers,
        body: multipart ? multipart.fields : (request.body as Record<string, unknown>),
        ...(multipart ? { files: multipart.files } : {}),
      };
      const refusal = this.refuse(recorded);
      if (refusal) {
        this.requests.push(recorded);
        response.status(400).json(this.failure(400, refusal));
        return;
      }
      this.requests.push(recorded);
      const step = this.script.shift();
      if (!step) {
        this.unexpected.push(recorded);
        response.status(500).json(this.failure(500, 'unexpected call: the test did not script it'));
        return;
      }
      if (step.kind === 'hang') return;
      if (step.kind === 'status') {
        response
          .status(step.status)
          .json(this.failure(step.status, step.message ?? `scripted ${step.status}`));
        return;
      }
      response.json(this.success(step.text, request));
    });
    await new Promise<void>((resolve) => {
      this.server = app.listen(0, '127.0.0.1', () => resolve());
    });
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

export class FakeOpenAi extends FakeModelServer {
  protected route(
    app: express.Express,
    answer: (request: express.Request, response: express.Response) => void,
  ): void {
    app.post('/v1/chat/completions', answer);
    app.post('/v1/audio/transcriptions', answer);
  }

  /** The transcription endpoint's own checks: a model, and a file whose name gives a format it reads. */
  protected override refuse(recorded: Recorded): string | null {
    if (recorded.path !== '/v1/audio/transcriptions') return null;
    const file = recorded.files?.file;
    if (!file) return "'file' is a required property";
    if (!recorded.body.model) return "'model' is a required property";
    if (!/\.(?:flac|mp3|mp4|mpeg|mpga|m4a|ogg|wav|webm)$/i.test(file.filename))
      return `Invalid file format. Supported formats: ['flac', 'm4a', 'mp3', 'mp4', 'mpeg', 'mpga', 'oga', 'ogg', 'wav', 'webm']`;
    return null;
  }

  protected success(text: string, request: express.Request): unknown {
    if (request.path === '/v1/audio/transcriptions') return { text, usage: { type: 'duration', seconds: 2 } };
    return {
      id: `chatcmpl-${this.requests.length}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: (request.body as { model?: string }).model ?? 'fake',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: text, refusal: null },
          logprobs: null,
          finish_reason: 'stop',
        },
      ],
      usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
    };
  }

  protected failure(status: number, message: string): unknown {
    return {
      error: {
        message,
        type: status === 429 ? 'rate_limit_exceeded' : 'server_error',
        param: null,
        code: null,
      },
    };
  }
}

export class FakeGemini extends FakeModelServer {
  protected route(
    app: express.Express,
    answer: (request: express.Request, response: express.Response) => void,
  ): void {
    app.post(/^\/v1beta\/models\/[^/]+:generateContent$/, answer);
  }

  /** generateContent's own checks of inline data: a media type it reads, and base64 that decodes. */
  protected override refuse(recorded: Recorded): string | null {
    const contents = (recorded.body.contents ?? []) as {
      parts?: { inlineData?: { mimeType?: string; data?: string } }[];
    }[];
    for (const part of contents.flatMap((content) => content.parts ?? [])) {
      const inline = part.inlineData;
      if (!inline) continue;
      if (!/^audio\/(?:wav|mp3|aiff|aac|ogg|flac)$/.test(inline.mimeType ?? ''))
        return `Unsupported MIME type: ${inline.mimeType ?? '(none)'}`;
      if (!inline.data || !/^[A-Za-z0-9+/]+={0,2}$/.test(inline.data))
        return 'Invalid value at inline_data.data: base64 decoding failed';
    }
    return null;
  }

  protected success(text: string): unknown {
    return {
      candidates: [{ content: { role: 'model', parts: [{ text }] }, finishReason: 'STOP', index: 0 }],
      usageMetadata: { promptTokenCount: 10, candidatesTokenCount: 10, totalTokenCount: 20 },
      modelVersion: 'fake',
    };
  }

  protected failure(status: number, message: string): unknown {
    return { error: { code: status, message, status: status === 429 ? 'RESOURCE_EXHAUSTED' : 'INTERNAL' } };
  }
}

/** A model answer with these actions, every absent field null, as strict structured output gives it. */
export function answer(...actions: Record<string, string | null>[]): string {
  return JSON.stringify({ actions: actions.map((action) => ({ ...NOTHING_SAID, ...action })) });
}

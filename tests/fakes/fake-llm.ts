import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NOTHING_SAID } from '../../src/understanding/llm/output';

/**
 * Scripted stand-ins for the OpenAI chat-completions API and the Gemini generateContent API, on
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
  protected abstract failure(status: number, message: string): unknown;

  async start(): Promise<void> {
    const app = express();
    app.use(express.json({ limit: '1mb' }));
    this.route(app, (request, response) => {
      const recorded = {
        path: request.originalUrl,
        headers: request.headers,
        body: request.body as Record<string, unknown>,
      };
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
  }

  protected success(text: string, request: express.Request): unknown {
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

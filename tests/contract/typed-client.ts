import type { operations } from './openapi-types';

/**
 * A client typed by the types openapi-typescript generates from openapi.yaml (`npm run
 * openapi:types`): if the document and the code that uses it drift apart, `npm run typecheck` fails.
 */
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type TranscriptRequest = Json<NonNullable<operations['handleTranscript']['requestBody']>>;
export type TranscriptOk = Json<operations['handleTranscript']['responses'][200]>;
export type TranscriptInvalid = Json<operations['handleTranscript']['responses'][422]>;
export type NewLead = Json<NonNullable<operations['createLead']['requestBody']>>;
export type LeadCreated = Json<operations['createLead']['responses'][201]>;

export interface TypedClient {
  transcript(body: TranscriptRequest): Promise<{ status: number; body: TranscriptOk | TranscriptInvalid }>;
  createLead(body: NewLead): Promise<{ status: number; body: LeadCreated }>;
}

export function typedClient(baseUrl: string): TypedClient {
  const post = async <T>(path: string, body: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  };
  return {
    transcript: (body) => post('/transcript', body),
    createLead: (body) => post('/crm/leads', body),
  };
}

import { ParsingError, ValidationError } from './errors';
import { readAnswer } from './nlu/follow-up';
import {
  handleTranscript,
  parsingFailure,
  replyOnly,
  runActions,
  type PipelineDependencies,
  type PipelineResult,
  type TranscriptInput,
} from './pipeline';
import type { InterpretContext } from './nlu/interpret';
import type { Understanding } from './nlu/provider';
import type { SessionStore } from './sessions';

/**
 * A turn of a conversation. Without a session id it is just the transcript. With one, the session
 * supplies "him"/"her" (the lead last acted on) and, when a request is waiting for an answer, a turn
 * that is no request of its own ("Vadodara", "his number is 98220 55667", "Priya Singh") completes
 * it. A new complete request replaces a pending one; "cancel" drops it.
 */
const CANCEL =
  /^\s*(?:(?:oh\s+)?(?:cancel|never\s*mind|nevermind|forget\s+it|stop|scrap\s+that|ignore\s+that)\b[\s\S]{0,30})$/i;

export interface TurnInput extends TranscriptInput {
  sessionId?: string | undefined;
}

function contextOf(input: TranscriptInput, deps: PipelineDependencies): InterpretContext {
  return {
    referenceTime: input.referenceTime ?? (deps.now ?? (() => new Date()))(),
    timezone: input.timezone ?? deps.defaultTimezone,
    region: deps.region,
  };
}

export async function handleTurn(
  input: TurnInput,
  deps: PipelineDependencies,
  sessions: SessionStore,
): Promise<PipelineResult> {
  if (!input.sessionId) return handleTranscript(input, deps);
  const session = sessions.get(input.sessionId);
  const context = contextOf(input, deps);

  if (CANCEL.test(input.transcript)) {
    sessions.save(input.sessionId, { pending: null, lastLead: session.lastLead });
    return replyOnly(
      session.pending ? 'Okay, I have dropped that request.' : 'There was nothing to cancel.',
      input,
      deps,
    );
  }

  let understanding: Understanding;
  try {
    understanding = await deps.understanding.understand(input.transcript, context);
  } catch (error) {
    if (error instanceof ParsingError) return parsingFailure(error, input, deps);
    throw error;
  }
  const isAnswer = understanding.actions.every((action) => action.intent === 'UNKNOWN');
  if (session.pending && isAnswer) {
    const { action, needs } = session.pending;
    const answer = readAnswer(input.transcript, needs, action.intent, deps.region);
    understanding = {
      actions: [{ intent: action.intent, said: { ...action.said, ...answer } }],
      confidence: understanding.confidence,
    };
  }
  return runInSession(understanding, { ...input, sessionId: input.sessionId }, deps, sessions);
}

/**
 * Runs requests already understood (a transcript's, or a voice tool call's) with the session's lead
 * for "him"/"her", and keeps what the session must remember: the lead acted on, and a request that
 * failed for want of something a person can say, until it is answered.
 */
export async function runInSession(
  understanding: Understanding,
  input: TranscriptInput & { sessionId: string },
  deps: PipelineDependencies,
  sessions: SessionStore,
): Promise<PipelineResult> {
  const session = sessions.get(input.sessionId);
  const result = await runActions(
    understanding,
    { ...input, lastLead: session.lastLead ?? undefined },
    contextOf(input, deps),
    deps,
  );
  const failed = result.trace.failed;
  const pending =
    failed && failed.error instanceof ValidationError && failed.error.fields.length > 0
      ? { action: failed.action, needs: [...failed.error.fields] }
      : null;
  sessions.save(input.sessionId, { pending, lastLead: result.trace.lastLead ?? session.lastLead });
  return result;
}

import { ValidationError } from '../kernel/errors';
import type { SessionState } from '../storage/sessions';
import { readAnswer } from '../understanding/follow-up';
import type { Understanding } from '../understanding/port';
import type { TurnResult } from './answer';

/**
 * What a conversation adds to a turn. The session supplies "him"/"her" (the lead last acted on) and,
 * when a request is waiting for an answer, a turn that is no request of its own ("Vadodara", "his
 * number is 98220 55667", "Priya Singh") completes it. A new complete request replaces a pending one;
 * "cancel" drops it.
 */
const CANCEL =
  /^\s*(?:(?:oh\s+)?(?:cancel|never\s*mind|nevermind|forget\s+it|stop|scrap\s+that|ignore\s+that)\b[\s\S]{0,30})$/i;

export function isCancel(transcript: string): boolean {
  return CANCEL.test(transcript);
}

export function cancelMessage(session: SessionState): string {
  return session.pending ? 'Okay, I have dropped that request.' : 'There was nothing to cancel.';
}

/** A bare answer to the pending request's question becomes that request, completed. */
export function completePending(
  understanding: Understanding,
  session: SessionState,
  transcript: string,
  region: string,
): Understanding {
  const isAnswer = understanding.actions.every((action) => action.intent === 'UNKNOWN');
  if (!session.pending || !isAnswer) return understanding;
  const { action, needs } = session.pending;
  const answer = readAnswer(transcript, needs, action.intent, region);
  return {
    actions: [{ intent: action.intent, said: { ...action.said, ...answer } }],
    confidence: understanding.confidence,
  };
}

/**
 * What the session remembers after a turn: the lead acted on, and a request that failed for want of
 * something a person can say, until it is answered.
 */
export function sessionAfter(result: TurnResult, before: SessionState): SessionState {
  const failed = result.trace.failed;
  const pending =
    failed && failed.error instanceof ValidationError && failed.error.fields.length > 0
      ? { action: failed.action, needs: [...failed.error.fields] }
      : null;
  return { pending, lastLead: result.trace.lastLead ?? before.lastLead };
}

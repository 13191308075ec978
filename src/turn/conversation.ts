import type { EntityField } from '../kernel/domain';
import { ValidationError } from '../kernel/errors';
import { SAID_FIELD_OF, type SaidField } from '../kernel/said';
import type { SessionState } from '../storage/sessions';
import { readAnswer } from '../understanding/follow-up';
import type { Understanding } from '../understanding/port';
import { startsNameWords } from '../values/name-words';
import { isPronounReference } from '../values/references';
import { statusFromWords } from '../values/status';
import { saysDay, saysHour } from '../values/time';
import type { TurnResult } from './answer';

/**
 * What a conversation adds to a turn. The session supplies "him"/"her" (the lead last acted on) and,
 * when a request is waiting for an answer, a turn that is no request of its own ("Vadodara", "his
 * number is 98220 55667", "Priya Singh") completes it. A new complete request replaces a pending one;
 * "cancel" drops it.
 */
const CANCEL =
  /^\s*(?:(?:(?:oh|actually|no|ok|okay|sorry|wait|arre|acha|achha|hmm+|uh+|um+)[\s,.!]+)*(?:cancel|never\s*mind|nevermind|forget\s+(?:it|that|about\s+it)|stop|scrap\s+that|ignore\s+(?:it|that)|leave\s+it|drop\s+it|skip\s+it|no\s+need|don'?t\s+(?:add|book|create|do)\s+(?:it|that|him|her)|rehne\s+do|rehne\s+dijiye|chhodo|chodo|jaane\s+do|jane\s+do|mat\s+karo|cancel\s+kar\s+do)\b([\s\S]{0,30}))$/i;
/** "forget that, mark her as follow up": a new request said after the cancel word is no cancel. */
const REQUEST_AFTER =
  /(?<!\b(?:will|shall|can|'ll|to)\s+)\b(?:mark|put|move|set|update|change|book|schedule|fix|arrange|add|create|make|register)\s+(?!(?:it|that|this|later|afterwards|tomorrow)\b)\p{L}/iu;

export function isCancel(transcript: string): boolean {
  const cancel = CANCEL.exec(transcript);
  return cancel !== null && !REQUEST_AFTER.test(cancel[1] ?? '');
}

export function cancelMessage(session: SessionState): string {
  return session.pending ? 'Okay, I have dropped that request.' : 'There was nothing to cancel.';
}

/**
 * A bare answer to the pending request's question becomes that request, completed. So does the same
 * request said again without its lead ("mark kavya as hot" — "okay put her in progress then", "yes
 * won"): the lead is the pending request's.
 */
export function completePending(
  understanding: Understanding,
  session: SessionState,
  transcript: string,
  region: string,
): Understanding {
  if (!session.pending)
    return session.lastLead ? withCorrectedLead(understanding, transcript) : understanding;
  const { action, needs } = session.pending;
  const isAnswer = understanding.actions.every((next) => next.intent === 'UNKNOWN');
  if (!isAnswer) return withPendingFields(withPendingLead(understanding, action), action, needs);
  const answer = readAnswer(transcript, needs, action.intent, region);
  // "which priya?" — "the one from delhi": the place qualifies the name already said.
  const pendingLead = action.said.lead_reference;
  if (answer.lead_reference?.startsWith('from ') && pendingLead && !isPronounReference(pendingLead))
    answer.lead_reference = `${pendingLead.replace(/\s+from\s+.*$/i, '')} ${answer.lead_reference}`;
  // "create a lead for samantha" — "samantha ruth from chennai": the name said again in full is the name.
  const pendingName = action.said.name;
  if (action.intent === 'LEAD_CREATE' && pendingName && !answer.name) {
    const fuller = readAnswer(transcript, ['name'], action.intent, region).name;
    if (
      fuller &&
      fuller.split(/\s+/).length > pendingName.split(/\s+/).length &&
      startsNameWords(pendingName, fuller)
    )
      answer.name = fuller;
  }
  // "book kavya for tuesday" — "at 11 am": an hour said alone goes with the day already said.
  if (answer.time && action.said.time && !saysHour(action.said.time) && !saysDay(answer.time))
    answer.time = `${action.said.time} ${answer.time}`;
  return {
    actions: [{ intent: action.intent, said: { ...action.said, ...answer } }],
    confidence: understanding.confidence,
  };
}

/** "sorry, i meant follow up", "no wait, make it lost", "actually in progress": a turn that corrects the last. */
const CORRECTION_OPENING =
  /^\s*(?:(?:oh|no|sorry|wait|oops|arre|actually|correction|my\s+bad|i\s+mean|i\s+meant|not\s+that|make\s+(?:it|that)|change\s+(?:it|that)\s+to)\b[\s,.!:-]*)+(?=\S)/i;

/**
 * "mark kunal as won" — "sorry i meant follow up": a request that names no lead, said as a correction of
 * the turn before, is about the lead that turn acted on (as "him" or "her" would be).
 */
function withCorrectedLead(understanding: Understanding, transcript: string): Understanding {
  const [only] = understanding.actions;
  const opening = CORRECTION_OPENING.exec(transcript);
  // "no wait, in progress": a status said alone after the correction is the update corrected.
  if (opening && only?.intent === 'UNKNOWN' && understanding.actions.length === 1) {
    const status = transcript
      .slice(opening[0].length)
      .replace(/[.!]+\s*$/, '')
      .trim();
    if (statusFromWords(status) !== null)
      return {
        ...understanding,
        actions: [{ intent: 'LEAD_UPDATE', said: { status, lead_reference: 'that lead' } }],
      };
  }
  if (
    !only ||
    understanding.actions.length !== 1 ||
    (only.intent !== 'LEAD_UPDATE' && only.intent !== 'VISIT_SCHEDULE') ||
    only.said.lead_reference !== undefined ||
    !CORRECTION_OPENING.test(transcript)
  )
    return understanding;
  return { ...understanding, actions: [{ ...only, said: { ...only.said, lead_reference: 'that lead' } }] };
}

/**
 * A request of the pending one's kind, said with no lead or with "him"/"her", is about its lead; one of
 * another kind is, when it says "him"/"her".
 */
function withPendingLead(
  understanding: Understanding,
  pending: Understanding['actions'][number],
): Understanding {
  const lead = pending.said.lead_reference;
  if (lead === undefined || isPronounReference(lead) || understanding.actions.length !== 1)
    return understanding;
  const [only] = understanding.actions;
  if (!only) return understanding;
  const said = only.said.lead_reference;
  // "book charu on tuesday" — "forget that, mark her as follow up": "her" is the pending one's lead.
  if (only.intent !== pending.intent)
    return said !== undefined && isPronounReference(said)
      ? { ...understanding, actions: [{ ...only, said: { ...only.said, lead_reference: lead } }] }
      : understanding;
  if (said !== undefined && !isPronounReference(said)) return understanding;
  return {
    ...understanding,
    actions: [{ ...only, said: { ...pending.said, ...only.said, lead_reference: lead } }],
  };
}

/**
 * "add a lead from thane" — "his name is vikram and the number is 98200 47718": an answer said as a
 * request of the pending one's kind, which gives only what the pending one still needs and says
 * nothing against it, completes it. A request that says another value of a field the pending one
 * has ("new lead kavya …" after "new lead nikhil …") is a request of its own.
 */
function withPendingFields(
  understanding: Understanding,
  pending: Understanding['actions'][number],
  needs: readonly string[],
): Understanding {
  const [only] = understanding.actions;
  if (!only || understanding.actions.length !== 1 || only.intent !== pending.intent) return understanding;
  const needed = new Set(needs.map((field) => SAID_FIELD_OF[field as EntityField] ?? field));
  const given = (Object.keys(only.said) as SaidField[]).filter((field) => only.said[field] !== undefined);
  const fills = given.some((field) => needed.has(field));
  // ("add lead sanjana from chennai" — "her full name is sanjana krishnan and number …": the name said
  // again in full is the same name, no other.)
  const fuller = (field: SaidField): boolean =>
    field === 'name' &&
    pending.said.name !== undefined &&
    only.said.name !== undefined &&
    only.said.name.split(/\s+/).length > pending.said.name.split(/\s+/).length &&
    startsNameWords(pending.said.name, only.said.name);
  const clashes = given.some(
    (field) =>
      !needed.has(field) &&
      pending.said[field] !== undefined &&
      pending.said[field] !== only.said[field] &&
      !fuller(field),
  );
  if (
    !fills ||
    clashes ||
    given.some((field) => !needed.has(field) && field !== 'source' && field !== 'notes' && !fuller(field))
  )
    return understanding;
  return { ...understanding, actions: [{ ...only, said: { ...pending.said, ...only.said } }] };
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

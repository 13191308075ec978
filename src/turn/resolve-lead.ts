import type { CrmCall, CrmExchange, LeadSummary } from '../kernel/domain';
import { NotFoundError, ValidationError, type LeadlineError } from '../kernel/errors';
import type { CrmPort } from '../crm/port';
import { isCommonEnglishWord, knownCity, NOT_NAME_WORDS, properCase } from '../values/lexicon';
import { isCutOffOf, startsNameWords } from '../values/name-words';
import { parsePhone } from '../values/phone';
import type { Candidate } from './contract';

/**
 * Turns a lead reference as said — a full id, an id prefix ("8f2a…"), a lead number, a phone number
 * or a name — into one lead, through the CRM. The CRM's search may be broad; the filtering that
 * decides "this one", "none" or "which of these" happens here, so any CRM behind the port is judged
 * by the same rules. A CRM without a lookup endpoint gets the reference as said.
 */
export type Resolution =
  /** `unverified`: passed to a CRM without lookup as said; it may be only the start of an id. */
  | { ok: true; lead: LeadSummary; exchange: CrmExchange | null; unverified?: true }
  | {
      ok: false;
      error: LeadlineError;
      crmCall: CrmCall | null;
      exchange: CrmExchange | null;
      candidates?: Candidate[];
    };

type Kind = { kind: 'phone'; e164: string } | { kind: 'id' } | { kind: 'code' } | { kind: 'name' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function cleanReference(reference: string): string {
  return reference
    .trim()
    .replace(/^#/, '')
    .replace(/(?:\.{2,}|…|\.)$/, '')
    .trim();
}

function kindOf(reference: string, region: string): Kind {
  const lower = reference.toLowerCase();
  if (UUID.test(lower)) return { kind: 'id' };
  const digits = reference.replace(/\D/g, '');
  if (digits.length >= 7 && /^[+\d\s().-]+$/.test(reference)) {
    const phone = parsePhone(reference, region);
    if (phone.ok) return { kind: 'phone', e164: phone.e164 };
  }
  // "lead 8f2a", "lead cdbe": an id prefix (four or more of its characters) or a lead number.
  if (/^[0-9a-f-]+$/.test(lower) && (/\d/.test(lower) || lower.replace(/-/g, '').length >= 4))
    return { kind: 'code' };
  return { kind: 'name' };
}

const words = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean);

function matching(leads: LeadSummary[], reference: string, kind: Kind): LeadSummary[] {
  const lower = reference.toLowerCase();
  switch (kind.kind) {
    case 'id':
      return leads.filter((lead) => lead.lead_id.toLowerCase() === lower);
    case 'phone':
      return leads.filter((lead) => lead.phone === undefined || lead.phone === kind.e164);
    case 'code': {
      const byNumber = leads.filter((lead) => lead.number !== undefined && String(lead.number) === lower);
      const byPrefix =
        lower.length >= 4 ? leads.filter((lead) => lead.lead_id.toLowerCase().startsWith(lower)) : [];
      const byCode = [...new Map([...byNumber, ...byPrefix].map((lead) => [lead.lead_id, lead])).values()];
      // Letters a–f only ("abed") may be a name after all.
      return byCode.length > 0 || /\d/.test(lower) ? byCode : matching(leads, reference, { kind: 'name' });
    }
    case 'name': {
      const exact = leads.filter(
        (lead) => lead.name !== undefined && words(lead.name).join(' ') === words(reference).join(' '),
      );
      if (exact.length > 0) return exact;
      return leads.filter(
        (lead) =>
          lead.name === undefined ||
          (startsNameWords(reference, lead.name) && !onlyMiddle(reference, lead.name)),
      );
    }
  }
}

/**
 * "singh" for Gurpreet Singh Sandhu: one word that is only the middle of a name is not how a person is
 * called (the first name or the family name is), so it names nobody rather than a guess.
 */
function onlyMiddle(reference: string, name: string): boolean {
  const said = words(reference);
  const parts = words(name);
  if (said.length !== 1 || parts.length < 3) return false;
  const [word] = said as [string];
  return !(parts[0] ?? '').startsWith(word) && !(parts[parts.length - 1] ?? '').startsWith(word);
}

const describe = (lead: LeadSummary) => (lead.name ? `${lead.name} (${lead.lead_id})` : lead.lead_id);

/**
 * A name said in running speech may carry the words after it ("deepak rao told", "the joshis"): when
 * the whole span finds nobody, the shorter spans are tried, longest first, then a family name said
 * in the plural. A 404 is answered only when no reading of the words matches a lead.
 */
function shorterReadings(reference: string): string[] {
  const words = reference.split(/\s+/).filter(Boolean);
  const readings: string[] = [];
  // Only words that are never part of a name are dropped: "priya singh" never becomes "priya", but
  // "rohan sharma goes" becomes "rohan sharma".
  for (let length = words.length - 1; length >= 1; length--) {
    const word = (words[length] ?? '').toLowerCase();
    if (mayBeName(word)) break;
    readings.push(words.slice(0, length).join(' '));
  }
  const last = words[words.length - 1] ?? '';
  if (words.length <= 2 && /^\p{L}{4,}s$/u.test(last))
    readings.push([...words.slice(0, -1), last.slice(0, -1)].join(' '));
  return readings.filter((reading) => !/^(?:the|a|an|mr|mrs|ms)$/i.test(reading));
}

/**
 * "iyer subramaniam" for Subramaniam Iyer: in the south the family name is often said first. Two
 * words that found nobody are tried the other way round (each a word that may be a name).
 */
function familyNameFirst(reference: string): string[] {
  const words = reference.split(/\s+/).filter(Boolean);
  if (words.length !== 2) return [];
  const [first, second] = words as [string, string];
  return mayBeName(first) && mayBeName(second) ? [`${second} ${first}`] : [];
}

/**
 * "pv sindhu" for P V Sindhu, "a r rahman" for AR Rahman: initials said run together or one by one,
 * tried the other way. Only a short word with no vowel is read as initials ("om" is a name).
 */
function initialsTheOtherWay(reference: string): string[] {
  const apart = reference.replace(/\b[b-df-hj-np-tv-z]{2,3}\b/gi, (initials) => [...initials].join(' '));
  const together = reference.replace(/\b[a-z](?:\s+[a-z]\b)+/gi, (initials) => initials.replace(/\s+/g, ''));
  return [...new Set([apart, together])].filter((reading) => reading !== reference);
}

/**
 * "bha bhavna pandey", "rohan sha sharma": a word cut off and said again whole. The cut-off word (the
 * start of the next, two letters shorter at least) is left out; null when there is none.
 */
function withoutCutOffWords(reference: string): string | null {
  const words = reference.split(/\s+/).filter(Boolean);
  const kept = words.filter((word, index) => !isCutOffOf(word, words[index + 1] ?? ''));
  return kept.length < words.length && kept.length > 0 ? kept.join(' ') : null;
}

/** A word that may be part of a name: none of running speech, none of the most common English words. */
const mayBeName = (word: string) =>
  !NOT_NAME_WORDS.has(word.toLowerCase()) && !isCommonEnglishWord(word.toLowerCase());

/**
 * A CRM with no lookup endpoint (the reference mock CRM) takes a lead only by its id: a full id, or a
 * number it may use as one, goes through as said; a name or an id prefix is asked about — never
 * passed on as if it were an id, so `entities.lead_id` only ever holds what the CRM can take.
 */
function withoutLookup(reference: string, kind: Kind): Resolution {
  if (kind.kind === 'id' || /^\d{1,12}$/.test(reference))
    return { ok: true, lead: { lead_id: reference }, exchange: null };
  // "abc123" may be that CRM's whole id, or the start of one: it goes as said, and a 404 is asked about.
  if (kind.kind === 'code')
    return { ok: true, lead: { lead_id: reference }, exchange: null, unverified: true };
  const what = kind.kind === 'name' ? `the name '${reference}'` : `'${reference}'`;
  return {
    ok: false,
    error: new ValidationError(`This CRM finds a lead only by its full id, so ${what} cannot be looked up.`, {
      fields: ['lead_id'],
      prompt: 'What is the full lead id? For example: 7b1b8f54-2c3d-4e5f-8a9b-0c1d2e3f4a5b.',
    }),
    crmCall: null,
    exchange: null,
  };
}

/** "priya from delhi": a name, and where the lead is from. */
const FROM_PLACE = /^(.+?)\s+from\s+(\p{L}[\p{L} .'-]*)$/iu;

const sameCity = (a: string, b: string) =>
  (knownCity(a) ?? a).toLowerCase().trim() === (knownCity(b) ?? b).toLowerCase().trim();

/** `quick`: the lookup only adds to an answer already decided (see `LeadLookup.quick`). */
export async function resolveLeadReference(
  said: string,
  crm: CrmPort,
  region: string,
  quick = false,
): Promise<Resolution> {
  const cleaned = cleanReference(said).replace(/^(?:the|mr\.?|mrs\.?|ms\.?)\s+/i, '');
  // "priya from delhi": of the leads of that name, the one from there (a lead whose CRM says no
  // city is not ruled out).
  const qualified = FROM_PLACE.exec(cleaned);
  const place = qualified?.[2];
  const reference = qualified?.[1] ?? cleaned;
  const first = await resolveOnce(reference, crm, region, place, quick);
  if (first.ok || !(first.error instanceof NotFoundError) || kindOf(reference, region).kind !== 'name')
    return first;
  const uncut = withoutCutOffWords(reference);
  const readings = [
    ...(uncut ? [uncut, ...shorterReadings(uncut)] : []),
    ...shorterReadings(reference),
    ...familyNameFirst(reference),
    ...initialsTheOtherWay(reference),
  ];
  for (const reading of readings) {
    const shorter = await resolveOnce(reading, crm, region, place, quick);
    if (shorter.ok || !(shorter.error instanceof NotFoundError)) return shorter;
  }
  return first;
}

async function resolveOnce(
  reference: string,
  crm: CrmPort,
  region: string,
  place?: string,
  quick = false,
): Promise<Resolution> {
  const kind = kindOf(reference, region);
  const answer = await crm.findLeads({
    text: reference,
    ...(kind.kind === 'phone' ? { phone: kind.e164 } : {}),
    ...(quick ? { quick } : {}),
  });
  if (answer === 'unsupported') return withoutLookup(reference, kind);
  const exchange = { call: answer.attempt, answer: answer.ok ? answer.value : answer.answer };
  if (!answer.ok) return { ok: false, error: answer.error, crmCall: answer.error.crmCall, exchange };
  const crmCall = answer.attempt;
  const named = matching(answer.value.leads, reference, kind);
  const found = place ? named.filter((lead) => lead.city === undefined || sameCity(lead.city, place)) : named;
  const [only] = found;
  if (only && found.length === 1) return { ok: true, lead: only, exchange: { call: crmCall, answer: only } };
  if (found.length === 0) {
    const said = place ? `${reference}' from '${place}` : reference;
    const error = new NotFoundError(`Lead not found: no lead matches '${said}'.`, crmCall);
    return { ok: false, error, crmCall, exchange: { call: crmCall, answer: null } };
  }
  const shown = found.slice(0, 5);
  const names = shown.map((lead) => lead.name ?? lead.lead_id);
  const question =
    names.length === 2
      ? `${names[0]} or ${names[1]}`
      : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
  return {
    ok: false,
    error: new ValidationError(
      `'${reference}' matches ${found.length} leads: ${shown.map(describe).join(', ')}. Say the full name, phone number or lead id.`,
      {
        prompt: `Which ${kind.kind === 'name' ? properCase(reference) : reference} — ${question}?`,
        fields: ['lead_id'],
      },
    ),
    crmCall,
    exchange: { call: crmCall, answer: null },
    candidates: shown.map((lead) => ({ lead_id: lead.lead_id, ...(lead.name ? { name: lead.name } : {}) })),
  };
}
